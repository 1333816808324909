"""The return dialog shows how the returned net comes back: money, and whole points at
their value, with the points taken back, all before anything is written."""
from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty.storage import ledger_store
from pos import basket as bk
from pos.sale import Payment, Tender
from pos.storage import store
from tests.ui.conftest import Seeded
from tests.ui.test_till_sale import active_dialog, open_till, press
from ui.till.return_dialog import ReturnDialog


def test_the_return_dialog_shows_the_money_and_points_split(qtbot, seeded: Seeded) -> None:
    shop = seeded.shop
    basket = bk.new_basket()
    for code in ("4601234567893", "4601234567893", "4607001234561"):
        basket = bk.add_product(basket, store.product_by_barcode(shop.db, code))
    basket = bk.set_redeem_points(bk.set_customer(basket, seeded.anna_card.number), 200)
    quote = shop.checkout.quote(basket)
    sale_no = shop.checkout.commit(basket, quote, (
        Payment("points", 200_00, points=200), Payment("card", quote.net_minor - 200_00)),
        seeded.cashier.staff_id).sale_no
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F10)
    dialog = active_dialog(qtbot, w)
    assert isinstance(dialog, ReturnDialog)
    qtbot.keyClicks(dialog.number, str(sale_no))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    dialog.table.cellWidget(1, 3).setValue(0)  # the two croissants: 285.00 after the discount
    lines = dialog.summary.text().splitlines()
    # 200 points × 285.00 / 902.50 = 63.2 → 63 whole points; money makes up the rest exactly
    assert lines[:3] == ["Goods returned: 285,00\u00a0₽", "Refund in money: 222,00\u00a0₽",
                         "Refund in points: 63 points = 63,00\u00a0₽"]
    assert lines[3].startswith("Points taken back: ")
    assert dialog.tender.currentData() == Tender.CARD  # back the way the money came
    before = len(ledger_store.entries_of(seeded.shop.db, seeded.anna.member_id))
    qtbot.keyClick(dialog.number, Qt.Key.Key_F12)
    ret = dialog.sale
    assert [(p.tender, p.amount_minor, p.points) for p in ret.payments] == [
        ("points", -63_00, -63), ("card", -222_00, 0)]
    assert len(ledger_store.entries_of(seeded.shop.db, seeded.anna.member_id)) > before
    preview = active_dialog(qtbot, w)
    # what the cashier acts on is the money, not the goods' 285.00 (63.00 went back as points)
    assert preview.heading.text() == "Refund to the card: 222,00\u00a0₽"
    qtbot.keyClick(preview, Qt.Key.Key_Escape)


def test_a_return_receipts_number_is_named_as_a_return(qtbot, seeded: Seeded) -> None:
    """A QA tester typed a return's number in F10 and was told there is no such sale."""
    shop = seeded.shop
    basket = bk.add_product(bk.new_basket(), store.product_by_barcode(shop.db, "4601234567893"))
    quote = shop.checkout.quote(basket)
    sale_no = shop.checkout.commit(basket, quote, (Payment("card", quote.net_minor),),
                                   seeded.cashier.staff_id).sale_no
    ret = shop.returns.commit(shop.returns.quote(sale_no), None)
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F10)
    dialog = active_dialog(qtbot, w)
    qtbot.keyClicks(dialog.number, str(ret.sale_no))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.message.text() == ("This number is a return, not a sale: enter the number of "
                                     "the sale itself")
    assert not dialog.confirm.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_return_says_before_the_refund_that_the_balance_goes_below_zero(
        qtbot, seeded: Seeded) -> None:
    """A QA tester's return took a balance to −11 with no word before the refund."""
    from dataclasses import replace
    from builders import sell
    shop = seeded.shop
    shop.save_settings(replace(shop.settings, negative_balance_policy="allow_negative"))
    basket = bk.set_customer(bk.add_product(bk.new_basket(), store.product_by_barcode(
        shop.db, "4607001234561"), 3), seeded.anna_card.number)
    earned = sell(shop, basket)
    seeded.shop.clock.advance(days=30)  # the points become spendable
    from builders import loyalty_quote
    for _ in range(20):  # spend what the rules let her, receipt after receipt
        spend = bk.set_customer(bk.add_product(bk.new_basket(), store.product_by_barcode(
            shop.db, "4601234567893"), 5), seeded.anna_card.number)
        most = loyalty_quote(shop.checkout.quote(spend)).redeem_limits.max_points
        if not most:
            break
        sell(shop, bk.set_redeem_points(spend, most))
    w = open_till(qtbot, seeded)
    press(qtbot, w, Qt.Key.Key_F10)
    dialog = active_dialog(qtbot, w)
    qtbot.keyClicks(dialog.number, str(earned.sale_no))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert "already spent: the customer's balance goes to -" in dialog.summary.text(), \
        dialog.summary.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
