"""SQL of the monthly loyalty summary: the month's receipts, discounts, purchases and ledger."""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlite_utils import Database

from pos.clock import from_db, to_db


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    """A sale or return; ``member_id`` is None when no member was identified."""

    sale_no: int
    at: datetime
    kind: str
    original_sale_no: int | None
    member_id: int | None
    gross_minor: int
    discount_minor: int
    net_minor: int


@dataclass(frozen=True, slots=True)
class MechanismDiscount:
    """One mechanism's share of a sale's discount, as recorded at checkout."""

    sale_no: int
    mechanism: str
    amount_minor: int


@dataclass(frozen=True, slots=True)
class Purchase:
    """A member's sale (never a return): what activity and lifetimes are counted from."""

    member_id: int
    at: datetime
    net_minor: int


@dataclass(frozen=True, slots=True)
class MemberHistory:
    """A member's purchases before some instant, aggregated: lifetimes and the at-risk list."""

    member_id: int
    purchases: int
    first_at: datetime
    last_at: datetime
    net_minor: int


@dataclass(frozen=True, slots=True)
class MemberLabel:
    """How the at-risk list names a member: name and the card in use, if any."""

    member_id: int
    name: str
    card_number: str | None


# a kind or tier id comes back from SQLite as a new string on every row: the few distinct
# ones are kept once, not a copy per receipt, ledger entry or tier change of a period
_TEXTS: dict[str | None, str | None] = {}


def _once(text):
    return _TEXTS.setdefault(text, text)


def receipts(db: Database, start: datetime, end: datetime) -> tuple[ReceiptRow, ...]:
    """Sales and returns made in [start, end), with the member each one was made for."""
    rows = db.execute(
        "SELECT s.sale_no, s.at, s.kind, s.original_sale_no, l.member_id, s.gross_minor, "
        "s.discount_minor, s.net_minor FROM sales s "
        "LEFT JOIN loyalty_sales l ON l.sale_no = s.sale_no "
        "WHERE s.at >= ? AND s.at < ? ORDER BY s.at, s.sale_no", [to_db(start), to_db(end)])
    return tuple(ReceiptRow(r[0], from_db(r[1]), _once(r[2]), r[3], r[4], r[5], r[6], r[7])
                 for r in rows)


def mechanism_discounts(db: Database, sale_nos: tuple[int, ...]) -> tuple[MechanismDiscount, ...]:
    """The recorded discount rows of the given sales, summed per sale and mechanism."""
    found: list[MechanismDiscount] = []
    # chunked: SQLite limits the number of bound parameters per statement
    for i in range(0, len(sale_nos), 500):
        chunk = sale_nos[i:i + 500]
        marks = ",".join("?" * len(chunk))
        found += [MechanismDiscount(r[0], r[1], r[2]) for r in db.execute(
            "SELECT sale_no, mechanism, SUM(amount_minor) FROM sale_discounts "
            f"WHERE sale_no IN ({marks}) GROUP BY sale_no, mechanism ORDER BY sale_no, mechanism",
            list(chunk))]
    return tuple(found)


def coupon_uses(db: Database, start: datetime, end: datetime) -> int:
    """Coupons redeemed on the period's sales: one per sale and coupon code."""
    return db.execute(
        "SELECT COUNT(*) FROM (SELECT DISTINCT d.sale_no, d.explanation_params "
        "FROM sale_discounts d JOIN sales s ON s.sale_no = d.sale_no "
        "WHERE d.mechanism = 'coupon' AND s.kind = 'sale' AND s.at >= ? AND s.at < ?)",
        [to_db(start), to_db(end)]).fetchone()[0]


def purchases_between(db: Database, after: datetime, until: datetime) -> tuple[Purchase, ...]:
    """Member purchases made in (after, until], oldest first."""
    rows = db.execute(
        "SELECT l.member_id, s.at, s.net_minor FROM sales s "
        "CROSS JOIN loyalty_sales l ON l.sale_no = s.sale_no "
        "WHERE s.kind = 'sale' AND s.at > ? AND s.at <= ? ORDER BY s.at, s.sale_no",
        [to_db(after), to_db(until)])
    return tuple(Purchase(r[0], from_db(r[1]), r[2]) for r in rows)


def purchase_times(db: Database, after: datetime, until: datetime) -> list[tuple[str, int]]:
    """(instant as stored, member) of the member purchases made in (after, until], oldest
    first: plain rows, for the activity of months long before a period (whose purchases
    are otherwise not looked at).  Only who bought in a span is asked of them, so purchases
    at the same instant come in the index's order (by time alone: no sort)."""
    return db.execute(
        "SELECT s.at, l.member_id FROM sales s CROSS JOIN loyalty_sales l ON l.sale_no = s.sale_no "
        "WHERE s.kind = 'sale' AND s.at > ? AND s.at <= ? ORDER BY s.at",
        [to_db(after), to_db(until)]).fetchall()


# to_db's fixed-width text as whole µs since 1970 (UTC), exactly: whole seconds, then the
# six digits after the point
_US_OF = ("(CAST(strftime('%s', substr({0}, 1, 19)) AS INTEGER) * 1000000 "
          "+ CAST(substr({0}, 21, 6) AS INTEGER))")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_US = timedelta(microseconds=1)


def member_lives_before(db: Database, before: datetime, intervals: int, regular: int
                        ) -> tuple[list[tuple], dict[int, tuple]]:
    """Every member's purchases before ``before``, counted and summed: where a period's
    lifetimes start from (the period's own purchases are added to them as it is read).
    Plain rows (member, purchases, first µs, last µs, net, overdue after µs), the instants
    as µs since 1970: a member who ever bought is a row, so no object or parsed time is
    made for each.  "Overdue after": last + ⌊intervals × (last − first) / (purchases − 1)⌋
    for a member with ``regular`` purchases or more, else None.

    The whole months before ``before``'s own (UTC) month come from the kept aggregates
    (``lives_before_month``); the rest of the way, at most a month, from the sales:
    returned apart, as (member, purchases, first µs, last µs, net) by member, to be added
    to the rows."""
    until = to_db(before)
    lives = lives_before_month(db, until[:7], intervals, regular)
    rest = {r[0]: r for r in db.execute(
        f"SELECT member_id, n, {_US_OF.format('first')}, {_US_OF.format('last')}, net FROM ("
        "SELECT l.member_id AS member_id, COUNT(*) AS n, MIN(s.at) AS first, "
        "MAX(s.at) AS last, SUM(s.net_minor) AS net FROM sales s "
        "CROSS JOIN loyalty_sales l ON l.sale_no = s.sale_no "
        "WHERE s.kind = 'sale' AND s.at >= ? AND s.at < ? GROUP BY l.member_id)",
        [until[:7], until])}
    return lives, rest


# "overdue after" of a (member, n, first, last, net) row, for a member with ?1 purchases or
# more (?2: the intervals)
_OVERDUE = "CASE WHEN n >= ?1 THEN last + ?2 * (last - first) / (n - 1) END"


def lives_before_month(db: Database, month: str, intervals: int, regular: int,
                       by_lives: bool | None = None) -> list[tuple]:
    """``member_lives_before``'s rows for the whole months before ``month`` ('YYYY-MM').

    A recent month: each member's whole life (``report_member_lives``) as kept, less
    the months from ``month`` on of the few who bought since (their last purchase before
    it is their latest earlier month's), read by month.  A month long ago, when the
    months since outnumber half the members who ever bought: the members' months before
    it summed (subtracting that many would cost more).  ``by_lives`` forces one or the
    other (tests: both give the same rows)."""
    since = (datetime(int(month[:4]), int(month[5:7]), 1, tzinfo=timezone.utc) - _EPOCH) // _US
    if by_lives is None:
        by_lives = db.execute(
            "SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM report_member_months WHERE month >= ?1 "
            "LIMIT (SELECT COUNT(*) FROM report_member_lives) / 2)) "
            "< (SELECT COUNT(*) FROM report_member_lives) / 2", [month]).fetchone()[0]
    if not by_lives:
        return db.execute(
            f"SELECT member_id, n, first, last, net, {_OVERDUE} FROM ("
            "SELECT member_id, SUM(purchases) AS n, MIN(first_us) AS first, MAX(last_us) AS last, "
            "SUM(net_minor) AS net FROM report_member_months WHERE month < ?3 GROUP BY member_id)",
            [regular, intervals, month]).fetchall()
    # a member whose last purchase is before the month has no month from it on: kept as is
    # (the planner is told the index by month: by the key it would read every month)
    return db.execute(
        "SELECT member_id, purchases, first_us, last_us, net_minor, CASE WHEN purchases >= ?1 "
        "THEN last_us + ?2 * (last_us - first_us) / (purchases - 1) END "
        "FROM report_member_lives WHERE last_us < ?4 UNION ALL "
        f"SELECT member_id, n, first, last, net, {_OVERDUE} FROM ("
        "SELECT a.member_id AS member_id, v.purchases - a.n AS n, v.first_us AS first, "
        "a.last AS last, v.net_minor - a.net AS net FROM ("
        "SELECT member_id, SUM(purchases) AS n, SUM(net_minor) AS net, (SELECT m.last_us "
        "FROM report_member_months m WHERE m.member_id = r.member_id AND m.month < ?3 "
        "ORDER BY m.month DESC LIMIT 1) AS last "
        "FROM report_member_months r INDEXED BY report_member_months_month "
        "WHERE month >= ?3 GROUP BY member_id) a "
        "JOIN report_member_lives v ON v.member_id = a.member_id WHERE v.first_us < ?4)",
        [regular, intervals, month, since]).fetchall()


def points_before(db: Database, moment: datetime) -> int:
    """The points of every ledger entry dated before ``moment``: the months before its own
    (UTC) month as kept (``report_ledger_months``), then the entries of that month."""
    until = to_db(moment)
    return db.execute(
        "SELECT (SELECT COALESCE(SUM(points), 0) FROM report_ledger_months WHERE month < ?1) "
        "+ (SELECT COALESCE(SUM(points), 0) FROM ledger WHERE at >= ?1 AND at < ?2)",
        [until[:7], until]).fetchone()[0]


def purchasers_until(db: Database, until: datetime) -> frozenset[int]:
    """Members with a purchase at or before ``until``."""
    return frozenset(r[0] for r in db.execute(
        "SELECT DISTINCT l.member_id FROM sales s CROSS JOIN loyalty_sales l "
        "ON l.sale_no = s.sale_no WHERE s.kind = 'sale' AND s.at <= ?", [to_db(until)]))


def enrolment_times(db: Database, start: datetime, end: datetime) -> tuple[datetime, ...]:
    """When each member whose first card became theirs in [start, end) enrolled, oldest
    first: one read for every month of a period.

    A replacement card is not an enrolment: only the member's earliest card
    counts.  A bearer card counts from its activation, not from its printing.
    """
    # the cards that became theirs in the span, each kept if no card of the same member
    # came before it (the earlier row of two at the same instant): a look at the few
    # cards of each, not every member's earliest card grouped
    return tuple(from_db(r[0]) for r in db.execute(
        f"SELECT {_SINCE.format('c')} AS first FROM cards c WHERE c.member_id IS NOT NULL "
        f"AND {_SINCE.format('c')} >= ?1 AND {_SINCE.format('c')} < ?2 AND NOT EXISTS ("
        f"SELECT 1 FROM cards d WHERE d.member_id = c.member_id AND ({_SINCE.format('d')} < "
        f"{_SINCE.format('c')} OR ({_SINCE.format('d')} = {_SINCE.format('c')} "
        "AND d.rowid < c.rowid))) ORDER BY first", [to_db(start), to_db(end)]))


# when a card became its member's: a bearer card from its activation, else its printing
_SINCE = "COALESCE({0}.activated_at, {0}.issued_at)"


def coupon_issue_times(db: Database, start: datetime, end: datetime) -> tuple[datetime, ...]:
    """When each coupon created in [start, end) was issued, oldest first: printed batches
    and next-visit coupons alike."""
    return tuple(from_db(r[0]) for r in db.execute(
        "SELECT issued_at FROM coupons WHERE issued_at >= ? AND issued_at < ? "
        "ORDER BY issued_at", [to_db(start), to_db(end)]))


def points_by_day(db: Database, days: Sequence[tuple[date, datetime, datetime]]
                  ) -> tuple[tuple[date, str, int], ...]:
    """(day, kind, points) of the ledger entries written in each day's [start, end), summed
    by SQL: a month's days in one statement, no row per entry."""
    if not days:
        return ()
    by_ordinal = {d.toordinal(): d for d, _, _ in days}
    marks = ",".join("(?, ?, ?)" for _ in days)
    return tuple((by_ordinal[r[0]], _once(r[1]), r[2]) for r in db.execute(
        f"WITH days (day, lo, hi) AS (VALUES {marks}) SELECT d.day, l.kind, SUM(l.points) "
        "FROM days d JOIN ledger l ON l.at >= d.lo AND l.at < d.hi "
        "GROUP BY d.day, l.kind ORDER BY d.day, l.kind",
        [x for d, lo, hi in days for x in (d.toordinal(), to_db(lo), to_db(hi))]))


def member_labels(db: Database, member_ids: tuple[int, ...]) -> dict[int, MemberLabel]:
    """Names and the newest unblocked card of the given members."""
    labels: dict[int, MemberLabel] = {}
    for i in range(0, len(member_ids), 500):
        chunk = member_ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.execute(
                "SELECT m.member_id, m.name, (SELECT c.number FROM cards c WHERE "
                "c.member_id = m.member_id AND c.status != 'blocked' ORDER BY c.issued_at DESC "
                f"LIMIT 1) FROM members m WHERE m.member_id IN ({marks})", list(chunk)):
            labels[r[0]] = MemberLabel(r[0], r[1], r[2])
    return labels


@dataclass(frozen=True, slots=True)
class TierCounts:
    """What a span's tier figures are made of (tier ids; None: no tier):
    ``held`` the members by the tier they hold at the end (their latest change before it),
    ``held_purchasers`` how many of them bought before the end, ``moves`` (tier, tier held
    before, changes) of the changes in the span and ``discounts`` the member receipts'
    discounts by the tier held just before each."""

    held: tuple[tuple[str | None, int], ...]
    held_purchasers: int
    moves: tuple[tuple[str | None, str | None, int], ...]
    discounts: tuple[tuple[str | None, int], ...]


# changes are ordered by time, then id: a recalculation is written after the sales of the
# day its window closed on, dated before them


def tiers_held_at(db: Database, at: datetime) -> dict[int, str | None]:
    """The tier each member who ever changed tier holds at ``at``: their latest change
    before it, i.e. the span across it (``report_tier_spans``, from its index alone)."""
    return {r[0]: _once(r[1]) for r in db.execute(
        "SELECT member_id, tier_id FROM report_tier_spans WHERE until_at >= ?1 AND at < ?1",
        [to_db(at)])}


def tier_changes_between(db: Database, start: datetime, end: datetime
                         ) -> list[tuple[int, str | None]]:
    """(member, tier) of the changes made in [start, end), in order."""
    return [(r[0], _once(r[1])) for r in db.execute(
        "SELECT member_id, tier_id FROM tier_changes WHERE at >= ? AND at < ? "
        "ORDER BY at, change_id", [to_db(start), to_db(end)])]


def tier_discounts(db: Database, start: datetime, end: datetime
                   ) -> tuple[tuple[str | None, int], ...]:
    """The discounts of member receipts made in [start, end) by the tier held just before
    each (None: no tier yet)."""
    return tuple((_once(t), n) for t, n in db.execute(
        "SELECT tier_id, SUM(discount) FROM (SELECT (SELECT c.tier_id FROM tier_changes c "
        "WHERE c.member_id = l.member_id AND c.at < s.at ORDER BY c.at DESC, c.change_id DESC "
        "LIMIT 1) AS tier_id, s.discount_minor AS discount FROM sales s "
        "CROSS JOIN loyalty_sales l ON l.sale_no = s.sale_no "
        "WHERE s.at >= ? AND s.at < ? AND s.discount_minor != 0) GROUP BY tier_id "
        "ORDER BY tier_id", [to_db(start), to_db(end)]))


# each aggregate as kept and as recomputed from its rows, both in key order: compared as
# two streams, each read once (an EXCEPT each way would recompute the rows twice)
_MEMBER_MONTHS = (
    "SELECT l.member_id, substr(s.at, 1, 7), COUNT(*), SUM(s.net_minor), "
    f"{_US_OF.format('MIN(s.at)')}, {_US_OF.format('MAX(s.at)')} FROM sales s "
    "CROSS JOIN loyalty_sales l ON l.sale_no = s.sale_no WHERE s.kind = 'sale' "
    "GROUP BY l.member_id, substr(s.at, 1, 7) ORDER BY 1, 2")
_KEPT_MONTHS = ("SELECT member_id, month, purchases, net_minor, first_us, last_us "
                "FROM report_member_months ORDER BY 1, 2")
_MEMBER_LIVES = (
    "SELECT l.member_id, COUNT(*), SUM(s.net_minor), "
    f"{_US_OF.format('MIN(s.at)')}, {_US_OF.format('MAX(s.at)')} FROM sales s "
    "CROSS JOIN loyalty_sales l ON l.sale_no = s.sale_no WHERE s.kind = 'sale' "
    "GROUP BY l.member_id ORDER BY 1")
_KEPT_LIVES = ("SELECT member_id, purchases, net_minor, first_us, last_us "
               "FROM report_member_lives ORDER BY 1")
_TIER_SPANS = ("SELECT change_id, member_id, tier_id, at, COALESCE(LEAD(at) OVER (PARTITION BY "
               "member_id ORDER BY at, change_id), '9999') FROM tier_changes ORDER BY 1")
_KEPT_SPANS = ("SELECT change_id, member_id, tier_id, at, until_at FROM report_tier_spans "
               "ORDER BY 1")
_LEDGER_MONTHS = ("SELECT substr(at, 1, 7), SUM(points) FROM ledger GROUP BY substr(at, 1, 7) "
                  "ORDER BY 1")
_KEPT_LEDGER = "SELECT month, points FROM report_ledger_months ORDER BY 1"


def _differing(db: Database, kept: str, fresh: str, key: int) -> Iterator[tuple]:
    """The rows (as kept, else as recomputed) whose first ``key`` columns are missing from
    either side or whose values differ."""
    end = object()
    a, b = db.execute(kept), db.conn.execute(fresh)
    x, y = next(a, end), next(b, end)
    while x is not end or y is not end:
        if y is end or (x is not end and x[:key] < y[:key]):
            yield x
            x = next(a, end)
        elif x is end or y[:key] < x[:key]:
            yield y
            y = next(b, end)
        else:
            if tuple(x) != tuple(y):
                yield x
            x, y = next(a, end), next(b, end)


def aggregate_mismatches(db: Database) -> list[str]:
    """The report's kept aggregates (kept by triggers) against the sales, tier changes and
    ledger entries they are made of: one sentence per member month, member's lifetime,
    tier change or month of points that differs."""
    problems = [f"the report's monthly purchases of member {r[0]} in {r[1]} differ from the "
                f"sales" for r in _differing(db, _KEPT_MONTHS, _MEMBER_MONTHS, 2)]
    problems += [f"the report's lifetime purchases of member {r[0]} differ from the sales"
                 for r in _differing(db, _KEPT_LIVES, _MEMBER_LIVES, 1)]
    problems += [f"the report's tier span of tier change {r[0]} (member {r[1]}) differs from "
                 f"the tier changes" for r in _differing(db, _KEPT_SPANS, _TIER_SPANS, 1)]
    problems += [f"the report's points of {r[0]} differ from the ledger's"
                 for r in _differing(db, _KEPT_LEDGER, _LEDGER_MONTHS, 1)]
    return problems
