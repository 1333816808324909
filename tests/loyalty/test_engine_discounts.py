"""Percentage discounts: card, cumulative, tier, per-receipt bands, birthday; exclusions, stacking, cap."""
from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest

from engine_builders import TODAY, basket, item, member, program
from loyalty.engine.discounts import cumulative_rate
from loyalty.engine.engine import quote
from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, CardType, CardTypeId, CumulativeDiscount, CumulativeFormula,
    EarnBp, Exclusions, FixedDiscount, Limits, PointsRule, ProgressiveDiscount, ReceiptBand,
    Scope, SpendStep, Stacking, Tier, TierId, TierMetric, TierProgram, TierWindow, WindowKind)

CARD_5 = FixedDiscount((CardType(CardTypeId("std"), "Standard", 500),
                        CardType(CardTypeId("vip"), "VIP", 1_000, bearer=True)))
TIERS = TierProgram((Tier(TierId("silver"), "Silver", 0, discount_bp=500),
                     Tier(TierId("gold"), "Gold", 10_000_00, discount_bp=1_000)),
                    TierMetric.SPEND, TierWindow(WindowKind.CALENDAR_YEAR))
BANDS = ProgressiveDiscount((ReceiptBand(3_000_00, 300), ReceiptBand(5_000_00, 500)))
FORMULA = CumulativeDiscount(formula=CumulativeFormula(300, 100, 1_000_00, 2_000),
                             decay_after_days=30)
TABLE = CumulativeDiscount(steps=(SpendStep(0, 300), SpendStep(10_000_00, 500),
                                  SpendStep(50_000_00, 700)))


def by_mechanism(q, mechanism: str) -> int:
    return sum(d.amount_minor for d in q.discounts if d.mechanism == mechanism)


def test_card_discount_is_per_line_and_explained() -> None:
    q = quote(basket(("Milk", 89_00, 2), ("Bread", 45_00, 1)),
              member(card_type_id=CardTypeId("std")), program(fixed_discount=CARD_5), TODAY)
    assert [line.discount_minor for line in q.lines] == [8_90, 2_25]
    assert (q.gross_minor, q.discount_minor, q.net_minor) == (223_00, 11_15, 211_85)
    assert q.discount_summary()[0].explanation.params == (("card", "Standard"), ("rate_bp", 500))


@pytest.mark.parametrize(("price_minor", "expected_minor"), [
    (10_10, 51),   # 50.5 rounds half up
    (10_09, 50),   # 50.45 rounds down
    (1, 0),        # 0.05 of a kopeck is nothing
    (10, 1),       # 0.5 rounds up
])
def test_per_line_discount_rounds_half_up(price_minor: int, expected_minor: int) -> None:
    q = quote(basket(("Gum", price_minor, 1)), member(card_type_id=CardTypeId("std")),
              program(fixed_discount=CARD_5), TODAY)
    assert q.discount_minor == expected_minor


def test_unknown_card_type_or_no_member_gets_no_card_discount() -> None:
    p = program(fixed_discount=CARD_5)
    assert quote(basket(("Milk", 89_00, 1)), member(card_type_id=CardTypeId("x")), p,
                 TODAY).discount_minor == 0
    assert quote(basket(("Milk", 89_00, 1)), None, p, TODAY).discount_minor == 0


@pytest.mark.parametrize(("spend_minor", "rate_bp"), [
    (0, 300), (9_999_99, 300), (10_000_00, 500), (49_999_99, 500), (50_000_00, 700),
])
def test_cumulative_table_boundaries(spend_minor: int, rate_bp: int) -> None:
    assert cumulative_rate(TABLE, spend_minor, None, TODAY).rate_bp == rate_bp


@pytest.mark.parametrize(("spend_minor", "rate_bp"), [
    (0, 300), (999_99, 300), (1_000_00, 400), (16_999_99, 1_900), (17_000_00, 2_000),
    (1_000_000_00, 2_000),
])
def test_cumulative_formula_boundaries_and_cap(spend_minor: int, rate_bp: int) -> None:
    assert cumulative_rate(FORMULA, spend_minor, None, TODAY).rate_bp == rate_bp


def test_cumulative_table_without_a_zero_step_starts_at_nothing() -> None:
    rule = CumulativeDiscount(steps=(SpendStep(5_000_00, 300),))
    assert cumulative_rate(rule, 4_999_99, None, TODAY).rate_bp == 0
    assert cumulative_rate(rule, 5_000_00, None, TODAY).rate_bp == 300


@pytest.mark.parametrize(("spend_minor", "idle_days", "rate_bp", "decayed"), [
    (1_000_00, 30, 400, False),      # exactly 30 days: not yet
    (1_000_00, 31, 300, True),       # one step back
    (0, 365, 300, False),            # already at the lowest step
    (50_000_00, 31, 1_900, True),    # from the cap, one step below it
])
def test_cumulative_decay(spend_minor: int, idle_days: int, rate_bp: int, decayed: bool) -> None:
    rate = cumulative_rate(FORMULA, spend_minor, TODAY - timedelta(days=idle_days), TODAY)
    assert (rate.rate_bp, rate.decayed) == (rate_bp, decayed)


def test_cumulative_decay_is_explained() -> None:
    q = quote(basket(("Coat", 1_000_00, 1)),
              member(lifetime_spend_minor=1_000_00, last_purchase_on=date(2025, 1, 1)),
              program(cumulative=FORMULA), TODAY)
    assert q.discount_minor == 30_00
    assert q.discounts[0].explanation.key == "cumulative_discount_decayed"


@pytest.mark.parametrize(("metric", "tier_id", "discount_minor"), [
    (9_999_99, None, 50_00), (10_000_00, None, 100_00), (0, TierId("gold"), 100_00),
])
def test_tier_discount_by_metric_and_held_tier(metric: int, tier_id: TierId | None,
                                               discount_minor: int) -> None:
    q = quote(basket(("Coat", 1_000_00, 1)), member(tier_metric=metric, tier_id=tier_id),
              program(tiers=TIERS), TODAY)
    assert q.discount_minor == discount_minor


@pytest.mark.parametrize(("prices", "discount_minor"), [
    ((2_999_99,), 0), ((3_000_00,), 90_00), ((4_999_99,), 150_00), ((5_000_00,), 250_00),
])
def test_progressive_bands_at_their_boundaries(prices: tuple[int, ...],
                                               discount_minor: int) -> None:
    q = quote(basket(*[("Goods", p, 1) for p in prices]), member(), program(progressive=BANDS),
              TODAY)
    assert q.discount_minor == discount_minor


def test_receipt_level_discount_is_spread_exactly_over_lines() -> None:
    q = quote(basket(("A", 1_000_00, 1), ("B", 1_000_00, 1), ("C", 1_000_01, 1)), member(),
              program(progressive=BANDS), TODAY)
    # 3 % of 3,000.01 = 90.0003 -> 90.00, spread by largest remainder
    assert [line.discount_minor for line in q.lines] == [30_00, 30_00, 30_00]
    assert q.discount_summary()[0].amount_minor == 90_00


def test_progressive_for_members_only_unless_configured() -> None:
    open_bands = ProgressiveDiscount(BANDS.bands, members_only=False)
    goods = basket(("Goods", 3_000_00, 1))
    assert quote(goods, None, program(progressive=BANDS), TODAY).discount_minor == 0
    assert quote(goods, None, program(progressive=open_bands), TODAY).discount_minor == 90_00


@pytest.mark.parametrize(("birthday", "discount_minor"), [
    (date(1990, 6, 19), 100_00),  # three days ahead: inside ±3
    (date(1990, 6, 13), 100_00),  # three days ago
    (date(1990, 6, 20), 0),       # four days ahead
    (None, 0),
])
def test_birthday_discount_window(birthday: date | None, discount_minor: int) -> None:
    rule = BirthdayBonus(BirthdayKind.DISCOUNT, window_days=3, discount_bp=1_000)
    q = quote(basket(("Cake", 1_000_00, 1)), member(birthday=birthday), program(birthday=rule),
              TODAY)
    assert q.discount_minor == discount_minor


@pytest.mark.parametrize("excluded", [
    item("Cigarettes", 200_00, 1, "tobacco", no_discount=True),
    item("Cigarettes", 200_00, 1, "tobacco"),
    item("Lighter", 200_00, 1, "", product_id=42),
])
def test_excluded_lines_are_never_discounted(excluded) -> None:
    exclusions = Exclusions(no_discount=Scope(categories=("tobacco",), product_ids=(42,)))
    q = quote(basket(("Bread", 100_00, 1), excluded), member(card_type_id=CardTypeId("std")),
              program(fixed_discount=CARD_5, progressive=ProgressiveDiscount(
                  (ReceiptBand(0, 1_000),)), exclusions=exclusions), TODAY)
    assert q.lines[1].discount_minor == 0
    assert q.lines[0].discount_minor == 5_00 + 10_00


STACKED = dict(fixed_discount=CARD_5, tiers=TierProgram(
    (Tier(TierId("gold"), "Gold", 0, discount_bp=1_000),), TierMetric.SPEND,
    TierWindow(WindowKind.LIFETIME)), progressive=BANDS)
CARD_MEMBER = member(card_type_id=CardTypeId("std"))
COAT = basket(("Coat", 3_000_00, 1))


@pytest.mark.parametrize(("stacking", "card", "tier", "band"), [
    (Stacking.ADDITIVE, 150_00, 300_00, 90_00),
    (Stacking.BEST_SINGLE, 0, 300_00, 0),
])
def test_stacking_policies(stacking: Stacking, card: int, tier: int, band: int) -> None:
    q = quote(COAT, CARD_MEMBER, program(**STACKED, limits=Limits(stacking=stacking)), TODAY)
    assert (by_mechanism(q, "card"), by_mechanism(q, "tier"), by_mechanism(q, "progressive")) \
        == (card, tier, band)


def test_best_single_takes_the_earlier_mechanism_on_a_tie() -> None:
    tie = dict(STACKED, progressive=None, fixed_discount=FixedDiscount(
        (CardType(CardTypeId("std"), "Standard", 1_000),)))
    q = quote(COAT, CARD_MEMBER, program(**tie, limits=Limits(stacking=Stacking.BEST_SINGLE)),
              TODAY)
    assert {d.mechanism for d in q.discounts} == {"card"}


@pytest.mark.parametrize(("earn_bp", "discount_minor", "points"), [
    (500, 540_00, 0),     # discount 540.00 beats 150 points worth 150.00
    (1_800, 540_00, 0),   # 540 points worth exactly 540.00: the discount wins the tie
    (2_000, 0, 600),      # 600 points worth 600.00 beat the discount
])
def test_exclusive_discount_or_points(earn_bp: int, discount_minor: int, points: int) -> None:
    p = program(**STACKED, points=PointsRule(EarnBp(earn_bp)),
                limits=Limits(stacking=Stacking.EXCLUSIVE_DISCOUNT_OR_POINTS))
    q = quote(COAT, CARD_MEMBER, p, TODAY)
    assert (q.discount_minor, q.points_earned) == (discount_minor, points)


def test_cap_shrinks_every_discount_in_proportion() -> None:
    q = quote(COAT, CARD_MEMBER, program(**STACKED, limits=Limits(max_discount_bp=1_000)), TODAY)
    # 540.00 capped at 300.00: 150/300/90 scaled by 300/540, largest remainder to the tier
    assert (by_mechanism(q, "card"), by_mechanism(q, "tier"), by_mechanism(q, "progressive")) \
        == (83_33, 166_67, 50_00)
    assert q.discount_minor == 300_00
    assert q.discount_cap is not None and q.discount_cap.param("uncapped_minor") == 540_00


def test_cap_exactly_reached_is_not_a_cap() -> None:
    q = quote(COAT, CARD_MEMBER, program(**STACKED, limits=Limits(max_discount_bp=1_800)), TODAY)
    assert (q.discount_minor, q.discount_cap) == (540_00, None)


def test_cap_rounds_down() -> None:
    q = quote(basket(("Gum", 10_01, 1)), CARD_MEMBER,
              program(fixed_discount=FixedDiscount((CardType(CardTypeId("std"), "S", 5_000),)),
                      limits=Limits(max_discount_bp=1_000)), TODAY)
    assert q.discount_minor == 1_00  # 10 % of 10.01 = 1.001 -> 1.00


def test_additive_rates_never_take_a_line_below_zero() -> None:
    heavy = FixedDiscount((CardType(CardTypeId("std"), "S", 6_000),))
    tiers = TierProgram((Tier(TierId("t"), "T", 0, discount_bp=6_000),), TierMetric.SPEND,
                        TierWindow(WindowKind.LIFETIME))
    q = quote(basket(("Hat", 100_00, 1)), CARD_MEMBER,
              program(fixed_discount=heavy, tiers=tiers), TODAY)
    assert (by_mechanism(q, "card"), by_mechanism(q, "tier"), q.net_minor) == (60_00, 40_00, 0)


def test_switched_off_or_not_started_mechanisms_do_nothing() -> None:
    off = FixedDiscount(CARD_5.card_types, enabled=False)
    later = FixedDiscount(CARD_5.card_types, starts_on=TODAY + timedelta(days=1))
    today = FixedDiscount(CARD_5.card_types, starts_on=TODAY)
    goods = basket(("Milk", 100_00, 1))
    assert quote(goods, CARD_MEMBER, program(fixed_discount=off), TODAY).discount_minor == 0
    assert quote(goods, CARD_MEMBER, program(fixed_discount=later), TODAY).discount_minor == 0
    assert quote(goods, CARD_MEMBER, program(fixed_discount=today), TODAY).discount_minor == 5_00


def test_tier_multiplier_fraction_is_not_a_discount() -> None:
    tiers = TierProgram((Tier(TierId("t"), "T", 0, points_multiplier=Fraction(2)),),
                        TierMetric.SPEND, TierWindow(WindowKind.LIFETIME))
    assert quote(COAT, member(), program(tiers=tiers), TODAY).discounts == ()
