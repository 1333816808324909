"""SQL of the rule engine's memory: coupons and their uses, stamp progress, tier history."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlite_utils import Database

from loyalty.model.models import MemberTotals
from loyalty.model.program import Coupon, CouponBatch, CouponUse, Scope
from pos.clock import from_db, to_db
from pos.sale import SaleKind


# -- member totals --------------------------------------------------------------

_TOTALS_SQL = ("SELECT l.member_id, SUM(s.net_minor), SUM(s.kind = 'sale'), "
               "MAX(CASE WHEN s.kind = 'sale' THEN s.at END) FROM loyalty_sales l "
               "JOIN sales s ON s.sale_no = l.sale_no")


def add_to_member_totals(db: Database, member_id: int, net_minor: int,
                         purchase_at: datetime | None) -> None:
    """A sale (``purchase_at`` set) or a return (None) of the member, inside its transaction."""
    at = to_db(purchase_at) if purchase_at else None
    db.execute(
        "INSERT INTO member_totals (member_id, spend_minor, purchases, last_purchase_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET "
        "spend_minor = spend_minor + excluded.spend_minor, "
        "purchases = purchases + excluded.purchases, "
        "last_purchase_at = MAX(COALESCE(last_purchase_at, ''), "
        "COALESCE(excluded.last_purchase_at, ''))",
        [member_id, net_minor, 1 if at else 0, at])


def member_totals(db: Database, member_id: int) -> MemberTotals:
    row = db.execute("SELECT spend_minor, purchases, NULLIF(last_purchase_at, '') "
                     "FROM member_totals WHERE member_id = ?", [member_id]).fetchone()
    if row is None:
        return MemberTotals()
    return MemberTotals(row[0], row[1], from_db(row[2]) if row[2] else None)


RecentSale = tuple[str, str, int]  # (at as stored, kind, net_minor)


def recent_sales(db: Database, member_id: int, start: datetime) -> list[RecentSale]:
    """The member's sales and returns newest first, read up to the first one a day before
    ``start`` (sale numbers follow time, give or take two tills' clocks): a regular's ten
    years of sales are not read at every scan for this month's figures.  What is read
    serves every count from ``start`` or later (``purchases_since``, ``tier_metrics``), as
    each stops at its own day before."""
    stop = to_db(start - timedelta(days=1))
    rows = []
    for row in db.execute(
            "SELECT s.at, s.kind, s.net_minor FROM loyalty_sales l JOIN sales s "
            "ON s.sale_no = l.sale_no WHERE l.member_id = ? ORDER BY l.sale_no DESC",
            [member_id]):
        if row[0] < stop:
            break
        rows.append(row)
    return rows


def purchases_since(db: Database, member_id: int, start: datetime,
                    recent: list[RecentSale] | None = None) -> int:
    """The member's sales at or after ``start``, from ``recent`` when already read (by
    ``recent_sales`` from ``start`` or earlier)."""
    stop, lo = to_db(start - timedelta(days=1)), to_db(start)
    count = 0
    for at, kind, _ in recent_sales(db, member_id, start) if recent is None else recent:
        if at < stop:
            break
        count += kind == SaleKind.SALE and at >= lo
    return count


def member_totals_mismatches(db: Database) -> list[str]:
    kept = {r[0]: (r[1], r[2], r[3] or None) for r in db.execute(
        "SELECT member_id, spend_minor, purchases, NULLIF(last_purchase_at, '') "
        "FROM member_totals")}
    fresh = {r[0]: (r[1], r[2], r[3]) for r in db.execute(f"{_TOTALS_SQL} GROUP BY l.member_id")}
    return [f"member {m}: kept totals {kept.get(m)} differ from the sales {fresh.get(m)}"
            for m in sorted(set(kept) | set(fresh)) if kept.get(m) != fresh.get(m)]


# -- coupons ----------------------------------------------------------------

def _coupon(r: tuple) -> Coupon:
    return Coupon(code=r[0], amount_minor=r[1], rate_bp=r[2], min_receipt_minor=r[3],
                  valid_until=date.fromisoformat(r[4]) if r[4] else None, max_uses=r[5],
                  times_used=r[6], combinable=bool(r[7]), void=bool(r[8]))


def _fully_returned(sale: str) -> str:
    """SQL true when every unit of the sale ``sale`` (an SQL expression) came back."""
    return (f"(EXISTS (SELECT 1 FROM sales r WHERE r.original_sale_no = {sale}) AND NOT EXISTS "
            f"(SELECT 1 FROM sale_lines l WHERE l.sale_no = {sale} AND l.qty + COALESCE("
            f"(SELECT SUM(rl.qty) FROM sales r JOIN sale_lines rl ON rl.sale_no = r.sale_no "
            f"WHERE r.original_sale_no = {sale} AND rl.original_line_no = l.line_no), 0) > 0))")


def _returned_below_issue(sale: str) -> str:
    """SQL true when returns took the sale ``sale`` below the net at which the program it was
    sold under issues a next-visit coupon (the threshold read from that program version)."""
    return (f"(EXISTS (SELECT 1 FROM sales r WHERE r.original_sale_no = {sale}) AND "
            f"(SELECT s.net_minor + COALESCE((SELECT SUM(r.net_minor) FROM sales r "
            f"WHERE r.original_sale_no = s.sale_no), 0) FROM sales s WHERE s.sale_no = {sale}) "
            f"< (SELECT json_extract(p.program_json, '$.coupons.issue.min_net_minor') "
            f"FROM loyalty_sales l JOIN programs p ON p.version = l.program_version "
            f"WHERE l.sale_no = {sale}))")


# A receipt returned in full gives back the coupons it used (their discount was refunded
# with the rest: the customer had nothing of it); a receipt returned below the net that
# earned its next-visit coupon voids that coupon (else a bought-and-returned receipt would
# earn a coupon for free).
_COUPON_COLUMNS = ("c.code, c.amount_minor, c.rate_bp, c.min_receipt_minor, c.valid_until, "
                   "c.max_uses, (SELECT COUNT(*) FROM coupon_uses u WHERE u.code = c.code AND "
                   f"NOT {_fully_returned('u.sale_no')}), c.combinable, "
                   f"c.issued_sale_no IS NOT NULL AND ({_fully_returned('c.issued_sale_no')} OR "
                   f"{_returned_below_issue('c.issued_sale_no')})")
_COUPON_SELECT = f"SELECT {_COUPON_COLUMNS} FROM coupons c"


def insert_coupons(db: Database, coupons: tuple[Coupon, ...], at: datetime, batch: str,
                   sale_no: int | None = None) -> None:
    db.conn.executemany(
        "INSERT INTO coupons (code, amount_minor, rate_bp, min_receipt_minor, valid_until, "
        "max_uses, issued_at, issued_sale_no, batch, combinable) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(c.code, c.amount_minor, c.rate_bp, c.min_receipt_minor,
          c.valid_until.isoformat() if c.valid_until else None, c.max_uses, to_db(at), sale_no,
          batch, int(c.combinable)) for c in coupons])


def coupon_by_code(db: Database, code: str) -> Coupon | None:
    row = db.execute(f"{_COUPON_SELECT} WHERE c.code = ?", [code]).fetchone()
    return _coupon(row) if row else None


def coupons_page(db: Database, batch: str | None, limit: int, offset: int) -> tuple[Coupon, ...]:
    where, args = ("WHERE c.batch = ?", [batch]) if batch else ("", [])
    # the page's rows first, then their uses and returns: reading those for every coupon
    # of a batch before sorting took 0.8 s for a page of 125,000 next-visit coupons
    order = "ORDER BY c.issued_at DESC, c.code"
    return tuple(_coupon(r) for r in db.execute(
        f"SELECT {_COUPON_COLUMNS} FROM (SELECT * FROM coupons c {where} {order} "
        f"LIMIT ? OFFSET ?) c {order}", [*args, limit, offset]))


def coupon_batches(db: Database) -> tuple[CouponBatch, ...]:
    """Every batch, newest first."""
    return tuple(CouponBatch(r[0], r[1], from_db(r[2])) for r in db.execute(
        "SELECT batch, COUNT(*), MIN(issued_at) FROM coupons GROUP BY batch "
        "ORDER BY MIN(issued_at) DESC"))


def insert_coupon_uses(db: Database, sale_no: int, uses: list[tuple[str, int]]) -> None:
    db.conn.executemany("INSERT INTO coupon_uses (sale_no, code, discount_minor) VALUES (?,?,?)",
                        [(sale_no, code, amount) for code, amount in uses])


def coupon_uses(db: Database, code: str) -> tuple[CouponUse, ...]:
    """Each use of a coupon, in sale order."""
    return tuple(CouponUse(r[0], from_db(r[1]), r[2]) for r in db.execute(
        "SELECT u.sale_no, s.at, u.discount_minor FROM coupon_uses u JOIN sales s "
        "ON s.sale_no = u.sale_no WHERE u.code = ? ORDER BY u.sale_no", [code]))


def coupon_issued_on_sale(db: Database, sale_no: int) -> Coupon | None:
    row = db.execute(f"{_COUPON_SELECT} WHERE c.issued_sale_no = ?", [sale_no]).fetchone()
    return _coupon(row) if row else None


# -- stamps and tiers -----------------------------------------------------------

def insert_stamp_events(db: Database, sale_no: int, member_id: int,
                        deltas: list[tuple[str, int]]) -> None:
    db.conn.executemany("INSERT INTO stamp_events (sale_no, member_id, stamp_card_id, delta) "
                        "VALUES (?,?,?,?)", [(sale_no, member_id, c, d) for c, d in deltas if d])


def stamp_progress(db: Database, member_id: int) -> dict[str, int]:
    return {r[0]: r[1] for r in db.execute(
        "SELECT stamp_card_id, SUM(delta) FROM stamp_events WHERE member_id = ? "
        "GROUP BY stamp_card_id", [member_id])}


def insert_tier_change(db: Database, member_id: int, tier_id: str | None, at: datetime,
                       reason: str, sale_no: int | None = None) -> None:
    db.execute("INSERT INTO tier_changes (member_id, tier_id, at, reason, sale_no) "
               "VALUES (?,?,?,?,?)", [member_id, tier_id, to_db(at), reason, sale_no])


def current_tier(db: Database, member_id: int) -> str | None:
    row = db.execute("SELECT tier_id FROM tier_changes WHERE member_id = ? "
                     "ORDER BY change_id DESC LIMIT 1", [member_id]).fetchone()
    return row[0] if row else None


def current_tiers(db: Database) -> dict[int, str | None]:
    """Every member's tier from their latest change (members never changed are absent)."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT member_id, tier_id FROM tier_changes WHERE change_id IN "
        "(SELECT MAX(change_id) FROM tier_changes GROUP BY member_id)")}


def last_tier_run(db: Database) -> date | None:
    row = db.execute("SELECT MAX(run_on) FROM tier_runs").fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


def record_tier_run(db: Database, day: date, at: datetime) -> None:
    db.execute("INSERT OR REPLACE INTO tier_runs (run_on, at) VALUES (?, ?)",
               [day.isoformat(), to_db(at)])


def tier_metrics(db: Database, metric: str, scope: Scope, start: datetime | None,
                 end: datetime, member_id: int | None = None,
                 recent: list[RecentSale] | None = None) -> dict[int, int]:
    """member_id -> spend (net incl. returns), visits (sales) or units in scope, in [start, end).
    ``recent``: the member's sales as ``recent_sales`` read them from ``start`` or earlier."""
    if member_id is not None and start is not None and metric in ("spend", "visits"):
        return {member_id: _member_window(db, metric, member_id, start, end, recent)}
    clauses = ["s.at < ?"]
    args: list[object] = [to_db(end)]
    if start is not None:
        clauses.append("s.at >= ?")
        args.append(to_db(start))
    if member_id is not None:
        clauses.append("l.member_id = ?")
        args.append(member_id)
    where = " AND ".join(clauses)
    base = "FROM loyalty_sales l JOIN sales s ON s.sale_no = l.sale_no"
    if metric == "spend":
        sql = f"SELECT l.member_id, SUM(s.net_minor) {base} WHERE {where} GROUP BY l.member_id"
    elif metric == "visits":
        sql = (f"SELECT l.member_id, SUM(s.kind = 'sale') {base} WHERE {where} "
               "GROUP BY l.member_id")
    else:
        marks_c = ",".join("?" * len(scope.categories)) or "NULL"
        marks_p = ",".join("?" * len(scope.product_ids)) or "NULL"
        sql = (f"SELECT l.member_id, SUM(x.qty) {base} JOIN sale_lines x ON x.sale_no = s.sale_no "
               f"WHERE {where} AND (x.category IN ({marks_c}) OR x.product_id IN ({marks_p})) "
               "GROUP BY l.member_id")
        args += [*scope.categories, *scope.product_ids]
    return {r[0]: r[1] or 0 for r in db.execute(sql, args)}


def _member_window(db: Database, metric: str, member_id: int, start: datetime,
                   end: datetime, recent: list[RecentSale] | None) -> int:
    """One member's spend or visits in [start, end), from their sales newest first, stopped
    a day before ``start`` as ``purchases_since`` is."""
    stop, lo, hi = to_db(start - timedelta(days=1)), to_db(start), to_db(end)
    total = 0
    for at, kind, net in recent_sales(db, member_id, start) if recent is None else recent:
        if at < stop:
            break
        if lo <= at < hi:
            total += net if metric == "spend" else kind == SaleKind.SALE
    return total


def members_with_tier_or_sales(db: Database) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT member_id FROM tier_changes UNION SELECT member_id FROM loyalty_sales")]
