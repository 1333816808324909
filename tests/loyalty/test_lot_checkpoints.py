"""Lot checkpoints: each expiry settlement keeps the member's lots, and counting the points
that expired since replays only the entries after it, with the same result as replaying
every entry; an entry dated before the checkpoint, or a checkpoint that lies, is caught."""
from __future__ import annotations

from datetime import timedelta

from builders import BREAD, MILK, basket_with, member_with_card, points_program, seed, sell
from loyalty.daily import run_daily
from loyalty.ledger import wallet
from loyalty.ledger.ledger import Lot, LotCheckpoint, checkpoint_after
from loyalty.ledger.wallet import earn_entry
from loyalty.storage import ledger_store, lot_store
from loyalty.verify import verify
from pos.storage.db import write_transaction


def _full(shop, member_id: int) -> LotCheckpoint:
    return checkpoint_after(ledger_store.entries_of(shop.db, member_id))


def test_a_settlement_keeps_the_lots_and_the_count_resumes_from_them(shop, clock) -> None:
    seed(shop, points_program(expiry_days=30))
    member, card = member_with_card(shop)
    m = member.member_id
    assert lot_store.checkpoint_of(shop.db, m) is None       # nothing settled yet
    for week in range(12):                                    # a regular: weekly, some spent
        sell(shop, basket_with(shop, (MILK, 10 + week), card=card,
                               redeem=20 if week % 3 == 2 else 0))
        clock.advance(days=7)
        if week % 4 == 3:
            run_daily(shop)                                   # the nightly run settles
        assert wallet.replayed(shop.db, m) == _full(shop, m)
    for _ in range(3):                                        # nothing due: nothing settled
        sell(shop, basket_with(shop, (MILK, 10), card=card))
    kept = lot_store.checkpoint_of(shop.db, m)
    assert kept is not None and kept.last_entry_id < ledger_store.last_entry_id(shop.db, m)
    # since the checkpoint: a few entries, not the whole history
    newer = ledger_store.entries_after(shop.db, m, kept.last_entry_id)
    assert 0 < len(newer) < len(ledger_store.entries_of(shop.db, m)) // 4
    clock.advance(days=40)                                    # everything expired since
    stored = ledger_store.balance(shop.db, m, clock())
    assert stored.spendable > 0
    assert wallet.balance(shop.db, m, clock()).spendable == 0  # counted from the checkpoint
    sell(shop, basket_with(shop, (BREAD, 1), card=card))      # the sale writes the expiries
    assert wallet.replayed(shop.db, m) == _full(shop, m)
    kept = lot_store.checkpoint_of(shop.db, m)              # settled just before the sale
    assert kept.lots == () and kept.last_entry_id < ledger_store.last_entry_id(shop.db, m)
    assert verify(shop, str(shop.path), clock()) == []


def test_an_entry_dated_before_the_checkpoint_replays_everything(shop, clock) -> None:
    seed(shop, points_program(expiry_days=30))
    member, card = member_with_card(shop)
    m = member.member_id
    sell(shop, basket_with(shop, (MILK, 20), card=card))
    clock.advance(days=31)
    sell(shop, basket_with(shop, (MILK, 5), card=card))       # settles: a checkpoint
    kept = lot_store.checkpoint_of(shop.db, m)
    assert kept is not None
    late = earn_entry(m, "adjust", 7, kept.last_at - timedelta(days=2),
                      reason="found on paper", expires_at=clock() + timedelta(days=1))
    with write_transaction(shop.db):
        ledger_store.append(shop.db, [late])                  # written now, dated before
    assert wallet.replayed(shop.db, m) == _full(shop, m)
    assert any(l.remaining == 7 for l in wallet.replayed(shop.db, m).lots)


def test_verify_finds_a_checkpoint_that_is_not_what_the_ledger_gives(shop, clock) -> None:
    seed(shop, points_program(expiry_days=30))
    member, card = member_with_card(shop)
    m = member.member_id
    sell(shop, basket_with(shop, (MILK, 20), card=card))
    clock.advance(days=31)
    run_daily(shop)
    sell(shop, basket_with(shop, (MILK, 20), card=card))
    assert verify(shop, str(shop.path), clock()) == []
    kept = lot_store.checkpoint_of(shop.db, m)
    with write_transaction(shop.db):
        lot_store.save_checkpoint(shop.db, m, LotCheckpoint(
            kept.last_entry_id, kept.last_at, kept.debt,
            kept.lots + (Lot(999, kept.last_at, None, 50),)))
    problems = verify(shop, str(shop.path), clock())
    assert problems == [f"member {m}: the lots kept at entry {kept.last_entry_id} are not "
                        "what the ledger gives"]
