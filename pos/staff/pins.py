"""Staff PINs: salted PBKDF2 hashes, login, and the back-off after wrong PINs."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlite_utils import Database

from pos.storage import store
from pos.storage.db import write_transaction
from pos.staff.model import ROLES, Staff
from pos.errors import UserError

PIN_ITERATIONS = 120_000
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 8


class StaffError(UserError, ValueError):
    """``reason``: bad_pin_format, pin_taken, wrong_pin, locked, bad_role, bad_name, not_allowed."""

    def __init__(self, reason: str, detail: object = None) -> None:
        super().__init__(f"staff.{reason}", value=detail)
        self.reason = reason
        self.detail = detail


def hash_pin(pin: str, salt: bytes | None = None, iterations: int = PIN_ITERATIONS) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, pin_hash: str) -> bool:
    _, iterations, salt, digest = pin_hash.split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest)


def _check_pin_format(pin: str) -> None:
    if not (pin.isdigit() and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS):
        raise StaffError("bad_pin_format")


def find_by_pin(db: Database, pin: str) -> Staff | None:
    """The active staff member whose PIN this is (PINs are unique per shop)."""
    for staff in store.all_staff(db):
        if staff.active and pin_matches(pin, staff.pin_hash):
            return staff
    return None


def add_staff(db: Database, name: str, role: str, pin: str, at: datetime) -> Staff:
    name = name.strip()
    if not name:
        raise StaffError("bad_name")
    if role not in ROLES:
        raise StaffError("bad_role", role)
    _check_pin_format(pin)
    with write_transaction(db):
        if find_by_pin(db, pin) is not None:
            raise StaffError("pin_taken")
        return store.insert_staff(db, name, role, hash_pin(pin), at)


def set_pin(db: Database, staff: Staff, pin: str) -> Staff:
    _check_pin_format(pin)
    with write_transaction(db):
        other = find_by_pin(db, pin)
        if other is not None and other.staff_id != staff.staff_id:
            raise StaffError("pin_taken")
        changed = replace(staff, pin_hash=hash_pin(pin))
        store.update_staff(db, changed)
        return changed


@dataclass(frozen=True, slots=True)
class LoginThrottle:
    """Wrong PINs slow the next attempt and, after ``lock_after`` of them, lock login a while.

    Pure: the till keeps the current value and asks it before checking a PIN.
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


def login(db: Database, pin: str, throttle: LoginThrottle, now: datetime
          ) -> tuple[Staff, LoginThrottle]:
    """Check a PIN under the throttle; raises StaffError(locked|wrong_pin) with the new throttle."""
    wait = throttle.wait_seconds(now)
    if wait > 0:
        raise StaffError("locked", (wait, throttle))
    staff = find_by_pin(db, pin) if pin.isdigit() else None
    if staff is None:
        raise StaffError("wrong_pin", throttle.failed(now))
    return staff, throttle.succeeded()
