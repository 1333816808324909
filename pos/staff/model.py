"""Staff members, their roles and the wrong-PIN throttle, as values."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Role(StrEnum):
    CASHIER = "cashier"
    OWNER = "owner"
    BOOKKEEPER = "bookkeeper"


ROLES = tuple(Role)  # in this order in the staff form
REPORT_ROLES = (Role.OWNER, Role.BOOKKEEPER)


@dataclass(frozen=True, slots=True)
class Staff:
    staff_id: int
    name: str
    role: Role
    pin_hash: str
    active: bool = True

    @property
    def is_owner(self) -> bool:
        return self.role == Role.OWNER

    @property
    def sees_reports(self) -> bool:
        return self.role in REPORT_ROLES


@dataclass(frozen=True, slots=True)
class LoginThrottle:
    """Wrong PINs slow the next attempt and, after ``lock_after`` of them, lock login a while.

    Pure; ``login`` keeps the current value in the database.
    """

    failures: int = 0
    locked_until: datetime | None = None
    lock_after: int = 5
    lock_minutes: int = 5

    def wait_seconds(self, now: datetime) -> float:
        if self.locked_until and now < self.locked_until:
            return (self.locked_until - now).total_seconds()
        return 0.0

    def failed(self, now: datetime) -> "LoginThrottle":
        failures = self.failures + 1
        if failures >= self.lock_after:
            return LoginThrottle(0, now + timedelta(minutes=self.lock_minutes),
                                 self.lock_after, self.lock_minutes)
        # a growing pause after each wrong PIN makes guessing 10,000 PINs hopeless
        return LoginThrottle(failures, now + timedelta(seconds=failures),
                             self.lock_after, self.lock_minutes)

    def succeeded(self) -> "LoginThrottle":
        return LoginThrottle(lock_after=self.lock_after, lock_minutes=self.lock_minutes)
