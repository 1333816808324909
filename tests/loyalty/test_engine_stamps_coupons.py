"""Stamp cards (buy N, the next free) and coupons (presented and issued for the next visit)."""
from __future__ import annotations

from datetime import timedelta

import pytest

from engine_builders import TODAY, basket, item, member, program
from loyalty.engine.engine import quote
from loyalty.model.member_state import StampProgress
from loyalty.model.program import (
    Coupon, CouponIssue, CouponPolicy, Limits, Scope, StampCard, StampCardId, Tier, TierId,
    TierMetric, TierProgram, TierWindow, WindowKind)
from loyalty.engine.stamps import count_free_units

COFFEE = StampCard(StampCardId("coffee"), "Coffee", Scope(categories=("coffee",)), buy=4)


def coffee_member(stamps: int):
    return member(stamps=(StampProgress(StampCardId("coffee"), stamps),))


@pytest.mark.parametrize(("before", "units", "free", "after"), [
    (0, 4, 0, 4), (0, 5, 1, 0), (4, 1, 1, 0), (3, 1, 0, 4), (4, 2, 1, 1),
    (0, 10, 2, 0), (0, 9, 1, 4), (2, 0, 0, 2),
])
def test_count_free_units(before: int, units: int, free: int, after: int) -> None:
    assert count_free_units(before, units, 4) == (free, after)


def test_the_fifth_coffee_is_free_and_progress_is_reported() -> None:
    q = quote(basket(("Cappuccino", 150_00, 5, "coffee")), coffee_member(0),
              program(stamp_cards=(COFFEE,)), TODAY)
    assert q.discount_minor == 150_00
    (status,) = q.stamps
    assert (status.stamps_before, status.stamps_earned, status.free_units, status.stamps_after) \
        == (0, 4, 1, 0)
    assert q.discounts[0].explanation.params == (("card", "Coffee"), ("units", 1))


def test_the_cheapest_unit_is_the_free_one() -> None:
    q = quote(basket(("Latte", 250_00, 1, "coffee"), ("Espresso", 150_00, 1, "coffee")),
              coffee_member(4), program(stamp_cards=(COFFEE,)), TODAY)
    assert [line.discount_minor for line in q.lines] == [0, 150_00]


def test_not_discountable_lines_collect_no_stamps_and_anonymous_buyers_none() -> None:
    goods = basket(item("Coffee beans", 900_00, 1, "coffee", no_discount=True))
    q = quote(goods, coffee_member(4), program(stamp_cards=(COFFEE,)), TODAY)
    assert (q.discount_minor, q.stamps[0].stamps_after) == (0, 4)
    anonymous = quote(basket(("Latte", 250_00, 5, "coffee")), None,
                      program(stamp_cards=(COFFEE,)), TODAY)
    assert (anonymous.discount_minor, anonymous.stamps) == (0, ())


def test_a_free_unit_is_not_discounted_again() -> None:
    tiers = TierProgram((Tier(TierId("t"), "T", 0, discount_bp=1_000),), TierMetric.SPEND,
                        TierWindow(WindowKind.LIFETIME))
    q = quote(basket(("Latte", 200_00, 2, "coffee")), coffee_member(4),
              program(stamp_cards=(COFFEE,), tiers=tiers), TODAY)
    assert q.discount_minor == 200_00 + 20_00


COUPONS_ON = CouponPolicy()


@pytest.mark.parametrize(("coupon", "price_minor", "discount_minor", "reason"), [
    (Coupon("A100", amount_minor=100_00, min_receipt_minor=500_00), 500_00, 100_00, None),
    (Coupon("A100", amount_minor=100_00, min_receipt_minor=500_00), 499_99, 0, "below_minimum"),
    (Coupon("OLD", amount_minor=100_00, valid_until=TODAY), 500_00, 100_00, None),
    (Coupon("OLD", amount_minor=100_00, valid_until=TODAY - timedelta(days=1)), 500_00, 0,
     "expired"),
    (Coupon("ONCE", amount_minor=100_00, times_used=1), 500_00, 0, "used_up"),
    (Coupon("MULTI", amount_minor=100_00, max_uses=10, times_used=9), 500_00, 100_00, None),
    (Coupon("FREE", amount_minor=100_00, max_uses=None, times_used=500), 500_00, 100_00, None),
    (Coupon("BIG", amount_minor=1_000_00), 300_00, 300_00, None),
    (Coupon("PCT", rate_bp=1_000), 333_35, 33_34, None),   # 33.335 half up
])
def test_coupons(coupon: Coupon, price_minor: int, discount_minor: int,
                 reason: str | None) -> None:
    q = quote(basket(("Goods", price_minor, 1)), None, program(coupons=COUPONS_ON), TODAY,
              coupons=(coupon,))
    assert q.discount_minor == discount_minor
    assert [r.reason for r in q.coupons_rejected] == ([reason] if reason else [])
    assert q.coupons_applied == (() if reason else (coupon.code,))


def test_coupon_rate_applies_to_what_other_discounts_left() -> None:
    tiers = TierProgram((Tier(TierId("t"), "T", 0, discount_bp=500),), TierMetric.SPEND,
                        TierWindow(WindowKind.LIFETIME))
    q = quote(basket(("Coat", 1_000_00, 1)), member(),
              program(coupons=COUPONS_ON, tiers=tiers), TODAY,
              coupons=(Coupon("PCT", rate_bp=1_000),))
    assert q.discount_minor == 50_00 + 95_00


def test_coupon_skips_excluded_lines_and_refuses_duplicates_and_switched_off() -> None:
    coupon = Coupon("X", amount_minor=100_00, max_uses=None)
    goods = basket(("Bread", 50_00, 1), item("Cigarettes", 200_00, 1, "tobacco", no_discount=True))
    q = quote(goods, None, program(coupons=COUPONS_ON), TODAY, coupons=(coupon, coupon))
    assert [line.discount_minor for line in q.lines] == [50_00, 0]
    assert [r.reason for r in q.coupons_rejected] == ["duplicate"]
    off = quote(goods, None, program(), TODAY, coupons=(coupon,))
    assert [r.reason for r in off.coupons_rejected] == ["coupons_off"]
    only_tobacco = quote(basket(item("Cigarettes", 200_00, 1, no_discount=True)), None,
                         program(coupons=COUPONS_ON), TODAY, coupons=(coupon,))
    assert [r.reason for r in only_tobacco.coupons_rejected] == ["nothing_to_discount"]


def test_coupons_count_towards_the_cap() -> None:
    q = quote(basket(("Goods", 1_000_00, 1)), None,
              program(coupons=COUPONS_ON, limits=Limits(max_discount_bp=500)), TODAY,
              coupons=(Coupon("A", amount_minor=100_00),))
    assert q.discount_minor == 50_00


@pytest.mark.parametrize(("price_minor", "issued"), [(1_000_00, True), (999_99, False)])
def test_coupon_issued_for_the_next_visit(price_minor: int, issued: bool) -> None:
    policy = CouponPolicy(issue=CouponIssue(min_net_minor=1_000_00, amount_minor=100_00,
                                            min_receipt_minor=500_00, valid_days=30))
    q = quote(basket(("Goods", price_minor, 1)), None, program(coupons=policy), TODAY)
    if issued:
        assert q.coupon_to_issue is not None
        assert (q.coupon_to_issue.amount_minor, q.coupon_to_issue.valid_until) == \
            (100_00, TODAY + timedelta(days=30))
    else:
        assert q.coupon_to_issue is None
