"""Cards and members on a real database: issue, register, activate, replace, block, find."""
from __future__ import annotations

import random

import pytest

from builders import member_with_card, seed, sell, basket_with, MILK
from loyalty.members import cards
from loyalty.storage import store
from loyalty.ledger import wallet
from loyalty.members.card_numbers import CardNumberError
from loyalty.members.members import MemberError, create_member, new_member, normalise_phone
from loyalty.model.models import Member


def test_phone_numbers_are_normalised() -> None:
    for raw in ("8 (912) 345-67-89", "+7 912 345 67 89", "9123456789", "+79123456789"):
        assert normalise_phone(raw, "RU") == "+79123456789"
    with pytest.raises(MemberError):
        normalise_phone("12345", "RU")


def test_duplicate_phone_is_refused(shop) -> None:
    create_member(shop.db, new_member("Анна", "+79123456789", shop.clock()), "RU")
    with pytest.raises(MemberError) as error:
        create_member(shop.db, new_member("Другая", "8 912 345-67-89", shop.clock()), "RU")
    assert error.value.reason == "phone_taken"
    assert store.member_count(shop.db) == 1


@pytest.mark.parametrize("field, value, reason", [
    ("email", "not-an-email", "bad_email"), ("phone", "123", "bad_phone")])
def test_bad_member_fields_are_refused(shop, field: str, value: str, reason: str) -> None:
    member = new_member("Анна", None, shop.clock())
    member = Member(**{**{f: getattr(member, f) for f in member.__slots__}, field: value})
    with pytest.raises(MemberError) as error:
        create_member(shop.db, member, "RU")
    assert error.value.reason == reason
    assert store.member_count(shop.db) == 0


def test_issued_cards_are_unique_bearer_cards(shop) -> None:
    rng = random.Random(3)
    issued = cards.issue_cards(shop.db, 50, "29", shop.clock(), randbelow=rng.randrange)
    assert len({c.number for c in issued}) == 50
    assert {(c.kind, c.status, c.member_id) for c in issued} == {("bearer", "unassigned", None)}


def test_register_preprinted_all_or_nothing(shop) -> None:
    cards.register_cards(shop.db, ["CARD-1"], shop.clock())
    with pytest.raises(cards.CardError) as error:
        cards.register_cards(shop.db, ["CARD-2", "CARD-1"], shop.clock())
    assert error.value.reason == "taken"
    assert store.card_by_number(shop.db, "CARD-2") is None
    with pytest.raises(CardNumberError):
        cards.register_cards(shop.db, ["CARD-3", "4006381333932"], shop.clock())
    assert store.card_by_number(shop.db, "CARD-3") is None
    assert len(cards.register_range(shop.db, "2900000000018", 10, shop.clock())) == 10


def test_bearer_card_is_activated_at_first_scan(shop) -> None:
    seed(shop)
    (card,) = cards.issue_cards(shop.db, 1, "29", shop.clock())
    customer = shop.loyalty.identify(card.number, shop.clock())
    assert customer.member.name == "" and customer.card.status == "active"
    again = shop.loyalty.identify(card.number, shop.clock())
    assert again.member.member_id == customer.member.member_id


def test_replacement_keeps_balance_and_blocks_the_old_card_forever(shop) -> None:
    seed(shop)
    member, old = member_with_card(shop)
    sell(shop, basket_with(shop, (MILK, 10), card=old))
    before = wallet.balance(shop.db, member.member_id, shop.clock())
    new = cards.replace_card(shop.db, old, shop.clock())
    assert shop.loyalty.identify(new.number, shop.clock()).member.member_id == member.member_id
    assert wallet.balance(shop.db, member.member_id, shop.clock()) == before
    with pytest.raises(cards.CardError) as error:
        shop.loyalty.identify(old, shop.clock())
    assert (error.value.reason, error.value.card.block_reason) == ("blocked", "replaced")
    with pytest.raises(cards.CardError):
        cards.replace_card(shop.db, old, shop.clock())


@pytest.mark.parametrize("raw, error_type, reason", [
    ("2999999999991", cards.CardError, "unknown"),
    ("2900000000017", CardNumberError, "bad_check_digit"),
    ("", CardNumberError, "malformed")])
def test_unknown_and_malformed_cards_are_refused(shop, raw, error_type, reason) -> None:
    with pytest.raises(error_type) as error:
        shop.loyalty.identify(raw, shop.clock())
    assert error.value.reason == reason


def test_blocked_card_is_refused_with_its_reason(shop) -> None:
    seed(shop)
    _, number = member_with_card(shop)
    cards.block_card(shop.db, number, "stolen", shop.clock())
    with pytest.raises(cards.CardError) as error:
        shop.loyalty.identify(number, shop.clock())
    assert (error.value.reason, error.value.card.block_reason) == ("blocked", "stolen")


def test_customer_found_by_phone_in_any_spelling(shop) -> None:
    seed(shop)
    member, _ = member_with_card(shop)
    assert shop.loyalty.identify("8 (912) 345-67-89", shop.clock()).member == member
