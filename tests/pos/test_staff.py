"""Staff PINs: salted hashes, unique PINs, and the back-off after wrong ones."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pos.storage import store
from pos.staff.pins import (
    StaffError, add_staff, hash_pin, login, pin_matches, set_pin)

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
    staff = login(shop.db, "2222", NOW)
    assert (staff.name, staff.role) == ("Иван", "cashier")


def test_duplicate_pin_and_bad_pins_are_refused(shop) -> None:
    add_staff(shop.db, "Ольга", "owner", "1111", NOW)
    for pin, reason in (("1111", "pin_taken"), ("12", "bad_pin_format"), ("abcd", "bad_pin_format")):
        with pytest.raises(StaffError) as error:
            add_staff(shop.db, "Other", "cashier", pin, NOW)
        assert error.value.reason == reason
    assert len(store.all_staff(shop.db)) == 1


def test_wrong_pins_slow_down_then_lock(shop) -> None:
    add_staff(shop.db, "Иван", "cashier", "2222", NOW)
    now = NOW
    for n in range(1, 5):
        with pytest.raises(StaffError) as error:
            login(shop.db, "9999", now)
        assert (error.value.reason, error.value.detail) == ("wrong_pin", n)  # n seconds' pause
        now += timedelta(seconds=10)
    with pytest.raises(StaffError) as error:
        login(shop.db, "9999", now)
    assert error.value.reason == "wrong_pin" and error.value.detail == 300  # locked 5 minutes
    with pytest.raises(StaffError) as error:
        login(shop.db, "2222", now)  # even the right PIN waits out the lock
    assert error.value.reason == "locked"
    assert login(shop.db, "2222", now + timedelta(minutes=6)).name == "Иван"


def test_the_back_off_survives_a_restart(db_path, clock) -> None:
    from loyalty.shop import open_shop
    shop = open_shop(db_path, clock)
    add_staff(shop.db, "Ольга", "owner", "123456789012", NOW)  # 12 digits are allowed
    for n in range(5):
        with pytest.raises(StaffError):
            login(shop.db, "0000", NOW + timedelta(seconds=10 * n))
    shop.close()
    again = open_shop(db_path, clock)  # a new process would read the same file
    with pytest.raises(StaffError) as error:
        login(again.db, "123456789012", NOW + timedelta(seconds=60))
    assert error.value.reason == "locked"
    assert login(again.db, "123456789012", NOW + timedelta(minutes=7)).name == "Ольга"
    again.close()


def test_set_pin_changes_the_pin(shop) -> None:
    ivan = add_staff(shop.db, "Иван", "cashier", "2222", NOW)
    set_pin(shop.db, ivan, "4444")
    assert login(shop.db, "4444", NOW).name == "Иван"
    with pytest.raises(StaffError):
        login(shop.db, "2222", NOW + timedelta(minutes=1))
