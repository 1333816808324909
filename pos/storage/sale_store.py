"""SQL of sales and returns: writing a committed sale, reading it back, parked baskets."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

from sqlite_utils import Database

from pos.clock import from_db, to_db
from pos.basket import ParkedRecord
from pos.sale import (
    MONEY_TENDERS, Discount, Explanation, Payment, Sale, SaleHeader, SaleKind, SaleLine, Tender)


def insert_sale(db: Database, sale: Sale) -> int:
    """Write the sale row, lines, discounts and payments; returns the new sale number."""
    cur = db.execute(
        "INSERT INTO sales (basket_id, kind, original_sale_no, at, staff_id, customer_ref, "
        "gross_minor, discount_minor, net_minor, paid_money_minor) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [sale.basket_id, sale.kind, sale.original_sale_no, to_db(sale.at), sale.staff_id,
         sale.customer_ref, sale.gross_minor, sale.discount_minor, sale.net_minor,
         sale.paid_money_minor])
    sale_no = cur.lastrowid
    db.conn.executemany(
        "INSERT INTO sale_lines (sale_no, line_no, product_id, barcode, name, category, qty, "
        "unit_price_minor, gross_minor, discount_minor, net_minor, no_discount, no_points, "
        "original_line_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(sale_no, l.line_no, l.product_id, l.barcode, l.name, l.category, l.qty,
          l.unit_price_minor, l.gross_minor, l.discount_minor, l.net_minor, int(l.no_discount),
          int(l.no_points), l.original_line_no) for l in sale.lines])
    if sale.discounts:  # most receipts have none: no statement for them
        db.conn.executemany(
            "INSERT INTO sale_discounts (sale_no, line_no, mechanism, explanation_key, "
            "explanation_params, amount_minor) VALUES (?,?,?,?,?,?)",
            [(sale_no, d.line_no, d.mechanism, d.explanation.key,
              json.dumps(d.explanation.params, ensure_ascii=False), d.amount_minor)
             for d in sale.discounts])
    db.conn.executemany(
        "INSERT INTO payments (sale_no, tender, amount_minor, tendered_minor, change_minor, "
        "points, reference) VALUES (?,?,?,?,?,?,?)",
        [(sale_no, p.tender, p.amount_minor, p.tendered_minor, p.change_minor, p.points,
          p.reference) for p in sale.payments])
    return sale_no


def sale_no_for_basket(db: Database, basket_id: str) -> int | None:
    row = db.execute("SELECT sale_no FROM sales WHERE basket_id = ?", [basket_id]).fetchone()
    return row[0] if row else None


def _line(r: tuple) -> SaleLine:
    return SaleLine(line_no=r[0], product_id=r[1], barcode=r[2], name=r[3], category=r[4],
                    qty=r[5], unit_price_minor=r[6], gross_minor=r[7], discount_minor=r[8],
                    net_minor=r[9], no_discount=bool(r[10]), no_points=bool(r[11]),
                    original_line_no=r[12])


def load_sale(db: Database, sale_no: int) -> Sale | None:
    head = db.execute(
        "SELECT sale_no, basket_id, kind, at, staff_id, customer_ref, original_sale_no "
        "FROM sales WHERE sale_no = ?", [sale_no]).fetchone()
    if head is None:
        return None
    lines = tuple(_line(r) for r in db.execute(
        "SELECT line_no, product_id, barcode, name, category, qty, unit_price_minor, gross_minor, "
        "discount_minor, net_minor, no_discount, no_points, original_line_no FROM sale_lines "
        "WHERE sale_no = ? ORDER BY line_no", [sale_no]))
    discounts = tuple(
        Discount(r[1], r[0], r[4], Explanation(r[2], tuple(tuple(p) for p in json.loads(r[3]))))
        for r in db.execute(
            "SELECT line_no, mechanism, explanation_key, explanation_params, amount_minor "
            "FROM sale_discounts WHERE sale_no = ? ORDER BY discount_id", [sale_no]))
    payments = tuple(Payment(Tender(r[0]), r[1], r[2], r[3], r[4]) for r in db.execute(
        "SELECT tender, amount_minor, tendered_minor, points, reference FROM payments "
        "WHERE sale_no = ? ORDER BY payment_id", [sale_no]))
    return Sale(sale_no=head[0], basket_id=head[1], kind=SaleKind(head[2]), at=from_db(head[3]),
                staff_id=head[4], customer_ref=head[5], lines=lines, discounts=discounts,
                payments=payments, original_sale_no=head[6])


def returns_of(db: Database, sale_no: int) -> tuple[Sale, ...]:
    nos = [r[0] for r in db.execute(
        "SELECT sale_no FROM sales WHERE original_sale_no = ? ORDER BY sale_no", [sale_no])]
    return tuple(s for s in (load_sale(db, n) for n in nos) if s is not None)


def iter_sale_rows(db: Database, start: datetime | None, end: datetime | None
                   ) -> Iterator[SaleHeader]:
    """Sale headers in [start, end), streamed in sale order (an export of a million sales
    never holds them all)."""
    where, args = period_clause(start, end)
    kinds = {k.value: k for k in SaleKind}  # a dict lookup: SaleKind(text) costs ~1 µs a row
    for r in db.execute(
            "SELECT s.sale_no, s.at, s.kind, s.original_sale_no, s.customer_ref, s.gross_minor, "
            "s.discount_minor, s.net_minor, s.paid_money_minor, COALESCE(st.name, '') "
            f"FROM sales s LEFT JOIN staff st ON st.staff_id = s.staff_id {where} "
            "ORDER BY s.sale_no", args):
        yield SaleHeader(r[0], r[1], kinds[r[2]], r[3], r[4], r[5], r[6], r[7], r[8], r[9])


def period_clause(start: datetime | None, end: datetime | None) -> tuple[str, list[str]]:
    """WHERE clause and arguments for sales ``s`` in [start, end); either end may be open."""
    clauses, args = [], []
    if start is not None:
        clauses.append("s.at >= ?")
        args.append(to_db(start))
    if end is not None:
        clauses.append("s.at < ?")
        args.append(to_db(end))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


def last_sale_at(db: Database) -> datetime | None:
    """When the latest sale or return was made; None in a shop that has sold nothing."""
    row = db.execute("SELECT MAX(at) FROM sales").fetchone()
    return from_db(row[0]) if row and row[0] else None


def sales_after(db: Database, at: datetime | None) -> int:
    """Sales and returns made after ``at`` (all of them for None)."""
    if at is None:
        return db.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
    return db.execute("SELECT COUNT(*) FROM sales WHERE at > ?", [to_db(at)]).fetchone()[0]


def sale_totals_mismatches(db: Database) -> list[str]:
    """Sales whose header totals differ from the sum of their lines or payments, the money
    paid (what the exports and the report's revenue read) included."""
    money = ", ".join(f"'{t}'" for t in MONEY_TENDERS)
    rows = db.execute(
        "SELECT s.sale_no FROM sales s LEFT JOIN (SELECT sale_no, SUM(gross_minor) g, "
        "SUM(discount_minor) d, SUM(net_minor) n FROM sale_lines GROUP BY sale_no) l "
        "ON l.sale_no = s.sale_no LEFT JOIN (SELECT sale_no, SUM(amount_minor) p, "
        f"SUM(CASE WHEN tender IN ({money}) THEN amount_minor ELSE 0 END) m FROM payments "
        "GROUP BY sale_no) p ON p.sale_no = s.sale_no WHERE COALESCE(l.g, 0) != s.gross_minor "
        "OR COALESCE(l.d, 0) != s.discount_minor OR COALESCE(l.n, 0) != s.net_minor "
        "OR COALESCE(p.p, 0) != s.net_minor OR COALESCE(p.m, 0) != s.paid_money_minor")
    return [f"sale {r[0]}: totals do not match its lines and payments" for r in rows]


def park(db: Database, basket_id: str, at: datetime, staff_id: int | None, label: str,
         basket_json: str) -> None:
    db.execute("INSERT OR REPLACE INTO parked_baskets (basket_id, at, staff_id, label, basket_json) "
               "VALUES (?,?,?,?,?)", [basket_id, to_db(at), staff_id, label, basket_json])


def parked(db: Database) -> tuple[ParkedRecord, ...]:
    return tuple(ParkedRecord(r[0], from_db(r[1]), r[2], r[3]) for r in db.execute(
        "SELECT basket_id, at, label, basket_json FROM parked_baskets ORDER BY at"))


def scrub_parked(db: Database, texts: tuple[str, ...]) -> None:
    """Remove each text (an erased customer's phone, name) from the parked baskets."""
    for text in texts:
        db.execute("UPDATE parked_baskets SET basket_json = replace(basket_json, ?, ''), "
                   "label = replace(label, ?, '')", [text, text])


def set_parked_json(db: Database, basket_id: str, basket_json: str) -> None:
    db.execute("UPDATE parked_baskets SET basket_json = ? WHERE basket_id = ?",
               [basket_json, basket_id])


def unpark(db: Database, basket_id: str) -> None:
    db.execute("DELETE FROM parked_baskets WHERE basket_id = ?", [basket_id])


def over_returned_lines(db: Database) -> list[str]:
    """Original lines returned more times than they were sold."""
    rows = db.execute(
        "SELECT r.original_sale_no, rl.original_line_no, -SUM(rl.qty), ol.qty FROM sales r "
        "JOIN sale_lines rl ON rl.sale_no = r.sale_no JOIN sale_lines ol ON "
        "ol.sale_no = r.original_sale_no AND ol.line_no = rl.original_line_no "
        "WHERE r.kind = 'return' GROUP BY r.original_sale_no, rl.original_line_no "
        "HAVING -SUM(rl.qty) > ol.qty")
    return [f"sale {r[0]} line {r[1]}: {r[2]} returned of {r[3]} sold" for r in rows]
