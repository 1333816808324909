"""The basket being rung up at the till: an immutable value changed by pure functions."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from pos.catalogue.model import Product
from pos.errors import UserError

MAX_QTY = 9_999
MAX_LINE_MINOR = 100_000_000_00  # one hundred million: anything above is a typo
MAX_NAME_CHARS = 200
MAX_COUPON_CHARS = 64


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


def is_count(value: object) -> bool:
    """An int that is not a bool: ``True`` is an int to Python, never a quantity or an amount."""
    return isinstance(value, int) and not isinstance(value, bool)


def _check_qty(qty: int) -> None:
    if not is_count(qty) or qty <= 0 or qty > MAX_QTY:
        raise BasketError("bad_quantity", qty)


def _check_price(price_minor: int) -> None:
    if not is_count(price_minor) or price_minor <= 0 or price_minor > MAX_LINE_MINOR:
        raise BasketError("bad_amount", price_minor)


def _check_name(name: str) -> None:
    """A NUL or other control character in a line's name would reach the receipt printer."""
    if not isinstance(name, str) or len(name) > MAX_NAME_CHARS or not name.isprintable():
        raise BasketError("bad_name", name[:60] if isinstance(name, str) else name)


def _next_line_no(basket: Basket) -> int:
    return max((line.line_no for line in basket.lines), default=0) + 1


def add_product(basket: Basket, product: Product, qty: int = 1) -> Basket:
    """Add a catalogue product; scanning the same product again raises its quantity."""
    _check_qty(qty)
    _check_name(product.name)
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
    _check_name(name)
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
    if not code or len(code) > MAX_COUPON_CHARS or not code.isprintable():
        raise BasketError("bad_coupon", code)
    if code in basket.coupon_codes:
        return basket
    return replace(basket, coupon_codes=(*basket.coupon_codes, code))


def remove_coupon(basket: Basket, code: str) -> Basket:
    return replace(basket, coupon_codes=tuple(c for c in basket.coupon_codes if c != code))


def set_redeem_points(basket: Basket, points: int) -> Basket:
    if not is_count(points) or points < 0:
        raise BasketError("bad_points", points)
    return replace(basket, redeem_points=points)


@dataclass(frozen=True, slots=True)
class ParkedRecord:
    """A parked basket as stored: ``basket_json`` is read into a Basket by ``pos.suspend``."""

    basket_id: str
    at: datetime
    label: str
    basket_json: str
