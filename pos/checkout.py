"""Quoting and committing a sale, with the extension points loyalty plugs into.

Adjusters add discounts while quoting and check the payments; sale hooks run
inside the commit transaction, so a sale and everything recorded about it
(loyalty points included) land together or not at all.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from sqlite_utils import Database

from pos.storage import sale_store
from pos.basket import Basket, is_count
from pos.clock import Clock
from pos.storage.db import write_transaction
from pos.money import allocate
from pos.sale import TENDERS, Discount, Payment, Sale, SaleKind, SaleLine, Tender
from pos.errors import UserError

MAX_SALE_MINOR = 100_000_000_00


class CheckoutError(UserError, ValueError):
    """A sale the till refuses; ``reason`` is a stable key, ``detail`` the data behind it."""

    def __init__(self, reason: str, detail: object = None) -> None:
        super().__init__(f"checkout.{reason}", value=detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class AdjusterQuote:
    discounts: tuple[Discount, ...] = ()
    detail: object = None


@dataclass(frozen=True, slots=True)
class SaleQuote:
    basket: Basket
    at: datetime
    lines: tuple[SaleLine, ...]
    discounts: tuple[Discount, ...]
    details: tuple[object, ...]

    @property
    def gross_minor(self) -> int:
        return sum(l.gross_minor for l in self.lines)

    @property
    def discount_minor(self) -> int:
        return sum(l.discount_minor for l in self.lines)

    @property
    def net_minor(self) -> int:
        return sum(l.net_minor for l in self.lines)


class Adjuster(Protocol):
    def quote_sale(self, basket: Basket, at: datetime) -> AdjusterQuote: ...

    def check_payments(self, quote: SaleQuote, payments: tuple[Payment, ...]) -> None: ...

    def reserve(self, quote: SaleQuote, payments: tuple[Payment, ...]) -> None:
        """Before the sale's transaction, ask what may take time (a shop network's server
        holding the points to be redeemed); may refuse.  Never called while quoting."""


class SaleHook(Protocol):
    def on_sale(self, db: Database, sale: Sale, quote: SaleQuote) -> None: ...


def _apply_discounts(basket: Basket, discounts: Sequence[Discount]) -> tuple[SaleLine, ...]:
    """Per-line discounts stay on their line; receipt-level ones are spread over the
    discountable lines in proportion to what is left of them, summing exactly."""
    per_line = {l.line_no: 0 for l in basket.lines}
    for d in discounts:
        if d.line_no is not None:
            per_line[d.line_no] += d.amount_minor
    eligible = [l for l in basket.lines if not l.no_discount]
    for d in discounts:
        if d.line_no is None:
            room = [l.gross_minor - per_line[l.line_no] for l in eligible]
            for line, part in zip(eligible, allocate(d.amount_minor, room)):
                per_line[line.line_no] += part
    lines = []
    for l in basket.lines:
        disc = per_line[l.line_no]
        if disc < 0 or disc > l.gross_minor or (disc and l.no_discount):
            raise CheckoutError("discount_out_of_range", (l.line_no, disc))
        lines.append(SaleLine(
            line_no=l.line_no, name=l.name, category=l.category, qty=l.qty,
            unit_price_minor=l.unit_price_minor, gross_minor=l.gross_minor, discount_minor=disc,
            net_minor=l.gross_minor - disc, product_id=l.product_id, barcode=l.barcode,
            no_discount=l.no_discount, no_points=l.no_points))
    return tuple(lines)


def check_payments_cover(net_minor: int, payments: tuple[Payment, ...],
                         coupon_codes: tuple[str, ...] = ()) -> None:
    """Payments add up to the net exactly, each is sane, and only cash gives change.

    A receipt made free by its discounts (the fifth coffee alone) needs no payment.
    A coupon tender names a coupon on the basket: without one it would be a sale
    "paid" with nothing.
    """
    if not payments and net_minor != 0:
        raise CheckoutError("no_payment")
    for p in payments:
        if p.tender not in TENDERS or p.tender == Tender.WITHHELD:
            raise CheckoutError("bad_tender", p.tender)
        if not all(is_count(v) for v in (p.amount_minor, p.tendered_minor, p.points)):
            raise CheckoutError("bad_amount", p.amount_minor)
        if p.tender == Tender.COUPON and p.reference.strip().upper() not in coupon_codes:
            raise CheckoutError("coupon_not_on_basket", p.reference)
        if p.amount_minor <= 0 or p.amount_minor > MAX_SALE_MINOR:
            raise CheckoutError("bad_amount", p.amount_minor)
        if p.tender == Tender.CASH and p.tendered_minor and p.tendered_minor < p.amount_minor:
            raise CheckoutError("cash_short", p.amount_minor - p.tendered_minor)
        if p.tender == Tender.CASH and p.tendered_minor > p.amount_minor + MAX_SALE_MINOR:
            raise CheckoutError("bad_amount", p.tendered_minor)
    paid = sum(p.amount_minor for p in payments)
    if paid != net_minor:
        raise CheckoutError("payments_do_not_match", (paid, net_minor))


def split_payments(due_minor: int, card_minor: int, cash_tendered_minor: int | None,
                   points: Payment | None,
                   largest_note_minor: int | None = None) -> tuple[Payment, ...]:
    """What the cashier typed, as payments: the card takes its part, cash the rest.

    An empty cash field (None) means exact cash.  Whether the payments are
    acceptable is ``commit``'s call (it refuses short cash and mismatched totals);
    change of a whole ``largest_note_minor`` or more is refused here, as typed: nobody
    hands over a note they do not need, so the cash received is a slip of the keys.
    """
    if card_minor < 0 or card_minor > due_minor:
        raise CheckoutError("card_over_due", card_minor)
    cash_minor = due_minor - card_minor
    payments = [points] if points else []
    if card_minor:
        payments.append(Payment(Tender.CARD, card_minor))
    if cash_minor:
        tendered = cash_minor if cash_tendered_minor is None else cash_tendered_minor
        if largest_note_minor is not None and tendered - cash_minor >= largest_note_minor:
            raise CheckoutError("change_too_large", tendered - cash_minor)
        payments.append(Payment(Tender.CASH, cash_minor, tendered_minor=tendered))
    return tuple(payments)


class Checkout:
    def __init__(self, db: Database, clock: Clock, adjusters: Sequence[Adjuster] = (),
                 hooks: Sequence[SaleHook] = ()) -> None:
        self.db, self.clock = db, clock
        self.adjusters, self.hooks = tuple(adjusters), tuple(hooks)

    def quote(self, basket: Basket, at: datetime | None = None) -> SaleQuote:
        at = at or self.clock()
        results = [a.quote_sale(basket, at) for a in self.adjusters]
        discounts = tuple(d for r in results for d in r.discounts)
        lines = _apply_discounts(basket, discounts)
        return SaleQuote(basket, at, lines, discounts, tuple(r.detail for r in results))

    def commit(self, basket: Basket, shown: SaleQuote, payments: tuple[Payment, ...],
               staff_id: int | None, quoted_under_lock: bool = False) -> Sale:
        """Record the sale the cashier was shown, once.

        The same basket committed again (a second press of Pay) returns the sale
        already made instead of making another.  The quote is recomputed under
        the write lock; if it differs from what was shown (another till spent the
        points meanwhile, the day turned), nothing is written.  A caller that made
        ``shown`` inside the transaction it still holds (the demo's week of sales)
        says so with ``quoted_under_lock``: nothing can have changed since, so the
        quote is not made twice.
        """
        if not basket.lines:
            raise CheckoutError("empty_basket")
        if shown.net_minor > MAX_SALE_MINOR:
            raise CheckoutError("bad_amount", shown.net_minor)
        check_payments_cover(shown.net_minor, payments, basket.coupon_codes)
        for adjuster in self.adjusters:  # outside the write lock: other tills' sales go on
            adjuster.reserve(shown, payments)
        with write_transaction(self.db):
            existing = sale_store.sale_no_for_basket(self.db, basket.basket_id)
            if existing is not None:
                return sale_store.load_sale(self.db, existing)
            held = quoted_under_lock and self.db.conn.in_transaction
            fresh = shown if held else self.quote(basket, self.clock())
            if fresh.lines != shown.lines or fresh.discounts != shown.discounts:
                raise CheckoutError("quote_changed")
            for adjuster in self.adjusters:
                adjuster.check_payments(fresh, payments)
            sale = Sale(sale_no=0, basket_id=basket.basket_id, kind=SaleKind.SALE, at=fresh.at,
                        staff_id=staff_id, customer_ref=basket.customer_ref, lines=fresh.lines,
                        discounts=fresh.discounts, payments=payments)
            sale = replace(sale, sale_no=sale_store.insert_sale(self.db, sale))
            for hook in self.hooks:
                hook.on_sale(self.db, sale, fresh)
        return sale
