"""SQL of the till core: migrations, settings, staff, products and the audit log."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from pos.catalogue.model import Category, Product
from pos.clock import from_db, to_db
from pos.folding import fold
from pos.settings.model import ShopSettings, settings_from_pairs, settings_to_pairs
from pos.staff.audit import AuditAction, Subject
from pos.staff.model import LoginThrottle, Role, Staff


# -- settings ---------------------------------------------------------------

def load_settings(db: Database) -> ShopSettings:
    row = db.execute("SELECT image FROM shop_logo WHERE slot = 1").fetchone()
    return settings_from_pairs({k: v for k, v in db.execute("SELECT key, value FROM settings")},
                               bytes(row[0]) if row else b"")


def save_settings(db: Database, settings: ShopSettings) -> None:
    db.conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        list(settings_to_pairs(settings).items()),
    )
    if settings.logo:
        db.execute("INSERT INTO shop_logo (slot, image) VALUES (1, ?) "
                   "ON CONFLICT (slot) DO UPDATE SET image = excluded.image", [settings.logo])
    else:
        db.execute("DELETE FROM shop_logo")


def setting_text(db: Database, key: str) -> str | None:
    """One stored pair's raw text, also of a key the settings no longer have (an old one)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def delete_setting(db: Database, key: str) -> None:
    db.execute("DELETE FROM settings WHERE key = ?", [key])


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
    return Staff(row[0], row[1], Role(row[2]), row[3], bool(row[4]))


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
    # a category first met in an import is named by its code until the owner renames it
    db.conn.executemany("INSERT OR IGNORE INTO categories (code, name) VALUES (?, ?)",
                        [(c, c) for c in sorted({p.category for p in products} - {""})])
    return len(products)


def product_by_barcode(db: Database, barcode: str) -> Product | None:
    row = db.execute(f"SELECT {_PRODUCT_COLS} FROM products WHERE barcode = ? AND active = 1",
                     [barcode]).fetchone()
    return _product(row) if row else None


def search_products(db: Database, text: str, limit: int = 30) -> tuple[Product, ...]:
    """Active products whose name contains ``text`` in any case and script, or whose barcode
    contains it.  A substring cannot use an index anyway; the fold is registered on each call
    so a connection opened anywhere has it (tests/bench/product_search.py measures it)."""
    typed = text.strip()
    db.conn.create_function("fold", 1, fold, deterministic=True)
    rows = db.execute(
        f"SELECT {_PRODUCT_COLS} FROM products WHERE active = 1 AND "
        "(instr(barcode, ?) > 0 OR instr(fold(name), ?) > 0) ORDER BY name COLLATE NOCASE LIMIT ?",
        [typed, fold(typed), limit])
    return tuple(_product(r) for r in rows)


def all_products(db: Database) -> tuple[Product, ...]:
    return tuple(_product(r) for r in db.execute(
        f"SELECT {_PRODUCT_COLS} FROM products WHERE active = 1 ORDER BY product_id"))


def catalogue(db: Database) -> tuple[Product, ...]:
    """Every product, retired ones too, in name order: the back office's catalogue."""
    return tuple(_product(r) for r in db.execute(
        f"SELECT {_PRODUCT_COLS} FROM products ORDER BY name COLLATE NOCASE, product_id"))


def product_by_id(db: Database, product_id: int) -> Product | None:
    row = db.execute(f"SELECT {_PRODUCT_COLS} FROM products WHERE product_id = ?",
                     [product_id]).fetchone()
    return _product(row) if row else None


def product_id_by_barcode(db: Database, barcode: str) -> int | None:
    """Retired products too: a barcode stays taken by the product that had it."""
    row = db.execute("SELECT product_id FROM products WHERE barcode = ?", [barcode]).fetchone()
    return row[0] if row else None


def insert_product(db: Database, p: Product) -> int:
    cursor = db.execute(
        "INSERT INTO products (barcode, name, price_minor, category, no_discount, no_points, "
        "active) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [p.barcode, p.name, p.price_minor, p.category, int(p.no_discount), int(p.no_points),
         int(p.active)])
    return int(cursor.lastrowid)


def update_product(db: Database, p: Product) -> None:
    """Sale lines keep their own name and price, so a change applies to new sales only."""
    db.execute(
        "UPDATE products SET barcode = ?, name = ?, price_minor = ?, category = ?, "
        "no_discount = ?, no_points = ?, active = ? WHERE product_id = ?",
        [p.barcode, p.name, p.price_minor, p.category, int(p.no_discount), int(p.no_points),
         int(p.active), p.product_id])


# -- categories -------------------------------------------------------------

def categories(db: Database) -> tuple[Category, ...]:
    return tuple(Category(code, name) for code, name in db.execute(
        "SELECT code, name FROM categories ORDER BY name COLLATE NOCASE, code"))


def save_category(db: Database, category: Category) -> None:
    db.execute("INSERT INTO categories (code, name) VALUES (?, ?) "
               "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
               [category.code, category.name])


# -- audit log --------------------------------------------------------------

def append_audit(db: Database, at: datetime, staff_id: int | None, action: AuditAction,
                 subject: Subject, detail: dict[str, object]) -> None:
    """One more row (the log is never edited, only scrubbed of an erased customer's data);
    an action outside ``AuditAction`` is refused, so the log's screen can word every row."""
    db.execute("INSERT INTO audit_log (at, staff_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
               [to_db(at), staff_id, AuditAction(action).value, subject.text,
                json.dumps(detail, ensure_ascii=False)])


def scrub_audit(db: Database, texts: tuple[str, ...]) -> None:
    """Replace each text (an erased customer's name, phone, e-mail) in the audit log's
    subjects and details; the rows themselves stay, the log says what was done."""
    for text in texts:
        db.execute("UPDATE audit_log SET subject = replace(subject, ?, '[erased]'), "
                   "detail = replace(detail, ?, '[erased]') WHERE instr(subject, ?) > 0 "
                   "OR instr(detail, ?) > 0", [text, text, text, text])


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


# -- wrong PINs ---------------------------------------------------------------


def pin_throttle(db: Database, scope: str) -> LoginThrottle:
    """The stored failures and lock of ``scope``, with the default limits."""
    row = db.execute("SELECT failures, locked_until FROM pin_throttle WHERE scope = ?",
                     [scope]).fetchone()
    if row is None:
        return LoginThrottle()
    return LoginThrottle(row[0], from_db(row[1]) if row[1] else None)


def set_pin_throttle(db: Database, scope: str, failures: int, locked_until: datetime | None
                     ) -> None:
    db.execute("INSERT INTO pin_throttle (scope, failures, locked_until) VALUES (?, ?, ?) "
               "ON CONFLICT (scope) DO UPDATE SET failures = excluded.failures, "
               "locked_until = excluded.locked_until",
               [scope, failures, to_db(locked_until) if locked_until else None])
