"""The database file: WAL, foreign keys, durability settings, and all-or-nothing writes."""
from __future__ import annotations

import sqlite3

import pytest

from pos.storage import store
from pos.catalogue.model import Product
from pos.storage.db import bulk_writing, write_transaction


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


def test_a_nested_write_that_fails_undoes_only_itself(shop) -> None:
    with write_transaction(shop.db):
        store.upsert_products(shop.db, (Product(None, "1", "Milk", 89_00),))
        with write_transaction(shop.db):
            store.upsert_products(shop.db, (Product(None, "2", "Bread", 45_00),))
            with pytest.raises(RuntimeError):
                with write_transaction(shop.db):
                    store.upsert_products(shop.db, (Product(None, "3", "Tea", 150_00),))
                    raise RuntimeError("refused")
        store.upsert_products(shop.db, (Product(None, "4", "Salt", 30_00),))
    assert [b for b in "1234" if store.product_by_barcode(shop.db, b)] == ["1", "2", "4"]
    assert not shop.db.conn.in_transaction


def test_a_bulk_load_is_durable_and_full_sync_again_at_its_end(shop) -> None:
    with bulk_writing(shop.db):
        assert shop.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        with write_transaction(shop.db):
            store.upsert_products(shop.db, (Product(None, "1", "Milk", 89_00),))
    assert shop.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert shop.db.execute("PRAGMA cache_size").fetchone()[0] == -2000
    # the WAL was copied into the file and emptied
    assert shop.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1] == 0
    with bulk_writing(shop.db, durable_commits=True):
        assert shop.db.execute("PRAGMA synchronous").fetchone()[0] == 2
