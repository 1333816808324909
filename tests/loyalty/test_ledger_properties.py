"""Invariants of the points ledger, over random histories of sales, returns and days."""
from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import BREAD, MILK, basket_with, loyalty_quote, member_with_card, points_program, \
    seed, sell
from tests.conftest import StepClock
from loyalty.storage import ledger_store
from loyalty.ledger import wallet
from loyalty.ledger.ledger import balance_at, replay, roll_forward
from loyalty.model.models import LedgerEntry
from loyalty.shop import open_shop
from loyalty.verify import verify
from pos.clock import local_date, month_bounds

START = datetime(2026, 1, 5, 9, tzinfo=timezone.utc)

step = st.one_of(
    st.tuples(st.just("sale"), st.integers(1, 30), st.integers(0, 100)),
    st.tuples(st.just("return"), st.integers(0, 50), st.booleans()),
    st.tuples(st.just("days"), st.integers(1, 200), st.just(0)),
)


def _run(tmp_path, template_db, steps, policy):
    path = tmp_path / f"p{abs(hash(tuple(steps))) % 10**9}.db"
    shutil.copy(template_db, path)
    clock = StepClock(START)
    shop = open_shop(path, clock)
    seed(shop, points_program(hold_days=3, expiry_days=120), policy=policy)
    member, card = member_with_card(shop)
    sales = []
    for kind, a, b in steps:
        if kind == "sale":
            basket = basket_with(shop, (MILK, a), card=card)
            limits = loyalty_quote(shop.checkout.quote(basket)).redeem_limits
            redeem = limits.max_points * b // 100
            spendable = wallet.balance(shop.db, member.member_id, clock()).spendable
            assert redeem <= max(0, spendable)
            sales.append(sell(shop, basket_with(shop, (MILK, a), card=card, redeem=redeem)))
        elif kind == "return" and sales:
            sale = sales[a % len(sales)]
            _, left = shop.returns.remaining(sale.sale_no)
            if left[1]:
                qty = None if b else {1: 1}
                shop.returns.commit(shop.returns.quote(sale.sale_no, qty), None)
        else:
            clock.advance(days=a)
        wallet.expire_due(shop.db, clock.now)
    return shop, member, path


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(step, max_size=14), st.sampled_from(["allow_negative", "deduct_from_refund"]))
def test_ledger_invariants_hold_for_any_history(tmp_path, template_db, steps, policy) -> None:
    shop, member, path = _run(tmp_path, template_db, steps, policy)
    try:
        now = shop.clock()
        entries = ledger_store.entries_of(shop.db, member.member_id)
        sql = ledger_store.balance(shop.db, member.member_id, now)
        # the balance is the sum of the entries, however it is computed
        assert sql == balance_at(entries, now)
        assert sql.total == sum(e.points for e in entries)
        lots, debt = replay(entries)
        assert sum(l.remaining for l in lots) - debt == sql.total
        if policy == "deduct_from_refund":
            assert sql.spendable >= 0 and debt == 0
        # the roll-forward identity holds for every month touched
        day = START.date().replace(day=1)
        while day <= now.date():
            lo, hi = month_bounds(day.year, day.month, "UTC")
            rf = roll_forward(ledger_store.sum_before(shop.db, lo),
                              ledger_store.sums_by_kind(shop.db, lo, hi),
                              ledger_store.pending_at(shop.db, hi))
            assert rf.holds() and rf.closing == ledger_store.sum_before(shop.db, hi)
            day = (day + timedelta(days=32)).replace(day=1)
        assert verify(shop, str(path), now) == []
    finally:
        shop.close()


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(1, 40), st.integers(0, 100))
def test_a_sale_then_its_full_return_restores_the_balance(tmp_path, template_db, qty, share):
    shop, member, _ = _run(tmp_path, template_db, [("sale", 30, 0)], "allow_negative")
    try:
        _, card = member.member_id, shop.db.execute(
            "SELECT number FROM cards WHERE member_id = ?", [member.member_id]).fetchone()[0]
        before = wallet.balance(shop.db, member.member_id, shop.clock())
        basket = basket_with(shop, (MILK, qty), (BREAD, 1), card=card)
        redeem = loyalty_quote(shop.checkout.quote(basket)).redeem_limits.max_points * share // 100
        sale = sell(shop, basket_with(shop, (MILK, qty), (BREAD, 1), card=card, redeem=redeem))
        shop.returns.commit(shop.returns.quote(sale.sale_no), None)
        assert wallet.balance(shop.db, member.member_id, shop.clock()) == before
    finally:
        shop.close()


def _entry(i, points, day, expires=None, lot_ref=None, kind="purchase"):
    at = START + timedelta(days=day)
    return LedgerEntry(i, 1, kind, points, at, at,
                       expires_at=START + timedelta(days=expires) if expires else None,
                       lot_ref=lot_ref)


def test_redemption_consumes_the_oldest_points_first() -> None:
    entries = [_entry(1, 100, 0, expires=100), _entry(2, 50, 10, expires=110),
               _entry(3, -120, 20, kind="redeem")]
    lots, debt = replay(entries)
    assert [(l.entry_id, l.remaining) for l in lots] == [(2, 30)] and debt == 0


def test_expiry_takes_what_is_left_of_the_expired_lot_only(shop, clock) -> None:
    seed(shop, points_program(expiry_days=30))
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 20), card=card))  # 89 points, expire in 30 days
    clock.advance(days=20)
    sell(shop, basket_with(shop, (MILK, 10), card=card, redeem=40))  # 40 from the oldest
    clock.advance(days=15)
    assert wallet.expire_due(shop.db, clock()) == 49
    expiry = [e for e in ledger_store.entries_of(shop.db, member.member_id) if e.kind == "expire"]
    assert len(expiry) == 1 and expiry[0].points == -49
    # dated when the lot expired: local midnight in the shop's time zone
    assert local_date(expiry[0].at, shop.settings.timezone) == date(2026, 4, 9)
    assert wallet.expire_due(shop.db, clock()) == 0  # running again expires nothing more


def test_due_lots_are_found_whichever_expiry_run_was_last(shop, clock) -> None:
    from loyalty.storage.ledger_store import has_due_lots
    seed(shop, points_program(expiry_days=30))
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 20), card=card))       # lot A, expires in 30 days
    wallet.expire_due(shop.db, clock(), member.member_id)      # a member-level run, early
    clock.advance(days=10)
    sell(shop, basket_with(shop, (MILK, 10), card=card))       # lot B, written after it
    wallet.expire_due(shop.db, clock())                        # a later shop-wide run
    clock.advance(days=25)                                     # lot A has expired now
    assert has_due_lots(shop.db, member.member_id, clock())
    wallet.expire_due(shop.db, clock())
    assert not has_due_lots(shop.db, member.member_id, clock())
    clock.advance(days=10)                                     # and now lot B
    assert has_due_lots(shop.db, member.member_id, clock())
