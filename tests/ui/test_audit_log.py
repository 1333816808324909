"""The audit log read by the owner: changes made by clicks at the till and in the office show
as worded rows (Russian and English), named from what they concern, and the filters work."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from loyalty.members.admin import erase_personal_data
from loyalty.storage import store
from pos.staff.audit import AuditAction
from tests.ui.conftest import Seeded
from tests.ui.test_office_members import _cards_dialog, _open as open_member_tabs
from tests.ui.test_till_sale import open_till, press, scan
from ui.app import install_translator
from ui.office.coupons import CouponsTab
from ui.office.staff import StaffTab


def masked(number: str) -> str:
    """A card number as the log shows it: four dots and its last four digits."""
    return "••••" + number[-4:]


@pytest.fixture(autouse=True)
def _close_member_tabs(seeded: Seeded):
    """Member tabs close before the shop does (as in the members tab's own tests)."""
    yield
    while open_member_tabs:
        open_member_tabs.pop().close()


def _button(window, key: str) -> QPushButton:
    return next(b for b in window.findChildren(QPushButton) if b.text().startswith(key + "\n"))


def _till_voids_a_line(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4600000000018")
    scan(qtbot, w, "4601234567893")
    press(qtbot, w, Qt.Key.Key_Up)  # the loaf
    _button(w, "F8").click()
    assert [line.name for line in w.till.basket.lines] == ["Croissant"]
    w.close()


def _office_blocks_a_card_and_generates_coupons(qtbot, seeded: Seeded) -> None:
    tab, dialog = _cards_dialog(qtbot, seeded)
    dialog.cards.setCurrentRow(0)
    dialog.reason.setText("lost")
    dialog.block.click()
    assert store.card_by_number(seeded.shop.db, seeded.anna_card.number).status == "blocked"
    dialog.accept()
    coupons = CouponsTab(seeded.shop, seeded.owner)
    qtbot.addWidget(coupons)
    coupons.count.setValue(3)
    coupons.value.setText("150")
    coupons.batch_name.setText("flyer")
    coupons.generate_button.click()


def _rows(tab: StaffTab) -> list[tuple[str, ...]]:
    model = tab.audit
    return [tuple(model.data(model.index(r, c)) for c in range(1, 5))
            for r in range(model.rowCount())]


def _audit_tab(qtbot, seeded: Seeded) -> StaffTab:
    tab = StaffTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    return tab


def test_clicked_changes_read_in_russian_and_the_action_filter_lists_every_action(
        qtbot, seeded: Seeded) -> None:
    app = QApplication.instance()
    translators = install_translator(app, "ru")
    try:
        _till_voids_a_line(qtbot, seeded)
        _office_blocks_a_card_and_generates_coupons(qtbot, seeded)
        tab = _audit_tab(qtbot, seeded)
        rows = _rows(tab)
        card = masked(seeded.anna_card.number)
        coupons = next(r for r in rows if r[1] == "Создана партия купонов")
        assert coupons[:3] == ("Boris", "Создана партия купонов", "партия купонов «flyer»")
        assert coupons[3].startswith("количество: 3; сумма: 150,00\u00a0₽; действует до: ")
        assert ("Boris", "Карта заблокирована", f"Anna Petrova, карта {card}",
                "причина: lost") in rows
        assert ("Olga", "Строка удалена", "Sourdough loaf",
                "название: Sourdough loaf; количество: 1; сумма: 220,00\u00a0₽") in rows
        assert tab.audit.headerData(3, Qt.Orientation.Horizontal) == "Объект"
        choices = [tab.action.itemData(i) for i in range(tab.action.count())]
        assert choices[0] is None and tab.action.itemText(0) == "Все действия"
        assert set(choices[1:]) == {str(a) for a in AuditAction}
        tab.action.setCurrentIndex(tab.action.findText("Карта заблокирована"))
        tab.action.activated.emit(tab.action.currentIndex())  # what a choice in the list sends
        assert [r[1] for r in _rows(tab)] == ["Карта заблокирована"] * 2  # Anna's and Ivan's
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_english_rows_who_and_days_filter_and_an_erased_customer_stays_unnamed(
        qtbot, seeded: Seeded) -> None:
    shop = seeded.shop
    shop.save_settings(replace(shop.settings, language="en"))
    _office_blocks_a_card_and_generates_coupons(qtbot, seeded)
    erase_personal_data(shop.db, seeded.anna.member_id, seeded.owner, shop.clock())
    tab = _audit_tab(qtbot, seeded)
    rows = _rows(tab)
    card = masked(seeded.anna_card.number)
    assert ("Boris", "Card blocked", f"erased customer's card {card}", "reason: lost") in rows
    assert ("Boris", "Personal data erased", f"erased customer #{seeded.anna.member_id}",
            "") in rows
    assert not any("Anna" in cell for row in rows for cell in row)
    tab.who.setCurrentIndex(tab.who.findData(seeded.cashier.staff_id))
    tab.who.activated.emit(tab.who.currentIndex())
    assert _rows(tab) == []
    tab.who.setCurrentIndex(0)
    tab.who.activated.emit(0)
    assert len(_rows(tab)) == len(rows)
    tab.first_day.setDate(tab.last_day.date().addDays(1))  # tomorrow on: nothing yet
    assert _rows(tab) == []
    tab.first_day.setDate(QDate(2026, 1, 1))
    assert len(_rows(tab)) == len(rows)


def test_the_audit_log_shows_a_batch_made_in_another_tab_when_its_tab_comes_back(
        qtbot, seeded: Seeded) -> None:
    """A QA tester made a coupon batch, went to Staff and audit: the batch was not there
    until a filter changed."""
    from ui.office.window import OfficeWindow
    window = OfficeWindow(seeded.shop, seeded.owner)
    qtbot.addWidget(window)
    window.show()
    staff = window.tab("StaffTab")
    window.tabs.setCurrentWidget(staff)
    before = len(_rows(staff))
    coupons = window.tab("CouponsTab")
    window.tabs.setCurrentWidget(coupons)
    coupons.count.setValue(2)
    coupons.value.setText("50")
    qtbot.mouseClick(coupons.generate_button, Qt.MouseButton.LeftButton)
    window.tabs.setCurrentWidget(staff)
    rows = _rows(staff)
    assert len(rows) == before + 1
    assert any("50" in " ".join(map(str, row)) for row in rows[:1] + rows[-1:])
