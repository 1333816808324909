"""The staff tab: an owner adds, re-roles, re-PINs and deactivates people; a cashier is refused."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage import store
from pos.staff.pins import add_staff, find_by_pin
from ui.office.staff import StaffTab

NOW = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


@pytest.fixture
def owner(shop):
    return add_staff(shop.db, "Boris", "owner", "9999", NOW)


@pytest.fixture
def tab(qtbot, shop, owner):
    widget = StaffTab(shop, owner)
    qtbot.addWidget(widget)
    return widget


def _add(qtbot, tab, name: str, role: str, pin: str) -> None:
    tab.new_name.setText(name)
    tab.new_role.setCurrentIndex(tab.new_role.findData(role))
    tab.new_person_pin.clear()
    qtbot.keyClicks(tab.new_person_pin, pin)
    tab.add_button.click()


def test_owner_adds_a_cashier_who_can_then_log_in(qtbot, tab, shop) -> None:
    _add(qtbot, tab, "Ольга Смирнова", "cashier", "2468")
    olga = find_by_pin(shop.db, "2468")
    assert (olga.name, olga.role) == ("Ольга Смирнова", "cashier")
    assert "Ольга Смирнова" in tab.status.text()
    assert [p.name for p in tab.people.people] == ["Boris", "Ольга Смирнова"]
    assert tab.audit.entries[0].action == "staff_added"
    assert tab.audit.data(tab.audit.index(0, 2)) == "Сотрудник добавлен"  # the shop speaks Russian
    assert tab.audit.data(tab.audit.index(0, 3)) == "Ольга Смирнова"


def test_bad_pin_and_duplicate_pin_are_explained(qtbot, tab, shop) -> None:
    _add(qtbot, tab, "Ivan", "cashier", "12")
    assert "4 to 12 digits" in tab.status.text()
    _add(qtbot, tab, "Ivan", "cashier", "9999")
    assert "already uses this PIN" in tab.status.text()
    assert len(store.all_staff(shop.db)) == 1


def test_role_pin_and_deactivation(qtbot, tab, shop, monkeypatch) -> None:
    _add(qtbot, tab, "Ivan", "cashier", "2222")
    tab.select("Ivan")
    tab.role.setCurrentIndex(tab.role.findData("bookkeeper"))
    tab.role_button.click()
    qtbot.keyClicks(tab.new_pin, "3333")
    tab.pin_button.click()
    ivan = find_by_pin(shop.db, "3333")
    assert (ivan.name, ivan.role) == ("Ivan", "bookkeeper")
    role_row = [tab.audit.data(tab.audit.index(1, c)) for c in range(2, 5)]
    assert role_row == ["Роль сотрудника изменена", "Ivan", "роль: кассир → бухгалтер"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.select("Ivan")
    tab.deactivate_button.click()
    assert store.staff_by_id(shop.db, ivan.staff_id).active is False
    assert [e.action for e in store.audit_entries(shop.db)] == [
        "staff_deactivated", "pin_reset", "staff_role_changed", "staff_added"]


def test_the_last_owner_cannot_deactivate_themselves(qtbot, tab, shop, owner, monkeypatch) -> None:
    asked: list = []  # refused before the "Continue?" question, not after a yes
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    tab.select("Boris")
    tab.deactivate_button.click()
    assert "last active owner" in tab.status.text() and asked == []
    assert store.staff_by_id(shop.db, owner.staff_id).active


def test_a_cashier_is_refused_with_a_message(qtbot, shop, owner) -> None:
    cashier = add_staff(shop.db, "Ivan", "cashier", "2222", NOW)
    tab = StaffTab(shop, cashier)
    qtbot.addWidget(tab)
    _add(qtbot, tab, "Mallory", "owner", "5555")
    assert tab.status.text() == "Only an owner can change staff."
    tab.select("Boris")
    qtbot.keyClicks(tab.new_pin, "0000")
    tab.pin_button.click()
    assert tab.status.text() == "Only an owner can change staff."
    assert find_by_pin(shop.db, "5555") is None and find_by_pin(shop.db, "0000") is None
    assert store.audit_entries(shop.db) == ()


def test_audit_filters_by_person_action_and_dates(qtbot, shop, owner, clock) -> None:
    ivan = add_staff(shop.db, "Ivan", "cashier", "2222", NOW)
    at = clock()
    store.append_audit(shop.db, at, ivan.staff_id, AuditAction.SALE_VOIDED,
                       subject(SubjectKind.BASKET, "basket-1"), {"lines": 3})
    store.append_audit(shop.db, at, owner.staff_id, AuditAction.SETTINGS_CHANGED,
                       subject(SubjectKind.SETTINGS), {"name": ["Shop", "Bakery"]})
    tab = StaffTab(shop, owner)
    qtbot.addWidget(tab)
    assert len(tab.audit.entries) == 2
    tab.who.setCurrentIndex(tab.who.findData(ivan.staff_id))
    tab.refresh_audit()
    assert [(e.staff_name, e.action) for e in tab.audit.entries] == [("Ivan", "void_sale")]
    assert tab.audit.data(tab.audit.index(0, 3)) == "неоплаченная корзина"
    assert tab.audit.data(tab.audit.index(0, 4)) == "строк: 3"
    tab.who.setCurrentIndex(0)
    tab.action.setCurrentIndex(tab.action.findData("settings_changed"))
    tab.refresh_audit()
    assert [e.staff_name for e in tab.audit.entries] == ["Boris"]
    assert tab.audit.data(tab.audit.index(0, 4)) == "название: Shop → Bakery"
    tab.last_day.setDate(QDate(2026, 3, 9))  # the day before the clock's today
    assert tab.audit.entries == ()
