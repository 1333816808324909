"""A whole sale at the till, driven by keystrokes and scanner bursts."""
from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty.storage import ledger_store
from pos.storage import sale_store
from tests.ui.conftest import Seeded
from ui.till.payment_dialog import PaymentDialog
from ui.till.redeem_dialog import RedeemDialog
from ui.till.receipt_dialog import ReceiptDialog
from ui.till.window import TillWindow


def open_till(qtbot, seeded: Seeded) -> TillWindow:
    window = TillWindow(seeded.shop, seeded.cashier)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.focus_scan()
    return window


def scan(qtbot, window: TillWindow, code: str) -> None:
    """A scanner burst: the keys as fast as the event loop takes them, then Enter."""
    target = QApplication.focusWidget() or window.scan
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def press(qtbot, window: TillWindow, key: Qt.Key) -> None:
    """A key on the till itself, once it is the active window again (shortcuts need that)."""
    qtbot.waitUntil(lambda: window.dialog is None and window.isActiveWindow())
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def active_dialog(qtbot, window: TillWindow):
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isActiveWindow())
    return window.dialog


def test_whole_sale_with_card_discount_points_redemption_and_payment(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4601234567893")
    scan(qtbot, w, "4601234567893")
    scan(qtbot, w, "4607001234561")
    assert w.table.rowCount() == 2
    assert w.table.item(0, 1).text() == "2"
    scan(qtbot, w, seeded.anna_card.number)
    assert w.customer.name.text() == "Anna Petrova"
    assert "300" in w.customer.points.text()
    # 950.00 gross, 5 % receipt discount from 500.00
    assert any("47,50" in line and "500" in line for line in w.totals.lines())
    assert any("+45" in line for line in w.totals.lines())
    assert QApplication.focusWidget() is w.scan

    press(qtbot, w, Qt.Key.Key_F7)
    dialog = active_dialog(qtbot, w)
    assert isinstance(dialog, RedeemDialog)
    assert dialog.spin.value() == 300
    dialog.spin.selectAll()
    qtbot.keyClicks(dialog.spin, "200")
    qtbot.keyClick(dialog.spin, Qt.Key.Key_Return)
    assert w.dialog is None
    assert w.till.basket.redeem_points == 200
    assert any("200" in line for line in w.totals.lines())
    assert "702,50" in w.totals.to_pay.text()

    press(qtbot, w, Qt.Key.Key_F12)
    pay = active_dialog(qtbot, w)
    assert isinstance(pay, PaymentDialog)
    qtbot.keyClicks(pay.cash, "1000")
    assert "297,50" in pay.change.text()
    qtbot.keyClick(pay.cash, Qt.Key.Key_Return)
    receipt = active_dialog(qtbot, w)
    assert isinstance(receipt, ReceiptDialog)
    assert "297,50" in receipt.heading.text()
    sale = pay.sale
    qtbot.keyClick(receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(w.isActiveWindow)
    assert w.dialog is None and QApplication.focusWidget() is w.scan
    assert w.table.rowCount() == 0

    stored = sale_store.load_sale(seeded.shop.db, sale.sale_no)
    assert stored.net_minor == 902_50 and stored.discount_minor == 47_50
    assert stored.customer_ref == seeded.anna_card.number
    assert {(p.tender, p.amount_minor, p.points) for p in stored.payments} == {
        ("points", 200_00, 200), ("cash", 702_50, 0)}
    entries = ledger_store.entries_of_sale(seeded.shop.db, sale.sale_no)
    # 5 % of the 702.50 paid in money (no points on points) = 35 points
    assert sorted((e.kind, e.points) for e in entries) == [("purchase", 35), ("redeem", -200)]


def test_pay_pressed_twice_makes_one_sale(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4600000000018")
    press(qtbot, w, Qt.Key.Key_F12)
    pay = w.dialog
    qtbot.keyClick(pay.cash, Qt.Key.Key_Return)
    qtbot.keyClick(pay.cash, Qt.Key.Key_Return)  # the second press reaches the closing dialog
    pay.pay()
    rows = list(sale_store.iter_sale_rows(seeded.shop.db, None, None))
    assert len(rows) == 1
    assert rows[0].net_minor == 220_00


def test_blocked_card_is_refused_in_the_status_line(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4600000000018")
    scan(qtbot, w, seeded.blocked_card.number)
    assert "blocked" in w.status.text() and "stolen" in w.status.text()
    assert w.dialog is None and QApplication.activeModalWidget() is None
    assert w.till.basket.customer_ref is None
    assert QApplication.focusWidget() is w.scan


def test_typing_slowly_in_the_name_search_is_not_a_scan(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F3)
    assert QApplication.focusWidget() is w.search
    qtbot.keyClicks(w.search, "sour", delay=120)
    qtbot.keyClick(w.search, Qt.Key.Key_Return, delay=120)
    assert w.till.basket.lines[0].name == "Sourdough loaf"
    assert w.till.basket.coupon_codes == ()
    assert QApplication.focusWidget() is w.scan


def test_a_scan_while_searching_adds_the_product_and_leaves_no_trace(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F3)
    qtbot.keyClicks(w.search, "cr", delay=120)
    scan(qtbot, w, "4607001234561")
    assert w.search.text() == "cr"
    assert [l.name for l in w.till.basket.lines] == ["Coffee beans 250 g"]


def _count_sales(seeded: Seeded) -> int:
    return len(list(sale_store.iter_sale_rows(seeded.shop.db, None, None)))


@pytest.mark.parametrize("code", ["4600000000018", "46000001"])
def test_a_code_scanned_while_paying_is_not_taken_as_the_cash_received(qtbot, seeded: Seeded,
                                                                        code) -> None:
    """A QA tester scanned a product with the payment open: its 8 digits became 46,000,001
    roubles received and the sale was paid, with 45,999,912 roubles of change on the receipt."""
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4600000000018")
    press(qtbot, w, Qt.Key.Key_F12)
    pay = active_dialog(qtbot, w)
    scan(qtbot, w, code)  # into the cash field, which has the focus
    assert w.dialog is pay and pay.isVisible()
    assert pay.cash.text() == ""
    assert code in pay.message.text() and "scanned" in pay.message.text()
    assert _count_sales(seeded) == 0
    qtbot.keyClicks(pay.cash, "500")  # typed: an amount, which pays
    qtbot.keyClick(pay.cash, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pay.sale is not None)
    assert _count_sales(seeded) == 1


def test_change_of_a_whole_banknote_is_refused_with_its_reason(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "4600000000018")  # 220.00
    press(qtbot, w, Qt.Key.Key_F12)
    pay = active_dialog(qtbot, w)
    pay.cash.setText("5220")
    assert "banknote" in pay.message.text() and pay.change.text() == "Change: —"
    qtbot.mouseClick(pay.pay_button, Qt.MouseButton.LeftButton)
    assert "banknote" in pay.message.text() and _count_sales(seeded) == 0
    pay.cash.setText("5219,99")  # 4,999.99 of change: a 5,000 note was needed
    assert pay.message.text() == ""  # the refusal went with the amount it spoke of
    assert "4 999,99" in pay.change.text().replace("\u00a0", " ")
    pay.card.setText("300")
    assert "more than is due" in pay.message.text()


def test_f11_on_a_basket_with_only_a_customer_takes_the_customer_off(qtbot,
                                                                     seeded: Seeded) -> None:
    """A QA tester identified the wrong customer before scanning anything: F11 did nothing."""
    w = open_till(qtbot, seeded)
    scan(qtbot, w, seeded.anna_card.number)
    assert w.till.basket.customer_ref == seeded.anna_card.number
    press(qtbot, w, Qt.Key.Key_F11)
    assert w.dialog is None  # nothing to lose: no question
    assert w.till.basket.customer_ref is None
    assert w.status.text() == "Customer and coupons taken off"
    press(qtbot, w, Qt.Key.Key_F11)
    assert w.status.text() == "The basket is empty"


def test_f12_on_an_empty_basket_says_so(qtbot, seeded: Seeded) -> None:
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F12)
    assert w.dialog is None
    assert w.status.text() == "The basket is empty: scan the goods first"
    assert w.status.property("kind") == "error"
