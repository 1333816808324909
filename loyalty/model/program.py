"""The loyalty program as data: one frozen value per mechanism of the rule catalogue."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction

from loyalty.model.terms import (
    ALWAYS, BirthdayKind, CardTypeId, MissionId, Scope, StampCardId, Stacking, TierId, TierMetric,
    WindowKind)

@dataclass(frozen=True, slots=True)
class CardType:
    card_type_id: CardTypeId
    name: str
    discount_bp: int
    bearer: bool = False  # anonymous and transferable; personal cards are bound to a customer


@dataclass(frozen=True, slots=True)
class FixedDiscount:
    """``default_card_type_id``: the type of a card issued without one (SPEC 1.1)."""

    card_types: tuple[CardType, ...]
    enabled: bool = True
    starts_on: date = ALWAYS
    default_card_type_id: CardTypeId | None = None


@dataclass(frozen=True, slots=True)
class SpendStep:
    from_minor: int
    discount_bp: int


@dataclass(frozen=True, slots=True)
class CumulativeFormula:
    """``start_bp`` at sign-up, ``step_bp`` more per whole ``per_minor`` spent, at most ``cap_bp``."""

    start_bp: int
    step_bp: int
    per_minor: int
    cap_bp: int


@dataclass(frozen=True, slots=True)
class CumulativeDiscount:
    """A threshold table (``steps``) or a ``formula``: exactly one is set.

    ``decay_after_days``: more than that many days since the last purchase and
    the discount falls back one step (never below the lowest step).
    """

    steps: tuple[SpendStep, ...] = ()
    formula: CumulativeFormula | None = None
    decay_after_days: int | None = None
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class Tier:
    """``threshold`` is the window metric from which the tier is earned.

    ``instant_upgrade_from_minor``: a single receipt with at least this net
    lifts the member to this tier at once.
    """

    tier_id: TierId
    name: str
    threshold: int
    discount_bp: int = 0
    points_multiplier: Fraction = Fraction(1)
    instant_upgrade_from_minor: int | None = None


@dataclass(frozen=True, slots=True)
class TierWindow:
    kind: WindowKind
    days: int | None = None  # only for ROLLING_DAYS


@dataclass(frozen=True, slots=True)
class TierProgram:
    """Tiers in ascending ``threshold`` order; the first one is where members start."""

    tiers: tuple[Tier, ...]
    metric: TierMetric
    window: TierWindow
    unit_scope: Scope = field(default_factory=Scope)  # for TierMetric.UNITS
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class ReceiptBand:
    from_minor: int
    discount_bp: int


@dataclass(frozen=True, slots=True)
class ProgressiveDiscount:
    """Bands by the receipt's gross; ``members_only`` False gives it to anyone."""

    bands: tuple[ReceiptBand, ...]
    members_only: bool = True
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class EarnBp:
    """Points worth ``rate_bp`` of the paid amount (cashback)."""

    rate_bp: int


@dataclass(frozen=True, slots=True)
class EarnPerAmount:
    """``points`` per ``per_minor`` paid: pro rata (rounded down once per receipt), or with
    ``whole`` for each whole ``per_minor`` of the receipt's amount at this rate only
    ("1 point for each whole 100 roubles": 199 roubles earn 1)."""

    points: int
    per_minor: int
    whole: bool = False


EarnRate = EarnBp | EarnPerAmount


@dataclass(frozen=True, slots=True)
class CategoryRate:
    category: str
    rate: EarnRate


@dataclass(frozen=True, slots=True)
class ProductRate:
    product_id: int
    rate: EarnRate


@dataclass(frozen=True, slots=True)
class Redemption:
    """Limits on paying with points.

    ``cap_bp`` of the receipt's net at most; only from ``min_balance_points``;
    in multiples of ``step_points``; ``keep_one_minor`` leaves at least one
    minor unit to be paid in money.
    """

    cap_bp: int = 10_000
    min_balance_points: int = 0
    step_points: int = 1
    keep_one_minor: bool = False


@dataclass(frozen=True, slots=True)
class Expiry:
    """Points expire ``days`` after earning, or at the end of the following year."""

    days: int | None = None
    end_of_following_year: bool = False


@dataclass(frozen=True, slots=True)
class PointsRule:
    """Bonus points; ``point_value_minor`` is the money one point pays (1 rouble = 100)."""

    earn: EarnRate
    point_value_minor: Fraction = Fraction(100)
    category_rates: tuple[CategoryRate, ...] = ()
    product_rates: tuple[ProductRate, ...] = ()
    no_points_on_redeemed: bool = True
    redemption: Redemption = field(default_factory=Redemption)
    hold_days: int = 0
    expiry: Expiry = field(default_factory=Expiry)
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class WelcomeBonus:
    points: int
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class BirthdayBonus:
    """Within ``window_days`` of the birthday: points (once), a discount, or a points multiplier."""

    kind: BirthdayKind
    window_days: int = 0
    points: int = 0
    discount_bp: int = 0
    multiplier: Fraction = Fraction(1)
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class ReferralBonus:
    """Paid on the referred member's first purchase: to the referrer, optionally to them too."""

    referrer_points: int
    referred_points: int = 0
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class MissionBonus:
    """``points`` when the ``purchases``-th purchase of a calendar month is made."""

    mission_id: MissionId
    name: str
    purchases: int
    points: int
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class StampCard:
    """Buy ``buy`` units of the scope, the next one is free."""

    stamp_card_id: StampCardId
    name: str
    scope: Scope
    buy: int
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class Coupon:
    """A coupon as presented: fixed ``amount_minor`` or ``rate_bp`` off (one is non-zero).

    ``max_uses`` 1 is one-time, None unlimited; ``times_used`` is the count so far;
    a coupon not ``combinable`` shares no receipt with another coupon.
    """

    code: str
    amount_minor: int = 0
    rate_bp: int = 0
    min_receipt_minor: int = 0
    valid_until: date | None = None
    max_uses: int | None = 1
    times_used: int = 0
    combinable: bool = True
    void: bool = False  # earned by a receipt since returned (in full, or below its threshold)


@dataclass(frozen=True, slots=True)
class CouponBatch:
    """Coupons issued together under one batch name; ``issued_at`` is the first one's time."""

    batch: str
    count: int
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class CouponUse:
    """One receipt a coupon took ``discount_minor`` off."""

    sale_no: int
    at: datetime
    discount_minor: int


@dataclass(frozen=True, slots=True)
class CouponIssue:
    """A coupon for the next visit, issued on receipts with a net of at least ``min_net_minor``."""

    min_net_minor: int
    amount_minor: int = 0
    rate_bp: int = 0
    min_receipt_minor: int = 0
    valid_days: int = 30


@dataclass(frozen=True, slots=True)
class CouponPolicy:
    issue: CouponIssue | None = None
    enabled: bool = True
    starts_on: date = ALWAYS


@dataclass(frozen=True, slots=True)
class Exclusions:
    """On top of each product's own ``no_discount`` / ``no_points`` flags."""

    no_discount: Scope = field(default_factory=Scope)
    no_points: Scope = field(default_factory=Scope)


@dataclass(frozen=True, slots=True)
class Limits:
    max_discount_bp: int | None = None
    stacking: Stacking = Stacking.ADDITIVE


@dataclass(frozen=True, slots=True)
class Program:
    """The one program a shop runs; a mechanism that is None is not configured."""

    version: int
    effective_from: date
    fixed_discount: FixedDiscount | None = None
    cumulative: CumulativeDiscount | None = None
    tiers: TierProgram | None = None
    progressive: ProgressiveDiscount | None = None
    points: PointsRule | None = None
    welcome: WelcomeBonus | None = None
    birthday: BirthdayBonus | None = None
    referral: ReferralBonus | None = None
    missions: tuple[MissionBonus, ...] = ()
    stamp_cards: tuple[StampCard, ...] = ()
    coupons: CouponPolicy | None = None
    exclusions: Exclusions = field(default_factory=Exclusions)
    limits: Limits = field(default_factory=Limits)

    @staticmethod
    def empty(version: int = 0, effective_from: date = ALWAYS) -> Program:
        """No mechanisms: the till sells with no discount and no points."""
        return Program(version=version, effective_from=effective_from)


Mechanism = (FixedDiscount | CumulativeDiscount | TierProgram | ProgressiveDiscount | PointsRule
             | WelcomeBonus | BirthdayBonus | ReferralBonus | MissionBonus | StampCard
             | CouponPolicy)


def active(mechanism: Mechanism | None, today: date) -> bool:
    """Configured, switched on, and started by ``today``."""
    return mechanism is not None and mechanism.enabled and mechanism.starts_on <= today
