"""The basket being rung up at the till: an immutable value changed by pure functions."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from pos.catalogue import Product
from pos.errors import UserError

MAX_QTY = 9_999
MAX_LINE_MINOR = 100_000_000_00  # one hundred million: anything above is a typo


class BasketError(UserError, ValueError):
    """A change the basket refuses; ``reason`` is a stable key the UI translates."""

    def __init__(self, reason: str, value: object = None) -> None:
        super().__init__(f"basket.{reason}", value=value)
        self.reason = reason
        self.value = value


@dataclass(frozen=True, slots=True)
class BasketLine:
    line_no: int
    name: str
    unit_price_minor: int
    qty: int
    category: str = ""
    product_id: int | None = None
    barcode: str | None = None
    no_discount: bool = False
    no_points: bool = False

    @property
    def gross_minor(self) -> int:
        return self.unit_price_minor * self.qty


@dataclass(frozen=True, slots=True)
class Basket:
    """``basket_id`` makes a commit idempotent: one basket can become one sale only.

    ``customer_ref`` is whatever identified the customer (a card number or a
    phone) and ``redeem_points`` how many points the customer chose to spend;
    pos does not interpret either, the loyalty adjuster does.
    """

    basket_id: str
    lines: tuple[BasketLine, ...] = ()
    customer_ref: str | None = None
    coupon_codes: tuple[str, ...] = ()
    redeem_points: int = 0

    @property
    def gross_minor(self) -> int:
        return sum(line.gross_minor for line in self.lines)

    def line(self, line_no: int) -> BasketLine:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        raise BasketError("no_such_line", line_no)


def new_basket() -> Basket:
    return Basket(basket_id=uuid.uuid4().hex)


def _check_qty(qty: int) -> None:
    if not isinstance(qty, int) or qty <= 0 or qty > MAX_QTY:
        raise BasketError("bad_quantity", qty)


def _check_price(price_minor: int) -> None:
    if not isinstance(price_minor, int) or price_minor <= 0 or price_minor > MAX_LINE_MINOR:
        raise BasketError("bad_amount", price_minor)


def _next_line_no(basket: Basket) -> int:
    return max((line.line_no for line in basket.lines), default=0) + 1


def add_product(basket: Basket, product: Product, qty: int = 1) -> Basket:
    """Add a catalogue product; scanning the same product again raises its quantity."""
    _check_qty(qty)
    for line in basket.lines:
        if line.product_id == product.product_id and line.unit_price_minor == product.price_minor:
            return set_qty(basket, line.line_no, line.qty + qty)
    line = BasketLine(
        line_no=_next_line_no(basket), name=product.name,
        unit_price_minor=product.price_minor, qty=qty, category=product.category,
        product_id=product.product_id, barcode=product.barcode,
        no_discount=product.no_discount, no_points=product.no_points,
    )
    return replace(basket, lines=(*basket.lines, line))


def add_free_amount(basket: Basket, name: str, amount_minor: int, category: str = "") -> Basket:
    _check_price(amount_minor)
    line = BasketLine(line_no=_next_line_no(basket), name=name or "—",
                      unit_price_minor=amount_minor, qty=1, category=category)
    return replace(basket, lines=(*basket.lines, line))


def set_qty(basket: Basket, line_no: int, qty: int) -> Basket:
    _check_qty(qty)
    if basket.line(line_no).unit_price_minor * qty > MAX_LINE_MINOR:
        raise BasketError("bad_amount", qty)
    lines = tuple(replace(l, qty=qty) if l.line_no == line_no else l for l in basket.lines)
    return replace(basket, lines=lines)


def void_line(basket: Basket, line_no: int) -> Basket:
    basket.line(line_no)
    return replace(basket, lines=tuple(l for l in basket.lines if l.line_no != line_no))


def set_customer(basket: Basket, customer_ref: str | None) -> Basket:
    return replace(basket, customer_ref=customer_ref)


def add_coupon(basket: Basket, code: str) -> Basket:
    code = code.strip().upper()
    if not code:
        raise BasketError("bad_coupon", code)
    if code in basket.coupon_codes:
        return basket
    return replace(basket, coupon_codes=(*basket.coupon_codes, code))


def remove_coupon(basket: Basket, code: str) -> Basket:
    return replace(basket, coupon_codes=tuple(c for c in basket.coupon_codes if c != code))


def set_redeem_points(basket: Basket, points: int) -> Basket:
    if not isinstance(points, int) or points < 0:
        raise BasketError("bad_points", points)
    return replace(basket, redeem_points=points)
