"""Staff PINs: salted PBKDF2 hashes, login, and the back-off after wrong PINs."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import replace
from datetime import datetime

from sqlite_utils import Database

from pos.storage import store
from pos.storage.db import write_transaction
from pos.catalogue.gtin import is_ascii_digits
from pos.staff.model import ROLES, LoginThrottle, Staff
from pos.errors import UserError

PIN_ITERATIONS = 120_000
MIN_PIN_DIGITS = 4
MAX_PIN_DIGITS = 12  # longer PINs for owners who want them; 4 digits fall offline
# every PIN prompt (login, manager, owner's confirmation, command line) shares one count,
# so switching prompts does not buy more guesses
THROTTLE_SCOPE = "pin"


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
    if not (is_ascii_digits(pin) and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS):
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


def stored_throttle(db: Database) -> LoginThrottle:
    return store.pin_throttle(db, THROTTLE_SCOPE)


def login(db: Database, pin: str, now: datetime) -> Staff:
    """Check a PIN under the throttle kept in the database (every PIN prompt goes through
    here); raises StaffError(locked, seconds) or StaffError(wrong_pin, seconds to wait)."""
    with write_transaction(db):
        throttle = stored_throttle(db)
        wait = throttle.wait_seconds(now)
        if wait > 0:
            raise StaffError("locked", wait)
        plausible = is_ascii_digits(pin) and len(pin) <= MAX_PIN_DIGITS
        staff = find_by_pin(db, pin) if plausible else None
        after = throttle.failed(now) if staff is None else throttle.succeeded()
        if after != throttle:  # a right PIN with no failures before leaves the file as it was
            store.set_pin_throttle(db, THROTTLE_SCOPE, after.failures, after.locked_until)
    if staff is None:  # raised after the commit: the failure must stay counted
        raise StaffError("wrong_pin", after.wait_seconds(now))
    return staff
