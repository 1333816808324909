"""Percentage discounts: which rates apply, how they stack, and the per-receipt cap.

Rounding: a per-line rate is ``percent_of`` the line's base, half up; a
receipt-level rate is ``percent_of`` the eligible total, half up, then spread
over the eligible lines with ``allocate`` so the pieces sum exactly.  No piece
ever exceeds what is left of its line.  The cap is rounded down so that it is
never exceeded, and shrinks every piece in proportion.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from loyalty.engine.calendar_rules import in_birthday_window
from loyalty.model.member_state import MemberState
from loyalty.model.program import BirthdayKind, CumulativeDiscount, Program, Stacking, Tier, active
from loyalty.model.quote import DiscountLine, Explanation
from pos.money import BP_PER_100_PCT, allocate, percent_of

CARD, CUMULATIVE, TIER, BIRTHDAY, PROGRESSIVE = "card", "cumulative", "tier", "birthday", "progressive"

Remaining = Mapping[int, int]  # line_no -> what is left of the line to discount


@dataclass(frozen=True, slots=True)
class RateOffer:
    """A rate one mechanism offers; ``receipt_level`` ones are spread over the lines."""

    mechanism: str
    rate_bp: int
    explanation: Explanation
    receipt_level: bool = False


@dataclass(frozen=True, slots=True)
class CumulativeRate:
    rate_bp: int
    level: int
    decayed: bool


def _levels(rule: CumulativeDiscount) -> list[tuple[int, int]]:
    """(from_minor, rate_bp) per step, with an implicit 0 % step below the first threshold."""
    steps = sorted((s.from_minor, s.discount_bp) for s in rule.steps)
    if not steps or steps[0][0] > 0:
        steps.insert(0, (0, 0))
    return steps


def _level(rule: CumulativeDiscount, spend_minor: int) -> int:
    """The step reached; a formula's top step is where its cap is first reached."""
    f = rule.formula
    if f is None:
        return sum(1 for start, _ in _levels(rule)[1:] if spend_minor >= start)
    top = 0 if f.step_bp <= 0 else max(0, -(-(f.cap_bp - f.start_bp) // f.step_bp))
    return min(max(spend_minor, 0) // f.per_minor, top)


def _rate_at(rule: CumulativeDiscount, level: int) -> int:
    f = rule.formula
    if f is None:
        return _levels(rule)[level][1]
    return min(f.cap_bp, f.start_bp + level * f.step_bp)


def cumulative_rate(rule: CumulativeDiscount, lifetime_spend_minor: int,
                    last_purchase_on: date | None, today: date) -> CumulativeRate:
    """The rate earned by lifetime spend, one step lower after the decay period.

    Decay applies when more than ``decay_after_days`` days passed since the last
    purchase; the next purchase restores the earned step.
    """
    level = _level(rule, lifetime_spend_minor)
    decayed = (rule.decay_after_days is not None and last_purchase_on is not None
               and (today - last_purchase_on).days > rule.decay_after_days and level > 0)
    level -= int(decayed)
    return CumulativeRate(_rate_at(rule, level), level, decayed)


def rate_offers(program: Program, member: MemberState | None, tier: Tier | None,
                receipt_gross_minor: int, today: date) -> tuple[RateOffer, ...]:
    """Every percentage discount this receipt qualifies for, in a fixed order."""
    offers: list[RateOffer] = []
    if member is not None:
        offers += _member_offers(program, member, tier, today)
    band_offer = _progressive_offer(program, member, receipt_gross_minor, today)
    if band_offer is not None:
        offers.append(band_offer)
    return tuple(o for o in offers if o.rate_bp > 0)


def _member_offers(program: Program, member: MemberState, tier: Tier | None,
                   today: date) -> list[RateOffer]:
    offers: list[RateOffer] = []
    fixed = program.fixed_discount
    if active(fixed, today) and fixed is not None:
        card = next((c for c in fixed.card_types if c.card_type_id == member.card_type_id), None)
        if card is not None:
            offers.append(RateOffer(CARD, card.discount_bp, Explanation(
                "card_discount", (("card", card.name), ("rate_bp", card.discount_bp)))))
    cumulative = program.cumulative
    if active(cumulative, today) and cumulative is not None:
        rate = cumulative_rate(cumulative, member.lifetime_spend_minor, member.last_purchase_on,
                               today)
        key = "cumulative_discount_decayed" if rate.decayed else "cumulative_discount"
        offers.append(RateOffer(CUMULATIVE, rate.rate_bp, Explanation(
            key, (("rate_bp", rate.rate_bp), ("level", rate.level)))))
    if active(program.tiers, today) and tier is not None:
        offers.append(RateOffer(TIER, tier.discount_bp, Explanation(
            "tier_discount", (("tier", tier.name), ("rate_bp", tier.discount_bp)))))
    birthday = program.birthday
    if (active(birthday, today) and birthday is not None and birthday.kind == BirthdayKind.DISCOUNT
            and in_birthday_window(member.birthday, today, birthday.window_days)):
        offers.append(RateOffer(BIRTHDAY, birthday.discount_bp, Explanation(
            "birthday_discount", (("rate_bp", birthday.discount_bp),))))
    return offers


def _progressive_offer(program: Program, member: MemberState | None, gross_minor: int,
                       today: date) -> RateOffer | None:
    rule = program.progressive
    if not active(rule, today) or rule is None or (rule.members_only and member is None):
        return None
    reached = sorted((b for b in rule.bands if gross_minor >= b.from_minor),
                     key=lambda b: b.from_minor)
    if not reached:
        return None
    band = reached[-1]
    return RateOffer(PROGRESSIVE, band.discount_bp, Explanation(
        "receipt_discount", (("from_minor", band.from_minor), ("rate_bp", band.discount_bp))),
        receipt_level=True)


def spread(mechanism: str, total_minor: int, explanation: Explanation,
           remaining: Remaining) -> tuple[list[DiscountLine], dict[int, int]]:
    """Spread a receipt-level amount over lines in proportion to what is left of them."""
    line_nos = list(remaining)
    total = min(total_minor, sum(remaining.values()))
    parts = allocate(total, [remaining[no] for no in line_nos])
    pieces = [DiscountLine(mechanism, no, part, explanation)
              for no, part in zip(line_nos, parts) if part > 0]
    left = {no: remaining[no] - part for no, part in zip(line_nos, parts)}
    return pieces, left


def _apply_offer(offer: RateOffer, bases: Remaining,
                 remaining: Remaining) -> tuple[list[DiscountLine], dict[int, int]]:
    if offer.receipt_level:
        total = percent_of(sum(bases.values()), offer.rate_bp)
        return spread(offer.mechanism, total, offer.explanation, remaining)
    pieces: list[DiscountLine] = []
    left = dict(remaining)
    for no, base in bases.items():
        amount = min(percent_of(base, offer.rate_bp), left[no])
        if amount > 0:
            left[no] -= amount
            pieces.append(DiscountLine(offer.mechanism, no, amount, offer.explanation))
    return pieces, left


def stack_offers(offers: tuple[RateOffer, ...], stacking: Stacking,
                 bases: Remaining) -> tuple[list[DiscountLine], dict[int, int]]:
    """Apply the offers to the lines' bases under the stacking policy.

    Best single: the offer worth most (the earlier one on a tie).  Otherwise the
    rates add up, each on the same base, every line clamped at what is left.
    """
    if stacking == Stacking.BEST_SINGLE and offers:
        tried = [_apply_offer(o, bases, bases) for o in offers]
        return max(tried, key=lambda t: sum(p.amount_minor for p in t[0]))
    pieces: list[DiscountLine] = []
    left = dict(bases)
    for offer in offers:
        more, left = _apply_offer(offer, bases, left)
        pieces += more
    return pieces, left


def cap_discounts(pieces: list[DiscountLine], gross_minor: int,
                  max_discount_bp: int | None) -> tuple[list[DiscountLine], Explanation | None]:
    """Shrink all pieces in proportion so the total stays within the receipt cap."""
    if max_discount_bp is None:
        return pieces, None
    cap = gross_minor * max_discount_bp // BP_PER_100_PCT
    total = sum(p.amount_minor for p in pieces)
    if total <= cap:
        return pieces, None
    parts = allocate(cap, [p.amount_minor for p in pieces])
    capped = [replace(p, amount_minor=a) for p, a in zip(pieces, parts) if a > 0]
    return capped, Explanation("discount_cap", (("cap_bp", max_discount_bp),
                                                ("uncapped_minor", total)))
