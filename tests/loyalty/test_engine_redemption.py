"""Paying with points: the cap, minimum balance, steps, one minor unit in money, errors."""
from __future__ import annotations

from fractions import Fraction

import pytest

from engine_builders import TODAY, basket, member, program
from loyalty.engine.engine import quote
from loyalty.model.program import EarnBp, PointsRule, Redemption
from loyalty.engine.redemption import RedemptionError


def rule(**redemption: object) -> PointsRule:
    return PointsRule(EarnBp(500), redemption=Redemption(**redemption))  # type: ignore[arg-type]


@pytest.mark.parametrize(("redemption", "balance", "price_minor", "max_points", "bound_by"), [
    ({"min_balance_points": 4_000}, 3_999, 10_000_00, 0, ("min_balance",)),
    ({"min_balance_points": 4_000}, 4_000, 10_000_00, 4_000, ("balance",)),
    ({"cap_bp": 5_000}, 10_000, 1_000_00, 500, ("cap",)),
    ({"cap_bp": 5_000}, 10_000, 1_000_01, 500, ("cap",)),       # 500.005 -> 500.00
    ({"cap_bp": 5_000}, 500, 1_000_00, 500, ("balance", "cap")),
    ({}, 5_000, 1_000_00, 1_000, ("cap",)),
    ({"keep_one_minor": True}, 5_000, 1_000_00, 999, ("keep_money",)),
    ({"step_points": 100}, 1_250, 10_000_00, 1_200, ("balance", "step")),
    ({}, 0, 1_000_00, 0, ("balance",)),
])
def test_redeem_limits(redemption: dict, balance: int, price_minor: int, max_points: int,
                       bound_by: tuple[str, ...]) -> None:
    q = quote(basket(("Goods", price_minor, 1)), member(spendable_points=balance),
              program(points=rule(**redemption)), TODAY)
    assert (q.redeem_limits.max_points, q.redeem_limits.bound_by) == (max_points, bound_by)


def test_fractional_point_value_takes_as_many_points_as_fit() -> None:
    points = PointsRule(EarnBp(500), point_value_minor=Fraction(1, 2))
    goods = basket(("Gum", 10_00, 1))
    q = quote(goods, member(spendable_points=5_000), program(points=points), TODAY)
    # 2,001 points are worth 1,000.5 kopecks, rounded down to 10.00
    assert q.redeem_limits.max_points == 2_001
    paid = quote(goods, member(spendable_points=5_000), program(points=points), TODAY,
                 redeem_points=2_001)
    assert (paid.redeem_value_minor, paid.pay_money_minor) == (10_00, 0)


def test_redeeming_less_than_the_maximum_is_spread_over_lines() -> None:
    q = quote(basket(("A", 600_00, 1), ("B", 400_00, 1)), member(spendable_points=5_000),
              program(points=rule()), TODAY, redeem_points=300)
    assert (q.redeem_value_minor, q.pay_money_minor) == (300_00, 700_00)
    assert [line.redeemed_minor for line in q.lines] == [180_00, 120_00]


@pytest.mark.parametrize(("requested", "reason"), [
    (501, "cap"), (-1, "negative"), (150, "step"),
])
def test_redemption_errors_carry_their_data(requested: int, reason: str) -> None:
    p = program(points=rule(cap_bp=5_000, step_points=100))
    with pytest.raises(RedemptionError) as caught:
        quote(basket(("Goods", 1_000_00, 1)), member(spendable_points=10_000), p, TODAY,
              redeem_points=requested)
    assert (caught.value.requested, caught.value.max_points, caught.value.reason) == \
        (requested, 500, reason)


def test_redemption_below_minimum_balance_and_without_member_is_refused() -> None:
    p = program(points=rule(min_balance_points=4_000))
    with pytest.raises(RedemptionError) as caught:
        quote(basket(("Goods", 1_000_00, 1)), member(spendable_points=3_999), p, TODAY,
              redeem_points=1)
    assert caught.value.reason == "min_balance"
    with pytest.raises(RedemptionError) as caught:
        quote(basket(("Goods", 1_000_00, 1)), None, p, TODAY, redeem_points=1)
    assert caught.value.reason == "no_member"
    with pytest.raises(RedemptionError) as caught:
        quote(basket(("Goods", 1_000_00, 1)), member(spendable_points=10), program(), TODAY,
              redeem_points=1)
    assert caught.value.reason == "no_points_program"


def test_keep_one_minor_leaves_money_to_pay() -> None:
    q = quote(basket(("Goods", 1_000_00, 1)), member(spendable_points=5_000),
              program(points=rule(keep_one_minor=True)), TODAY, redeem_points=999)
    assert q.pay_money_minor == 1_00
