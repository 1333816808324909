"""A committed sale or return, its lines, discounts and payments, as values."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

TENDERS = ("cash", "card", "points", "coupon", "withheld")
# 'withheld' only appears on returns: refund money kept back because the points
# to take back were already spent (the deduct-from-refund policy).


@dataclass(frozen=True, slots=True)
class Explanation:
    """A stable key plus values, so every figure can be explained in any language."""

    key: str
    params: tuple[tuple[str, int | str], ...] = ()


@dataclass(frozen=True, slots=True)
class Discount:
    mechanism: str
    line_no: int | None
    amount_minor: int
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class Payment:
    """``points`` is how many points a 'points' payment spends (its money value is ``amount_minor``)."""

    tender: str
    amount_minor: int
    tendered_minor: int = 0
    points: int = 0
    reference: str = ""

    @property
    def change_minor(self) -> int:
        if self.tender != "cash":
            return 0
        return max(0, self.tendered_minor - self.amount_minor)


@dataclass(frozen=True, slots=True)
class SaleLine:
    line_no: int
    name: str
    category: str
    qty: int
    unit_price_minor: int
    gross_minor: int
    discount_minor: int
    net_minor: int
    product_id: int | None = None
    barcode: str | None = None
    no_discount: bool = False
    no_points: bool = False
    original_line_no: int | None = None


@dataclass(frozen=True, slots=True)
class Sale:
    """Returns carry negative gross, discount, net and payments, and their original's number."""

    sale_no: int
    basket_id: str
    kind: str
    at: datetime
    staff_id: int | None
    customer_ref: str | None
    lines: tuple[SaleLine, ...]
    discounts: tuple[Discount, ...]
    payments: tuple[Payment, ...]
    original_sale_no: int | None = None

    @property
    def gross_minor(self) -> int:
        return sum(l.gross_minor for l in self.lines)

    @property
    def discount_minor(self) -> int:
        return sum(l.discount_minor for l in self.lines)

    @property
    def net_minor(self) -> int:
        return sum(l.net_minor for l in self.lines)

    @property
    def points_paid(self) -> int:
        return sum(p.points for p in self.payments if p.tender == "points")

    @property
    def paid_money_minor(self) -> int:
        return sum(p.amount_minor for p in self.payments if p.tender in ("cash", "card"))
