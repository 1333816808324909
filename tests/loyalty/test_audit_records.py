"""Every change of cards, members, coupons and basket lines leaves one audit row, written with
the change (a refused change leaves none), and the log reads it in words."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from loyalty.audit_log import action_choices, readable_rows
from loyalty.coupons import CouponError, CouponTerms, generate_coupons
from loyalty.members.admin import attach_card, enrol_member, erase_personal_data
from loyalty.members.cards import (CardError, block_card, issue_cards, register_range,
                                   replace_card)
from loyalty.members.csv_import import import_customers
from loyalty.members.members import create_member, edit_member, new_member
from loyalty.model.program import EarnBp, PointsRule, Program, WelcomeBonus
from loyalty.program.programs import save_program
from loyalty.till import Till
from pos.catalogue.model import Product
from pos.staff.audit import AuditAction
from pos.staff.pins import add_staff
from pos.storage import store
from pos.storage.db import write_transaction

LOAF = Product(None, "4600000000018", "Sourdough loaf", 220_00, "bakery")


def masked(number: str) -> str:
    """A card number as the log shows it: four dots and its last four digits."""
    return "••••" + number[-4:]


@pytest.fixture
def owner(shop, clock):
    return add_staff(shop.db, "Boris", "owner", "9999", clock())


def _rows(shop, language: str = "en") -> list[tuple[str, str, str, str]]:
    entries = store.audit_entries(shop.db)
    return [(r.who, r.action, r.subject, r.details) for r in
            readable_rows(shop.db, entries, language, "Europe/Moscow", "RUB")]


def _actions(shop) -> list[str]:
    return [e.action for e in store.audit_entries(shop.db)][::-1]


def test_card_issue_register_block_and_replace_are_audited_by_whom(shop, clock, owner) -> None:
    anna = create_member(shop.db, new_member("Anna", "+79161234567", clock()), "RU")
    (card,) = issue_cards(shop.db, 1, "29", clock(), member_id=anna.member_id,
                          staff_id=owner.staff_id)
    bearer = issue_cards(shop.db, 3, "29", clock(), staff_id=owner.staff_id)
    register_range(shop.db, "2000000000015", 2, clock(), staff_id=owner.staff_id)
    new = replace_card(shop.db, card.number, clock(), staff_id=owner.staff_id)
    block_card(shop.db, bearer[0].number, "damaged", clock(), staff_id=owner.staff_id)
    with pytest.raises(CardError):  # refused: no row
        block_card(shop.db, bearer[0].number, "again", clock(), staff_id=owner.staff_id)
    assert _actions(shop) == ["cards_issued", "cards_issued", "cards_registered",
                              "card_replaced", "card_blocked"]
    rows = _rows(shop)
    assert rows[0] == ("Boris", "Card blocked", f"bearer card {masked(bearer[0].number)}",
                       "reason: damaged")
    assert rows[1] == ("Boris", "Card replaced", f"Anna, card {masked(card.number)}",
                       f"new card: {masked(new.number)}")
    assert rows[2][1:3] == ("Cards registered", "2 in all")
    assert rows[3][1:4] == ("Cards issued", "3 in all", "how many: 3")
    assert rows[4] == ("Boris", "Cards issued", f"Anna, card {masked(card.number)}", "")
    assert _rows(shop, "ru")[1][1:3] == ("Карта заменена", f"Anna, карта {masked(card.number)}")


def test_enrolment_writes_one_row_and_an_edit_names_the_fields_not_the_values(
        shop, clock, owner) -> None:
    program = Program(1, date(2026, 1, 1), points=PointsRule(EarnBp(500)),
                      welcome=WelcomeBonus(100))
    save_program(shop.db, program, date(2026, 1, 1), clock())
    member = new_member("Anna", "+79161234567", clock(), consent_data=True)
    anna = enrol_member(shop.db, member, shop.programs.program_for, clock(), tz="Europe/Moscow",
                        region="RU", card="", prefix="29", staff_id=owner.staff_id)
    changed = replace(anna, name="Anna Petrova", email="anna@example.ru")
    edit_member(shop.db, changed, "RU", clock().date(), at=clock(), staff_id=owner.staff_id)
    edit_member(shop.db, changed, "RU", clock().date(), at=clock(), staff_id=owner.staff_id)
    assert _actions(shop) == ["member_created", "member_edited"]  # the unchanged save: none
    edited, created = store.audit_entries(shop.db)
    assert edited.detail == {"fields": ["name", "email"]}
    assert "anna@example.ru" not in str(edited.detail) and "Anna" not in edited.subject
    card = created.detail["card"]
    assert created.detail == {"card": card, "bearer": None, "welcome_points": 100}
    rows = _rows(shop)
    assert rows[0] == ("Boris", "Customer edited", "Anna Petrova", "fields: name, e-mail")
    assert rows[1] == ("Boris", "Customer enrolled", "Anna Petrova",
                       f"card: {masked(card)}; welcome points: 100")
    assert _rows(shop, "ru")[0][1:] == ("Данные покупателя изменены", "Anna Petrova",
                                        "поля: название, эл. почта")


def test_a_typed_card_at_enrolment_is_bound_and_an_import_is_one_row(shop, clock, owner) -> None:
    member = new_member("Ivan", None, clock())
    ivan = enrol_member(shop.db, member, shop.programs.program_for, clock(), tz="UTC",
                        region="RU", card="2000000000015", prefix="29", staff_id=owner.staff_id)
    attach_card(shop.db, "2000000000022", ivan.member_id, clock(), staff_id=owner.staff_id)
    text = ("name,phone,card_number,consent_data\nOlga,+79160000001,2000000000039,yes\n"
            "Petr,+79160000002,,yes\n")
    assert import_customers(shop.db, text, clock(), "RU", staff_id=owner.staff_id) == 2
    assert _actions(shop) == ["member_created", "cards_registered", "cards_registered",
                              "members_imported"]
    assert _rows(shop)[0] == ("Boris", "Customers imported", "2 in all",
                              "how many: 2; cards: 1")


def test_an_erased_customer_is_never_named_again(shop, clock, owner) -> None:
    anna = create_member(shop.db, new_member("Anna", "+79161234567", clock(),
                                             consent_data=True), "RU")
    (card,) = issue_cards(shop.db, 1, "29", clock(), member_id=anna.member_id,
                          staff_id=owner.staff_id)
    erase_personal_data(shop.db, anna.member_id, owner, clock())
    rows = _rows(shop)
    assert [r[1] for r in rows] == ["Personal data erased", "Card blocked", "Cards issued"]
    assert rows[0][2] == f"erased customer #{anna.member_id}"
    assert rows[1][2] == rows[2][2] == f"erased customer's card {masked(card.number)}"
    assert not any("Anna" in cell for row in rows for cell in row)
    assert _rows(shop, "ru")[0][2] == f"покупатель №{anna.member_id} (данные удалены)"


def test_a_coupon_batch_is_one_row_and_a_refused_one_none(shop, clock, owner) -> None:
    today = clock().date()
    generate_coupons(shop.db, 5, CouponTerms(rate_bp=1_000, min_receipt_minor=500_00), clock(),
                     today, "spring", staff_id=owner.staff_id)
    with pytest.raises(CouponError):
        generate_coupons(shop.db, 5, CouponTerms(), clock(), today, staff_id=owner.staff_id)
    assert _rows(shop) == [("Boris", "Coupon batch generated", "coupon batch “spring”",
                            "how many: 5; discount: 10\u00a0%; minimum receipt: ₽500.00; "
                            "uses: 1")]


def test_till_line_voids_and_lowered_quantities_are_audited(shop, clock, owner) -> None:
    with write_transaction(shop.db):
        store.upsert_products(shop.db, (LOAF,))
    cashier = add_staff(shop.db, "Olga", "cashier", "1111", clock())
    till = Till(shop, cashier)
    till.enter_code(LOAF.barcode)
    till.set_qty(1, 4)  # raised: nothing taken off
    till.set_qty(1, 3)
    till.add_free_amount("Gift wrap", 50_00)
    till.void_line(2)
    assert _actions(shop) == ["line_reduced", "line_voided"]
    rows = _rows(shop)
    assert rows[0] == ("Olga", "Line voided", "unpaid basket",
                       "name: Gift wrap; quantity: 1; amount: ₽50.00")
    assert rows[1] == ("Olga", "Quantity lowered", "Sourdough loaf",
                       "name: Sourdough loaf; quantity: 4 → 3; amount: ₽220.00")
    (voided, reduced) = store.audit_entries(shop.db)
    assert voided.detail["basket"] == reduced.detail["basket"] == till.basket.basket_id


def test_the_filter_offers_every_action_and_codes_of_older_versions(shop, clock) -> None:
    shop.db.execute("INSERT INTO audit_log (at, staff_id, action, subject, detail) "
                    "VALUES ('2026-01-01T00:00:00+00:00', NULL, 'points_adjust', 'member 1', "
                    "'{}')")
    choices = action_choices(shop.db, "ru")
    assert [code for _, code in choices[:-1]] and choices[-1] == ("points_adjust",
                                                                  "points_adjust")
    assert {code for _, code in choices[:-1]} == {str(a) for a in AuditAction}
    labels = [label for label, _ in choices[:-1]]
    assert labels == sorted(labels, key=str.casefold) and "Карта заблокирована" in labels
