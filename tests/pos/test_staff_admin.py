"""Staff administration: owner-only, audited, and never without an active owner."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from pos.storage import store
from pos.staff.pins import StaffError, add_staff, find_by_pin
from pos.staff.admin import (
    audit_log, change_role, create_staff, deactivate, reset_pin)
from pos.staff.audit import AuditAction, SubjectKind, subject

NOW = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


@pytest.fixture
def owner(shop):
    return add_staff(shop.db, "Ольга", "owner", "1111", NOW)


def _audit(shop) -> list[tuple]:
    return [(e.staff_name, e.action, e.subject) for e in store.audit_entries(shop.db)]


def test_owner_adds_staff_and_it_is_audited(shop, owner) -> None:
    ivan = create_staff(shop.db, owner, "Иван", "cashier", "2222", NOW)
    assert find_by_pin(shop.db, "2222") == ivan
    assert _audit(shop) == [("Ольга", "staff_added", f"staff {ivan.staff_id}")]


def test_cashier_is_refused_every_owner_action(shop, owner) -> None:
    cashier = add_staff(shop.db, "Иван", "cashier", "2222", NOW)
    actions = (lambda: create_staff(shop.db, cashier, "Пётр", "cashier", "3333", NOW),
               lambda: change_role(shop.db, cashier, cashier.staff_id, "owner", NOW),
               lambda: reset_pin(shop.db, cashier, owner.staff_id, "4444", NOW),
               lambda: deactivate(shop.db, cashier, owner.staff_id, NOW))
    for action in actions:
        with pytest.raises(StaffError) as error:
            action()
        assert error.value.reason == "not_allowed"
    assert store.all_staff(shop.db) == (owner, cashier)
    assert _audit(shop) == []


def test_the_last_active_owner_cannot_be_removed(shop, owner) -> None:
    for action in (lambda: deactivate(shop.db, owner, owner.staff_id, NOW),
                   lambda: change_role(shop.db, owner, owner.staff_id, "cashier", NOW)):
        with pytest.raises(StaffError) as error:
            action()
        assert error.value.reason == "last_owner"
    assert store.staff_by_id(shop.db, owner.staff_id) == owner


def test_with_a_second_owner_the_first_may_step_down(shop, owner) -> None:
    boris = create_staff(shop.db, owner, "Борис", "owner", "9999", NOW)
    change_role(shop.db, owner, owner.staff_id, "bookkeeper", NOW)
    assert store.staff_by_id(shop.db, owner.staff_id).role == "bookkeeper"
    with pytest.raises(StaffError) as error:  # now Boris is the last one
        deactivate(shop.db, boris, boris.staff_id, NOW)
    assert error.value.reason == "last_owner"


def test_deactivated_staff_cannot_log_in_and_keep_their_name(shop, owner) -> None:
    ivan = create_staff(shop.db, owner, "Иван", "cashier", "2222", NOW)
    deactivate(shop.db, owner, ivan.staff_id, NOW)
    assert find_by_pin(shop.db, "2222") is None
    assert store.staff_by_id(shop.db, ivan.staff_id).active is False
    with pytest.raises(StaffError) as error:
        reset_pin(shop.db, owner, ivan.staff_id, "5555", NOW)
    assert error.value.reason == "inactive"


def test_reset_pin_changes_login_and_never_stores_the_pin(shop, owner) -> None:
    ivan = create_staff(shop.db, owner, "Иван", "cashier", "2222", NOW)
    reset_pin(shop.db, owner, ivan.staff_id, "7777", NOW)
    assert find_by_pin(shop.db, "7777").staff_id == ivan.staff_id
    assert find_by_pin(shop.db, "2222") is None
    entry = store.audit_entries(shop.db, action="pin_reset")[0]
    assert "7777" not in str(entry.detail) and entry.subject == f"staff {ivan.staff_id}"
    with pytest.raises(StaffError) as error:
        reset_pin(shop.db, owner, ivan.staff_id, "1111", NOW)  # the owner's PIN
    assert error.value.reason == "pin_taken"


def test_audit_log_filters_by_person_action_and_local_days(shop, owner) -> None:
    moscow = "Europe/Moscow"
    ivan = create_staff(shop.db, owner, "Иван", "cashier", "2222", NOW)
    late = datetime(2026, 3, 2, 22, 30, tzinfo=timezone.utc)  # 3 March 01:30 in Moscow
    store.append_audit(shop.db, late, ivan.staff_id, AuditAction.SALE_VOIDED,
                       subject(SubjectKind.BASKET, "b-1"), {"lines": 2})
    change_role(shop.db, owner, ivan.staff_id, "bookkeeper", datetime(2026, 3, 4, 8, tzinfo=timezone.utc))
    assert [e.action for e in audit_log(shop.db, moscow)] == ["staff_role_changed", "void_sale",
                                                              "staff_added"]
    assert [e.action for e in audit_log(shop.db, moscow, staff_id=ivan.staff_id)] == ["void_sale"]
    assert [e.action for e in audit_log(shop.db, moscow, action="staff_added")] == ["staff_added"]
    march_3 = audit_log(shop.db, moscow, first_day=date(2026, 3, 3), last_day=date(2026, 3, 3))
    assert [e.subject for e in march_3] == ["basket b-1"]
    from pos.wording import moment_text
    assert moment_text(march_3[0].at, moscow, "ru") == "03.03.2026 01:30"
    assert moment_text(march_3[0].at, moscow, "en") == "03 Mar 2026 01:30"
    assert audit_log(shop.db, moscow, first_day=date(2026, 3, 5)) == ()
    role = audit_log(shop.db, moscow, action="staff_role_changed")[0]
    assert role.detail == {"role": ["cashier", "bookkeeper"]}
    assert store.audit_actions(shop.db) == ("staff_added", "staff_role_changed", "void_sale")
