"""Points that expired since the last daily run: the quote counts them as expired without
writing anything; the sale's commit writes their expiry first, in its own transaction."""
from __future__ import annotations

from builders import MILK, basket_with, loyalty_quote, member_with_card, points_program, seed, \
    sell
from loyalty.storage import ledger_store
from loyalty.ledger import wallet
from loyalty.verify import verify


def _ledger_rows(shop) -> int:
    return shop.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]


def test_the_scan_counts_expired_points_and_writes_nothing(shop, clock) -> None:
    seed(shop, points_program(expiry_days=30))
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 20), card=card))       # 89 points, expire in 30 days
    clock.advance(days=31)                                      # no daily run since
    assert ledger_store.has_due_lots(shop.db, member.member_id, clock())
    rows = _ledger_rows(shop)
    for _ in range(3):                                          # the till quotes at each scan
        quote = loyalty_quote(shop.checkout.quote(basket_with(shop, (MILK, 1), card=card)))
        assert quote.redeem_limits.max_points == 0              # the 89 points are gone
    assert _ledger_rows(shop) == rows                           # and nothing was written
    assert wallet.balance(shop.db, member.member_id, clock()).spendable == 0


def test_the_commit_writes_the_expiry_first_and_the_ledger_adds_up(shop, clock, db_path) -> None:
    seed(shop, points_program(expiry_days=30))
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 20), card=card))        # 89 points
    clock.advance(days=20)
    sell(shop, basket_with(shop, (MILK, 10), card=card, redeem=40))  # 40 of them spent
    clock.advance(days=15)                                      # the rest (49) expired
    before = loyalty_quote(shop.checkout.quote(basket_with(shop, (MILK, 1), card=card)))
    stored = ledger_store.balance(shop.db, member.member_id, clock()).spendable
    assert wallet.balance(shop.db, member.member_id, clock()).spendable == stored - 49
    sale = sell(shop, basket_with(shop, (MILK, 10), card=card,
                                  redeem=before.redeem_limits.max_points))
    entries = ledger_store.entries_of(shop.db, member.member_id)
    expiry = [e for e in entries if e.kind == "expire"]
    assert [e.points for e in expiry] == [-49]
    # written in the sale's transaction, before the sale's own entries
    own = [e.entry_id for e in entries if e.sale_no == sale.sale_no]
    assert all(expiry[0].entry_id < i for i in own)
    after = wallet.balance(shop.db, member.member_id, clock())
    assert after == ledger_store.balance(shop.db, member.member_id, clock())  # nothing due now
    assert not ledger_store.has_due_lots(shop.db, member.member_id, clock())
    assert verify(shop, str(db_path), clock()) == []


def test_the_lot_cache_follows_new_entries(shop, clock) -> None:
    seed(shop, points_program(expiry_days=30))
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 20), card=card))
    clock.advance(days=31)
    cache = wallet.LotCache()
    plain = wallet.balance(shop.db, member.member_id, clock())
    assert wallet.balance(shop.db, member.member_id, clock(), cache) == plain
    sell(shop, basket_with(shop, (MILK, 10), card=card))        # new entries: replayed again
    assert wallet.balance(shop.db, member.member_id, clock(), cache) == wallet.balance(
        shop.db, member.member_id, clock())
