"""The demo shop's simulated days: enrolments, sales, redemptions, returns and expiries."""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from loyalty.members import cards
from loyalty.daily import run_daily
from loyalty.checkout_hooks import LoyaltyDetail
from loyalty.members.enrolment import enrol
from loyalty.members.members import new_member
from pos import basket as b
from pos.storage import store
from pos.checkout import CheckoutError
from pos.storage.db import write_transaction
from pos.sale import Payment
from pos.staff.pins import find_by_pin

CARD_SHARE = 0.75
REDEEM_SHARE = 0.25
RETURN_SHARE = 0.015


class Simulation:
    def __init__(self, shop, clock, rng: random.Random, tz: str, members: int, sales: int,
                 start: date, end: date, pins: dict[str, str], name: Callable) -> None:
        self.shop, self.clock, self.rng, self.tz = shop, clock, rng, tz
        self.members_total, self.sales_total = members, sales
        self.start, self.end, self.name = start, end, name
        self.cashier = find_by_pin(shop.db, pins["cashier"]).staff_id
        self.products = store.all_products(shop.db)
        self.program = shop.programs.program_for(start)
        self.cards: list[str] = []
        self.recent: list[int] = []
        self.sales = self.returns = 0

    def run(self, progress: Callable[[int, int], None] | None = None):
        from loyalty.demo.demo import DemoResult
        days = (self.end - self.start).days + 1
        first_wave = max(1, self.members_total * 3 // 10)
        for n in range(days):
            day = self.start + timedelta(days=n)
            enrolled_by = first_wave + (self.members_total - first_wave) * (n + 1) // days
            due_sales = self.sales_total * (n + 1) // days - self.sales_total * n // days
            with write_transaction(self.shop.db):
                self._at(day, 8 * 3600)
                while len(self.cards) < enrolled_by:
                    self._enrol()
                for k in range(due_sales):
                    self._at(day, 9 * 3600 + k * 12 * 3600 // max(1, due_sales))
                    self._sale()
                    if self.rng.random() < RETURN_SHARE and self.recent:
                        self._return()
                run_daily(self.shop)
                if n == days // 2:
                    self.replace_some_cards(0.01)
            if progress:
                progress(n + 1, days)
        return DemoResult(len(self.cards), self.sales, self.returns, self.start, self.end)

    def _at(self, day: date, seconds: int) -> None:
        moment = datetime.combine(day, time(0), ZoneInfo(self.tz)) + timedelta(
            seconds=seconds + self.rng.randrange(0, 600))
        self.clock.now = max(self.clock.now, moment)

    def _enrol(self) -> None:
        i = len(self.cards)
        rng = self.rng
        birthday = date(rng.randrange(1955, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
        member = new_member(self.name(rng, i), f"+7916{i:07d}", self.clock(),
                            birthday=birthday, consent_data=True,
                            consent_marketing=rng.random() < 0.6,
                            email=f"client{i}@example.ru" if rng.random() < 0.4 else "")
        e = enrol(self.shop.db, member, self.program, self.clock.now, region="RU", tz=self.tz,
                  issue_card_prefix=self.shop.settings.card_prefix)
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
        return basket

    def _sale(self) -> None:
        checkout = self.shop.checkout
        basket = self._basket()
        try:
            quote = checkout.quote(basket)
        except Exception as error:  # a card replaced meanwhile: sell without it
            if getattr(error, "reason", "") != "blocked":
                raise
            basket = b.set_customer(basket, None)
            quote = checkout.quote(basket)
        while quote.net_minor == 0:  # a free coffee alone: the till takes no zero payment
            basket = b.add_product(basket, self.rng.choice(self.products))
            quote = checkout.quote(basket)
        loyalty = next(d for d in quote.details if isinstance(d, LoyaltyDetail)).quote
        limits = loyalty.redeem_limits
        if loyalty.member_id and limits.max_points > 0 and self.rng.random() < REDEEM_SHARE:
            basket = b.set_redeem_points(basket, limits.max_points)
            quote = checkout.quote(basket)
            loyalty = next(d for d in quote.details if isinstance(d, LoyaltyDetail)).quote
        payments = []
        if loyalty.redeem_points:
            payments.append(Payment("points", loyalty.redeem_value_minor,
                                    points=loyalty.redeem_points))
        money = quote.net_minor - loyalty.redeem_value_minor
        if money:
            if self.rng.random() < 0.6:
                payments.append(Payment("card", money))
            else:
                tendered = -(-money // 100_00) * 100_00
                payments.append(Payment("cash", money, tendered_minor=tendered))
        sale = checkout.commit(basket, quote, tuple(payments), self.cashier)
        self.sales += 1
        self.recent = (self.recent + [sale.sale_no])[-200:]

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
            self.cards[j] = new.number
