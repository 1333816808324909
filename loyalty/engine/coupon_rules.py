"""Coupons at checkout: which presented codes apply, what they take off, and what to issue."""
from __future__ import annotations

from datetime import date, timedelta

from loyalty.engine.discounts import Remaining, spread
from loyalty.model.program import Coupon, CouponPolicy, active
from loyalty.model.quote import CouponRejection, CouponToIssue, DiscountLine, Explanation
from pos.money import percent_of

COUPON = "coupon"


def coupon_refusal(coupon: Coupon, gross_minor: int, today: date) -> str | None:
    """Why a coupon cannot be used on this receipt, or None when it can."""
    if coupon.void:
        return "returned"
    if coupon.valid_until is not None and today > coupon.valid_until:
        return "expired"
    if coupon.max_uses is not None and coupon.times_used >= coupon.max_uses:
        return "used_up"
    if gross_minor < coupon.min_receipt_minor:
        return "below_minimum"
    return None


def combining_refusal(coupon: Coupon, applied: list[Coupon]) -> tuple[str, str] | None:
    """(reason, the applied coupon in the way) when ``coupon`` may not join ``applied``: a
    coupon not combinable shares a receipt with no other coupon, whichever came first."""
    if not applied:
        return None
    if not coupon.combinable:
        return "not_combinable", applied[0].code
    alone = next((c for c in applied if not c.combinable), None)
    return ("other_not_combinable", alone.code) if alone else None


def _amount(coupon: Coupon, remaining: Remaining) -> int:
    """A fixed amount, or a rate (half up) of what is left of the eligible lines."""
    left = sum(remaining.values())
    if coupon.rate_bp:
        return percent_of(left, coupon.rate_bp)
    return min(coupon.amount_minor, left)


def apply_coupons(policy: CouponPolicy | None, coupons: tuple[Coupon, ...], gross_minor: int,
                  remaining: Remaining, today: date
                  ) -> tuple[list[DiscountLine], dict[int, int], tuple[str, ...],
                             tuple[CouponRejection, ...]]:
    """Each usable coupon in turn on what is left; a code presented twice counts once, and a
    coupon that would share the receipt with one not combinable is refused."""
    left = dict(remaining)
    pieces: list[DiscountLine] = []
    applied: list[Coupon] = []
    rejected: list[CouponRejection] = []
    for coupon in coupons:
        clash = combining_refusal(coupon, applied)
        reason = ("coupons_off" if not active(policy, today)
                  else "duplicate" if coupon.code in (c.code for c in applied)
                  else coupon_refusal(coupon, gross_minor, today)
                  or (clash[0] if clash else None))
        amount = _amount(coupon, left) if reason is None else 0
        if reason is None and amount <= 0:
            reason = "nothing_to_discount"
        if reason is not None:
            other = clash[1] if clash and reason == clash[0] else ""
            rejected.append(CouponRejection(coupon.code, reason, other))
            continue
        explanation = Explanation("coupon", (("code", coupon.code),
                                             ("amount_minor", coupon.amount_minor),
                                             ("rate_bp", coupon.rate_bp)))
        more, left = spread(COUPON, amount, explanation, left)
        pieces += more
        applied.append(coupon)
    return pieces, left, tuple(c.code for c in applied), tuple(rejected)


def coupon_to_issue(policy: CouponPolicy | None, net_minor: int,
                    today: date) -> CouponToIssue | None:
    """The coupon this receipt earns for the next visit, if the policy issues one."""
    if not active(policy, today) or policy is None or policy.issue is None:
        return None
    rule = policy.issue
    if net_minor < rule.min_net_minor:
        return None
    return CouponToIssue(rule.amount_minor, rule.rate_bp, rule.min_receipt_minor,
                         today + timedelta(days=rule.valid_days))
