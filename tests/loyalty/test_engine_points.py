"""Points earned: rates, overrides, multipliers, rounding down, exclusions, points paid with points."""
from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from engine_builders import TODAY, basket, item, member, program
from loyalty.engine.engine import quote
from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, CategoryRate, EarnBp, EarnPerAmount, Exclusions, PointsRule,
    ProductRate, Scope, Tier, TierId, TierMetric, TierProgram, TierWindow, WindowKind)
from loyalty.model.models import EntryKind

CASHBACK_5 = PointsRule(EarnBp(500))


@pytest.mark.parametrize(("rule", "price_minor", "points"), [
    (CASHBACK_5, 1_234_56, 61),                                              # 61.728
    (PointsRule(EarnBp(100), point_value_minor=Fraction(1)), 1_234_56, 1_234),  # 100 pts = 1 ₽
    (PointsRule(EarnPerAmount(50, 1_000_00)), 1_500_00, 75),                # pro rata
    (PointsRule(EarnPerAmount(50, 1_000_00)), 999_99, 49),                  # 49.9995
    (PointsRule(EarnPerAmount(50, 1_000_00)), 1_000_00, 50),
    (CASHBACK_5, 19_99, 0),                                                 # 0.9995
    (CASHBACK_5, 20_00, 1),
])
def test_earning_rounds_down(rule: PointsRule, price_minor: int, points: int) -> None:
    q = quote(basket(("Goods", price_minor, 1)), member(), program(points=rule), TODAY)
    assert q.points_for(EntryKind.PURCHASE) == points


def test_product_rate_beats_category_rate_beats_base_rate() -> None:
    rule = PointsRule(EarnBp(100), category_rates=(CategoryRate("wine", EarnBp(500)),),
                      product_rates=(ProductRate(7, EarnBp(1_000)),))
    q = quote(basket(("Bread", 100_00, 1), ("Wine", 200_00, 1, "wine"),
                     item("Champagne", 300_00, 1, "wine", product_id=7)),
              member(), program(points=rule), TODAY)
    assert [line.points for line in q.lines] == [1, 10, 30]
    assert q.points_earned == 41


def test_line_points_sum_to_the_total_rounded_once() -> None:
    rule = PointsRule(EarnBp(1_000))
    q = quote(basket(("A", 15_00, 1), ("B", 25_00, 1)), member(), program(points=rule), TODAY)
    # 1.5 + 2.5 = 4 points; spread back with the earlier line winning the tie
    assert [line.points for line in q.lines] == [2, 2]


def test_equal_lines_share_the_total_equally_and_nothing_earns_nothing() -> None:
    rule = PointsRule(EarnBp(1_000))
    q = quote(basket(("A", 30_00, 1), ("B", 30_00, 1), ("C", 30_00, 1)), member(),
              program(points=rule), TODAY)
    assert [line.points for line in q.lines] == [3, 3, 3] and q.points_earned == 9
    q = quote(basket(("A", 5, 1), ("B", 4, 1)), member(), program(points=rule), TODAY)
    assert [line.points for line in q.lines] == [0, 0] and q.points_earned == 0


GOLD = TierProgram((Tier(TierId("gold"), "Gold", 0, points_multiplier=Fraction(3, 2)),),
                   TierMetric.SPEND, TierWindow(WindowKind.LIFETIME))


def test_tier_multiplier_applies_to_purchase_points() -> None:
    q = quote(basket(("Coat", 1_000_00, 1)), member(), program(points=CASHBACK_5, tiers=GOLD),
              TODAY)
    (award,) = q.awards
    assert (award.kind, award.points, award.explanation.key) == (EntryKind.PURCHASE, 75,
                                                                 "tier_points")
    assert award.explanation.param("multiplier") == "3/2"


def test_birthday_multiplier_is_its_own_award() -> None:
    rule = BirthdayBonus(BirthdayKind.MULTIPLIER, window_days=7, multiplier=Fraction(2))
    q = quote(basket(("Coat", 1_000_00, 1)), member(birthday=date(1990, 6, 20)),
              program(points=CASHBACK_5, tiers=GOLD, birthday=rule), TODAY)
    assert q.points_for(EntryKind.PURCHASE) == 75
    assert q.points_for(EntryKind.BIRTHDAY) == 75
    birthday = next(a for a in q.awards if a.kind == EntryKind.BIRTHDAY)
    assert (birthday.explanation.key, birthday.explanation.param("multiplier")) == \
        ("birthday_multiplier", "2")
    assert q.lines[0].points == 150


def test_birthday_multiplier_outside_window_gives_nothing_extra() -> None:
    rule = BirthdayBonus(BirthdayKind.MULTIPLIER, window_days=1, multiplier=Fraction(2))
    q = quote(basket(("Coat", 1_000_00, 1)), member(birthday=date(1990, 6, 20)),
              program(points=CASHBACK_5, birthday=rule), TODAY)
    assert (q.points_earned, q.points_for(EntryKind.BIRTHDAY)) == (50, 0)


@pytest.mark.parametrize(("no_points_on_redeemed", "points"), [(True, 40), (False, 50)])
def test_points_on_the_part_paid_with_points(no_points_on_redeemed: bool, points: int) -> None:
    rule = PointsRule(EarnBp(500), no_points_on_redeemed=no_points_on_redeemed)
    q = quote(basket(("Coat", 1_000_00, 1)), member(spendable_points=1_000),
              program(points=rule), TODAY, redeem_points=200)
    assert q.points_earned == points


@pytest.mark.parametrize("excluded", [
    item("Cigarettes", 200_00, 1, "tobacco", no_points=True),
    item("Cigarettes", 200_00, 1, "tobacco"),
    item("Lottery", 200_00, 1, "", product_id=9),
])
def test_excluded_lines_never_earn(excluded) -> None:
    exclusions = Exclusions(no_points=Scope(categories=("tobacco",), product_ids=(9,)))
    q = quote(basket(("Bread", 100_00, 1), excluded), member(),
              program(points=CASHBACK_5, exclusions=exclusions), TODAY)
    assert [line.points for line in q.lines] == [5, 0]


def test_points_are_earned_on_the_discounted_net() -> None:
    tiers = TierProgram((Tier(TierId("t"), "T", 0, discount_bp=1_000),), TierMetric.SPEND,
                        TierWindow(WindowKind.LIFETIME))
    q = quote(basket(("Coat", 1_000_00, 1)), member(), program(points=CASHBACK_5, tiers=tiers),
              TODAY)
    assert (q.net_minor, q.points_earned) == (900_00, 45)


def test_no_member_no_points_and_empty_program_sells_plain() -> None:
    q = quote(basket(("Coat", 1_000_00, 1)), None, program(points=CASHBACK_5), TODAY)
    assert q.awards == () and q.points_earned == 0
    plain = quote(basket(("Coat", 1_000_00, 1)), member(), program(), TODAY)
    assert (plain.discount_minor, plain.awards, plain.net_minor) == (0, (), 1_000_00)
    assert plain.redeem_limits.max_points == 0
