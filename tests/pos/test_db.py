"""The database file: WAL, foreign keys, durability settings, and all-or-nothing writes."""
from __future__ import annotations

import sqlite3

import pytest

from pos.storage import store
from pos.catalogue.model import Product
from pos.storage.db import write_transaction


def test_wal_foreign_keys_and_full_sync(shop) -> None:
    assert shop.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert shop.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert shop.db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_a_failed_write_leaves_nothing(shop) -> None:
    with pytest.raises(RuntimeError):
        with write_transaction(shop.db):
            store.upsert_products(shop.db, (Product(None, "1", "Milk", 89_00),))
            raise RuntimeError("power cut")
    assert store.product_by_barcode(shop.db, "1") is None


def test_migrations_are_recorded_and_not_rerun(db_path) -> None:
    from loyalty.shop import open_shop
    open_shop(db_path).close()
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert {"m001_core", "m002_categories", "m001_members_cards_ledger"} <= set(names)
    assert len(names) == len(set(names))
    open_shop(db_path).close()
    assert conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == len(names)
