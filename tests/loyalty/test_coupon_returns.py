"""A receipt returned in full voids the next-visit coupon it earned and gives back the
coupon it used; a partial return keeps both as they were (through the till's own path)."""
from __future__ import annotations

import pytest

from loyalty.coupons import CouponRefused
from loyalty.storage import rules_store
from tests.loyalty.test_receipt_loyalty import coupon_sale
from tests.loyalty.test_till import BREAD, COFFEE, anna, pay_by_card, till  # noqa: F401


def test_a_coupon_earned_by_a_receipt_returned_in_full_no_longer_holds(till) -> None:
    """A QA tester bought 1,655.70, got the coupon, returned everything, then used it."""
    sale = coupon_sale(till, "en")
    code = rules_store.coupon_issued_on_sale(till.shop.db, sale.sale_no).code
    till.make_return(till.quote_return(sale.sale_no), "card")
    till.enter_code(BREAD.barcode)
    with pytest.raises(CouponRefused) as refused:
        till.add_coupon(code)
    assert refused.value.reason == "returned"
    assert till.basket.coupon_codes == ()


def test_a_partial_return_keeps_the_coupon_it_earned(till) -> None:
    sale = coupon_sale(till, "en")
    code = rules_store.coupon_issued_on_sale(till.shop.db, sale.sale_no).code
    coffee_line = next(l.line_no for l in sale.lines if l.barcode == COFFEE.barcode)
    till.make_return(till.quote_return(sale.sale_no, {coffee_line: 1}), "card")
    till.enter_code(BREAD.barcode)
    till.enter_code(BREAD.barcode)
    till.add_coupon(code)
    assert till.basket.coupon_codes == (code,)


def test_a_coupon_used_on_a_receipt_returned_in_full_can_be_used_again(till) -> None:
    sale = coupon_sale(till, "en")
    code = rules_store.coupon_issued_on_sale(till.shop.db, sale.sale_no).code
    till.enter_code(BREAD.barcode)
    till.enter_code(BREAD.barcode)
    till.add_coupon(code)
    used = pay_by_card(till)
    assert used.discount_minor == 100_00
    till.enter_code(BREAD.barcode)
    with pytest.raises(CouponRefused) as refused:
        till.add_coupon(code)
    assert refused.value.reason == "used_up"
    till.void_sale()
    till.make_return(till.quote_return(used.sale_no), "card")  # its discount went with it
    till.enter_code(BREAD.barcode)
    till.enter_code(BREAD.barcode)
    till.add_coupon(code)
    again = pay_by_card(till)
    assert again.discount_minor == 100_00
    assert rules_store.coupon_by_code(till.shop.db, code).times_used == 1


def test_a_return_below_the_net_that_earned_the_coupon_voids_it(till) -> None:
    """1,050.00 earned the coupon at 500.00; both loaves and two coffees back leave less."""
    sale = coupon_sale(till, "en")
    code = rules_store.coupon_issued_on_sale(till.shop.db, sale.sale_no).code
    lines = {l.barcode: l.line_no for l in sale.lines}
    bread_qty = sum(l.qty for l in sale.lines if l.barcode == BREAD.barcode)
    back = {lines[BREAD.barcode]: bread_qty, lines[COFFEE.barcode]: 2}
    ret = till.make_return(till.quote_return(sale.sale_no, back), "card")
    assert sale.net_minor + ret.net_minor < 500_00
    till.enter_code(BREAD.barcode)
    with pytest.raises(CouponRefused) as refused:
        till.add_coupon(code)
    assert refused.value.reason == "returned"
