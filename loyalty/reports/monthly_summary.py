"""The bookkeeper's monthly loyalty summary (SPEC §4): every figure of a month from what was
read for it (``loyalty.reports.period_summary`` reads one month or a run of them)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from loyalty.ledger.ledger import RollForward, roll_forward
from loyalty.model.models import EARN_KINDS, EntryKind
from loyalty.reports.member_metrics import (
    AtRisk, MemberFigures, active_at, at_risk,
    member_figures, pct, share_pct)
from loyalty.model.program import TierProgram
from loyalty.storage.summary_store import (
    MechanismDiscount, MemberHistory, MemberLabel, Purchase, ReceiptRow, TierCounts)
from loyalty.reports.tier_figures import TierFigures, tier_figures
from pos.clock import local_date, local_midnight, month_bounds
from pos.money import allocate, round_half_up
from pos.settings.model import ShopSettings
from pos.sale import SaleKind

TREND_MONTHS = 12
OTHER_MECHANISM = "other"


@dataclass(frozen=True, slots=True)
class PointsRow:
    """A roll-forward line; redeemed and expired are positive numbers that are subtracted."""

    key: str
    points: int
    money_minor: int


@dataclass(frozen=True, slots=True)
class SalesFigures:
    sales_count: int
    sales_with_card_count: int
    returns_count: int
    revenue_net_minor: int
    revenue_members_minor: int
    revenue_non_members_minor: int
    avg_check_minor: int | None
    avg_check_members_minor: int | None
    avg_check_non_members_minor: int | None
    card_usage_rate_pct: Decimal | None
    members_share_of_revenue_pct: Decimal | None


@dataclass(frozen=True, slots=True)
class DiscountFigures:
    """Discounts per mechanism (sales less returns) and the month's coupons."""

    total_minor: int
    by_mechanism: tuple[tuple[str, int], ...]
    coupons_redeemed: int
    coupons_issued: int = 0


@dataclass(frozen=True, slots=True)
class DayFigures:
    day: date
    revenue_card_minor: int
    revenue_no_card_minor: int
    points_earned: int
    points_redeemed: int


@dataclass(frozen=True, slots=True)
class TrendPoint:
    year: int
    month: int
    active_end: int
    retention_rate_pct: Decimal | None


@dataclass(frozen=True, slots=True)
class MonthlySummary:
    shop_name: str
    currency: str
    timezone: str
    year: int
    month: int
    inactivity_days: int
    point_value_minor: Fraction
    roll: RollForward
    points_rows: tuple[PointsRow, ...]
    pending_closing_minor: int
    liability_closing_minor: int
    sales: SalesFigures
    discounts: DiscountFigures
    members: MemberFigures
    days: tuple[DayFigures, ...]
    trend: tuple[TrendPoint, ...]
    at_risk: Sequence[AtRisk]  # most valuable first (a period's are made when read)
    tiers: TierFigures | None = None
    ledger_seal: str = ""  # the ledger chain's head at the month's end (or now, in progress)
    in_progress_until: datetime | None = None  # the current month: read up to this moment
    through: tuple[int, int] | None = None  # a period's total: its last (year, month)

    @property
    def in_progress(self) -> bool:
        return self.in_progress_until is not None


@dataclass(frozen=True, slots=True)
class MonthData:
    """Everything the summary is computed from, as read from the store.

    ``recent``: member purchases from the inactivity window before the trend's first month
    up to the end; ``histories``: whole-life purchases of the month's buyers and of the
    members who may be at risk; ``purchasers``: how many members bought before the month's
    end; ``tier_counts``: what its tier figures are counted from.
    """

    settings: ShopSettings
    year: int
    month: int
    start: datetime
    end: datetime
    point_value_minor: Fraction
    opening_points: int
    sums_by_kind: tuple[tuple[str, int], ...]
    pending_closing: int
    receipts: tuple[ReceiptRow, ...]
    mechanism_rows: tuple[MechanismDiscount, ...]
    coupons_redeemed: int
    recent: tuple[Purchase, ...]
    histories: tuple[MemberHistory, ...]
    enrolled: int
    day_points: tuple[tuple[date, str, int], ...]  # (local day, ledger kind, points)
    labels: tuple[MemberLabel, ...]
    tier_program: TierProgram | None = None
    tier_counts: TierCounts | None = None
    coupons_issued: int = 0
    purchasers: int = 0
    in_progress: bool = False
    # members active at instants a run of months shares (month starts and ends), found once
    active: tuple[tuple[datetime, frozenset[int]], ...] = ()
    at_risk: Sequence[AtRisk] | None = None  # at_risk(histories, end), when already found


def summarise(d: MonthData, with_days: bool = True) -> MonthlySummary:
    """Pure: the month's figures from what ``load_month`` read; ``with_days`` False leaves
    the days out (a period's total has none)."""
    s = d.settings
    roll = roll_forward(d.opening_points, dict(d.sums_by_kind), d.pending_closing)
    labels = {label.member_id: label for label in d.labels}
    found = d.at_risk if d.at_risk is not None else at_risk(d.histories, d.end)
    # lines found already named (a period's) are kept as they come
    risky = tuple(_named(a, labels.get(a.member_id)) for a in found) if labels else found
    return MonthlySummary(
        shop_name=s.name, currency=s.currency, timezone=s.timezone, year=d.year, month=d.month,
        inactivity_days=s.inactivity_days, point_value_minor=d.point_value_minor, roll=roll,
        points_rows=points_rows(roll, d.point_value_minor),
        pending_closing_minor=round_half_up(roll.pending_closing * d.point_value_minor),
        liability_closing_minor=round_half_up(roll.closing * d.point_value_minor),
        sales=sales_figures(d.receipts),
        discounts=replace(discount_figures(d.receipts, d.mechanism_rows, d.coupons_redeemed),
                          coupons_issued=d.coupons_issued),
        members=member_figures(d.recent, d.histories, d.receipts, d.start, d.end,
                               s.inactivity_days, d.enrolled, dict(d.active)),
        days=day_figures(d.receipts, d.day_points, d.start, d.end, s.timezone) if with_days else (),
        trend=trend(d.recent, d.year, d.month, s.timezone, s.inactivity_days, d.end,
                    dict(d.active)),
        at_risk=risky,
        tiers=tier_figures(d.tier_program, d.tier_counts, d.purchasers),
        in_progress_until=d.end if d.in_progress else None)


def _named(a: AtRisk, label: MemberLabel | None) -> AtRisk:
    # built directly: ``replace`` costs several times more, once per member at risk
    return a if label is None else AtRisk(
        a.member_id, a.purchases, a.last_purchase_at, a.usual_interval_days,
        a.days_since_last, a.lifetime_net_minor, label.name, label.card_number)


def points_rows(roll: RollForward, value: Fraction) -> tuple[PointsRow, ...]:
    """The roll-forward in points and money.

    Each line's money is the change in the rounded running total, so the
    money column adds up to the closing liability to the minor unit, exactly
    as the points column adds up to the closing points.
    """
    steps = [("opening", roll.opening, 1)]
    steps += [(f"earned_{kind}", points, 1) for kind, points in roll.earned]
    steps += [("redeemed", roll.redeemed, -1), ("expired", roll.expired, -1),
              ("adjusted", roll.adjusted, 1), ("reversed", roll.reversed, 1)]
    rows, running, shown = [], 0, 0
    for key, points, sign in steps:
        running += sign * points
        money = round_half_up(running * value)
        rows.append(PointsRow(key, points, sign * (money - shown)))
        shown = money
    rows.append(PointsRow("closing", roll.closing, round_half_up(roll.closing * value)))
    return tuple(rows)


def _avg(total: int, count: int) -> int | None:
    return round_half_up(Fraction(total, count)) if count else None


def sales_figures(rows: Sequence[ReceiptRow]) -> SalesFigures:
    sales = [r for r in rows if r.kind == SaleKind.SALE]
    with_card = [r for r in sales if r.member_id is not None]
    without = [r for r in sales if r.member_id is None]
    revenue = sum(r.net_minor for r in rows)
    members = sum(r.net_minor for r in rows if r.member_id is not None)
    return SalesFigures(
        sales_count=len(sales), sales_with_card_count=len(with_card),
        returns_count=len(rows) - len(sales), revenue_net_minor=revenue,
        revenue_members_minor=members, revenue_non_members_minor=revenue - members,
        avg_check_minor=_avg(sum(r.net_minor for r in sales), len(sales)),
        avg_check_members_minor=_avg(sum(r.net_minor for r in with_card), len(with_card)),
        avg_check_non_members_minor=_avg(sum(r.net_minor for r in without), len(without)),
        card_usage_rate_pct=pct(len(with_card), len(sales)),
        members_share_of_revenue_pct=share_pct(members, revenue))


def discount_figures(rows: Sequence[ReceiptRow], mechanism_rows: Sequence[MechanismDiscount],
                     coupons_redeemed: int) -> DiscountFigures:
    """Sales' recorded discounts per mechanism, less each return's discount split over the
    mechanisms of its original sale in proportion (returns record no mechanisms)."""
    by_sale: dict[int, list[MechanismDiscount]] = defaultdict(list)
    for m in mechanism_rows:
        by_sale[m.sale_no].append(m)
    totals: dict[str, int] = defaultdict(int)
    for r in rows:
        own = by_sale.get(r.sale_no if r.kind == SaleKind.SALE else r.original_sale_no, [])
        if r.kind == SaleKind.SALE:
            for m in own:
                totals[m.mechanism] += m.amount_minor
            unexplained = r.discount_minor - sum(m.amount_minor for m in own)
        else:
            parts = allocate(-r.discount_minor, [max(0, m.amount_minor) for m in own])
            for m, part in zip(own, parts):
                totals[m.mechanism] -= part
            unexplained = r.discount_minor + sum(parts)
        if unexplained:
            totals[OTHER_MECHANISM] += unexplained
    return DiscountFigures(
        total_minor=sum(r.discount_minor for r in rows),
        by_mechanism=tuple(sorted((k, v) for k, v in totals.items() if v)),
        coupons_redeemed=coupons_redeemed)


def _month_days(start: datetime, end: datetime, tz: str) -> list[date]:
    first, last = local_date(start, tz), local_date(end - timedelta(microseconds=1), tz)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def day_bounds(start: datetime, end: datetime, tz: str) -> list[tuple[date, datetime, datetime]]:
    """Each local day of [start, end) with the part of it in the span: [start, end)."""
    return [(day, max(start, local_midnight(day, tz)),
             min(end, local_midnight(day + timedelta(days=1), tz)))
            for day in _month_days(start, end, tz)]


def day_figures(rows: Sequence[ReceiptRow], day_points: Sequence[tuple[date, str, int]],
                start: datetime, end: datetime, tz: str) -> tuple[DayFigures, ...]:
    """Per local day: net revenue with and without a card, points earned and redeemed.
    ``day_points``: the ledger's (day, kind, points) summed per local day."""
    card: dict[date, int] = defaultdict(int)
    plain: dict[date, int] = defaultdict(int)
    earned: dict[date, int] = defaultdict(int)
    redeemed: dict[date, int] = defaultdict(int)
    for r in rows:
        (card if r.member_id is not None else plain)[local_date(r.at, tz)] += r.net_minor
    for day, kind, points in day_points:
        if kind in EARN_KINDS:
            earned[day] += points
        elif kind == EntryKind.REDEEM:
            redeemed[day] -= points
    return tuple(DayFigures(day, card[day], plain[day], earned[day], redeemed[day])
                 for day in _month_days(start, end, tz))


def trend_months(year: int, month: int) -> tuple[tuple[int, int], ...]:
    """The trend's (year, month) pairs, oldest first, ending with the given month."""
    firsts = (divmod(year * 12 + month - 1 - back, 12) for back in range(TREND_MONTHS - 1, -1, -1))
    return tuple((y, m + 1) for y, m in firsts)


def trend_instants(year: int, month: int, tz: str, until: datetime | None = None
                   ) -> tuple[tuple[int, int, datetime, datetime], ...]:
    """(year, month, start, end) of the trend's months; a month still running ends ``until``."""
    return tuple((y, m, start, min(end, until) if until else end)
                 for y, m in trend_months(year, month) for start, end in [month_bounds(y, m, tz)])


def trend(purchases: Sequence[Purchase], year: int, month: int, tz: str,
          inactivity_days: int, until: datetime | None = None,
          known: Mapping[datetime, frozenset[int]] | None = None) -> tuple[TrendPoint, ...]:
    """Active members at each month's end and that month's retention, oldest month first.
    ``purchases``: oldest first, from the inactivity window before the first month's start;
    ``until``: where a month still running ends (now); ``known``: active sets already found."""
    window = timedelta(days=inactivity_days)
    bounds = trend_instants(year, month, tz, until)
    # a month's end is the next one's start: each instant's active set is found once
    active = {t: (known or {}).get(t) or active_at(purchases, t, window)
              for _, _, *ts in bounds for t in ts}
    return tuple(TrendPoint(y, m, len(active[end]), pct(len(active[start] & active[end]),
                                                        len(active[start])))
                 for y, m, start, end in bounds)
