"""Each preset program priced by hand: the quote must match to the kopeck and the point."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from engine_builders import TODAY, basket, member
from loyalty.engine.engine import quote
from loyalty.model.member_state import StampProgress
from loyalty.program.presets import (
    cumulative_discount, fifth_coffee_free, fuel_litre_tiers, points_from_balance,
    points_half_receipt, presets, yearly_spend_tiers)
from loyalty.model.program import StampCardId, TierId
from loyalty.program.checks import check_program

COAT = basket(("Coat", 1_000_00, 1))


def test_every_preset_is_a_valid_program_with_a_unique_key() -> None:
    all_presets = presets(date(2025, 1, 1))
    assert len({p.key for p in all_presets}) == len(all_presets) == 6
    for preset in all_presets:
        assert check_program(preset.program) is preset.program


@pytest.mark.parametrize(("spend_minor", "idle_days", "discount_minor"), [
    (0, None, 30_00),           # 3 % on sign-up
    (5_000_00, 10, 80_00),      # 3 % + 5 × 1 %
    (5_000_00, 31, 70_00),      # a step back after 30 idle days
    (40_000_00, 1, 200_00),     # capped at 20 %
])
def test_cumulative_discount(spend_minor: int, idle_days: int | None,
                             discount_minor: int) -> None:
    last = None if idle_days is None else TODAY - timedelta(days=idle_days)
    q = quote(COAT, member(lifetime_spend_minor=spend_minor, last_purchase_on=last),
              cumulative_discount(), TODAY)
    assert q.discount_minor == discount_minor


def test_yearly_spend_tiers() -> None:
    q = quote(basket(("Dress", 2_000_00, 1)), member(tier_metric=35_000_00),
              yearly_spend_tiers(), TODAY)
    assert (q.discount_minor, q.net_minor, q.points_earned) == (200_00, 1_800_00, 90)
    assert q.tier is not None
    assert (q.tier.tier_name, q.tier.next_tier_name, q.tier.remaining) == \
        ("Silver", "Gold", 63_200_00)
    newcomer = quote(basket(("Dress", 2_000_00, 1)), member(), yearly_spend_tiers(), TODAY)
    assert (newcomer.discount_minor, newcomer.points_earned) == (100_00, 95)


def test_points_spendable_only_from_4000() -> None:
    short = quote(COAT, member(spendable_points=3_999), points_from_balance(), TODAY)
    assert (short.redeem_limits.max_points, short.redeem_limits.bound_by) == (0, ("min_balance",))
    assert short.points_earned == 50
    enough = quote(COAT, member(spendable_points=4_000), points_from_balance(), TODAY,
                   redeem_points=1_000)
    assert (enough.redeem_limits.max_points, enough.pay_money_minor, enough.points_earned) == \
        (1_000, 0, 0)


def test_points_cover_at_most_half() -> None:
    q = quote(COAT, member(spendable_points=10_000), points_half_receipt(), TODAY,
              redeem_points=500)
    assert (q.redeem_limits.max_points, q.redeem_value_minor, q.pay_money_minor,
            q.points_earned) == (500, 500_00, 500_00, 25)


def test_fifth_coffee_free() -> None:
    regular = member(stamps=(StampProgress(StampCardId("coffee"), 4),))
    q = quote(basket(("Cappuccino", 150_00, 2, "coffee")), regular, fifth_coffee_free(), TODAY)
    assert (q.discount_minor, q.stamps[0].free_units, q.stamps[0].stamps_after) == (150_00, 1, 1)
    first = quote(basket(("Cappuccino", 150_00, 5, "coffee")), member(), fifth_coffee_free(),
                  TODAY)
    assert first.net_minor == 600_00


@pytest.mark.parametrize(("tier_id", "litres_before", "litres", "points", "after"), [
    (None, 90, 60, 33, "gold"),              # 3,300.00 × 1 %, Silver ×1; 150 L reach Gold
    (TierId("gold"), 120, 10, 11, "gold"),   # 550.00 × 1 % = 5.5, Gold ×2
    (None, 300, 10, 16, "platinum"),         # 5.5 × 3 = 16.5, rounded down
])
def test_fuel_litre_tiers(tier_id: TierId | None, litres_before: int, litres: int, points: int,
                          after: str) -> None:
    q = quote(basket(("AI-95", 55_00, litres, "fuel")),
              member(tier_id=tier_id, tier_metric=litres_before), fuel_litre_tiers(), TODAY)
    assert q.points_earned == points
    assert q.tier is not None and q.tier.tier_after_id == after
