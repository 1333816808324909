"""The till core's schema migrations: numbered, literal SQL, frozen once released.

A released migration is never edited: a later change is a new migration at the end.
Nothing here reads a live constant, so a new database and a migrated old one always end
up with the same schema.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

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


@migrations()
def m002_categories(db: Database) -> None:
    """Product categories with the owner's names; products keep the category's code, which the
    program's scopes name.  Codes already in use get their code as a first name."""
    db.executescript(
        """
        CREATE TABLE categories (code TEXT PRIMARY KEY, name TEXT NOT NULL);
        INSERT INTO categories (code, name)
            SELECT DISTINCT category, category FROM products WHERE category != '';
        """
    )


@migrations()
def m003_pin_throttle(db: Database) -> None:
    """Wrong PINs counted in the file, so restarting the app does not reset the back-off."""
    db.executescript(
        """
        CREATE TABLE pin_throttle (
            scope TEXT PRIMARY KEY,
            failures INTEGER NOT NULL,
            locked_until TEXT
        );
        """)


@migrations()
def m004_application_id(db: Database) -> None:
    """Marks the file as a shop (new files and existing ones alike), so a restore can tell
    a shop backup from any other SQLite file without opening it read-write."""
    db.execute("PRAGMA application_id = 1347375948")  # 0x504F534C, 'POSL': db.APPLICATION_ID


@migrations()
def m005_shop_logo(db: Database) -> None:
    """The logo's bytes in the database (one row), instead of a path to a file outside it
    that can move or vanish.  An old ``logo_path`` setting is read in by the settings
    service when the shop opens (a migration reads no files)."""
    db.executescript(
        """
        CREATE TABLE shop_logo (
            slot INTEGER PRIMARY KEY CHECK (slot = 1),
            image BLOB NOT NULL
        );
        """)
