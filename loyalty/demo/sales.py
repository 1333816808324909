"""The demo shop's simulated days: enrolments, sales, redemptions, coupons, returns, expiries.

Every sale goes through the till's own checkout (the same rule engine, the same
ledger entries); a simulated week is one transaction, so the sales are committed
in batches, not one durable commit each.  Asked to, each sale is its own durable
transaction instead, as at a till: the same rows, many times slower.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from loyalty.members import cards
from loyalty.daily import run_daily
from loyalty.checkout_hooks import LoyaltyDetail
from loyalty.members.enrolment import enrol
from loyalty.members.members import new_member
from loyalty.storage import rules_store
from pos import basket as b
from pos.storage import store
from pos.checkout import CheckoutError
from pos.storage.db import write_transaction
from pos.sale import Payment, Tender
from pos.staff.pins import find_by_pin
from pos.staff.model import Role

CARD_SHARE = 0.75
REDEEM_SHARE = 0.25
RETURN_SHARE = 0.015
COUPON_USE_SHARE = 0.6  # how often a member brings the coupon their last receipt earned
_OPEN, _SALES_FROM, _SALES_TO = time(8), 9 * 3600, 21 * 3600
_JITTER_SECONDS = 600


class Simulation:
    def __init__(self, shop, clock, rng: random.Random, locale, members: int, sales: int,
                 start: date, end: date, limit: datetime, pins: dict[str, str],
                 batched: bool = True) -> None:
        self.shop, self.clock, self.rng, self.locale = shop, clock, rng, locale
        self.batched = batched
        self.tz = locale.timezone
        self.members_total, self.sales_total = members, sales
        self.start, self.end, self.limit = start, end, limit
        self.cashier = find_by_pin(shop.db, pins[Role.CASHIER]).staff_id
        self.products = store.all_products(shop.db)
        self.program = shop.programs.program_for(start)
        self.cards: list[str] = []
        self.coupons: dict[str, tuple[str, date]] = {}  # card -> (code, valid until)
        self.recent: list[int] = []
        self.sales = self.returns = 0

    def _local(self, day: date, seconds: int) -> datetime:
        return datetime.combine(day, time(0), ZoneInfo(self.tz)) + timedelta(seconds=seconds)

    def _selling_seconds(self, day: date) -> int:
        """How long the day sells before ``limit``: the last day only up to now."""
        until = min(self._local(day, _SALES_TO), self.limit)
        return max(0, int((until - self._local(day, _SALES_FROM)).total_seconds()))

    def run(self, progress: Callable[[int, int], None] | None = None):
        from loyalty.demo.demo import DemoResult
        days = [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)
                if datetime.combine(self.start + timedelta(days=n), _OPEN,
                                    ZoneInfo(self.tz)) < self.limit]
        weights = [self._selling_seconds(day) for day in days]
        total_weight = sum(weights) or 1
        first_wave = max(1, self.members_total * 3 // 10)
        done_weight = 0
        weeks = _weeks(days)
        for week in weeks:
            with self._transaction(self.batched):
                for n, day in week:
                    enrolled_by = (first_wave + (self.members_total - first_wave) * (n + 1)
                                   // len(days))
                    due_sales = (self.sales_total * (done_weight + weights[n]) // total_weight
                                 - self.sales_total * done_weight // total_weight)
                    done_weight += weights[n]
                    self._day(n, day, enrolled_by, due_sales, weights[n], len(days))
                    if progress:
                        progress(n + 1, len(days))
        transactions = len(weeks) if self.batched else self.sales  # one per week, or per sale
        return DemoResult(len(self.cards), self.sales, self.returns, self.start,
                          days[-1] if days else self.start, transactions, self.batched)

    def _day(self, n: int, day: date, enrolled_by: int, due_sales: int, weight: int,
             days: int) -> None:
        """One simulated day: the enrolments, the sales and returns, then the nightly runs."""
        self._at(day, 8 * 3600)
        while len(self.cards) < enrolled_by:
            self._enrol()
        for k in range(due_sales):
            self._at(day, _SALES_FROM + k * weight // max(1, due_sales),
                     weight // max(1, due_sales))
            # unbatched, the sale is quoted under its own transaction's lock, so
            # the commit takes the quote as it is, exactly as in a week's batch
            with self._transaction(not self.batched):
                self._sale()
            if self.rng.random() < RETURN_SHARE and self.recent:
                self._return()
        run_daily(self.shop)
        if n == days // 2:
            self.replace_some_cards(0.01)

    def _transaction(self, wanted: bool):
        return write_transaction(self.shop.db) if wanted else nullcontext()

    def _at(self, day: date, seconds: int, spacing: int = _JITTER_SECONDS) -> None:
        """Move the clock to the moment, a little later at random, never up to ``limit``."""
        jitter = self.rng.randrange(0, _JITTER_SECONDS)
        moment = self._local(day, seconds + min(jitter, max(0, spacing - 1)))
        if moment >= self.limit - timedelta(seconds=1):
            moment = self._local(day, seconds)
        self.clock.now = max(self.clock.now, moment)

    def _enrol(self) -> None:
        i = len(self.cards)
        rng, locale = self.rng, self.locale
        birthday = date(rng.randrange(1955, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
        member = new_member(locale.name(rng), locale.phone(i), self.clock(),
                            birthday=birthday, consent_data=True,
                            consent_marketing=rng.random() < 0.6,
                            email=f"client{i}@{locale.email_domain}" if rng.random() < 0.4
                            else "")
        e = enrol(self.shop.db, member, self.program, self.clock.now, region=locale.region,
                  tz=self.tz, issue_card_prefix=self.shop.settings.card_prefix)
        self.cards.append(e.card.number)

    def _basket(self) -> b.Basket:
        basket = b.new_basket()
        for _ in range(self.rng.choice((1, 1, 2, 2, 3, 4, 6))):
            basket = b.add_product(basket, self.rng.choice(self.products),
                                   self.rng.choice((1, 1, 1, 2)))
        if self.rng.random() < CARD_SHARE and self.cards:
            # early members shop more often, as regulars do
            card = self.cards[int(len(self.cards) * self.rng.random() ** 2)]
            basket = b.set_customer(basket, card)
            held = self.coupons.get(card)
            if held and self.rng.random() < COUPON_USE_SHARE:
                basket = b.add_coupon(basket, held[0])
        return basket

    def _quote(self, basket: b.Basket):
        checkout = self.shop.checkout
        try:
            quote = checkout.quote(basket)
        except Exception as error:  # a card replaced meanwhile: sell without it
            if getattr(error, "reason", "") != "blocked":
                raise
            self.coupons.pop(basket.customer_ref or "", None)
            quote = checkout.quote(_without_coupons(b.set_customer(basket, None)))
            return quote.basket, quote
        if _loyalty(quote).coupons_rejected:  # expired or below its minimum: taken off again
            self.coupons.pop(basket.customer_ref or "", None)
            quote = checkout.quote(_without_coupons(basket))
        return quote.basket, quote

    def _sale(self) -> None:
        checkout = self.shop.checkout
        basket, quote = self._quote(self._basket())
        while quote.net_minor == 0:  # a free coffee alone: the till takes no zero payment
            basket = b.add_product(basket, self.rng.choice(self.products))
            quote = checkout.quote(basket)
        loyalty = _loyalty(quote)
        limits = loyalty.redeem_limits
        if loyalty.member_id and limits.max_points > 0 and self.rng.random() < REDEEM_SHARE:
            basket = b.set_redeem_points(basket, limits.max_points)
            quote = checkout.quote(basket)
            loyalty = _loyalty(quote)
        payments = []
        if loyalty.redeem_points:
            payments.append(Payment(Tender.POINTS, loyalty.redeem_value_minor,
                                    points=loyalty.redeem_points))
        money = quote.net_minor - loyalty.redeem_value_minor
        if money:
            if self.rng.random() < 0.6:
                payments.append(Payment(Tender.CARD, money))
            else:
                tendered = -(-money // 100_00) * 100_00
                payments.append(Payment(Tender.CASH, money, tendered_minor=tendered))
        # the day's transaction has held the write lock since this quote was made, so the
        # quote is the one the commit would make again: it is committed as quoted
        sale = checkout.commit(basket, quote, tuple(payments), self.cashier, quoted_under_lock=True)
        self.sales += 1
        self.recent = (self.recent + [sale.sale_no])[-200:]
        card = basket.customer_ref
        if card and basket.coupon_codes:
            self.coupons.pop(card, None)
        if card and loyalty.coupon_to_issue is not None:
            issued = rules_store.coupon_issued_on_sale(self.shop.db, sale.sale_no)
            if issued is not None:
                self.coupons[card] = (issued.code, issued.valid_until)

    def _return(self) -> None:
        sale_no = self.rng.choice(self.recent)
        try:
            original, left = self.shop.returns.remaining(sale_no)
            open_lines = {n: q for n, q in left.items() if q > 0}
            if not open_lines:
                return
            if self.rng.random() < 0.5:
                line = self.rng.choice(sorted(open_lines))
                rq = self.shop.returns.quote(sale_no, {line: 1})
            else:
                rq = self.shop.returns.quote(sale_no)
            self.shop.returns.commit(rq, self.cashier)
            self.returns += 1
        except CheckoutError:
            return

    def replace_some_cards(self, share: float) -> None:
        for i in range(int(len(self.cards) * share)):
            j = self.rng.randrange(len(self.cards))
            new = cards.replace_card(self.shop.db, self.cards[j], self.clock(),
                                     prefix=self.shop.settings.card_prefix)
            self.coupons.pop(self.cards[j], None)
            self.cards[j] = new.number


def _without_coupons(basket: b.Basket) -> b.Basket:
    for code in basket.coupon_codes:
        basket = b.remove_coupon(basket, code)
    return basket


def _loyalty(quote):
    return next(d for d in quote.details if isinstance(d, LoyaltyDetail)).quote


def _weeks(days: list[date]) -> list[list[tuple[int, date]]]:
    """The days (numbered) by calendar week, Monday to Sunday: a batch's transaction."""
    weeks: list[list[tuple[int, date]]] = []
    for n, day in enumerate(days):
        if not weeks or day.weekday() == 0:
            weeks.append([])
        weeks[-1].append((n, day))
    return weeks
