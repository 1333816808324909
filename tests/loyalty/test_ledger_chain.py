"""The ledger's hash chain: written with each entry, made for the entries of an older file by
its migration, and broken by any change made behind the till's back."""
from __future__ import annotations

import sqlite3

from loyalty.ledger.chain import GENESIS, entry_hash, first_break
from loyalty.ledger.wallet import adjust
from loyalty.members.members import create_member, new_member
from loyalty.shop import open_shop
from loyalty.storage import ledger_store
from pos.staff.pins import add_staff


def _entries(shop, clock, n: int = 3) -> None:
    owner = add_staff(shop.db, "Ольга", "owner", "1111", clock())
    anna = create_member(shop.db, new_member("Anna", "+79161234567", clock()), "RU")
    for points in range(1, n + 1):
        adjust(shop.db, anna.member_id, points * 10, "gift", owner, clock())


def test_each_entry_is_chained_to_the_one_before(shop, clock) -> None:
    _entries(shop, clock)
    rows = list(ledger_store.chain_rows(shop.db))
    assert len(rows) == 3 and first_break(rows) is None
    assert rows[0].stored_hash == entry_hash(GENESIS, rows[0].values)
    assert rows[2].stored_hash == entry_hash(rows[1].stored_hash, rows[2].values)


def test_the_migration_chains_the_entries_of_an_older_file(db_path, clock) -> None:
    shop = open_shop(db_path, clock)
    _entries(shop, clock)
    heads = list(ledger_store.chain_rows(shop.db))
    shop.close()
    conn = sqlite3.connect(db_path)  # the file as it was before the chain existed
    conn.executescript("DROP TRIGGER ledger_chain_append_only_update; "
                       "DROP TRIGGER ledger_chain_append_only_delete; DROP TABLE ledger_chain; "
                       "DELETE FROM _sqlite_migrations WHERE name = 'm004_ledger_chain';")
    conn.close()
    again = open_shop(db_path, clock)
    assert list(ledger_store.chain_rows(again.db)) == heads
    again.close()
