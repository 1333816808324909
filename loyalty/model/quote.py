"""The rule engine's answer for one basket: amounts, points and the reason for each."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from loyalty.model.member_state import MemberId
from loyalty.model.models import EntryKind
from loyalty.model.program import StampCardId, TierId


@dataclass(frozen=True, slots=True)
class Explanation:
    """A stable ``key`` and its values; the UI turns them into a translated sentence."""

    key: str
    params: tuple[tuple[str, int | str], ...] = ()

    def param(self, name: str) -> int | str:
        return dict(self.params)[name]


@dataclass(frozen=True, slots=True)
class DiscountLine:
    """One mechanism's discount: on a basket line, or (``line_no`` None) summed over the receipt."""

    mechanism: str
    line_no: int | None
    amount_minor: int
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class PointsAward:
    """Points to earn; ``member_id`` is who gets them (the referrer for a referral bonus)."""

    kind: EntryKind
    points: int
    member_id: MemberId
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class QuoteLine:
    """A basket line priced: ``net = gross - discount``; ``redeemed_minor`` of it is paid with points."""

    line_no: int
    gross_minor: int
    discount_minor: int
    net_minor: int
    redeemed_minor: int
    points: int


@dataclass(frozen=True, slots=True)
class RedeemLimits:
    """How many points this receipt may take; ``bound_by`` names the limits that bind."""

    max_points: int
    min_balance_points: int
    step_points: int
    point_value_minor: Fraction
    bound_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TierStatus:
    """``tier_id`` priced this receipt; ``tier_after_id`` holds once it is made.

    ``remaining`` is how much of the metric (minor units, visits or units) the
    next tier still needs after this receipt; None at the top tier.
    """

    tier_id: TierId | None
    tier_name: str
    tier_after_id: TierId | None
    tier_after_name: str
    metric: str
    metric_after: int
    next_tier_id: TierId | None
    next_tier_name: str
    remaining: int | None


@dataclass(frozen=True, slots=True)
class StampStatus:
    """Progress before and after this receipt; ``free_units`` were given free on it."""

    stamp_card_id: StampCardId
    name: str
    buy: int
    stamps_before: int
    stamps_earned: int
    free_units: int
    stamps_after: int


@dataclass(frozen=True, slots=True)
class CouponRejection:
    """``other``: the coupon already applied that this one may not share the receipt with."""

    code: str
    reason: str  # expired | used_up | returned | below_minimum | coupons_off | duplicate |
    #              nothing_to_discount | not_combinable | other_not_combinable
    other: str = ""


@dataclass(frozen=True, slots=True)
class CouponToIssue:
    """A coupon earned for the next visit; the caller gives it a code."""

    amount_minor: int
    rate_bp: int
    min_receipt_minor: int
    valid_until: date


@dataclass(frozen=True, slots=True)
class Quote:
    """Everything the till shows for a basket; ``member_id`` None for a sale without a card."""

    member_id: MemberId | None
    lines: tuple[QuoteLine, ...]
    discounts: tuple[DiscountLine, ...]
    discount_cap: Explanation | None
    awards: tuple[PointsAward, ...]
    redeem_limits: RedeemLimits
    redeem_points: int
    redeem_value_minor: int
    tier: TierStatus | None
    stamps: tuple[StampStatus, ...]
    coupons_applied: tuple[str, ...]
    coupons_rejected: tuple[CouponRejection, ...]
    coupon_to_issue: CouponToIssue | None
    gross_minor: int
    discount_minor: int
    net_minor: int

    @property
    def pay_money_minor(self) -> int:
        """What is left to pay in money once the redeemed points are counted."""
        return self.net_minor - self.redeem_value_minor

    def points_for(self, kind: EntryKind) -> int:
        return sum(a.points for a in self.awards if a.kind == kind)

    @property
    def points_earned(self) -> int:
        """All points the buying member earns (a referrer's bonus is not theirs)."""
        return sum(a.points for a in self.awards if a.member_id == self.member_id)

    def discount_summary(self) -> tuple[DiscountLine, ...]:
        """One receipt-level line per mechanism and reason, in first-seen order."""
        totals: dict[tuple[str, Explanation], int] = {}
        for d in self.discounts:
            key = (d.mechanism, d.explanation)
            totals[key] = totals.get(key, 0) + d.amount_minor
        return tuple(DiscountLine(m, None, amount, e) for (m, e), amount in totals.items())
