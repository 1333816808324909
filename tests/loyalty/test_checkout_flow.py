"""Selling with a card on a real database: points, redemption, Pay twice, refusals, rollback."""
from __future__ import annotations

import pytest

from builders import (BREAD, MILK, TOBACCO, basket_with, loyalty_quote, member_with_card,
                      points_program, seed, sell)
from loyalty.storage import ledger_store
from loyalty.ledger import wallet
from loyalty.engine.redemption import RedemptionError
from pos.storage import sale_store
from pos.checkout import CheckoutError
from pos.sale import Payment


def _counts(shop) -> tuple[int, int, int]:
    return tuple(shop.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("sales", "ledger", "loyalty_sales"))


def test_sale_with_card_earns_points_but_not_on_tobacco(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    sale = sell(shop, basket_with(shop, (MILK, 3), (TOBACCO, 1), card=card))
    # 5 % of 267.00 = 13.35 -> 13 points (rounded down); tobacco earns nothing
    record = ledger_store.loyalty_sale(shop.db, sale.sale_no)
    assert (record.member_id, record.card_number, record.points_earned,
            record.points_redeemed) == (member.member_id, card, 13, 0)
    (entry,) = ledger_store.entries_of_sale(shop.db, sale.sale_no)
    assert (entry.kind, entry.points, entry.member_id) == ("purchase", 13, member.member_id)
    assert wallet.balance(shop.db, member.member_id, shop.clock()).spendable == 13
    assert sale.net_minor == 517_00


def test_pay_pressed_twice_makes_one_sale(shop) -> None:
    seed(shop)
    _, card = member_with_card(shop)
    basket = basket_with(shop, (MILK, 2), card=card)
    quote = shop.checkout.quote(basket)
    pay = (Payment("cash", quote.net_minor, tendered_minor=500_00),)
    first = shop.checkout.commit(basket, quote, pay, None)
    counts = _counts(shop)
    second = shop.checkout.commit(basket, quote, pay, None)
    assert second.sale_no == first.sale_no
    assert _counts(shop) == counts
    assert first.payments[0].change_minor == 500_00 - 178_00


def test_redeeming_more_than_the_balance_is_refused_and_changes_nothing(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 10), card=card))  # 44 points
    counts = _counts(shop)
    with pytest.raises(RedemptionError) as error:
        shop.checkout.quote(basket_with(shop, (MILK, 10), card=card, redeem=45))
    assert error.value.max_points == 44
    assert _counts(shop) == counts


def test_redemption_is_capped_at_half_the_receipt(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 100), card=card))  # 445 points
    lq = loyalty_quote(shop.checkout.quote(basket_with(shop, (BREAD, 2), card=card)))
    assert lq.redeem_limits.max_points == 55  # half of 110.00
    sale = sell(shop, basket_with(shop, (BREAD, 2), card=card, redeem=55))
    assert [(p.tender, p.amount_minor, p.points) for p in sale.payments] == [
        ("points", 55_00, 55), ("card", 55_00, 0)]
    # no points on the part paid with points: 5 % of 55.00
    record = ledger_store.loyalty_sale(shop.db, sale.sale_no)
    assert (record.points_earned, record.points_redeemed) == (2, 55)
    assert wallet.balance(shop.db, member.member_id, shop.clock()).spendable == 445 - 55 + 2


@pytest.mark.parametrize("payments, reason", [
    ((Payment("cash", 100_00),), "payments_do_not_match"),
    ((Payment("cash", 178_00, tendered_minor=100_00),), "cash_short"),
    ((Payment("cash", -178_00),), "bad_amount"),
    ((), "no_payment"),
    ((Payment("gold", 178_00),), "bad_tender"),
])
def test_bad_payments_are_refused_and_change_nothing(shop, payments, reason) -> None:
    seed(shop)
    basket = basket_with(shop, (MILK, 2))
    quote = shop.checkout.quote(basket)
    with pytest.raises(CheckoutError) as error:
        shop.checkout.commit(basket, quote, payments, None)
    assert error.value.reason == reason
    assert _counts(shop) == (0, 0, 0)


def test_points_payment_must_match_the_planned_redemption(shop) -> None:
    seed(shop)
    _, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 10), card=card))
    basket = basket_with(shop, (MILK, 1), card=card)
    quote = shop.checkout.quote(basket)
    with pytest.raises(CheckoutError) as error:
        shop.checkout.commit(basket, quote, (Payment("points", 10_00, points=10),
                                             Payment("card", 79_00)), None)
    assert error.value.reason == "points_payment_mismatch"


def test_a_quote_abandoned_changes_no_points(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 10), card=card))
    before = (_counts(shop), wallet.balance(shop.db, member.member_id, shop.clock()))
    shop.checkout.quote(basket_with(shop, (MILK, 5), card=card, redeem=20))  # then voided
    assert (_counts(shop), wallet.balance(shop.db, member.member_id, shop.clock())) == before


def test_stale_quote_is_refused_when_points_were_spent_meanwhile(shop) -> None:
    seed(shop)
    _, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 10), card=card))  # 44 points
    basket = basket_with(shop, (MILK, 2), card=card, redeem=44)
    stale = shop.checkout.quote(basket)
    sell(shop, basket_with(shop, (BREAD, 2), card=card, redeem=40))  # another till spends
    lq = loyalty_quote(stale)
    with pytest.raises((CheckoutError, RedemptionError)):
        shop.checkout.commit(basket, stale, (Payment("points", lq.redeem_value_minor, points=44),
                                             Payment("card", stale.net_minor - 44_00)), None)


def test_a_failing_hook_rolls_the_whole_sale_back(shop) -> None:
    seed(shop)
    _, card = member_with_card(shop)

    class PowerCut:
        def on_sale(self, db, sale, quote):
            raise OSError("power cut")

    shop.checkout.hooks = (*shop.checkout.hooks, PowerCut())
    with pytest.raises(OSError):
        sell(shop, basket_with(shop, (MILK, 2), card=card))
    assert _counts(shop)[0] == 0 and shop.db.execute(
        "SELECT COUNT(*) FROM ledger WHERE kind != 'welcome'").fetchone()[0] == 0


def test_hold_period_keeps_points_pending(shop, clock) -> None:
    seed(shop, points_program(hold_days=14))
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 10), card=card))
    balance = wallet.balance(shop.db, member.member_id, clock())
    assert (balance.spendable, balance.pending) == (0, 44)
    with pytest.raises(RedemptionError):
        shop.checkout.quote(basket_with(shop, (MILK, 1), card=card, redeem=1))
    clock.advance(days=15)
    assert wallet.balance(shop.db, member.member_id, clock()).spendable == 44


def test_sale_without_a_card_earns_nothing_and_sells(shop) -> None:
    seed(shop)
    sale = sell(shop, basket_with(shop, (MILK, 1)))
    assert sale_store.load_sale(shop.db, sale.sale_no).net_minor == 89_00
    assert _counts(shop) == (1, 0, 0)
