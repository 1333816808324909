"""Returns, login, enrolment and parking at the till, driven by keystrokes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty.storage import ledger_store, store as loyalty_store
from pos.sale import Payment
from tests.ui.conftest import Seeded
from tests.ui.test_till_sale import active_dialog, open_till, press, scan
from ui.login_dialog import LoginDialog
from ui.till.return_dialog import ReturnDialog
from ui.till.enrol_dialog import EnrolDialog


def sell(seeded: Seeded, w) -> int:
    """A sale made through the same session the window uses: 2 croissants and coffee, card."""
    s = w.till
    for code in ("4601234567893", "4601234567893", "4607001234561", seeded.anna_card.number):
        s.enter_code(code)
    return s.pay(s.basket, s.quote, (Payment("card", s.quote.net_minor),)).sale_no


def test_partial_return_shows_the_points_reversal_before_confirming(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    sale_no = sell(seeded, w)
    earned = sum(e.points for e in ledger_store.entries_of_sale(seeded.shop.db, sale_no))
    assert earned == 45
    press(qtbot, w, Qt.Key.Key_F10)
    dialog = active_dialog(qtbot, w)
    assert isinstance(dialog, ReturnDialog)
    qtbot.keyClicks(dialog.number, str(sale_no))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert "Points taken back: 45" in dialog.summary.text()
    dialog.table.cellWidget(1, 3).setValue(0)  # keep the coffee, return both croissants
    assert "Points taken back: 14" in dialog.summary.text()  # what the croissants earned
    assert "285,00" in dialog.summary.text()  # 300.00 less its 5 % share of the discount
    assert list(ledger_store.entries_of_sale(seeded.shop.db, sale_no))  # nothing written yet
    qtbot.keyClick(dialog.number, Qt.Key.Key_F12)
    ret = dialog.sale
    assert ret.kind == "return" and ret.original_sale_no == sale_no
    assert ret.net_minor == -285_00
    reversal = ledger_store.entries_of_sale(seeded.shop.db, ret.sale_no)
    assert [(e.kind, e.points) for e in reversal] == [("reversal", -14)]
    qtbot.keyClick(active_dialog(qtbot, w), Qt.Key.Key_Escape)
    qtbot.waitUntil(w.isActiveWindow)
    assert QApplication.focusWidget() is w.scan


def test_pin_login_wrong_pin_is_delayed_then_right_pin_logs_in(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    w.till.staff = None
    w.actions_.login(cancellable=False)
    dialog = active_dialog(qtbot, w)
    assert isinstance(dialog, LoginDialog)
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "Wrong PIN" in dialog.message.text() and "1 s" in dialog.message.text()
    assert not dialog.pin.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert w.dialog is dialog  # the till cannot be used without a cashier
    seeded.shop.clock.advance(seconds=2)
    qtbot.waitUntil(dialog.pin.isEnabled, timeout=3000)
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert w.dialog is None
    assert w.till.staff.name == "Olga"
    assert "Olga" in w.cashier.text()


def test_five_wrong_pins_lock_the_login(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F1)
    dialog = active_dialog(qtbot, w)
    for _ in range(5):
        seeded.shop.clock.advance(seconds=10)
        dialog.pin.setEnabled(True)
        qtbot.keyClicks(dialog.pin, "0000")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert "300 s" in dialog.message.text()
    dialog.pin.setEnabled(True)
    qtbot.keyClicks(dialog.pin, "1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.staff is None and "locked" in dialog.message.text()


def test_quick_enrolment_issues_a_card_and_puts_the_customer_on_the_basket(qtbot, seeded: Seeded
                                                                           ) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4600000000018")
    press(qtbot, w, Qt.Key.Key_F6)
    dialog = active_dialog(qtbot, w)
    assert isinstance(dialog, EnrolDialog)
    qtbot.keyClicks(dialog.phone, "8 912 345-67-89")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.name, "Maria")
    dialog.consent.setChecked(True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_F12)
    assert dialog.message.text() == ""
    assert w.dialog is None
    assert w.customer.name.text() == "Maria"
    member = loyalty_store.member_by_phone(seeded.shop.db, "+79123456789")
    assert member is not None and member.consent_data_at is not None
    assert loyalty_store.cards_of_member(seeded.shop.db, member.member_id)


def test_park_and_resume_a_basket(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4600000000018")
    scan(qtbot, w, seeded.anna_card.number)
    press(qtbot, w, Qt.Key.Key_F9)
    assert w.table.rowCount() == 0 and "parked" in w.status.text()
    press(qtbot, w, Qt.Key.Key_F9)
    qtbot.keyClick(active_dialog(qtbot, w).list, Qt.Key.Key_Return)
    assert [l.name for l in w.till.basket.lines] == ["Sourdough loaf"]
    assert w.customer.name.text() == "Anna Petrova"


def test_quantity_and_void_line_by_keys(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4600000000018")
    scan(qtbot, w, "4601234567893")
    press(qtbot, w, Qt.Key.Key_Up)
    press(qtbot, w, Qt.Key.Key_F2)
    dialog = active_dialog(qtbot, w)
    dialog.setIntValue(3)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert w.till.basket.lines[0].qty == 3
    press(qtbot, w, Qt.Key.Key_Delete)
    assert [l.name for l in w.till.basket.lines] == ["Croissant"]
