"""Ready-made programs a shop owner starts from, each a plain Program to adjust.

The names a preset gives (tiers, a stamp card) are in the shop's language: they are printed
on receipts and shown at the till as they are stored."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction

from loyalty.model.program import (
    ALWAYS, CumulativeDiscount, CumulativeFormula, EarnBp, EarnPerAmount, Exclusions, Limits,
    PointsRule, Program, Redemption, Scope, StampCard, StampCardId, Tier, TierId, TierMetric,
    TierProgram, TierWindow, WindowKind)
from pos.wording import NC_, pgettext

ROUBLE = 100  # minor units; one point worth one rouble
FUEL_CATEGORY = "fuel"
COFFEE_CATEGORY = "coffee"
BASE, SILVER, GOLD, PLATINUM = (NC_("tier", "Base"), NC_("tier", "Silver"), NC_("tier", "Gold"),
                                NC_("tier", "Platinum"))
COFFEE_CARD = NC_("stamp card", "Coffee")


def named(name: tuple[str, str], language: str) -> str:
    """A preset's name (``BASE``, ``COFFEE_CARD``…) in ``language``."""
    return pgettext(language, *name)


@dataclass(frozen=True, slots=True)
class Preset:
    """``key`` is stable; the UI translates it into the preset's title and description."""

    key: str
    program: Program


def cumulative_discount(starts_on: date = ALWAYS) -> Program:
    """3 % on sign-up, +1 % per 1,000.00 spent, at most 20 %; a step back after 30 idle days."""
    return Program(1, starts_on, cumulative=CumulativeDiscount(
        formula=CumulativeFormula(start_bp=300, step_bp=100, per_minor=1_000_00, cap_bp=2_000),
        decay_after_days=30, starts_on=starts_on))


def yearly_spend_tiers(starts_on: date = ALWAYS, language: str = "en") -> Program:
    """5 / 10 / 15 / 25 % by the calendar year's spend, plus 50 points per 1,000.00."""
    tiers = (Tier(TierId("base"), named(BASE, language), 0, discount_bp=500),
             Tier(TierId("silver"), named(SILVER, language), 30_000_00, discount_bp=1_000),
             Tier(TierId("gold"), named(GOLD, language), 100_000_00, discount_bp=1_500),
             Tier(TierId("platinum"), named(PLATINUM, language), 250_000_00, discount_bp=2_500))
    return Program(1, starts_on,
                   tiers=TierProgram(tiers, TierMetric.SPEND,
                                     TierWindow(WindowKind.CALENDAR_YEAR), starts_on=starts_on),
                   points=PointsRule(EarnPerAmount(points=50, per_minor=1_000_00),
                                     point_value_minor=Fraction(ROUBLE), starts_on=starts_on))


def points_from_balance(starts_on: date = ALWAYS) -> Program:
    """5 % back in points, 1 point = 1 rouble, spendable once the balance reaches 4,000."""
    return Program(1, starts_on, points=PointsRule(
        EarnBp(500), point_value_minor=Fraction(ROUBLE),
        redemption=Redemption(min_balance_points=4_000), starts_on=starts_on))


def points_half_receipt(starts_on: date = ALWAYS) -> Program:
    """5 % back in points, 1 point = 1 rouble; points pay at most half of a receipt."""
    return Program(1, starts_on, points=PointsRule(
        EarnBp(500), point_value_minor=Fraction(ROUBLE),
        redemption=Redemption(cap_bp=5_000), starts_on=starts_on))


def fifth_coffee_free(starts_on: date = ALWAYS, language: str = "en") -> Program:
    """A stamp per coffee; after four, the fifth is free."""
    return Program(1, starts_on, stamp_cards=(StampCard(
        StampCardId("coffee"), named(COFFEE_CARD, language), Scope(categories=(COFFEE_CATEGORY,)), buy=4,
        starts_on=starts_on),))


def fuel_litre_tiers(starts_on: date = ALWAYS, language: str = "en") -> Program:
    """Litres of fuel per calendar month: under 100 Silver, under 300 Gold, from 300 Platinum.

    1 % back in points at Silver, doubled at Gold, tripled at Platinum; fuel is
    sold by the litre, so a line's quantity is its litres.
    """
    tiers = (Tier(TierId("silver"), named(SILVER, language), 0),
             Tier(TierId("gold"), named(GOLD, language), 100, points_multiplier=Fraction(2)),
             Tier(TierId("platinum"), named(PLATINUM, language), 300,
                  points_multiplier=Fraction(3)))
    return Program(1, starts_on,
                   tiers=TierProgram(tiers, TierMetric.UNITS,
                                     TierWindow(WindowKind.CALENDAR_MONTH),
                                     unit_scope=Scope(categories=(FUEL_CATEGORY,)),
                                     starts_on=starts_on),
                   points=PointsRule(EarnBp(100), point_value_minor=Fraction(ROUBLE),
                                     starts_on=starts_on))


def presets(starts_on: date = ALWAYS, language: str = "en") -> tuple[Preset, ...]:
    """Every preset, its names in ``language`` (the shop's)."""
    return (Preset("cumulative_discount", cumulative_discount(starts_on)),
            Preset("yearly_spend_tiers", yearly_spend_tiers(starts_on, language)),
            Preset("points_from_balance", points_from_balance(starts_on)),
            Preset("points_half_receipt", points_half_receipt(starts_on)),
            Preset("fifth_coffee_free", fifth_coffee_free(starts_on, language)),
            Preset("fuel_litre_tiers", fuel_litre_tiers(starts_on, language)))


def add_mechanisms(program: Program, preset: Program) -> Program:
    """``program`` with the mechanisms ``preset`` configures; everything else stays as it was.

    A single mechanism of the preset replaces the program's own; stamp cards and
    missions join the program's (the preset's wins for the same id); exclusions add up;
    the preset's limits apply only when it sets any.
    """
    single = {name: getattr(preset, name) for name in (
        "fixed_discount", "cumulative", "tiers", "progressive", "points", "welcome", "birthday",
        "referral", "coupons") if getattr(preset, name) is not None}
    stamp_ids = {s.stamp_card_id for s in preset.stamp_cards}
    mission_ids = {m.mission_id for m in preset.missions}
    ex, add = program.exclusions, preset.exclusions
    return replace(
        program, **single,
        stamp_cards=tuple(s for s in program.stamp_cards if s.stamp_card_id not in stamp_ids)
        + preset.stamp_cards,
        missions=tuple(m for m in program.missions if m.mission_id not in mission_ids)
        + preset.missions,
        exclusions=Exclusions(_union(ex.no_discount, add.no_discount),
                              _union(ex.no_points, add.no_points)),
        limits=preset.limits if preset.limits != Limits() else program.limits)


def _union(a: Scope, b: Scope) -> Scope:
    return Scope(tuple(dict.fromkeys(a.categories + b.categories)),
                 tuple(dict.fromkeys(a.product_ids + b.product_ids)))
