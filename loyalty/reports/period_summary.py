"""A run of months (a year, or any --from/--to) read in one pass: each month's summary and
the period's own totals.

The history is read once for the whole period and each month is cut from it,
so twelve months cost about one; a month asked alone is the one-month period.
Each month's opening is the previous month's closing, so the period's
roll-forward is the months' chained, exactly.
"""
from __future__ import annotations

import gc
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from fractions import Fraction

from loyalty.ledger import wallet
from loyalty.reports.member_metrics import (
    AT_RISK_INTERVALS, AT_RISK_MIN_PURCHASES, AtRisk, active_at, overdue_member)
from loyalty.reports.monthly_summary import (
    MonthData, MonthlySummary, day_bounds, summarise, trend_instants, trend_months)
from loyalty.reports.tier_figures import summed
from loyalty.shop import Shop
from loyalty.storage import ledger_store, summary_store
from loyalty.storage.summary_store import MemberHistory, MemberLabel, TierCounts
from pos.errors import UserError
from pos.clock import local_date, month_bounds, to_db
from pos.sale import SaleKind

MAX_MONTHS = 120
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_US = timedelta(microseconds=1)
_NEVER = 2 ** 63  # µs: a member with too few purchases is never overdue


class PeriodError(UserError, ValueError):
    """``reason``: future (the first month not yet begun), reversed (from after to),
    too_long (more than MAX_MONTHS); ``detail``: the months concerned."""

    def __init__(self, reason: str, detail: object = None) -> None:
        months = detail if reason != "future" else (detail,)
        named = ["%04d-%02d" % ym for ym in months] if isinstance(months, tuple) else []
        super().__init__(f"period.{reason}", month=named[0] if named else "",
                         first=named[0] if named else "", last=named[-1] if named else "")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    """``months`` oldest first; ``total`` the whole period as one span (flows summed,
    opening the first month's, closing the last month's, rates the period's own)."""

    months: tuple[MonthlySummary, ...]
    total: MonthlySummary


def month_keys(first: tuple[int, int], last: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    a, b = first[0] * 12 + first[1] - 1, last[0] * 12 + last[1] - 1
    if b < a:
        raise PeriodError("reversed", (first, last))
    if b - a + 1 > MAX_MONTHS:
        raise PeriodError("too_long", (first, last))
    return tuple((k // 12, k % 12 + 1) for k in range(a, b + 1))


def check_begun(shop: Shop, first: tuple[int, int], last: tuple[int, int]) -> None:
    """A run of months asked by its ends: in order, at most MAX_MONTHS, and both begun
    (a year in progress is reported to date); raises PeriodError."""
    month_keys(first, last)
    now = shop.clock()
    for y, m in (first, last):
        if month_bounds(y, m, shop.settings.timezone)[0] > now:
            raise PeriodError("future", (y, m))


def monthly_summary(shop: Shop, year: int, month: int) -> MonthlySummary:
    """One month: the one-month period, so it is the same figure however it is asked for."""
    return period_summary(shop, (year, month), (year, month)).months[0]


def period_summary(shop: Shop, first: tuple[int, int], last: tuple[int, int]) -> PeriodSummary:
    with collector_paused():
        months, total = load_period(shop, first, last)  # writes the expiries due first
        # each month sealed with the ledger chain's head at its end (now, for a month running)
        summaries = tuple(replace(summarise(d),
                                  ledger_seal=ledger_store.chain_head(shop.db, d.end))
                          for d in months)
        # a single month is its own total: not computed twice
        whole = summaries[0] if len(months) == 1 else summarise(total, with_days=False)
        return PeriodSummary(summaries, _total(whole, months))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a report is read and written: the hundreds of
    thousands of rows, lists and tuples a period is made of make no reference cycles
    (reference counting frees them), yet each batch of them set off a collection that
    walked every object alive, a fifth of a month's report.  Put back as it was (a
    pause inside another leaves it to the outer one)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _us(moment: datetime) -> int:
    return (moment - _EPOCH) // _US


class _Lives:
    """Every member's purchases counted up to a moving instant: (count, first µs, last µs,
    net, overdue after µs), rolled forward month by month from one read of what came
    before the period.  "Overdue after" is when the member becomes at risk if they buy
    nothing more, so finding those at a month's end compares one number per member."""

    def __init__(self, before: tuple[list[tuple], dict[int, tuple]]) -> None:
        """``before``: ``summary_store.member_lives_before``'s rows and the rest of the way."""
        rows, rest = before
        self.by_member: dict[int, list[int]] = {
            r[0]: [r[1], r[2], r[3], r[4], _NEVER if r[5] is None else r[5]] for r in rows}
        for member_id, n, first_us, last_us, net in rest.values():  # later than the rows
            life = self.by_member.get(member_id)
            self.by_member[member_id] = (_life(n, first_us, last_us, net) if life is None else
                                         _life(life[0] + n, life[1], last_us, life[3] + net))

    def add(self, purchases) -> list[int]:
        """Rolls the lives forward; the members whose first purchase this is."""
        firsts = []
        for p in purchases:
            at = _us(p.at)
            life = self.by_member.get(p.member_id)
            if life is None:
                self.by_member[p.member_id] = _life(1, at, at, p.net_minor)
                firsts.append(p.member_id)
            else:
                life[:] = _life(life[0] + 1, life[1], at, life[3] + p.net_minor)
        return firsts

    def histories(self, buyers: frozenset[int]) -> tuple[MemberHistory, ...]:
        """Of the buyers (their lifetimes; the overdue are found by ``at_risk``)."""
        out = []
        for member_id in sorted(buyers):
            n, first, last, net, _ = self.by_member[member_id]
            out.append(MemberHistory(member_id, n, _EPOCH + first * _US, _EPOCH + last * _US,
                                     net))
        return tuple(out)

    def overdue(self, end: datetime) -> list[tuple[int, int, int, int, int, int]]:
        """``at_risk`` at ``end`` from the numbers alone (overdue after µs < end is exactly
        its test, so no member's history is made for it), most valuable first, as
        (−net, member, purchases, last µs, span µs, µs since): named once the period's
        names are read (``_Names``)."""
        end_us = _us(end)
        found = [(-life[3], m, life[0], life[2], life[2] - life[1], end_us - life[2])
                 for m, life in self.by_member.items() if life[4] < end_us]
        found.sort()  # (−net, member): the order of ``most_valuable_first``
        return found


class _Tiers:
    """The tier each member who ever changed tier holds, rolled forward month by month from
    those held at the period's start by each month's changes in order (a member's tier
    before a change is then the one held), with the members counted by tier and how many
    of them bought: no month reads or counts every member again."""

    def __init__(self, held: dict[int, str | None], purchasers) -> None:
        self.held = held
        self.by_tier = Counter(held.values())
        self.purchasers = len(held.keys() & purchasers.keys())

    def roll(self, changes, purchasers, firsts: list[int]
             ) -> dict[tuple[str | None, str | None], int]:
        """``changes``: the month's (member, tier) in order; ``purchasers``: every member
        who bought by its end, ``firsts`` those who first bought in it.  The month's moves
        as (tier, tier before): how many."""
        moves: dict[tuple[str | None, str | None], int] = defaultdict(int)
        new = set()
        for member_id, tier in changes:
            if member_id in self.held:
                before = self.held[member_id]
                self.by_tier[before] -= 1
            else:
                before = None
                new.add(member_id)
            moves[tier, before] += 1
            self.by_tier[tier] += 1
            self.held[member_id] = tier
        self.purchasers += (sum(1 for m in new if m in purchasers)
                            + sum(1 for m in firsts if m in self.held and m not in new))
        return moves

    def counts(self, moves, discounts) -> TierCounts:
        return TierCounts(tuple(self.by_tier.items()), self.purchasers,
                          tuple((t, b, n) for (t, b), n in moves.items()), discounts)


class _Names:
    """The at-risk members' names and cards: the months' lists overlap, so each member's
    is read once, when first at risk in the period."""

    def __init__(self, db) -> None:
        self.db = db
        self.labels: dict[int, MemberLabel] = {}
        self.asked: set[int] = set()

    def named(self, overdue) -> Sequence[AtRisk]:
        """The at-risk lines of ``_Lives.overdue``, named: each line is made when read."""
        new = tuple(sorted(row[1] for row in overdue if row[1] not in self.asked))
        self.asked.update(new)
        self.labels.update(summary_store.member_labels(self.db, new))
        return _AtRiskLines(overdue, self.labels)


class _AtRiskLines(Sequence):
    """A month's at-risk lines, each made when read: a month of a ten-year shop has
    thousands, of which the report prints the first hundred and counts the rest, so no
    line is made that nobody reads.  Equal to any sequence of the same lines."""

    __slots__ = ("_rows", "_labels")

    def __init__(self, rows, labels: dict[int, MemberLabel]) -> None:
        self._rows = rows  # ``_Lives.overdue``'s, most valuable first
        self._labels = labels  # holds each of the rows' members (names only grow)

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self._rows))))
        neg_net, m, n, last_us, span_us, since_us = self._rows[i]
        label = self._labels.get(m)
        return overdue_member(m, n, _EPOCH + last_us * _US, span_us, since_us, -neg_net,
                              *((label.name, label.card_number) if label else ()))

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


def _life(n: int, first_us: int, last_us: int, net_minor: int) -> list[int]:
    """A member's purchases so far with the instant they become overdue: at risk once
    (end − last) × (n − 1) > intervals × (last − first), i.e. once end passes last +
    ⌊intervals × (last − first) / (n − 1)⌋ (whole µs, so the floor is exact)."""
    overdue_us = (last_us + AT_RISK_INTERVALS * (last_us - first_us) // (n - 1)
                  if n >= AT_RISK_MIN_PURCHASES else _NEVER)
    return [n, first_us, last_us, net_minor, overdue_us]


def _active_at(older: list[tuple[str, int]], recent, t: datetime, window: timedelta
               ) -> frozenset[int]:
    """Members with a purchase in (t − window, t]: ``older`` (instant as stored, member) and
    ``recent`` (``Purchase``) follow each other, both oldest first."""
    lo, hi = to_db(t - window), to_db(t)
    first = bisect_right(older, lo, key=_stored_at)
    found = {older[i][1] for i in range(first, bisect_right(older, hi, key=_stored_at))}
    return frozenset(found).union(active_at(recent, t, window)) if found else active_at(
        recent, t, window)


def _stored_at(row: tuple[str, int]) -> str:
    return row[0]


def _count(times: tuple[datetime, ...], start: datetime, end: datetime) -> int:
    """How many of the sorted ``times`` fall in [start, end)."""
    return bisect_left(times, end) - bisect_left(times, start)


def _cut(rows, start: datetime, end: datetime):
    """The rows (ordered by ``at``) made in [start, end)."""
    lo = bisect_left(rows, start, key=lambda r: r.at)
    return rows[lo:bisect_left(rows, end, key=lambda r: r.at)]


def load_period(shop: Shop, first: tuple[int, int], last: tuple[int, int]
                ) -> tuple[tuple[MonthData, ...], MonthData]:
    """Each month's data and the whole period's, from one read of the history.

    A month still running is read up to now and marked in progress; a period that
    has not begun yet is refused.  Expiries due by the period's end (or now) are
    written first, dated when each lot expired, so the figures never depend on
    when the report is made.
    """
    s, db = shop.settings, shop.db
    keys = month_keys(first, last)
    now = shop.clock()
    bounds = []
    for y, m in keys:
        start, end = month_bounds(y, m, s.timezone)
        if start > now:
            if not bounds:
                raise PeriodError("future", (y, m))
            break  # months after the current one are left out, the period ends now
        bounds.append((y, m, start, min(end, now), end > now))
    p_start, p_end = bounds[0][2], bounds[-1][3]
    wallet.expire_due(db, p_end)
    window = timedelta(days=s.inactivity_days)
    receipts = summary_store.receipts(db, p_start, p_end)
    trend_start = month_bounds(*trend_months(*keys[0])[0], s.timezone)[0]
    # the trend's months before the period count who was active only: plain rows for them
    older = summary_store.purchase_times(db, trend_start - window, p_start - window)
    recent = summary_store.purchases_between(db, p_start - window, p_end)
    wanted = tuple(sorted({r.sale_no for r in receipts if r.kind == SaleKind.SALE}
                          | {r.original_sale_no for r in receipts if r.kind == SaleKind.RETURN}))
    mechanisms = summary_store.mechanism_discounts(db, wanted)
    by_sale: dict[int, list] = defaultdict(list)
    for row in mechanisms:
        by_sale[row.sale_no].append(row)
    enrolments = summary_store.enrolment_times(db, p_start, p_end)
    issued = summary_store.coupon_issue_times(db, p_start, p_end)
    lives = _Lives(summary_store.member_lives_before(
        db, p_start, AT_RISK_INTERVALS, AT_RISK_MIN_PURCHASES))
    opening = summary_store.points_before(db, p_start)
    # every instant a month's figures or trend look at, each active set found once
    instants = {t for y, m, _, end, _ in bounds
                for _, _, *ts in trend_instants(y, m, s.timezone, end) for t in ts}
    active = tuple((t, _active_at(older, recent, t, window)) for t in sorted(instants))
    older = []  # the trend's earlier months are in ``active`` now
    months, names = [], _Names(db)
    tiers = _Tiers(summary_store.tiers_held_at(db, p_start), lives.by_member)
    for y, m, start, end, running in bounds:
        program = shop.programs.program_for(local_date(end - _US, s.timezone))
        month_receipts = _cut(receipts, start, end)
        bought = _cut(recent, start, end)
        firsts = lives.add(bought)
        tier_moves = tiers.roll(summary_store.tier_changes_between(db, start, end),
                                lives.by_member, firsts)
        sums = ledger_store.sums_by_kind(db, start, end)
        months.append(_month_data(
            shop, program, y, m, start, end, running, opening, sums, month_receipts,
            by_sale, recent, lives.histories(frozenset(p.member_id for p in bought)),
            names.named(lives.overdue(end)),
            summary_store.points_by_day(db, day_bounds(start, end, s.timezone)),
            tiers.counts(tier_moves, summary_store.tier_discounts(db, start, end)),
            len(lives.by_member), active,
            _count(enrolments, start, end), _count(issued, start, end)))
        opening += sum(sums.values())
    total = _period_data(months, receipts, mechanisms, recent, lives, p_start, p_end)
    return tuple(months), total


def _month_data(shop: Shop, program, y: int, m: int, start: datetime, end: datetime,
                running: bool, opening: int, sums: dict[str, int], receipts, by_sale,
                recent, histories, found, day_points, tier_counts, purchasers: int, active,
                enrolled: int, coupons_issued: int) -> MonthData:
    s, db = shop.settings, shop.db
    own = sorted({r.sale_no if r.kind == SaleKind.SALE else r.original_sale_no for r in receipts})
    rule = program.points
    tiers = program.tiers if program.tiers and program.tiers.enabled else None
    return MonthData(
        settings=s, year=y, month=m, start=start, end=end,
        point_value_minor=rule.point_value_minor if rule else Fraction(0),
        opening_points=opening, sums_by_kind=tuple(sorted(sums.items())),
        pending_closing=ledger_store.pending_at(db, end), receipts=tuple(receipts),
        mechanism_rows=tuple(x for sale_no in own for x in by_sale.get(sale_no, ())),
        coupons_redeemed=summary_store.coupon_uses(db, start, end), recent=recent,
        histories=histories, enrolled=enrolled,
        day_points=day_points, labels=(),  # the at-risk lines come named (load_period)
        tier_program=tiers,
        tier_counts=tier_counts, purchasers=purchasers,
        coupons_issued=coupons_issued, in_progress=running, at_risk=found,
        active=active)


def _period_data(months: list[MonthData], receipts, mechanisms, recent, lives: _Lives,
                 start: datetime, end: datetime) -> MonthData:
    """The whole period as one span: the last month's closing state, every flow summed."""
    last = months[-1]
    sums: dict[str, int] = defaultdict(int)
    for d in months:
        for kind, points in d.sums_by_kind:
            sums[kind] += points
    buyers = frozenset(p.member_id for p in _cut(recent, start, end))
    # the period ends with its last month: the same members are overdue then
    return replace(
        last, start=start, end=end, opening_points=months[0].opening_points,
        sums_by_kind=tuple(sorted(sums.items())), receipts=receipts, mechanism_rows=mechanisms,
        coupons_redeemed=sum(d.coupons_redeemed for d in months),
        histories=lives.histories(buyers) if len(months) > 1 else last.histories,
        enrolled=sum(d.enrolled for d in months), day_points=(),
        tier_counts=summed(d.tier_counts for d in months),
        coupons_issued=sum(d.coupons_issued for d in months))


def _total(summary: MonthlySummary, months: tuple[MonthData, ...]) -> MonthlySummary:
    first = months[0]
    return replace(summary, year=first.year, month=first.month,
                   through=(months[-1].year, months[-1].month), days=())
