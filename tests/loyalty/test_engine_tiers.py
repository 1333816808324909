"""Tiers: immediate upgrades, instant upgrade by receipt, progress, recalculation downgrades."""
from __future__ import annotations

from fractions import Fraction

import pytest

from engine_builders import TODAY, basket, member, program
from loyalty.engine.engine import quote
from loyalty.model.program import (
    Scope, Tier, TierId, TierMetric, TierProgram, TierWindow, WindowKind)
from loyalty.engine.tiers import recalculated_tier, upgraded_tier

SPEND = TierProgram((Tier(TierId("silver"), "Silver", 0, discount_bp=300),
                     Tier(TierId("gold"), "Gold", 10_000_00, discount_bp=500,
                          instant_upgrade_from_minor=5_000_00),
                     Tier(TierId("platinum"), "Platinum", 30_000_00, discount_bp=1_000)),
                    TierMetric.SPEND, TierWindow(WindowKind.CALENDAR_YEAR))


def test_upgrade_counts_this_receipt_but_prices_with_the_tier_held() -> None:
    q = quote(basket(("Coat", 1_500_00, 1)), member(tier_metric=9_000_00), program(tiers=SPEND),
              TODAY)
    assert q.discount_minor == 45_00  # Silver 3 %
    assert q.tier is not None
    assert (q.tier.tier_id, q.tier.tier_after_id, q.tier.metric_after) == \
        ("silver", "gold", 10_455_00)
    assert (q.tier.next_tier_name, q.tier.remaining) == ("Platinum", 19_545_00)


@pytest.mark.parametrize(("price_minor", "after"), [
    (5_000_00, "gold"), (4_999_99, "silver"),
])
def test_instant_upgrade_on_one_receipt(price_minor: int, after: str) -> None:
    no_discount = TierProgram(tuple(Tier(t.tier_id, t.name, t.threshold,
                                         instant_upgrade_from_minor=t.instant_upgrade_from_minor)
                                    for t in SPEND.tiers), TierMetric.SPEND, SPEND.window)
    q = quote(basket(("Coat", price_minor, 1)), member(), program(tiers=no_discount), TODAY)
    assert q.tier is not None and q.tier.tier_after_id == after


def test_top_tier_has_nothing_left_to_reach() -> None:
    q = quote(basket(("Coat", 100_00, 1)), member(tier_id=TierId("platinum")),
              program(tiers=SPEND), TODAY)
    assert q.tier is not None
    assert (q.tier.tier_after_name, q.tier.next_tier_id, q.tier.remaining) == \
        ("Platinum", None, None)


def test_visits_per_month() -> None:
    visits = TierProgram((Tier(TierId("a"), "A", 0), Tier(TierId("b"), "B", 4, discount_bp=500)),
                         TierMetric.VISITS, TierWindow(WindowKind.CALENDAR_MONTH))
    q = quote(basket(("Bread", 50_00, 1)), member(tier_metric=3), program(tiers=visits), TODAY)
    assert q.tier is not None and (q.tier.tier_after_id, q.tier.remaining) == ("b", None)
    assert q.discount_minor == 0


def test_units_of_chosen_categories() -> None:
    fuel = TierProgram((Tier(TierId("s"), "S", 0), Tier(TierId("g"), "G", 100)),
                       TierMetric.UNITS, TierWindow(WindowKind.CALENDAR_MONTH),
                       unit_scope=Scope(categories=("fuel",)))
    q = quote(basket(("AI-95", 55_00, 40, "fuel"), ("Coffee", 150_00, 3, "cafe")),
              member(tier_metric=50), program(tiers=fuel), TODAY)
    assert q.tier is not None and (q.tier.metric_after, q.tier.remaining) == (90, 10)


def test_held_tier_is_not_lowered_by_a_low_metric_until_recalculation() -> None:
    gold = TierId("gold")
    assert upgraded_tier(SPEND, gold, 0).tier_id == "gold"
    assert upgraded_tier(SPEND, gold, 30_000_00).tier_id == "platinum"
    assert recalculated_tier(SPEND, 9_999_99).tier_id == "silver"
    assert recalculated_tier(SPEND, 30_000_00).tier_id == "platinum"


def test_no_tier_below_the_first_threshold() -> None:
    high = TierProgram((Tier(TierId("vip"), "VIP", 1_000_00, points_multiplier=Fraction(2)),),
                       TierMetric.SPEND, TierWindow(WindowKind.LIFETIME))
    q = quote(basket(("Tea", 10_00, 1)), member(), program(tiers=high), TODAY)
    assert q.tier is not None
    assert (q.tier.tier_id, q.tier.tier_after_id, q.tier.remaining) == (None, None, 990_00)
