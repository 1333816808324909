"""Staff members and their roles, as values."""
from __future__ import annotations

from dataclasses import dataclass

ROLES = ("cashier", "owner", "bookkeeper")
REPORT_ROLES = ("owner", "bookkeeper")


@dataclass(frozen=True, slots=True)
class Staff:
    staff_id: int
    name: str
    role: str
    pin_hash: str
    active: bool = True

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"

    @property
    def sees_reports(self) -> bool:
        return self.role in REPORT_ROLES
