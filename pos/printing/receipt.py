"""The receipt model: everything a printed receipt shows, already decided, for any renderer."""
from __future__ import annotations

from dataclasses import dataclass

from pos.sale import SaleKind

ReceiptKind = SaleKind
RECEIPT_KINDS = tuple(SaleKind)
MASK_CHAR = "•"


class ReceiptError(ValueError):
    """A receipt that would print something false; ``reason`` is a stable key."""

    def __init__(self, reason: str, value: object = None) -> None:
        super().__init__(f"{reason}: {value!r}")
        self.reason = reason
        self.value = value


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """One product line; ``total_minor`` is after ``discount_minor``."""

    name: str
    qty: int
    unit_price_minor: int
    discount_minor: int
    total_minor: int

    @property
    def gross_minor(self) -> int:
        return self.unit_price_minor * self.qty

    def __post_init__(self) -> None:
        if self.gross_minor - self.discount_minor != self.total_minor:
            raise ReceiptError("line_total_mismatch", self.name)


@dataclass(frozen=True, slots=True)
class DiscountLine:
    """One applied mechanism, its reason already rendered ("Gold tier 10 %")."""

    reason: str
    amount_minor: int


@dataclass(frozen=True, slots=True)
class Totals:
    gross_minor: int
    discount_minor: int
    net_minor: int

    def __post_init__(self) -> None:
        if self.gross_minor - self.discount_minor != self.net_minor:
            raise ReceiptError("totals_mismatch", (self.gross_minor, self.discount_minor))


@dataclass(frozen=True, slots=True)
class Payment:
    """A tender with its rendered label; cash carries what was handed over and the change."""

    tender: str
    amount_minor: int
    tendered_minor: int | None = None
    change_minor: int | None = None


@dataclass(frozen=True, slots=True)
class LoyaltyBlock:
    """The member's part of the receipt; texts (tier, next tier, stamps) arrive rendered.

    ``card_masked`` must already be masked: pos never sees loyalty's masking
    rule, so the model refuses a number showing more than its last four digits.
    """

    card_masked: str
    points_earned: int = 0
    points_redeemed: int = 0
    balance_points: int = 0
    pending_points: int = 0
    tier: str = ""
    next_tier_text: str = ""
    stamps_text: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if len(self.card_masked.replace(MASK_CHAR, "").strip()) > 4:
            raise ReceiptError("card_not_masked", self.card_masked[-4:])


@dataclass(frozen=True, slots=True)
class IssuedCoupon:
    """A coupon for the next visit; ``code`` is printed as a Code 128 barcode."""

    code: str
    description: str = ""
    valid_until_text: str = ""


@dataclass(frozen=True, slots=True)
class Receipt:
    """Amounts are positive on a return too; ``kind`` says which way the money went."""

    kind: ReceiptKind
    number: str
    time_text: str
    cashier: str
    lines: tuple[ReceiptLine, ...]
    totals: Totals
    payments: tuple[Payment, ...] = ()
    discounts: tuple[DiscountLine, ...] = ()
    header_lines: tuple[str, ...] = ()
    footer_lines: tuple[str, ...] = ()
    not_fiscal: bool = False
    original_number: str | None = None
    loyalty: LoyaltyBlock | None = None
    coupon: IssuedCoupon | None = None
    currency: str = "RUB"
    language: str = "ru"

    def __post_init__(self) -> None:
        if self.kind not in RECEIPT_KINDS:
            raise ReceiptError("bad_kind", self.kind)
        if sum(line.gross_minor for line in self.lines) != self.totals.gross_minor:
            raise ReceiptError("gross_mismatch", self.totals.gross_minor)
