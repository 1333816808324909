"""SQL of the till core: migrations, settings, staff, products and the audit log."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from pos.catalogue import Product
from pos.clock import from_db, to_db
from pos.settings.model import ShopSettings, settings_from_pairs, settings_to_pairs
from pos.staff.model import Staff

migrations = Migrations("pos")


@migrations()
def m001_core(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE staff (
            staff_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('cashier', 'owner', 'bookkeeper')),
            pin_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE products (
            product_id INTEGER PRIMARY KEY,
            barcode TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            price_minor INTEGER NOT NULL CHECK (price_minor > 0),
            category TEXT NOT NULL DEFAULT '',
            no_discount INTEGER NOT NULL DEFAULT 0,
            no_points INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX products_name ON products (name COLLATE NOCASE);
        CREATE TABLE sales (
            sale_no INTEGER PRIMARY KEY AUTOINCREMENT,
            basket_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('sale', 'return')),
            original_sale_no INTEGER REFERENCES sales (sale_no),
            at TEXT NOT NULL,
            staff_id INTEGER REFERENCES staff (staff_id),
            customer_ref TEXT,
            gross_minor INTEGER NOT NULL,
            discount_minor INTEGER NOT NULL,
            net_minor INTEGER NOT NULL,
            paid_money_minor INTEGER NOT NULL,
            CHECK ((kind = 'sale') = (original_sale_no IS NULL))
        );
        CREATE INDEX sales_at ON sales (at);
        CREATE INDEX sales_original ON sales (original_sale_no) WHERE original_sale_no IS NOT NULL;
        CREATE TABLE sale_lines (
            sale_no INTEGER NOT NULL REFERENCES sales (sale_no),
            line_no INTEGER NOT NULL,
            product_id INTEGER REFERENCES products (product_id),
            barcode TEXT,
            name TEXT NOT NULL,
            category TEXT NOT NULL,
            qty INTEGER NOT NULL,
            unit_price_minor INTEGER NOT NULL,
            gross_minor INTEGER NOT NULL,
            discount_minor INTEGER NOT NULL,
            net_minor INTEGER NOT NULL,
            no_discount INTEGER NOT NULL,
            no_points INTEGER NOT NULL,
            original_line_no INTEGER,
            PRIMARY KEY (sale_no, line_no)
        );
        CREATE TABLE sale_discounts (
            discount_id INTEGER PRIMARY KEY,
            sale_no INTEGER NOT NULL REFERENCES sales (sale_no),
            line_no INTEGER,
            mechanism TEXT NOT NULL,
            explanation_key TEXT NOT NULL,
            explanation_params TEXT NOT NULL,
            amount_minor INTEGER NOT NULL
        );
        CREATE INDEX sale_discounts_sale ON sale_discounts (sale_no);
        CREATE TABLE payments (
            payment_id INTEGER PRIMARY KEY,
            sale_no INTEGER NOT NULL REFERENCES sales (sale_no),
            tender TEXT NOT NULL CHECK (tender IN ('cash', 'card', 'points', 'coupon', 'withheld')),
            amount_minor INTEGER NOT NULL,
            tendered_minor INTEGER NOT NULL DEFAULT 0,
            change_minor INTEGER NOT NULL DEFAULT 0,
            points INTEGER NOT NULL DEFAULT 0,
            reference TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX payments_sale ON payments (sale_no);
        CREATE TABLE parked_baskets (
            basket_id TEXT PRIMARY KEY,
            at TEXT NOT NULL,
            staff_id INTEGER REFERENCES staff (staff_id),
            label TEXT NOT NULL,
            basket_json TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            audit_id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            staff_id INTEGER REFERENCES staff (staff_id),
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        CREATE INDEX audit_log_at ON audit_log (at);
        """
    )


# -- settings ---------------------------------------------------------------

def load_settings(db: Database) -> ShopSettings:
    return settings_from_pairs({k: v for k, v in db.execute("SELECT key, value FROM settings")})


def save_settings(db: Database, settings: ShopSettings) -> None:
    db.conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        list(settings_to_pairs(settings).items()),
    )


def created_at(db: Database) -> datetime | None:
    """When the shop's file was made: its first migration's real time (sqlite-utils records
    it; the till's own clock may be a simulated one)."""
    try:
        row = db.execute("SELECT MIN(applied_at) FROM _sqlite_migrations").fetchone()
    except sqlite3.OperationalError:  # a file made before migrations were recorded
        return None
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def has_settings(db: Database) -> bool:
    return db.execute("SELECT 1 FROM settings LIMIT 1").fetchone() is not None


# -- staff ------------------------------------------------------------------

_STAFF_COLS = "staff_id, name, role, pin_hash, active"


def _staff(row: tuple) -> Staff:
    return Staff(row[0], row[1], row[2], row[3], bool(row[4]))


def insert_staff(db: Database, name: str, role: str, pin_hash: str, at: datetime) -> Staff:
    cur = db.execute(
        "INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)",
        [name, role, pin_hash, to_db(at)],
    )
    return Staff(cur.lastrowid, name, role, pin_hash, True)


def update_staff(db: Database, staff: Staff) -> None:
    db.execute("UPDATE staff SET name = ?, role = ?, pin_hash = ?, active = ? WHERE staff_id = ?",
               [staff.name, staff.role, staff.pin_hash, int(staff.active), staff.staff_id])


def all_staff(db: Database) -> tuple[Staff, ...]:
    return tuple(_staff(r) for r in db.execute(f"SELECT {_STAFF_COLS} FROM staff ORDER BY staff_id"))


def staff_by_id(db: Database, staff_id: int) -> Staff | None:
    row = db.execute(f"SELECT {_STAFF_COLS} FROM staff WHERE staff_id = ?", [staff_id]).fetchone()
    return _staff(row) if row else None


# -- products ---------------------------------------------------------------

_PRODUCT_COLS = "product_id, barcode, name, price_minor, category, no_discount, no_points, active"


def _product(row: tuple) -> Product:
    return Product(row[0], row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]), bool(row[7]))


def upsert_products(db: Database, products: tuple[Product, ...]) -> int:
    """Insert or update by barcode; returns how many rows were written."""
    db.conn.executemany(
        "INSERT INTO products (barcode, name, price_minor, category, no_discount, no_points, active) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (barcode) DO UPDATE SET name = excluded.name, "
        "price_minor = excluded.price_minor, category = excluded.category, "
        "no_discount = excluded.no_discount, no_points = excluded.no_points, active = excluded.active",
        [(p.barcode, p.name, p.price_minor, p.category, int(p.no_discount), int(p.no_points),
          int(p.active)) for p in products],
    )
    return len(products)


def product_by_barcode(db: Database, barcode: str) -> Product | None:
    row = db.execute(f"SELECT {_PRODUCT_COLS} FROM products WHERE barcode = ? AND active = 1",
                     [barcode]).fetchone()
    return _product(row) if row else None


def search_products(db: Database, text: str, limit: int = 30) -> tuple[Product, ...]:
    like = f"%{text.strip()}%"
    rows = db.execute(
        f"SELECT {_PRODUCT_COLS} FROM products WHERE active = 1 AND "
        "(name LIKE ? OR barcode LIKE ?) ORDER BY name COLLATE NOCASE LIMIT ?",
        [like, like, limit])
    return tuple(_product(r) for r in rows)


def all_products(db: Database) -> tuple[Product, ...]:
    return tuple(_product(r) for r in db.execute(
        f"SELECT {_PRODUCT_COLS} FROM products WHERE active = 1 ORDER BY product_id"))


# -- audit log --------------------------------------------------------------

def append_audit(db: Database, at: datetime, staff_id: int | None, action: str,
                 subject: str, detail: dict[str, object]) -> None:
    db.execute("INSERT INTO audit_log (at, staff_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
               [to_db(at), staff_id, action, subject, json.dumps(detail, ensure_ascii=False)])


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One audit row; ``staff_name`` is empty when nobody (the system) did it."""

    audit_id: int
    at: datetime
    staff_id: int | None
    staff_name: str
    action: str
    subject: str
    detail: dict[str, object]


def audit_entries(db: Database, staff_id: int | None = None, action: str | None = None,
                  start: datetime | None = None, end: datetime | None = None,
                  limit: int = 1000) -> tuple[AuditEntry, ...]:
    """Newest first, filtered by who, what and the instants [start, end)."""
    where, params = ["1 = 1"], []
    for clause, value in (("a.staff_id = ?", staff_id), ("a.action = ?", action),
                          ("a.at >= ?", start and to_db(start)), ("a.at < ?", end and to_db(end))):
        if value is not None:
            where.append(clause)
            params.append(value)
    rows = db.execute(
        "SELECT a.audit_id, a.at, a.staff_id, COALESCE(s.name, ''), a.action, a.subject, a.detail "
        "FROM audit_log a LEFT JOIN staff s ON s.staff_id = a.staff_id "
        f"WHERE {' AND '.join(where)} ORDER BY a.at DESC, a.audit_id DESC LIMIT ?",
        [*params, limit])
    return tuple(AuditEntry(r[0], from_db(r[1]), r[2], r[3], r[4], r[5], json.loads(r[6]))
                 for r in rows)


def audit_actions(db: Database) -> tuple[str, ...]:
    """Every action the log holds, for a filter list."""
    return tuple(r[0] for r in db.execute("SELECT DISTINCT action FROM audit_log ORDER BY action"))

