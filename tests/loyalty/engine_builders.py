"""Readable builders for rule-engine tests, and hypothesis strategies for valid inputs."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from hypothesis import strategies as st

from loyalty.model.member_state import MemberId, MemberState, StampProgress
from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, CardType, CardTypeId, CategoryRate, Coupon, CouponIssue,
    CouponPolicy, CumulativeDiscount, CumulativeFormula, EarnBp, EarnPerAmount, Exclusions,
    Expiry, FixedDiscount, Limits, MissionBonus, MissionId, PointsRule, ProductRate, Program,
    ProgressiveDiscount, ReceiptBand, Redemption, ReferralBonus, Scope, SpendStep, Stacking,
    StampCard, StampCardId, Tier, TierId, TierMetric, TierProgram, TierWindow, WelcomeBonus,
    WindowKind)
from pos.basket import Basket, BasketLine

TODAY = date(2025, 6, 16)
ENROLLED = date(2024, 1, 10)


@dataclass(frozen=True, slots=True)
class Item:
    """A basket line to build: ``item("Cigarettes", 200_00, 1, "tobacco", no_discount=True)``."""

    name: str
    price_minor: int
    qty: int = 1
    category: str = ""
    product_id: int | None = None
    no_discount: bool = False
    no_points: bool = False


def item(name: str, price_minor: int, qty: int = 1, category: str = "", *,
         product_id: int | None = None, no_discount: bool = False,
         no_points: bool = False) -> Item:
    return Item(name, price_minor, qty, category, product_id, no_discount, no_points)


def basket(*items: Item | tuple) -> Basket:
    """``basket(("Milk", 89_00, 2), ("Bread", 45_00, 1, "bakery"))``; lines numbered from 1."""
    lines = []
    for no, spec in enumerate(items, start=1):
        it = spec if isinstance(spec, Item) else Item(*spec)
        lines.append(BasketLine(no, it.name, it.price_minor, it.qty, it.category,
                                it.product_id, None, it.no_discount, it.no_points))
    return Basket("test-basket", tuple(lines))


def member(**fields: object) -> MemberState:
    """A member enrolled on ENROLLED with nothing else known, unless fields say otherwise."""
    defaults: dict[str, object] = {"member_id": MemberId(1), "enrolled_on": ENROLLED}
    defaults.update(fields)
    return MemberState(**defaults)  # type: ignore[arg-type]


def program(**mechanisms: object) -> Program:
    """Version 1, in force since 2024, with the given mechanisms."""
    return Program(1, date(2024, 1, 1), **mechanisms)  # type: ignore[arg-type]


# Hypothesis strategies: valid programs, members and baskets for the property tests.

CATEGORIES = ("", "tobacco", "coffee", "wine", "fuel")
bps = st.integers(0, 10_000)
small_minor = st.integers(0, 100_000_00)

items = st.builds(Item, name=st.sampled_from(("Milk", "Coffee", "Cigarettes", "Wine", "AI-95")),
                  price_minor=st.integers(1, 20_000_00), qty=st.integers(1, 12),
                  category=st.sampled_from(CATEGORIES),
                  product_id=st.one_of(st.none(), st.integers(1, 4)),
                  no_discount=st.booleans(), no_points=st.booleans())
baskets = st.lists(items, min_size=1, max_size=6).map(lambda its: basket(*its))
scopes = st.builds(Scope, categories=st.lists(st.sampled_from(CATEGORIES[1:]), max_size=2,
                                              unique=True).map(tuple),
                   product_ids=st.lists(st.integers(1, 4), max_size=2, unique=True).map(tuple))
earn_rates = st.one_of(st.builds(EarnBp, bps),
                       st.builds(EarnPerAmount, st.integers(0, 500), st.integers(1, 10_000_00)))


@st.composite
def tier_programs(draw: st.DrawFn) -> TierProgram:
    thresholds = sorted(draw(st.lists(st.integers(0, 50_000_00), min_size=1, max_size=4,
                                      unique=True)))
    tiers = tuple(Tier(TierId(f"t{i}"), f"Tier {i}", t, draw(bps),
                       Fraction(draw(st.integers(0, 6)), draw(st.integers(1, 2))),
                       draw(st.one_of(st.none(), st.integers(1, 100_000_00))))
                  for i, t in enumerate(thresholds))
    kind = draw(st.sampled_from(list(WindowKind)))
    days = draw(st.integers(1, 400)) if kind == WindowKind.ROLLING_DAYS else None
    return TierProgram(tiers, draw(st.sampled_from(list(TierMetric))), TierWindow(kind, days),
                       draw(scopes), draw(st.booleans()))


@st.composite
def cumulatives(draw: st.DrawFn) -> CumulativeDiscount:
    decay = draw(st.one_of(st.none(), st.integers(1, 400)))
    if draw(st.booleans()):
        start = draw(bps)
        formula = CumulativeFormula(start, draw(st.integers(0, 2_000)),
                                    draw(st.integers(1, 10_000_00)), draw(st.integers(start, 10_000)))
        return CumulativeDiscount(formula=formula, decay_after_days=decay)
    froms = draw(st.lists(small_minor, min_size=1, max_size=4, unique=True))
    return CumulativeDiscount(steps=tuple(SpendStep(f, draw(bps)) for f in froms),
                              decay_after_days=decay)


points_rules = st.builds(
    PointsRule, earn_rates,
    point_value_minor=st.sampled_from((Fraction(100), Fraction(1), Fraction(1, 2), Fraction(3))),
    category_rates=st.lists(st.builds(CategoryRate, st.sampled_from(CATEGORIES), earn_rates),
                            max_size=2).map(tuple),
    product_rates=st.lists(st.builds(ProductRate, st.integers(1, 4), earn_rates),
                           max_size=2).map(tuple),
    no_points_on_redeemed=st.booleans(),
    redemption=st.builds(Redemption, bps, st.integers(0, 5_000), st.integers(1, 500),
                         st.booleans()),
    hold_days=st.integers(0, 30),
    # points live longer than they are held (a program that saves: bounds.AT_LEAST_ONE)
    expiry=st.builds(Expiry, st.one_of(st.none(), st.integers(31, 800)), st.booleans()))


@st.composite
def birthdays(draw: st.DrawFn) -> BirthdayBonus:
    kind = draw(st.sampled_from(list(BirthdayKind)))
    return BirthdayBonus(kind, draw(st.integers(0, 10)), draw(st.integers(0, 1_000)), draw(bps),
                         Fraction(draw(st.integers(2, 6)), draw(st.integers(1, 2))))


@st.composite
def coupon_policies(draw: st.DrawFn) -> CouponPolicy:
    issue = None
    if draw(st.booleans()):
        fixed = draw(st.booleans())
        issue = CouponIssue(draw(small_minor), draw(st.integers(1, 500_00)) if fixed else 0,
                            0 if fixed else draw(st.integers(1, 10_000)), draw(small_minor),
                            draw(st.integers(1, 90)))
    return CouponPolicy(issue)


def _opt(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


programs = st.builds(
    Program, st.integers(0, 50), st.just(date(2024, 1, 1)),
    fixed_discount=_opt(st.builds(FixedDiscount, st.tuples(
        st.builds(CardType, st.just(CardTypeId("std")), st.just("Standard"), bps, st.booleans())))),
    cumulative=_opt(cumulatives()), tiers=_opt(tier_programs()),
    progressive=_opt(st.builds(ProgressiveDiscount, st.lists(
        st.builds(ReceiptBand, small_minor, bps), max_size=3, unique_by=lambda b: b.from_minor
    ).map(tuple), st.booleans())),
    points=_opt(points_rules), welcome=_opt(st.builds(WelcomeBonus, st.integers(0, 1_000))),
    birthday=_opt(birthdays()),
    referral=_opt(st.builds(ReferralBonus, st.integers(0, 1_000), st.integers(0, 1_000))),
    missions=st.lists(st.builds(MissionBonus, st.just(MissionId("m")), st.just("Mission"),
                                st.integers(1, 10), st.integers(0, 1_000)), max_size=1).map(tuple),
    stamp_cards=st.lists(st.builds(StampCard, st.just(StampCardId("coffee")), st.just("Coffee"),
                                   scopes, st.integers(1, 9)), max_size=1).map(tuple),
    coupons=_opt(coupon_policies()),
    exclusions=st.builds(Exclusions, scopes, scopes),
    limits=st.builds(Limits, _opt(bps), st.sampled_from(list(Stacking))))

members = st.builds(
    MemberState, member_id=st.just(MemberId(1)), enrolled_on=st.just(ENROLLED),
    birthday=_opt(st.dates(date(1950, 1, 1), date(2010, 12, 31))),
    card_type_id=_opt(st.just(CardTypeId("std"))), spendable_points=st.integers(0, 100_000),
    pending_points=st.integers(0, 1_000), lifetime_spend_minor=small_minor,
    last_purchase_on=_opt(st.integers(0, 400).map(lambda d: TODAY - timedelta(days=d))),
    tier_id=_opt(st.sampled_from([TierId("t0"), TierId("t1"), TierId("t3")])),
    tier_metric=st.integers(0, 60_000_00),
    stamps=st.lists(st.builds(StampProgress, st.just(StampCardId("coffee")), st.integers(0, 9)),
                    max_size=1).map(tuple),
    purchases_this_month=st.integers(0, 10), is_first_purchase=st.booleans(),
    referred_by=_opt(st.just(MemberId(2))))

coupon_sets = st.lists(st.builds(
    Coupon, st.sampled_from(("A", "B")), st.integers(0, 500_00), st.integers(0, 5_000),
    small_minor, _opt(st.dates(date(2025, 6, 1), date(2025, 7, 1))),
    _opt(st.integers(1, 3)), st.integers(0, 3)), max_size=2).map(tuple)
