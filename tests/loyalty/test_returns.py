"""Returns: points taken back in proportion, redeemed points given back, the balance policy."""
from __future__ import annotations

import pytest

from builders import BREAD, MILK, basket_with, give_back, member_with_card, seed, sell
from loyalty.storage import ledger_store
from loyalty.ledger import wallet
from pos.checkout import CheckoutError


def _balance(shop, member) -> int:
    return wallet.balance(shop.db, member.member_id, shop.clock()).spendable


def test_partial_returns_add_up_to_one_full_return(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 20), card=card))  # 89 points
    before = _balance(shop, member)
    sale = sell(shop, basket_with(shop, (MILK, 3), (BREAD, 2), card=card, redeem=60))
    assert sale.points_paid == 60
    for qty in ({1: 1}, {1: 1}, {2: 1}, None):
        give_back(shop, sale.sale_no, qty)
    assert _balance(shop, member) == before
    returns = [ledger_store.loyalty_sale(shop.db, r.sale_no) for r in
               __import__("pos.storage.sale_store", fromlist=["x"]).returns_of(shop.db, sale.sale_no)]
    earned = ledger_store.loyalty_sale(shop.db, sale.sale_no).points_earned
    assert -sum(r.points_earned for r in returns) == earned
    assert -sum(r.points_redeemed for r in returns) == 60


def test_return_refunds_money_and_points_in_proportion(shop) -> None:
    seed(shop)
    member, card = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 20), card=card))
    sale = sell(shop, basket_with(shop, (MILK, 2), card=card, redeem=80))  # 178.00: 80 points
    rq = shop.returns.quote(sale.sale_no, {1: 1})
    assert (rq.points_back, rq.points_back_minor, rq.refund_money_minor) == (40, 40_00, 49_00)
    ret = shop.returns.commit(rq, None)
    assert [(p.tender, p.amount_minor, p.points) for p in ret.payments] == [
        ("points", -40_00, -40), ("cash", -49_00, 0)]
    assert (ret.gross_minor, ret.net_minor) == (-89_00, -89_00)


def test_returning_more_than_was_sold_is_refused(shop) -> None:
    seed(shop)
    sale = sell(shop, basket_with(shop, (MILK, 2)))
    give_back(shop, sale.sale_no, {1: 1})
    for qty in ({1: 2}, {1: 0}, {9: 1}):
        with pytest.raises(CheckoutError):
            shop.returns.quote(sale.sale_no, qty)
    give_back(shop, sale.sale_no)
    with pytest.raises(CheckoutError) as error:
        shop.returns.quote(sale.sale_no)
    assert error.value.reason == "nothing_to_return"
    with pytest.raises(CheckoutError):
        shop.returns.quote(99_999)


def test_the_same_return_committed_twice_is_made_once(shop) -> None:
    seed(shop)
    sale = sell(shop, basket_with(shop, (MILK, 2)))
    rq = shop.returns.quote(sale.sale_no)
    assert shop.returns.commit(rq, None).sale_no == shop.returns.commit(rq, None).sale_no
    assert shop.db.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 2


def _spend_earned_then_return(shop, policy: str):
    seed(shop, policy=policy)
    member, card = member_with_card(shop)
    sale = sell(shop, basket_with(shop, (MILK, 20), card=card))  # 89 points
    # all 89 spent; the 89.00 paid in money earns 4 new points
    sell(shop, basket_with(shop, (MILK, 2), card=card, redeem=89))
    return member, sale


def test_allow_negative_policy_lets_the_balance_go_negative(shop) -> None:
    member, sale = _spend_earned_then_return(shop, "allow_negative")
    ret = give_back(shop, sale.sale_no)
    assert _balance(shop, member) == 4 - 89
    assert -ret.paid_money_minor == 1780_00


def test_deduct_policy_keeps_the_balance_and_withholds_money(shop) -> None:
    member, sale = _spend_earned_then_return(shop, "deduct_from_refund")
    rq = shop.returns.quote(sale.sale_no)
    assert rq.withheld_minor == 85_00  # the 85 points that are gone, at 1 rouble each
    ret = shop.returns.commit(rq, None)
    assert _balance(shop, member) == 0
    assert -ret.paid_money_minor == 1780_00 - 85_00
    assert ret.net_minor == -1780_00  # revenue goes back in full; the refund is what is less


def test_returns_and_adjustments_are_in_the_audit_log(shop) -> None:
    from loyalty.ledger.wallet import adjust
    from pos.storage import store
    from pos.staff.pins import add_staff
    seed(shop)
    owner = add_staff(shop.db, "Ольга", "owner", "1111", shop.clock())
    member, card = member_with_card(shop)
    sale = sell(shop, basket_with(shop, (MILK, 2), card=card))
    shop.returns.commit(shop.returns.quote(sale.sale_no), owner.staff_id)
    adjust(shop.db, member.member_id, 50, "apology for a long queue", owner, shop.clock())
    actions = {(e.action, e.staff_name) for e in store.audit_entries(shop.db, None, None, None,
                                                                     None, 10)}
    assert {("return", "Ольга"), ("adjust", "Ольга")} <= actions
