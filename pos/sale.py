"""A committed sale or return, its lines, discounts and payments, as values."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class SaleKind(StrEnum):
    SALE = "sale"
    RETURN = "return"


class Tender(StrEnum):
    CASH = "cash"
    CARD = "card"
    POINTS = "points"
    COUPON = "coupon"
    # only on returns: refund money kept back because the points to take back were
    # already spent (the deduct-from-refund policy)
    WITHHELD = "withheld"


TENDERS = tuple(Tender)
MONEY_TENDERS = (Tender.CASH, Tender.CARD)  # what a customer pays or is refunded in money


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

    tender: Tender
    amount_minor: int
    tendered_minor: int = 0
    points: int = 0
    reference: str = ""

    @property
    def change_minor(self) -> int:
        if self.tender != Tender.CASH:
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
    kind: SaleKind
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
        return sum(p.points for p in self.payments if p.tender == Tender.POINTS)

    @property
    def paid_money_minor(self) -> int:
        return sum(p.amount_minor for p in self.payments if p.tender in MONEY_TENDERS)


@dataclass(frozen=True, slots=True)
class SaleHeader:
    """A sale's or return's header row as the exports read it: ``at`` stays the stored UTC text
    (the export formats it once), ``staff_name`` is '' for a sale nobody signed."""

    sale_no: int
    at: str
    kind: SaleKind
    original_sale_no: int | None
    customer_ref: str | None
    gross_minor: int
    discount_minor: int
    net_minor: int
    paid_money_minor: int
    staff_name: str
