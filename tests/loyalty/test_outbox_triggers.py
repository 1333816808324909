"""The shop network's outbox triggers exist only on a till that joined a network."""
from __future__ import annotations

import inspect
import re

from builders import MILK, basket_with, member_with_card, seed, sell
from loyalty.storage import sync_store
from loyalty.storage.sync_migrations import m001_outbox, m003_outbox_triggers_when_joined


def _triggers(shop) -> set[str]:
    return {r[0] for r in shop.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'")}


def _outbox(shop) -> list[tuple[str, str]]:
    return shop.db.execute("SELECT tbl, key FROM sync_outbox ORDER BY seq").fetchall()


def _join(shop) -> None:
    sync_store.become_till(shop.db, sync_store.Membership(
        till="T1", till_no=1, shop="shop", url="postgresql://server/shop", cursor=0,
        allowance_points=500, last_contact_at=None))


def test_a_shop_outside_a_network_has_no_outbox_triggers_and_sells_without_them(shop) -> None:
    seed(shop)
    _, card = member_with_card(shop)
    assert _triggers(shop) == set()
    sell(shop, basket_with(shop, (MILK, 2), card=card))
    assert _outbox(shop) == []


def test_joining_creates_the_triggers_so_a_later_sale_and_its_points_reach_the_outbox(
        shop) -> None:
    seed(shop)
    _, card = member_with_card(shop)
    _join(shop)
    assert len(_triggers(shop)) == 16
    queued = len(_outbox(shop))
    sale = sell(shop, basket_with(shop, (MILK, 2), card=card))
    new = _outbox(shop)[queued:]
    assert ("sales", str(sale.sale_no)) in [(t, str(k)) for t, k in new]
    assert "ledger" in {t for t, _ in new}


def test_a_till_that_joined_before_the_upgrade_keeps_its_triggers(shop) -> None:
    seed(shop)
    _join(shop)
    m003_outbox_triggers_when_joined(shop.db)  # what upgrading such a till's file runs
    assert len(_triggers(shop)) == 16


def _normal(sql: str) -> str:
    return re.sub(r"\s*([(),;])\s*", r"\1", re.sub(r"\s+", " ", sql)).strip()


def test_joining_creates_the_triggers_the_first_network_migration_made() -> None:
    """The triggers made from the shared tables and their global ids are, statement for
    statement, those every shop had from migration m001 of the network set."""
    released = re.findall(r"CREATE TRIGGER sync_\w+_(?:insert|update) .*?END;",
                          inspect.getsource(m001_outbox), re.S)
    assert len(released) == 16
    assert {_normal(t.removesuffix(";")) for t in released} == \
        {_normal(t) for t in sync_store._OUTBOX_TRIGGERS}
