"""Readable builders for shops in tests: a points program, products, members, and sales."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from fractions import Fraction

from loyalty.checkout_hooks import LoyaltyDetail
from loyalty.members.enrolment import enrol
from loyalty.members.members import new_member
from loyalty.model.program import EarnBp, Expiry, PointsRule, Program, Redemption, WelcomeBonus
from loyalty.program.programs import save_program
from pos import basket as b
from pos.storage import store
from pos.catalogue.model import Product
from pos.storage.db import write_transaction
from pos.sale import Payment, Sale

MILK = Product(None, "4600000000011", "Молоко", 89_00, "dairy")
BREAD = Product(None, "4600000000028", "Хлеб", 55_00, "bread")
TOBACCO = Product(None, "4600000000035", "Сигареты", 250_00, "tobacco", no_discount=True,
                  no_points=True)


def points_program(earn_bp: int = 500, cap_bp: int = 5_000, hold_days: int = 0,
                   expiry_days: int | None = 365, welcome: int = 0) -> Program:
    """5 % back in points, 1 point = 1 rouble, points pay at most half a receipt."""
    return Program(1, date(2020, 1, 1), points=PointsRule(
        EarnBp(earn_bp), point_value_minor=Fraction(100),
        redemption=Redemption(cap_bp=cap_bp), hold_days=hold_days,
        expiry=Expiry(days=expiry_days)), welcome=WelcomeBonus(welcome) if welcome else None)


def seed(shop, program: Program | None = None, policy: str = "allow_negative"):
    """Products, a program and settings; returns the products by barcode."""
    save_program(shop.db, program or points_program(), date(2020, 1, 1), shop.clock())
    shop.save_settings(replace(shop.settings, negative_balance_policy=policy))
    with write_transaction(shop.db):
        store.upsert_products(shop.db, (MILK, BREAD, TOBACCO))
    return {p.barcode: store.product_by_barcode(shop.db, p.barcode) for p in (MILK, BREAD, TOBACCO)}


def member_with_card(shop, name: str = "Анна", phone: str = "+79123456789"):
    """(member, card number) enrolled under the shop's program."""
    at = shop.clock()
    e = enrol(shop.db, new_member(name, phone, at, consent_data=True),
              shop.programs.program_for(date(2026, 1, 1)), at, region="RU",
              tz=shop.settings.timezone, issue_card_prefix="29")
    return e.member, e.card.number


def basket_with(shop, *items: tuple[Product, int], card: str | None = None,
                redeem: int = 0) -> b.Basket:
    basket = b.new_basket()
    for product, qty in items:
        basket = b.add_product(basket, store.product_by_barcode(shop.db, product.barcode), qty)
    return b.set_redeem_points(b.set_customer(basket, card), redeem)


def loyalty_quote(quote):
    return next(d for d in quote.details if isinstance(d, LoyaltyDetail)).quote


def sell(shop, basket: b.Basket, staff_id: int | None = None) -> Sale:
    """Quote and pay: points as planned in the basket, the rest by card."""
    quote = shop.checkout.quote(basket)
    lq = loyalty_quote(quote)
    payments = []
    if lq.redeem_points:
        payments.append(Payment("points", lq.redeem_value_minor, points=lq.redeem_points))
    if quote.net_minor - lq.redeem_value_minor:
        payments.append(Payment("card", quote.net_minor - lq.redeem_value_minor))
    return shop.checkout.commit(basket, quote, tuple(payments), staff_id)


def give_back(shop, sale_no: int, qty_by_line: dict[int, int] | None = None) -> Sale:
    return shop.returns.commit(shop.returns.quote(sale_no, qty_by_line), None)
