"""Points earned on a purchase: rates per line, tier and birthday multipliers, rounding.

Rounding: each line's points are exact (integers over a common denominator); the
receipt's total is rounded down once (after the multipliers) and then spread back over
the lines by largest remainder, so line points sum exactly to the total. A "for each whole
amount" rate counts the whole amounts in the receipt's lines at that rate
together (three lines of 60 earn one point per 100), then shares those points
over its lines by what each paid.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from fractions import Fraction
from math import lcm

from loyalty.engine.calendar_rules import in_birthday_window
from loyalty.model.member_state import MemberState
from loyalty.model.program import (
    BirthdayKind, EarnBp, EarnPerAmount, EarnRate, PointsRule, Program, Tier, active)
from loyalty.model.models import EntryKind
from loyalty.model.quote import Explanation, PointsAward
from pos.basket import BasketLine
from pos.money import BP_PER_100_PCT, allocate


def line_rate(rule: PointsRule, line: BasketLine) -> EarnRate:
    """A product's own rate wins over its category's, which wins over the base rate."""
    for product_rate in rule.product_rates:
        if line.product_id is not None and product_rate.product_id == line.product_id:
            return product_rate.rate
    for category_rate in rule.category_rates:
        if category_rate.category == line.category:
            return category_rate.rate
    return rule.earn


def _exact_ratio(rate: EarnRate, paid_minor: int, point_value_minor: Fraction
                 ) -> tuple[int, int]:
    """Pro rata points for one paid amount as numerator and positive denominator, not
    reduced (a whole-amount rate: see ``_line_ratios``)."""
    if isinstance(rate, EarnBp):
        return (paid_minor * rate.rate_bp * point_value_minor.denominator,
                BP_PER_100_PCT * point_value_minor.numerator)
    return paid_minor * rate.points, rate.per_minor


def _line_ratios(rates: list[EarnRate], paid: list[int], point_value_minor: Fraction
                 ) -> list[tuple[int, int]]:
    """Each line's exact points as (numerator, denominator); lines under the same
    whole-amount rate count together."""
    exact = [(0, 1) if isinstance(r, EarnPerAmount) and r.whole
             else _exact_ratio(r, p, point_value_minor) for r, p in zip(rates, paid)]
    for rate in dict.fromkeys(r for r in rates if isinstance(r, EarnPerAmount) and r.whole):
        members = [i for i, r in enumerate(rates) if r == rate and paid[i] > 0]
        total = sum(paid[i] for i in members)
        if total <= 0:
            continue
        earned = rate.points * (total // rate.per_minor)
        for i in members:
            exact[i] = (earned * paid[i], total)
    return exact


def _over_common(ratios: list[tuple[int, int]]) -> tuple[list[int], int]:
    """The ratios' numerators over one common denominator, and that denominator: the
    same exact values as Fractions, in integers."""
    common = lcm(*(d for _, d in ratios)) if ratios else 1
    return [n * (common // d) for n, d in ratios], common


def _whole_terms(base: EarnRate, rates: list[EarnRate]) -> tuple[tuple[str, int], ...]:
    """'1 point for each whole 100.00' for the receipt, when every line earned by that rule."""
    if isinstance(base, EarnPerAmount) and base.whole and all(r == base for r in rates):
        return (("rate_points", base.points), ("whole_per_minor", base.per_minor))
    return ()


def _multiplier_text(multiplier: Fraction) -> str:
    return str(multiplier)  # '2' or '3/2': exact, and the UI formats it


def birthday_multiplier(program: Program, member: MemberState, today: date) -> Fraction:
    rule = program.birthday
    if (active(rule, today) and rule is not None and rule.kind == BirthdayKind.MULTIPLIER
            and in_birthday_window(member.birthday, today, rule.window_days)):
        return rule.multiplier
    return Fraction(1)


def purchase_points(program: Program, member: MemberState, tier: Tier | None,
                    lines: tuple[BasketLine, ...], paid: Mapping[int, int], today: date
                    ) -> tuple[tuple[PointsAward, ...], dict[int, int]]:
    """Awards for the paid amount of each earning line (``paid``: line_no -> minor).

    The purchase award carries the tier multiplier; the birthday multiplier's
    extra points are a separate birthday award ("Birthday ×2 points").
    """
    rule = program.points
    if not active(rule, today) or rule is None:
        return (), {}
    earning = [l for l in lines if l.line_no in paid]
    rates = [line_rate(rule, l) for l in earning]
    # exact rational arithmetic in integers (a Fraction per line and step cost more than
    # the rest of the quote): the lines' points over a common denominator, each
    # multiplier as its numerator and denominator, rounded down once as before
    weights, common = _over_common(_line_ratios(rates, [paid[l.line_no] for l in earning],
                                                rule.point_value_minor))
    base = sum(weights)
    tier_mult = tier.points_multiplier if tier is not None and active(program.tiers, today) \
        else Fraction(1)
    day_mult = birthday_multiplier(program, member, today)
    tier_n, tier_d = tier_mult.numerator, tier_mult.denominator
    with_tier = base * tier_n // (common * tier_d)
    with_birthday = (base * tier_n * day_mult.numerator
                     // (common * tier_d * day_mult.denominator))
    awards: list[PointsAward] = []
    if with_tier > 0:
        explanation = (Explanation("purchase_points", (("points", with_tier),)
                                   + _whole_terms(rule.earn, rates))
                       if tier_mult == 1 or tier is None else
                       Explanation("tier_points", (("tier", tier.name),
                                                   ("multiplier", _multiplier_text(tier_mult)),
                                                   ("points", with_tier))))
        awards.append(PointsAward(EntryKind.PURCHASE, with_tier, member.member_id, explanation))
    if with_birthday > with_tier:
        awards.append(PointsAward(EntryKind.BIRTHDAY, with_birthday - with_tier,
                                  member.member_id, Explanation("birthday_multiplier", (
                                      ("multiplier", _multiplier_text(day_mult)),
                                      ("points", with_birthday - with_tier)))))
    # the weights are the exact points scaled by one positive factor: the same split
    line_points = allocate(sum(a.points for a in awards), weights)
    return tuple(awards), {l.line_no: p for l, p in zip(earning, line_points)}
