"""A seeded shop for the till tests: products, a points program with a receipt discount, staff,
members and cards, all made through the services."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from loyalty.members.cards import block_card, issue_cards
from loyalty.members.members import create_member, new_member
from loyalty.model.models import Card, Member
from loyalty.model.program import EarnBp, PointsRule, ProgressiveDiscount, Program, ReceiptBand
from loyalty.program.programs import save_program
from loyalty.shop import Shop
from loyalty.ledger.wallet import adjust
from pos.storage import store
from pos.catalogue.model import Product
from pos.storage.db import write_transaction
from pos.staff.pins import add_staff
from pos.staff.model import Staff

PRODUCTS = (
    Product(None, "4601234567893", "Croissant", 150_00, "bakery"),
    Product(None, "4607001234561", "Coffee beans 250 g", 650_00, "coffee"),
    Product(None, "4600000000018", "Sourdough loaf", 220_00, "bakery"),
)


@dataclass
class Seeded:
    shop: Shop
    cashier: Staff
    owner: Staff
    anna: Member
    anna_card: Card
    blocked_card: Card


@pytest.fixture
def seeded(shop: Shop, clock) -> Seeded:
    return seed_shop(shop, clock())


def seed_shop(shop: Shop, now: datetime) -> Seeded:
    """Three products, 5 % points and 5 % off receipts from 500, two cashiers, Anna with 300
    points and her card, and Ivan's stolen (blocked) card."""
    program = Program(version=0, effective_from=date(2026, 1, 1),
                      points=PointsRule(earn=EarnBp(500)),
                      progressive=ProgressiveDiscount((ReceiptBand(500_00, 500),)))
    save_program(shop.db, program, date(2026, 1, 1), now)
    with write_transaction(shop.db):
        store.upsert_products(shop.db, PRODUCTS)
    cashier = add_staff(shop.db, "Olga", "cashier", "1111", now)
    owner = add_staff(shop.db, "Boris", "owner", "9999", now)
    anna = create_member(shop.db, new_member("Anna Petrova", "+79161234567", now,
                                             consent_data=True), "RU")
    anna_card = issue_cards(shop.db, 1, "29", now, member_id=anna.member_id)[0]
    adjust(shop.db, anna.member_id, 300, "opening balance", owner, now)
    other = create_member(shop.db, new_member("Ivan", "+79160000001", now), "RU")
    lost = issue_cards(shop.db, 1, "29", now, member_id=other.member_id)[0]
    blocked = block_card(shop.db, lost.number, "stolen", now)
    return Seeded(shop, cashier, owner, anna, anna_card, blocked)


@pytest.fixture
def app_words():
    """For a test that installs a language's words, fonts and style on the application (as
    ``prepare_app`` does for a real start): the tests after it get the plain app back."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    font, style = app.font(), app.styleSheet()
    yield app
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    app.setFont(font)
    app.setStyleSheet(style)
