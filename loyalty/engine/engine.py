"""The rule engine: ``quote`` prices a basket for a member under a program, with no I/O.

Order of work: stamp cards free their units; the percentage discounts apply
to what is left under the stacking policy; coupons apply to what is left after
that; the receipt cap shrinks everything in proportion.  Points are then
earned on what each line's net leaves after the part paid with points.
Rounding is stated where it happens: per-line rates half up
(``loyalty.engine.discounts``), receipt-level amounts spread with ``allocate``, points
down (``loyalty.engine.points``), point value and caps down (``loyalty.engine.redemption``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from loyalty.engine.bonuses import birthday_award, mission_awards, referral_awards
from loyalty.engine.coupon_rules import apply_coupons, coupon_to_issue
from loyalty.engine.discounts import cap_discounts, rate_offers, stack_offers
from loyalty.model.member_state import MemberState
from loyalty.engine.points import purchase_points
from loyalty.model.program import Coupon, PointsRule, Program, Stacking, Tier, TierProgram, active
from loyalty.model.quote import (
    CouponRejection, DiscountLine, Explanation, PointsAward, Quote, QuoteLine, StampStatus,
    TierStatus)
from loyalty.engine.redemption import check_redemption, points_value_minor, redeem_limits
from loyalty.engine.stamps import apply_stamp_cards
from loyalty.engine.tiers import next_tier, receipt_metric, upgraded_tier
from pos.basket import Basket, BasketLine
from pos.money import allocate


@dataclass(frozen=True, slots=True)
class _Discounted:
    """The discounts of one pricing attempt, before points."""

    pieces: tuple[DiscountLine, ...]
    cap: Explanation | None
    stamps: tuple[StampStatus, ...]
    coupons_applied: tuple[str, ...]
    coupons_rejected: tuple[CouponRejection, ...]

    @property
    def total_minor(self) -> int:
        return sum(p.amount_minor for p in self.pieces)

    def nets(self, lines: tuple[BasketLine, ...]) -> dict[int, int]:
        taken = {line.line_no: 0 for line in lines}
        for piece in self.pieces:
            if piece.line_no is not None:  # always set: every piece sits on a line
                taken[piece.line_no] += piece.amount_minor
        return {line.line_no: line.gross_minor - taken[line.line_no] for line in lines}


def _discountable(program: Program, line: BasketLine) -> bool:
    return not line.no_discount and not program.exclusions.no_discount.matches(line)


def _earning(program: Program, line: BasketLine) -> bool:
    return not line.no_points and not program.exclusions.no_points.matches(line)


def _discount(basket: Basket, member: MemberState | None, program: Program, today: date,
              tier: Tier | None, coupons: tuple[Coupon, ...], with_rates: bool) -> _Discounted:
    remaining = {l.line_no: l.gross_minor for l in basket.lines if _discountable(program, l)}
    gross = basket.gross_minor  # a sum over the lines: once, not per mechanism
    stamp_pieces, remaining, stamps = apply_stamp_cards(
        program.stamp_cards, member, basket.lines, remaining, today)
    offers = rate_offers(program, member, tier, gross, today) if with_rates else ()
    rate_pieces, remaining = stack_offers(offers, program.limits.stacking, remaining)
    coupon_pieces, remaining, applied, rejected = apply_coupons(
        program.coupons, coupons, gross, remaining, today)
    pieces, cap = cap_discounts(stamp_pieces + rate_pieces + coupon_pieces, gross,
                                program.limits.max_discount_bp)
    return _Discounted(tuple(pieces), cap, stamps, applied, rejected)


def _points_rule(program: Program, today: date) -> PointsRule | None:
    return program.points if active(program.points, today) else None


def _tier_program(program: Program, today: date) -> TierProgram | None:
    return program.tiers if active(program.tiers, today) else None


def _tier_now(program: Program, member: MemberState | None, today: date) -> Tier | None:
    """The tier that prices this receipt: the one held, raised by the metric so far."""
    tiers = _tier_program(program, today)
    if tiers is None or member is None:
        return None
    return upgraded_tier(tiers, member.tier_id, member.tier_metric)


def _paid(program: Program, lines: tuple[BasketLine, ...], nets: dict[int, int],
          redeemed: dict[int, int]) -> dict[int, int]:
    """What each earning line pays in money (or in full, when points earn on points)."""
    rule = program.points
    on_points = rule is not None and not rule.no_points_on_redeemed
    return {l.line_no: nets[l.line_no] - (0 if on_points else redeemed[l.line_no])
            for l in lines if _earning(program, l)}


def _purchase_awards(basket: Basket, member: MemberState, program: Program, today: date,
                     tier: Tier | None, nets: dict[int, int], redeemed: dict[int, int]
                     ) -> tuple[tuple[PointsAward, ...], dict[int, int]]:
    return purchase_points(program, member, tier, basket.lines,
                           _paid(program, basket.lines, nets, redeemed), today)


def _choose_exclusive(basket: Basket, member: MemberState, program: Program, today: date,
                      tier: Tier | None, coupons: tuple[Coupon, ...],
                      with_rates: _Discounted) -> tuple[_Discounted, bool]:
    """Discount or points, whichever is worth more to the customer (the discount on a tie).

    Compared before any redemption; returns the pricing and whether points are earned.
    """
    plain = _discount(basket, member, program, today, tier, coupons, with_rates=False)
    rule = _points_rule(program, today)
    discount_value = with_rates.total_minor - plain.total_minor
    if rule is None or discount_value <= 0:
        return with_rates, True
    zero = {l.line_no: 0 for l in basket.lines}
    awards, _ = _purchase_awards(basket, member, program, today, tier,
                                 plain.nets(basket.lines), zero)
    points_value = points_value_minor(sum(a.points for a in awards), rule.point_value_minor)
    return (with_rates, False) if discount_value >= points_value else (plain, True)


def _tier_status(program: Program, member: MemberState | None, today: date, tier: Tier | None,
                 lines: tuple[BasketLine, ...], net_minor: int) -> TierStatus | None:
    """The tier after this receipt (upgrades are immediate) and the way to the next one."""
    tiers = _tier_program(program, today)
    if tiers is None or member is None:
        return None
    metric_after = member.tier_metric + receipt_metric(tiers, lines, net_minor)
    after = upgraded_tier(tiers, tier.tier_id if tier else None, metric_after, net_minor)
    following = next_tier(tiers, after)
    return TierStatus(
        tier_id=tier.tier_id if tier else None, tier_name=tier.name if tier else "",
        tier_after_id=after.tier_id if after else None,
        tier_after_name=after.name if after else "",
        metric=str(tiers.metric), metric_after=metric_after,
        next_tier_id=following.tier_id if following else None,
        next_tier_name=following.name if following else "",
        remaining=following.threshold - metric_after if following else None)


def _quote_lines(lines: tuple[BasketLine, ...], nets: dict[int, int], redeemed: dict[int, int],
                 line_points: dict[int, int]) -> tuple[QuoteLine, ...]:
    return tuple(QuoteLine(l.line_no, l.gross_minor, l.gross_minor - nets[l.line_no],
                           nets[l.line_no], redeemed[l.line_no], line_points.get(l.line_no, 0))
                 for l in lines)


def _bonus_awards(program: Program, member: MemberState, today: date) -> tuple[PointsAward, ...]:
    birthday = birthday_award(program, member, today)
    return ((birthday,) if birthday else ()) + referral_awards(program, member, today) \
        + mission_awards(program, member, today)


def quote(basket: Basket, member: MemberState | None, program: Program, today: date, *,
          redeem_points: int = 0, coupons: tuple[Coupon, ...] = ()) -> Quote:
    """Price ``basket`` for ``member`` (None: no card) under ``program`` on ``today``.

    Raises RedemptionError when ``redeem_points`` break a redemption limit.
    Under ``exclusive_discount_or_points`` the customer gets the percentage
    discounts or the purchase points, whichever is worth more in money.
    """
    tier = _tier_now(program, member, today)
    discounted = _discount(basket, member, program, today, tier, coupons, with_rates=True)
    earns = member is not None
    if member is not None and program.limits.stacking == Stacking.EXCLUSIVE_DISCOUNT_OR_POINTS:
        discounted, earns = _choose_exclusive(basket, member, program, today, tier, coupons,
                                              discounted)
    lines = basket.lines
    nets = discounted.nets(lines)
    net_minor = sum(nets.values())
    rule = _points_rule(program, today)
    limits = redeem_limits(rule, member, net_minor)
    check_redemption(limits, redeem_points)
    redeem_value = points_value_minor(redeem_points, rule.point_value_minor) if rule else 0
    redeemed = dict(zip(nets, allocate(redeem_value, list(nets.values()))))
    awards: tuple[PointsAward, ...] = ()
    line_points: dict[int, int] = {}
    if member is not None:
        if earns:
            awards, line_points = _purchase_awards(basket, member, program, today, tier, nets,
                                                   redeemed)
        awards += _bonus_awards(program, member, today)
    return Quote(
        member_id=member.member_id if member else None,
        lines=_quote_lines(lines, nets, redeemed, line_points),
        discounts=discounted.pieces, discount_cap=discounted.cap, awards=awards,
        redeem_limits=limits, redeem_points=redeem_points, redeem_value_minor=redeem_value,
        tier=_tier_status(program, member, today, tier, lines, net_minor),
        stamps=discounted.stamps, coupons_applied=discounted.coupons_applied,
        coupons_rejected=discounted.coupons_rejected,
        coupon_to_issue=coupon_to_issue(program.coupons, net_minor, today),
        gross_minor=basket.gross_minor, discount_minor=discounted.total_minor,
        net_minor=net_minor)
