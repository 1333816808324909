"""Parking, resuming and voiding a basket on a real database."""
from __future__ import annotations

import pytest

from builders import MILK, basket_with, seed
from pos import basket as b
from pos.storage import store
from pos.checkout import CheckoutError, split_payments
from pos.sale import Payment
from pos.suspend import park_basket, parked_baskets, resume_basket, void_basket


def test_a_parked_basket_comes_back_whole_and_only_once(shop) -> None:
    seed(shop)
    basket = b.add_coupon(basket_with(shop, (MILK, 3), card="2900000000018", redeem=5), "ABC")
    park_basket(shop.db, basket, shop.clock(), None, "lady in the red coat")
    assert [(r.basket_id, r.label) for r in parked_baskets(shop.db)] == [
        (basket.basket_id, "lady in the red coat")]
    assert resume_basket(shop.db, basket.basket_id) == basket
    assert parked_baskets(shop.db) == ()
    with pytest.raises(LookupError):
        resume_basket(shop.db, basket.basket_id)


def test_voiding_writes_only_the_audit_entry(shop) -> None:
    seed(shop)
    void_basket(shop.db, basket_with(shop, (MILK, 2)), None, shop.clock())
    (entry,) = store.audit_entries(shop.db)
    assert entry.action == "void_sale"
    assert shop.db.execute("SELECT COUNT(*) FROM sales").fetchone()[0] == 0


def test_split_payments_card_part_and_cash_rest() -> None:
    points = Payment("points", 100_00, points=100)
    assert split_payments(400_00, 150_00, 300_00, points) == (
        points, Payment("card", 150_00), Payment("cash", 250_00, tendered_minor=300_00))
    assert split_payments(400_00, 0, None, None) == (Payment("cash", 400_00, tendered_minor=400_00),)
    with pytest.raises(CheckoutError):
        split_payments(400_00, 500_00, None, None)
