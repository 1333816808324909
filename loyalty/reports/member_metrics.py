"""Member figures of SPEC §4 (activity, retention, LTV, Pareto, at-risk, NPS) as pure functions.

Percentages are ``Decimal`` with two places, rounded half up from the exact
fraction; a percentage of nothing is None (shown as a dash), never a division
by zero.  Money stays in integer minor units.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from loyalty.storage.summary_store import MemberHistory, Purchase, ReceiptRow
from pos.money import round_half_up

DAYS_PER_MONTH = Fraction(304375, 10000)  # 365.25 / 12, the LTV lifetime unit
AT_RISK_MIN_PURCHASES = 3  # a regular member
AT_RISK_INTERVALS = 2  # overdue after twice the usual interval
_MICROSECOND = timedelta(microseconds=1)
_DAY_US = 86_400_000_000
_MONTH_US = int(DAYS_PER_MONTH * _DAY_US)  # exact: 30.4375 days is a whole number of µs


def pct(part: int | Fraction, whole: int | Fraction) -> Decimal | None:
    """``part / whole × 100`` with two decimals; None when ``whole`` is zero."""
    if whole == 0:
        return None
    hundredths = round_half_up(Fraction(part) * 10_000 / Fraction(whole))
    return Decimal(hundredths).scaleb(-2)


def share_pct(part: int, whole: int) -> Decimal | None:
    """A share of revenue; None when the whole is not positive, where a share means nothing."""
    return pct(part, whole) if whole > 0 else None


def retention_rates(active_start: int, retained: int) -> tuple[Decimal | None, Decimal | None]:
    """(retention %, churn %) from the members active at the start and those still active."""
    return pct(retained, active_start), pct(active_start - retained, active_start)


def nps(scores: Iterable[int]) -> Decimal | None:
    """Net promoter score: % of 9–10 minus % of 0–6 among 0–10 scores; None without scores."""
    values = list(scores)
    if any(not isinstance(s, int) or not 0 <= s <= 10 for s in values):
        raise ValueError("NPS scores are whole numbers from 0 to 10")
    promoters = sum(1 for s in values if s >= 9)
    detractors = sum(1 for s in values if s <= 6)
    return pct(promoters - detractors, len(values))


def _at(p: Purchase) -> datetime:
    return p.at


def active_at(purchases: Sequence[Purchase], t: datetime, window: timedelta) -> frozenset[int]:
    """Members with a purchase in (t − window, t]; ``purchases`` oldest first."""
    lo, hi = bisect_right(purchases, t - window, key=_at), bisect_right(purchases, t, key=_at)
    return frozenset(purchases[i].member_id for i in range(lo, hi))


def made_between(purchases: Sequence[Purchase], start: datetime, end: datetime
                 ) -> Sequence[Purchase]:
    """The purchases made in [start, end); ``purchases`` oldest first."""
    return purchases[bisect_left(purchases, start, key=_at):bisect_left(purchases, end, key=_at)]


@dataclass(frozen=True, slots=True)
class MemberFigures:
    active_start: int
    active_end: int
    retained: int
    retention_rate_pct: Decimal | None
    churn_rate_pct: Decimal | None
    new_members: int
    enrolled_members: int
    buying_members: int
    returning_members: int
    loyalty_index_pct: Decimal | None
    existing_customers_sales_share_pct: Decimal | None
    repeat_purchase_rate_pct: Decimal | None
    ltv_minor: int | None
    pareto_top20_share_pct: Decimal | None


def member_figures(recent: Sequence[Purchase], histories: Sequence[MemberHistory],
                   month: Sequence[ReceiptRow], start: datetime, end: datetime,
                   inactivity_days: int, enrolled: int,
                   active: Mapping[datetime, frozenset[int]] | None = None) -> MemberFigures:
    """``recent``: member purchases, oldest first, from at least the inactivity window before
    ``start`` up to ``end``; ``histories``: members' purchases before ``end``, of at least
    every member who bought in the month; ``month``: the month's receipts."""
    window = timedelta(days=inactivity_days)
    known = active or {}
    at_start = known.get(start) or active_at(recent, start, window)
    at_end = known.get(end) or active_at(recent, end, window)
    retained = len(at_start & at_end)
    retention, churn = retention_rates(len(at_start), retained)
    bought = made_between(recent, start, end)
    counts: dict[int, int] = defaultdict(int)
    for p in bought:
        counts[p.member_id] += 1
    buyers = frozenset(counts)
    lives = {h.member_id: h for h in histories if h.member_id in buyers}
    returning = frozenset(m for m in buyers if lives[m].first_at < start)
    net = _net_by_member(month)
    revenue = sum(r.net_minor for r in month)
    return MemberFigures(
        active_start=len(at_start), active_end=len(at_end), retained=retained,
        retention_rate_pct=retention, churn_rate_pct=churn,
        new_members=len(buyers) - len(returning), enrolled_members=enrolled,
        buying_members=len(buyers), returning_members=len(returning),
        loyalty_index_pct=pct(len(returning), len(buyers)),
        existing_customers_sales_share_pct=share_pct(sum(net.get(m, 0) for m in returning),
                                                     revenue),
        repeat_purchase_rate_pct=pct(sum(1 for c in counts.values() if c >= 2), len(buyers)),
        ltv_minor=ltv_minor(bought, lives),
        pareto_top20_share_pct=pareto_share(net, buyers))


def _net_by_member(month: Sequence[ReceiptRow]) -> dict[int, int]:
    """Each member's net revenue in the month, sales and returns together."""
    net: dict[int, int] = defaultdict(int)
    for r in month:
        if r.member_id is not None:
            net[r.member_id] += r.net_minor
    return dict(net)


def ltv_minor(bought: Sequence[Purchase], lives: dict[int, MemberHistory]) -> int | None:
    """m × a × t: average member check, purchases per buyer, mean lifetime in months;
    ``lives``: each buyer's purchases up to the month's end."""
    buyers = {p.member_id for p in bought}
    if not buyers:
        return None
    m = Fraction(sum(p.net_minor for p in bought), len(bought))
    a = Fraction(len(bought), len(buyers))
    # lifetimes in whole microseconds, each at least a month, summed before one division:
    # exactly the mean of max(1, days / 30.4375), without a fraction per buyer
    spans_us = sum(max(_MONTH_US, (lives[b].last_at - lives[b].first_at) // _MICROSECOND)
                   for b in buyers)
    t = Fraction(spans_us, _MONTH_US * len(buyers))
    return round_half_up(m * a * t)


def pareto_share(net: dict[int, int], buyers: frozenset[int]) -> Decimal | None:
    """Share of the buying members' net revenue made by the top ⌈20 %⌉ of them by net revenue.

    The whole is the net revenue of the members ranked, the buyers only (a member
    who only returned goods is not among them), and a buyer whose returns exceed
    their purchases counts as nothing rather than less: so the share never exceeds 100 %.
    """
    ranked = sorted((max(0, net.get(m, 0)) for m in buyers), reverse=True)
    return share_pct(sum(ranked[:-(-len(buyers) // 5)]), sum(ranked)) if buyers else None


@dataclass(frozen=True, slots=True)
class AtRisk:
    """A regular member overdue for a visit; days are whole days for the printed list."""

    member_id: int
    purchases: int
    last_purchase_at: datetime
    usual_interval_days: int
    days_since_last: int
    lifetime_net_minor: int
    name: str = ""
    card_number: str | None = None


def at_risk(histories: Iterable[MemberHistory], end: datetime) -> tuple[AtRisk, ...]:
    """Members with ≥ 3 purchases whose days since the last one at ``end`` exceed twice
    their usual interval, (last − first) / (purchases − 1); most valuable first.
    ``histories``: members' purchases before ``end``, of at least every such member."""
    found = []
    for h in histories:
        if h.purchases < AT_RISK_MIN_PURCHASES:
            continue
        # exact, in whole microseconds: since > 2 × span / (n − 1)
        span_us = (h.last_at - h.first_at) // _MICROSECOND
        since_us = (end - h.last_at) // _MICROSECOND
        if since_us * (h.purchases - 1) > AT_RISK_INTERVALS * span_us:
            found.append(overdue_member(h.member_id, h.purchases, h.last_at, span_us,
                                        since_us, h.net_minor))
    return most_valuable_first(found)


def overdue_member(member_id: int, purchases: int, last_at: datetime, span_us: int,
                   since_us: int, net_minor: int, name: str = "",
                   card_number: str | None = None) -> AtRisk:
    """An overdue member's line, from their span and time since in whole µs: the usual
    interval in whole days rounded half up, the days since truncated."""
    interval_us = _DAY_US * (purchases - 1)
    return AtRisk(member_id, purchases, last_at, (2 * span_us + interval_us) // (2 * interval_us),
                  since_us // _DAY_US, net_minor, name, card_number)


def most_valuable_first(found: Iterable[AtRisk]) -> tuple[AtRisk, ...]:
    return tuple(sorted(found, key=lambda a: (-a.lifetime_net_minor, a.member_id)))
