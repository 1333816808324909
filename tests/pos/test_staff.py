"""Staff PINs: salted hashes, unique PINs, and the back-off after wrong ones."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pos.storage import store
from pos.staff.pins import (
    LoginThrottle, StaffError, add_staff, hash_pin, login, pin_matches, set_pin)

NOW = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


def test_pin_is_stored_salted_and_hashed(shop) -> None:
    add_staff(shop.db, "Иван", "cashier", "2222", NOW)
    (stored,) = store.all_staff(shop.db)
    assert "2222" not in stored.pin_hash
    assert pin_matches("2222", stored.pin_hash) and not pin_matches("2223", stored.pin_hash)
    assert hash_pin("2222") != hash_pin("2222")  # a new salt every time


def test_login_finds_the_right_person(shop) -> None:
    add_staff(shop.db, "Ольга", "owner", "1111", NOW)
    add_staff(shop.db, "Иван", "cashier", "2222", NOW)
    staff, throttle = login(shop.db, "2222", LoginThrottle(), NOW)
    assert (staff.name, staff.role, throttle.failures) == ("Иван", "cashier", 0)


def test_duplicate_pin_and_bad_pins_are_refused(shop) -> None:
    add_staff(shop.db, "Ольга", "owner", "1111", NOW)
    for pin, reason in (("1111", "pin_taken"), ("12", "bad_pin_format"), ("abcd", "bad_pin_format")):
        with pytest.raises(StaffError) as error:
            add_staff(shop.db, "Other", "cashier", pin, NOW)
        assert error.value.reason == reason
    assert len(store.all_staff(shop.db)) == 1


def test_wrong_pins_slow_down_then_lock(shop) -> None:
    add_staff(shop.db, "Иван", "cashier", "2222", NOW)
    throttle, now = LoginThrottle(lock_after=3), NOW
    for _ in range(3):
        with pytest.raises(StaffError) as error:
            login(shop.db, "9999", throttle, now)
        assert error.value.reason == "wrong_pin"
        throttle = error.value.detail
        now += timedelta(seconds=10)
    with pytest.raises(StaffError) as error:
        login(shop.db, "2222", throttle, now)  # even the right PIN waits out the lock
    assert error.value.reason == "locked"
    staff, _ = login(shop.db, "2222", throttle, now + timedelta(minutes=6))
    assert staff.name == "Иван"


def test_set_pin_changes_the_pin(shop) -> None:
    ivan = add_staff(shop.db, "Иван", "cashier", "2222", NOW)
    set_pin(shop.db, ivan, "4444")
    assert login(shop.db, "4444", LoginThrottle(), NOW)[0].name == "Иван"
    with pytest.raises(StaffError):
        login(shop.db, "2222", LoginThrottle(), NOW)
