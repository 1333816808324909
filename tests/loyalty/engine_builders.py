"""Readable builders for rule-engine tests: baskets, members and programs from plain values."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from loyalty.member_state import MemberId, MemberState
from loyalty.program import Program
from pos.basket import Basket, BasketLine

TODAY = date(2025, 6, 16)
ENROLLED = date(2024, 1, 10)


@dataclass(frozen=True, slots=True)
class Item:
    """A basket line to build: ``item("Cigarettes", 200_00, 1, "tobacco", no_discount=True)``."""

    name: str
    price_minor: int
    qty: int = 1
    category: str = ""
    product_id: int | None = None
    no_discount: bool = False
    no_points: bool = False


def item(name: str, price_minor: int, qty: int = 1, category: str = "", *,
         product_id: int | None = None, no_discount: bool = False,
         no_points: bool = False) -> Item:
    return Item(name, price_minor, qty, category, product_id, no_discount, no_points)


def basket(*items: Item | tuple) -> Basket:
    """``basket(("Milk", 89_00, 2), ("Bread", 45_00, 1, "bakery"))``; lines numbered from 1."""
    lines = []
    for no, spec in enumerate(items, start=1):
        it = spec if isinstance(spec, Item) else Item(*spec)
        lines.append(BasketLine(no, it.name, it.price_minor, it.qty, it.category,
                                it.product_id, None, it.no_discount, it.no_points))
    return Basket("test-basket", tuple(lines))


def member(**fields: object) -> MemberState:
    """A member enrolled on ENROLLED with nothing else known, unless fields say otherwise."""
    defaults: dict[str, object] = {"member_id": MemberId(1), "enrolled_on": ENROLLED}
    defaults.update(fields)
    return MemberState(**defaults)  # type: ignore[arg-type]


def program(**mechanisms: object) -> Program:
    """Version 1, in force since 2024, with the given mechanisms."""
    return Program(1, date(2024, 1, 1), **mechanisms)  # type: ignore[arg-type]
