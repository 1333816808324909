"""A batch marked 'not combinable with other coupons': made in the coupons screen, then at the
till a second coupon beside it is refused with a sentence saying why, and nothing changes —
through the real window, scanner bursts, payment and the stored coupon uses."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from loyalty.coupons import CouponTerms, generate_coupons
from loyalty.storage import rules_store
from tests.ui.conftest import Seeded
from tests.ui.test_till_honest import LOAF, pay_cash, russian, with_coupons  # noqa: F401
from tests.ui.test_till_sale import open_till, scan
from ui.office.coupons import CouponsTab


def test_the_coupons_screen_marks_a_batch_not_combinable(qtbot, seeded: Seeded) -> None:
    tab = CouponsTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.count.setValue(3)
    tab.value.setText("50")
    tab.batch_name.setText("alone")
    tab.alone.click()  # a real click: the box toggles as the owner's would
    assert tab.alone.isChecked()
    tab.generate_button.click()
    assert tab.table.rowCount() == 3
    coupon = rules_store.coupon_by_code(seeded.shop.db, tab.table.item(0, 0).text())
    assert (coupon.amount_minor, coupon.combinable) == (50_00, False)
    assert "не сочетается с другими купонами" in tab.table.item(0, 1).text()  # the shop's language
    tab.alone.click()
    tab.batch_name.setText("together")
    tab.generate_button.click()
    coupon = rules_store.coupon_by_code(seeded.shop.db, tab.table.item(0, 0).text())
    assert coupon.combinable and "сочетается" not in tab.table.item(0, 1).text()


@pytest.mark.parametrize("ru", [False, True])
def test_a_second_coupon_beside_one_not_combinable_is_refused_either_way_round(
        qtbot, seeded: Seeded, request, ru: bool) -> None:
    if ru:
        request.getfixturevalue("russian")
    with_coupons(seeded)
    shop, now = seeded.shop, seeded.shop.clock()
    alone = generate_coupons(shop.db, 2, CouponTerms(amount_minor=30_00, combinable=False),
                             now, now.date(), "alone")
    mixing = generate_coupons(shop.db, 2, CouponTerms(amount_minor=10_00), now, now.date(),
                              "mixing")
    w = open_till(qtbot, seeded)
    scan(qtbot, w, seeded.anna_card.number)
    scan(qtbot, w, LOAF)
    scan(qtbot, w, alone[0].code)
    assert w.till.basket.coupon_codes == (alone[0].code,)
    before = (w.till.basket, w.till.detail.quote.net_minor, w.totals.to_pay.text())
    scan(qtbot, w, mixing[0].code)
    status = w.status.text()
    assert mixing[0].code in status and alone[0].code in status
    assert ("не сочетается с другими купонами" if ru
            else "is not combinable with other coupons") in status
    assert w.status.property("kind") == "error"
    assert (w.till.basket, w.till.detail.quote.net_minor, w.totals.to_pay.text()) == before
    pay_cash(qtbot, w)
    sale_no = shop.db.execute("SELECT MAX(sale_no) FROM sales").fetchone()[0]
    assert [use.sale_no for use in rules_store.coupon_uses(shop.db, alone[0].code)] == [sale_no]
    assert rules_store.coupon_uses(shop.db, mixing[0].code) == ()
    # the other way round: the combinable one first, then the one that combines with none
    scan(qtbot, w, LOAF)
    scan(qtbot, w, mixing[1].code)
    scan(qtbot, w, alone[1].code)
    status = w.status.text()
    assert ("не сочетается с другими купонами" if ru
            else "is not combinable with other coupons") in status
    assert alone[1].code in status and mixing[1].code in status
    assert w.till.basket.coupon_codes == (mixing[1].code,)
