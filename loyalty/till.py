"""The till as a service: one cashier's basket, its quote, and every action the till offers.

Qt-free, so the till's behaviour is tested without a window; the window only
turns keystrokes into these calls and the results into what the cashier sees.
Every method calls the services and leaves ``basket``/``quote`` fresh; a
refusal raises a user error (BasketError, CardError, CouponRefused,
RedemptionError…) and changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from loyalty.checkout_hooks import Customer, LoyaltyDetail
from loyalty.coupons import CouponError, CouponRefused
from loyalty.engine.calendar_rules import in_birthday_window
from loyalty.ledger import wallet
from loyalty.members.card_numbers import is_valid_gtin
from loyalty.members.cards import CardError
from loyalty.members.enrolment import Enrolment, enrol
from loyalty.members.members import new_member, region_for
from loyalty.model.models import Balance
from loyalty.network.returns import find_sale
from loyalty.shop import Shop
from loyalty.storage import rules_store
from pos import basket as bk
from pos.basket import Basket, BasketError
from pos.catalogue.model import Product
from pos.checkout import CheckoutError, SaleQuote
from pos.clock import local_date
from pos.returns import ReturnQuote
from pos.sale import Payment, Sale, Tender
from pos.staff.model import Staff
from pos.catalogue.gtin import is_ascii_digits
from pos.storage import store
from pos.suspend import (audit_line_taken_off, park_basket, parked_list, resume_basket,
                         void_basket)


@dataclass(frozen=True, slots=True)
class CustomerView:
    """What the customer panel shows; every figure comes from a service."""

    detail: LoyaltyDetail
    balance: Balance
    birthday: bool


@dataclass(frozen=True, slots=True)
class ParkedView:
    """A parked basket as the cashier picks it: when, who (name or card) and how much."""

    basket_id: str
    label: str
    at: datetime
    customer: str
    total_minor: int


def _detail(quote: SaleQuote) -> LoyaltyDetail:
    return next(d for d in quote.details if isinstance(d, LoyaltyDetail))


def looks_like_product(code: str) -> bool:
    """A GTIN outside the in-store range 20–29 is a manufacturer's product barcode, never
    one of the shop's cards (those are numbered in 20–29)."""
    return is_valid_gtin(code) and not code.zfill(13).startswith("2")


class Till:
    """One cashier's till; ``staff`` None until someone logs in."""

    def __init__(self, shop: Shop, staff: Staff | None) -> None:
        self.shop, self.staff = shop, staff
        self.basket: Basket = bk.new_basket()
        self.quote: SaleQuote = shop.checkout.quote(self.basket)
        self.changed_line_no: int | None = None  # the line the last product scan added to

    @property
    def staff_id(self) -> int | None:
        return self.staff.staff_id if self.staff else None

    @property
    def detail(self) -> LoyaltyDetail:
        return _detail(self.quote)

    def _set(self, basket: Basket) -> None:
        """Quote first: a basket the rules refuse never replaces the current one."""
        quote = self.shop.checkout.quote(basket)
        self.basket, self.quote = basket, quote

    # -- codes from the scanner or the scan field -----------------------------

    def enter_code(self, code: str, customer_only: bool = False) -> str:
        """Route a scanned or typed code; returns what it was: product, customer or coupon."""
        code = code.strip()
        if not customer_only:
            product = store.product_by_barcode(self.shop.db, code)
            if product is not None:
                self.add_product(product)
                return "product"
        try:
            self.identify(code)
            return "customer"
        except CardError as error:
            if customer_only or error.reason != "unknown":
                raise
            if looks_like_product(code):
                raise BasketError("unknown_product", code) from error
            if is_ascii_digits(code):
                raise
        # a code that is neither product nor card, with letters in it, is a coupon
        self.add_coupon(code)
        return "coupon"

    def add_coupon(self, code: str) -> None:
        """A coupon the rules refuse now (used up, expired, too small a receipt…) is not
        added: the cashier hears why, and the basket stays as it was."""
        code = code.strip().upper()
        if code in self.basket.coupon_codes:
            raise CouponRefused(code, "duplicate")
        basket = bk.add_coupon(self.basket, code)
        try:
            quote = self.shop.checkout.quote(basket)
        except CouponError as error:
            if error.reason == "unknown":
                raise CouponRefused(code, "unknown") from error
            raise
        refusal = next((r for r in _detail(quote).quote.coupons_rejected if r.code == code), None)
        if refusal is not None:
            coupon = rules_store.coupon_by_code(self.shop.db, code)
            raise CouponRefused(code, refusal.reason, coupon.min_receipt_minor if coupon else 0,
                                refusal.other)
        self.basket, self.quote = basket, quote

    def identify(self, ref: str) -> Customer:
        customer = self.shop.loyalty.identify(ref, self.shop.clock(), staff_id=self.staff_id)
        ref = customer.card.number if customer.card else ref
        self._set(bk.set_redeem_points(bk.set_customer(self.basket, ref), 0))
        return customer

    def search(self, text: str) -> tuple[Product, ...]:
        return store.search_products(self.shop.db, text) if text.strip() else ()

    def add_product(self, product: Product) -> None:
        """A product scanned again adds to its own line; ``changed_line_no`` says which."""
        self._set(bk.add_product(self.basket, product))
        self.changed_line_no = next(
            l.line_no for l in reversed(self.basket.lines) if l.product_id == product.product_id
            and l.unit_price_minor == product.price_minor)

    def add_free_amount(self, name: str, amount_minor: int) -> None:
        self._set(bk.add_free_amount(self.basket, name, amount_minor))

    def set_qty(self, line_no: int, qty: int) -> None:
        """A quantity lowered is audited like a void of the units taken off."""
        self._take_off(bk.set_qty(self.basket, line_no, qty), line_no, qty)

    def void_line(self, line_no: int) -> None:
        basket = bk.void_line(self.basket, line_no)
        self._take_off(bk.set_redeem_points(basket, 0) if self.basket.redeem_points else basket,
                       line_no, 0)

    def _take_off(self, basket: Basket, line_no: int, qty_left: int) -> None:
        """Quote first, as ``_set`` does: the audit row is written only for a change made."""
        quote = self.shop.checkout.quote(basket)
        if qty_left < self.basket.line(line_no).qty:
            audit_line_taken_off(self.shop.db, self.basket, line_no, qty_left, self.staff_id,
                                 self.shop.clock())
        self.basket, self.quote = basket, quote

    def redeem(self, points: int) -> None:
        """Raises RedemptionError (with the maximum and what limits it) above the maximum."""
        self._set(bk.set_redeem_points(self.basket, points))

    def customer_view(self) -> CustomerView | None:
        detail = self.detail
        if detail.customer is None:
            return None
        now = self.shop.clock()
        member = detail.customer.member
        today: date = local_date(now, self.shop.settings.timezone)
        rule = self.shop.programs.program_for(today).birthday
        birthday = in_birthday_window(member.birthday, today, rule.window_days if rule else 0)
        state = detail.state
        balance = (Balance(state.spendable_points, state.pending_points) if state
                   else wallet.balance(self.shop.db, member.member_id, now))
        return CustomerView(detail, balance, birthday)

    # -- finishing the basket ----------------------------------------------------

    def points_payment(self) -> Payment | None:
        q = self.detail.quote
        if not self.basket.redeem_points:
            return None
        return Payment(Tender.POINTS, q.redeem_value_minor, points=self.basket.redeem_points)

    def pay(self, basket: Basket, quote: SaleQuote, payments: tuple[Payment, ...]) -> Sale:
        """Commit the basket the payment dialog was opened for; a second press finds the same sale."""
        sale = self.shop.checkout.commit(basket, quote, payments, self.staff_id)
        if basket.basket_id == self.basket.basket_id:
            self._set(bk.new_basket())
        return sale

    def void_sale(self) -> None:
        void_basket(self.shop.db, self.basket, self.staff_id, self.shop.clock())
        self._set(bk.new_basket())

    def park(self, label: str) -> None:
        park_basket(self.shop.db, self.basket, self.shop.clock(), self.staff_id, label)
        self._set(bk.new_basket())

    def parked(self) -> tuple[ParkedView, ...]:
        """Each parked basket, oldest first, with its customer and what it would cost now."""
        return tuple(self._parked_view(p.basket_id, p.label, p.at, p.basket)
                     for p in parked_list(self.shop.db))

    def _parked_view(self, basket_id: str, label: str, at: datetime,
                     basket: Basket) -> ParkedView:
        try:
            detail = _detail(self.shop.checkout.quote(basket))
        except ValueError:  # its card blocked or its coupon used since: still resumable
            return ParkedView(basket_id, label, at, basket.customer_ref or "", basket.gross_minor)
        customer = detail.customer
        name = ""
        if customer is not None:
            name = customer.member.name or (customer.card.number if customer.card else "")
        return ParkedView(basket_id, label, at, name, detail.quote.net_minor)

    def resume(self, basket_id: str) -> None:
        self._set(resume_basket(self.shop.db, basket_id))

    # -- returns -------------------------------------------------------------------

    def find_sale(self, printed: str) -> int:
        """The sale a receipt's number names ('2-3626' in a shop network: till 2's sale
        3626, at any till once synced); CheckoutError when there is none."""
        sale_no = find_sale(self.shop.db, printed)
        if sale_no is None:
            raise CheckoutError("no_such_sale", printed.strip())
        return sale_no

    def returnable(self, sale_no: int) -> tuple[Sale, dict[int, int]]:
        """The sale and, per line, how many units can still come back (CheckoutError if none)."""
        return self.shop.returns.remaining(sale_no)

    def quote_return(self, sale_no: int, qty_by_line: dict[int, int] | None = None) -> ReturnQuote:
        """The refund and the points reversal, shown before anything is written."""
        return self.shop.returns.quote(sale_no, qty_by_line)

    def make_return(self, quote: ReturnQuote, tender: Tender = Tender.CASH) -> Sale:
        """Record the return the cashier was shown; the same quote twice makes one return."""
        return self.shop.returns.commit(quote, self.staff_id, tender)

    # -- enrolment ---------------------------------------------------------------

    def enrol(self, name: str, phone: str, consent_data: bool, consent_marketing: bool,
              card_number: str) -> Enrolment:
        """Enrol at the till (scanned card bound, else a new one issued) and put them on the
        basket.  Without consent to data processing nothing personal is kept: the customer
        gets an anonymous (bearer) card."""
        s, now = self.shop.settings, self.shop.clock()
        if consent_data:
            member = new_member(name, phone.strip() or None, now, consent_data=True,
                                consent_marketing=consent_marketing)
        else:
            member = new_member("", None, now)
        done = enrol(self.shop.db, member, self.shop.programs.program_for(local_date(now, s.timezone)),
                     now, region=region_for(s), tz=s.timezone,
                     card_number=card_number.strip() or None,
                     issue_card_prefix=None if card_number.strip() else s.card_prefix,
                     staff_id=self.staff_id, bearer=not consent_data)
        if done.card is not None:
            self.identify(done.card.number)
        return done

    def balance(self, member_id: int) -> Balance:
        return wallet.balance(self.shop.db, member_id, self.shop.clock())
