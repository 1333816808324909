"""The till says what it does: refusals in sentences, the selection on the new line, the 11th
line in view, F11 asking first, who is in a parked basket, phones in national form, and
enrolment without consent — all through the real keys and dialogs."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from loyalty.coupons import CouponTerms, generate_coupons
from pos.catalogue.gtin import check_digit
from loyalty.model.program import CouponPolicy
from loyalty.program.programs import save_program
from loyalty.storage import store as loyalty_store
from pos.catalogue.model import Product
from pos.storage import store
from pos.storage.db import write_transaction
from tests.ui.conftest import Seeded
from tests.ui.test_till_sale import active_dialog, open_till, press, scan
from ui.app import install_translator
from ui.till.amount_dialog import AmountDialog
from ui.till.enrol_dialog import EnrolDialog
from ui.till.parked_dialog import ParkedDialog
from ui.till.redeem_dialog import RedeemDialog

LOAF = "4600000000018"


@pytest.fixture
def russian():
    app = QApplication.instance()
    translators = install_translator(app, "ru")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def with_coupons(seeded: Seeded) -> None:
    shop = seeded.shop
    program = shop.programs.program_for(date(2026, 3, 10))
    save_program(shop.db, replace(program, coupons=CouponPolicy()), date(2026, 1, 1),
                 shop.clock())


def pay_cash(qtbot, w) -> None:
    press(qtbot, w, Qt.Key.Key_F12)
    pay = active_dialog(qtbot, w)
    qtbot.keyClick(pay.cash, Qt.Key.Key_Return)  # exact cash
    qtbot.keyClick(active_dialog(qtbot, w), Qt.Key.Key_Return)  # the receipt preview
    qtbot.waitUntil(lambda: w.dialog is None)


def test_f7_above_the_maximum_is_refused_with_the_limit_and_the_reason(qtbot, seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, seeded.anna_card.number)
    scan(qtbot, w, "4607001234561")  # 650.00; Anna has 300 points
    press(qtbot, w, Qt.Key.Key_F7)
    dialog = active_dialog(qtbot, w)
    assert isinstance(dialog, RedeemDialog)
    dialog.spin.selectAll()
    qtbot.keyClicks(dialog.spin, "900")
    assert dialog.spin.value() == 900  # typed as typed, not cut to 90
    qtbot.keyClick(dialog.spin, Qt.Key.Key_Return)
    assert w.dialog is dialog and dialog.isVisible()  # refused: still open
    assert "300" in dialog.message.text() and "balance" in dialog.message.text()
    assert w.till.basket.redeem_points == 0
    dialog.spin.selectAll()
    qtbot.keyClicks(dialog.spin, "250")
    qtbot.keyClick(dialog.spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.dialog is None)
    assert w.till.basket.redeem_points == 250


@pytest.mark.parametrize("ru", [False, True])
def test_coupon_refusals_are_sentences_and_a_used_code_is_not_added(qtbot, seeded, request,
                                                                    ru: bool) -> None:
    if ru:
        request.getfixturevalue("russian")
    with_coupons(seeded)
    shop, now = seeded.shop, seeded.shop.clock()
    (once,) = generate_coupons(shop.db, 1, CouponTerms(amount_minor=20_00), now, now.date())
    (big,) = generate_coupons(shop.db, 1, CouponTerms(amount_minor=20_00,
                                                      min_receipt_minor=5_000_00), now, now.date())
    w = open_till(qtbot, seeded)
    scan(qtbot, w, LOAF)
    scan(qtbot, w, "SUMMER10")
    status = w.status.text()
    assert "SUMMER10" in status and "unknown:" not in status
    assert ("Неизвестный купон" if ru else "Unknown coupon") in status
    scan(qtbot, w, big.code)
    assert ("не меньше" if ru else "at least") in w.status.text()
    assert "5" in w.status.text() and w.till.basket.coupon_codes == ()
    scan(qtbot, w, once.code)
    assert w.till.basket.coupon_codes == (once.code,)
    pay_cash(qtbot, w)
    scan(qtbot, w, LOAF)
    scan(qtbot, w, once.code)
    status = w.status.text()
    assert ("уже использован" if ru else "already been used") in status
    assert "added" not in status and "applied" not in status and "применён" not in status
    assert w.till.basket.coupon_codes == ()


@pytest.mark.parametrize("ru", [False, True])
def test_an_unknown_product_barcode_says_unknown_product(qtbot, seeded, request, ru) -> None:
    if ru:
        request.getfixturevalue("russian")
    body = "460700123999"
    code = body + check_digit(body)
    w = open_till(qtbot, seeded)
    scan(qtbot, w, code)
    status = w.status.text()
    assert code in status and ("Неизвестный товар" if ru else "Unknown product") in status
    assert "card" not in status.lower() and "карт" not in status.lower()


def test_f4_leaves_the_selection_on_the_new_line_so_f2_changes_it(qtbot, seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, LOAF)
    scan(qtbot, w, "4601234567893")
    w.table.selectRow(0)  # the cashier had moved up to the loaf
    press(qtbot, w, Qt.Key.Key_F4)
    amount = active_dialog(qtbot, w)
    assert isinstance(amount, AmountDialog)
    qtbot.keyClicks(amount.amount, "50")
    qtbot.keyClicks(amount.label, "Gift wrap")
    qtbot.keyClick(amount.label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.dialog is None)
    assert w.table.currentRow() == 2 and w.table.item(2, 0).text() == "Gift wrap"
    press(qtbot, w, Qt.Key.Key_F2)
    qty = active_dialog(qtbot, w)
    assert isinstance(qty, QInputDialog) and qty.labelText() == "Gift wrap"
    qty.setIntValue(3)
    qty.accept()
    qtbot.waitUntil(lambda: w.dialog is None)
    assert [(l.name, l.qty) for l in w.till.basket.lines] == [
        ("Sourdough loaf", 1), ("Croissant", 1), ("Gift wrap", 3)]


def many_products(seeded: Seeded, n: int) -> list[str]:
    products = tuple(Product(None, f"46099{i:07d}" + check_digit(f"46099{i:07d}"),
                             f"Pastry no. {i}", 10_00 + i, "bakery") for i in range(n))
    with write_transaction(seeded.shop.db):
        store.upsert_products(seeded.shop.db, products)
    return [p.barcode for p in products]


def test_at_1024x768_the_newest_line_is_scrolled_into_view(qtbot, seeded) -> None:
    codes = many_products(seeded, 14)
    w = open_till(qtbot, seeded)
    assert (w.width(), w.height()) == (1024, 768)
    for count, code in enumerate(codes, start=1):
        scan(qtbot, w, code)
        row = count - 1
        rect = w.table.visualRect(w.table.model().index(row, 0))
        assert w.table.viewport().rect().contains(rect), count
        assert w.table.currentRow() == row
    assert w.table.rowCount() == 14


def test_the_selected_line_stays_in_view_when_the_basket_table_shrinks(qtbot, seeded) -> None:
    """The widgets around the table grow after the line was scrolled to: the totals by a row
    (a first discount, points), the status line by a wrapped refusal."""
    codes = many_products(seeded, 13)
    w = open_till(qtbot, seeded)
    for code in codes:
        scan(qtbot, w, code)
    height = w.table.height() - 120  # three rows lost at once, as the layout would take them
    w.table.setFixedHeight(height)
    qtbot.waitUntil(lambda: w.table.height() == height)
    rect = w.table.visualRect(w.table.model().index(12, 0))
    assert w.table.currentRow() == 12 and w.table.viewport().rect().contains(rect)


def test_f11_voids_a_full_basket_only_after_asking(qtbot, seeded) -> None:
    w = open_till(qtbot, seeded)
    for code in many_products(seeded, 3):
        scan(qtbot, w, code)
    press(qtbot, w, Qt.Key.Key_F11)
    box = active_dialog(qtbot, w)
    assert isinstance(box, QMessageBox) and "3" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # changed their mind
    qtbot.waitUntil(lambda: w.dialog is None)
    assert len(w.till.basket.lines) == 3
    press(qtbot, w, Qt.Key.Key_F11)
    box = active_dialog(qtbot, w)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.till.basket.lines)
    assert "voided" in w.status.text()
    audit = seeded.shop.db.execute(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'void_sale'").fetchone()[0]
    assert audit == 1


def test_the_parked_list_shows_customer_and_total(qtbot, seeded) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, seeded.anna_card.number)
    scan(qtbot, w, LOAF)
    scan(qtbot, w, LOAF)
    total = w.totals.to_pay.text()
    press(qtbot, w, Qt.Key.Key_F9)
    assert w.till.basket.lines == ()
    press(qtbot, w, Qt.Key.Key_F9)
    dialog = active_dialog(qtbot, w)
    assert isinstance(dialog, ParkedDialog)
    text = dialog.list.item(0).text()
    assert "Anna Petrova" in text and "440,00" in text and "440,00" in total
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.dialog is None)
    assert [(l.name, l.qty) for l in w.till.basket.lines] == [("Sourdough loaf", 2)]
    assert w.customer.name.text() == "Anna Petrova"


@pytest.mark.parametrize("typed", ["8 916 123-45-67", "8 (916) 123 45 67", "89161234567"])
def test_a_phone_in_national_form_finds_the_customer(qtbot, seeded, typed: str) -> None:
    w = open_till(qtbot, seeded)
    scan(qtbot, w, typed)
    assert w.customer.name.text() == "Anna Petrova"


def test_a_uk_shop_finds_a_phone_typed_with_its_trunk_zero(qtbot, seeded) -> None:
    from loyalty.members.members import create_member, new_member
    shop = seeded.shop
    shop.save_settings(replace(shop.settings, language="en", currency="GBP",
                               timezone="Europe/London"))
    create_member(shop.db, new_member("Kate Bell", "+447911123456", shop.clock(),
                                      consent_data=True), "GB")
    w = open_till(qtbot, seeded)
    scan(qtbot, w, "07911 123456")
    assert w.customer.name.text() == "Kate Bell"


def test_enrolment_without_consent_issues_a_bearer_card_and_stores_nothing_personal(
        qtbot, seeded) -> None:
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F6)
    dialog = active_dialog(qtbot, w)
    assert isinstance(dialog, EnrolDialog)
    qtbot.keyClicks(dialog.phone, "+79160000077")
    qtbot.keyClicks(dialog.name, "Pavel")
    assert not dialog.consent.isChecked() and not dialog.anonymous.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: w.dialog is None)
    card = w.till.detail.customer.card
    assert card is not None and card.kind == "bearer"
    assert card.number in w.status.text() and "Pavel" not in w.status.text()
    member = loyalty_store.member_by_id(seeded.shop.db, card.member_id)
    assert (member.name, member.phone) == ("", None)
    assert loyalty_store.member_by_phone(seeded.shop.db, "+79160000077") is None
    assert w.customer.name.text() == "Bearer card"


def test_a_repeated_product_is_named_and_selected_on_its_own_line(qtbot, seeded) -> None:
    codes = many_products(seeded, 13)
    w = open_till(qtbot, seeded)
    for code in codes:
        scan(qtbot, w, code)
    scan(qtbot, w, codes[3])  # a second one of an earlier line
    assert w.status.text().endswith("Pastry no. 3")
    assert w.table.currentRow() == 3 and w.table.item(3, 1).text() == "2"
    rect = w.table.visualRect(w.table.model().index(3, 0))
    assert w.table.viewport().rect().contains(rect)
    press(qtbot, w, Qt.Key.Key_F2)
    qty = active_dialog(qtbot, w)
    assert qty.labelText() == "Pastry no. 3"
    qty.reject()


def test_scans_in_one_burst_still_scroll_the_last_line_into_view(qtbot, seeded) -> None:
    """Scanned faster than the table lays itself out: the scroll range must keep up."""
    codes = many_products(seeded, 14)
    w = open_till(qtbot, seeded)
    for code in codes:
        w.enter_code(code, customer_only=False)  # no event processing in between
    rect = w.table.visualRect(w.table.model().index(13, 0))
    assert w.table.viewport().rect().contains(rect)
