"""Card types at the real checkout: a card's type gives its discount, on the quote, the
receipt and the ledger; bearer cards keep theirs at activation; untyped cards take the
program's default; a change of type is audited and applies from the next sale."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from builders import (MILK, TOBACCO, basket_with, loyalty_quote, member_with_card,
                      points_program, seed, sell)
from loyalty.checkout_hooks import LoyaltyDetail
from loyalty.members.card_batches import new_bearer_faces
from loyalty.members.cards import (CardError, change_card_type, issue_cards, register_cards,
                                   register_range)
from loyalty.members.csv_import import import_customers
from loyalty.model.program import CardType, CardTypeId, FixedDiscount
from loyalty.printing.receipts import build_receipt
from loyalty.program.checks import ProgramError, check_program
from loyalty.storage import ledger_store, store
from pos.catalogue.model import CsvImportError
from pos.staff.pins import add_staff
from pos.storage import sale_store
from pos.storage import store as pos_store

PERSONAL = CardType(CardTypeId("personal"), "Personal 5 %", 500)
BEARER = CardType(CardTypeId("bearer"), "Bearer 3 %", 300, bearer=True)
VIP = CardType(CardTypeId("vip"), "VIP 10 %", 1_000)


def card_program(default: str | None = "personal"):
    return replace(points_program(), fixed_discount=FixedDiscount(
        (PERSONAL, BEARER, VIP), default_card_type_id=CardTypeId(default) if default else None))


def _card_lines(receipt) -> list[tuple[str, int]]:
    return [(d.reason, d.amount_minor) for d in receipt.discounts]


def test_a_card_of_type_x_gets_x_discount_on_quote_receipt_and_ledger(shop) -> None:
    seed(shop, card_program())
    member, _ = member_with_card(shop)
    (card,) = issue_cards(shop.db, 1, "29", shop.clock(), member_id=member.member_id,
                          card_type_id="vip")
    basket = basket_with(shop, (MILK, 2), (TOBACCO, 1), card=card.number)
    quote = shop.checkout.quote(basket)
    detail = next(d for d in quote.details if isinstance(d, LoyaltyDetail))
    assert detail.card_type == VIP
    (discount,) = loyalty_quote(quote).discounts
    # 10 % of 178.00; tobacco is never discounted
    assert (discount.amount_minor, discount.explanation.param("card")) == (17_80, "VIP 10 %")
    sale = sell(shop, basket)
    assert sale.net_minor == 178_00 - 17_80 + 250_00
    # 5 % back on the 160.20 paid for the milk: 8 points; tobacco earns none
    assert ledger_store.loyalty_sale(shop.db, sale.sale_no).points_earned == 8
    assert [e.points for e in ledger_store.entries_of_sale(shop.db, sale.sale_no)] == [8]
    assert _card_lines(build_receipt(shop, sale.sale_no)) == [
        ("Скидка по карте «VIP 10 %» 10\u00a0%", 17_80)]


def test_a_bearer_card_registered_as_y_gets_y_at_its_first_scan(shop) -> None:
    seed(shop, card_program())
    (card,) = register_range(shop.db, "2900000000018", 1, shop.clock(), card_type_id="bearer")
    assert card.status == "unassigned"
    customer = shop.loyalty.identify(card.number, shop.clock())  # the till's first scan
    activated = store.card_by_number(shop.db, card.number)
    assert (activated.status, activated.card_type_id) == ("active", "bearer")
    assert customer.member.member_id == activated.member_id
    sale = sell(shop, basket_with(shop, (MILK, 1), card=card.number))
    assert sale.discount_minor == 2_67  # 3 % of 89.00, rounded half up
    assert _card_lines(build_receipt(shop, sale.sale_no))[0][0] == (
        "Скидка по карте «Bearer 3 %» 3\u00a0%")


def test_a_blank_card_without_a_type_takes_the_default_at_activation(shop) -> None:
    seed(shop, card_program())
    (card,) = issue_cards(shop.db, 1, "29", shop.clock())
    shop.loyalty.identify(card.number, shop.clock())
    assert store.card_by_number(shop.db, card.number).card_type_id == "personal"


def test_a_card_without_a_type_gets_the_default_type(shop) -> None:
    seed(shop, card_program())
    _, number = member_with_card(shop)  # enrolment issues a card with no type
    assert store.card_by_number(shop.db, number).card_type_id is None
    sale = sell(shop, basket_with(shop, (MILK, 2), card=number))
    assert sale.discount_minor == 8_90  # Personal 5 %


def test_without_a_default_an_untyped_card_gets_no_card_discount(shop) -> None:
    seed(shop, card_program(default=None))
    _, number = member_with_card(shop)
    sale = sell(shop, basket_with(shop, (MILK, 2), card=number))
    assert sale.discount_minor == 0


def test_a_customer_found_by_phone_gets_their_cards_type(shop) -> None:
    seed(shop, card_program())
    member, number = member_with_card(shop, phone="+79123456789")
    change_card_type(shop.db, number, "vip", shop.programs.program_for(date(2026, 3, 10)),
                     shop.clock(), None)
    sale = sell(shop, basket_with(shop, (MILK, 1), card="+79123456789"))
    assert sale.discount_minor == 8_90


def test_a_change_of_type_is_audited_and_applies_from_the_next_sale(shop) -> None:
    seed(shop, card_program())
    owner = add_staff(shop.db, "Ольга", "owner", "1111", shop.clock())
    _, number = member_with_card(shop)
    first = sell(shop, basket_with(shop, (MILK, 2), card=number))
    program = shop.programs.program_for(date(2026, 3, 10))
    change_card_type(shop.db, number, "vip", program, shop.clock(), owner.staff_id)
    second = sell(shop, basket_with(shop, (MILK, 2), card=number))
    assert (first.discount_minor, second.discount_minor) == (8_90, 17_80)
    # the first sale keeps the discount it was made with, on the stored sale and its receipt
    assert sale_store.load_sale(shop.db, first.sale_no).discount_minor == 8_90
    assert _card_lines(build_receipt(shop, first.sale_no))[0][1] == 8_90
    (entry,) = [e for e in pos_store.audit_entries(shop.db, None, None, None, None, 50)
                if e.action == "card_type"]
    assert (entry.subject, entry.staff_name) == (f"card {number}", "Ольга")
    assert entry.detail == {"from": None, "to": "vip"}


def test_an_unknown_type_is_refused_and_changes_nothing(shop) -> None:
    seed(shop, card_program())
    _, number = member_with_card(shop)
    program = shop.programs.program_for(date(2026, 3, 10))
    with pytest.raises(CardError) as error:
        change_card_type(shop.db, number, "gold", program, shop.clock(), None)
    assert (error.value.reason, error.value.number) == ("unknown_type", "gold")
    assert store.card_by_number(shop.db, number).card_type_id is None
    with pytest.raises(CardError):
        new_bearer_faces(shop, 3, "gold")
    assert shop.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 1


def test_issuing_registering_and_printing_choose_the_type(shop) -> None:
    seed(shop, card_program())
    at = shop.clock()
    assert {c.card_type_id for c in issue_cards(shop.db, 3, "29", at, card_type_id="bearer")} \
        == {"bearer"}
    (scanned,) = register_cards(shop.db, ["4607001234562"], at, card_type_id="vip")
    assert store.card_by_number(shop.db, scanned.number).card_type_id == "vip"
    faces, _ = new_bearer_faces(shop, 2, "bearer")
    assert {store.card_by_number(shop.db, f.number).card_type_id for f in faces} == {"bearer"}
    faces, _ = new_bearer_faces(shop, 1)  # no type asked for: the program's default
    assert store.card_by_number(shop.db, faces[0].number).card_type_id == "personal"


def test_csv_import_reads_an_optional_card_type_column(shop) -> None:
    seed(shop, card_program())
    text = ("name,phone,card_number,card_type,consent_data\n"
            "Иван,+79120000001,4607001234562,vip,да\n"
            "Пётр,+79120000002,4607001234579,,да\n")
    assert import_customers(shop.db, text, shop.clock(), "RU", ["personal", "bearer", "vip"]) == 2
    assert store.card_by_number(shop.db, "4607001234562").card_type_id == "vip"
    assert store.card_by_number(shop.db, "4607001234579").card_type_id is None


def test_csv_import_refuses_an_unknown_card_type_and_imports_nothing(shop) -> None:
    seed(shop, card_program())
    text = ("name,phone,card_number,card_type,consent_data\n"
            "Иван,+79120000001,4607001234562,gold,да\n"
            "Пётр,+79120000002,,vip,да\n")
    with pytest.raises(CsvImportError) as error:
        import_customers(shop.db, text, shop.clock(), "RU", ["personal", "bearer", "vip"])
    assert [(e.row, e.field, e.reason) for e in error.value.errors] == [
        (2, "card_type", "unknown_card_type"), (3, "card_type", "no_card_number")]
    assert store.member_count(shop.db) == 0


def test_the_default_type_must_be_one_of_the_types() -> None:
    program = replace(card_program(), fixed_discount=FixedDiscount(
        (PERSONAL,), default_card_type_id=CardTypeId("vip")))
    with pytest.raises(ProgramError) as error:
        check_program(program)
    assert error.value.reason == "unknown_card_type"


def test_the_simulator_gives_a_real_member_their_cards_discount(shop) -> None:
    from loyalty.program.editing import simulate
    seed(shop, card_program())
    member, number = member_with_card(shop)
    program = shop.programs.program_for(date(2026, 3, 10))
    change_card_type(shop.db, number, "vip", program, shop.clock(), None)
    quote = simulate(shop, program, member.member_id, basket_with(shop, (MILK, 2)),
                     date(2026, 3, 10))
    assert [d.amount_minor for d in quote.discounts] == [17_80]
