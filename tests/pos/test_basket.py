"""The basket as an immutable value: adding, raising quantities, voiding, refusing nonsense."""
from __future__ import annotations

import pytest

from pos import basket as b
from pos.catalogue.model import Product

MILK = Product(1, "4600000000011", "Milk", 89_00, "dairy")


def test_scanning_the_same_product_again_raises_its_quantity() -> None:
    basket = b.add_product(b.add_product(b.new_basket(), MILK), MILK)
    assert [(l.name, l.qty, l.gross_minor) for l in basket.lines] == [("Milk", 2, 178_00)]


def test_void_line_removes_only_that_line() -> None:
    basket = b.add_free_amount(b.add_product(b.new_basket(), MILK), "Flowers", 500_00)
    basket = b.void_line(basket, 1)
    assert [l.name for l in basket.lines] == ["Flowers"]
    assert basket.gross_minor == 500_00


@pytest.mark.parametrize("qty", [0, -1, 10_000, 1.5])
def test_bad_quantity_is_refused_and_changes_nothing(qty: object) -> None:
    basket = b.add_product(b.new_basket(), MILK)
    with pytest.raises(b.BasketError) as error:
        b.set_qty(basket, 1, qty)  # type: ignore[arg-type]
    assert error.value.reason == "bad_quantity"
    assert basket.lines[0].qty == 1


@pytest.mark.parametrize("amount", [0, -100, 100_000_000_01])
def test_absurd_free_amount_is_refused(amount: int) -> None:
    with pytest.raises(b.BasketError) as error:
        b.add_free_amount(b.new_basket(), "x", amount)
    assert error.value.reason == "bad_amount"


def test_negative_redemption_is_refused() -> None:
    with pytest.raises(b.BasketError):
        b.set_redeem_points(b.new_basket(), -5)


def test_each_new_basket_has_its_own_id() -> None:
    assert b.new_basket().basket_id != b.new_basket().basket_id
