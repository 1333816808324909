"""The members screen's full-text search: names by prefix, phone digits, card numbers, in step."""
from __future__ import annotations

from dataclasses import replace

from loyalty.storage import search as member_search, store
from loyalty.members.cards import issue_cards, register_cards, replace_card
from loyalty.members.members import create_member, edit_member, new_member
from loyalty.storage.search import match_expression, search


def _member(shop, clock, name, phone=None, email=""):
    return create_member(shop.db, new_member(name, phone, clock(), email=email), "RU")


def _names(shop, text):
    result = search(shop.db, text)
    ids = result.member_ids
    if ids is None:
        ids = member_search.listed_page(shop.db, 0, result.total)
        assert [member_search.listed_position(shop.db, i) for i in ids] == list(range(len(ids)))
    return [store.member_by_id(shop.db, i).name for i in ids]


def test_name_prefix_in_any_case_and_cyrillic(shop, clock):
    _member(shop, clock, "Анна Петрова", "+79161234567")
    _member(shop, clock, "Андрей Ёлкин", "+79160000002")
    _member(shop, clock, "Boris Anders")
    assert _names(shop, "ан") == ["Андрей Ёлкин", "Анна Петрова"]
    assert _names(shop, "елк") == ["Андрей Ёлкин"]
    assert _names(shop, "анна пет") == ["Анна Петрова"]
    assert _names(shop, "AND") == ["Boris Anders"]
    assert _names(shop, "") == ["Boris Anders", "Андрей Ёлкин", "Анна Петрова"]


def test_phone_digits_however_typed(shop, clock):
    _member(shop, clock, "Anna", "+79161234567")
    _member(shop, clock, "Ivan", "+79260000001")
    for typed in ("916123", "8 (916) 123-45", "+7 916", "79161234567"):
        assert _names(shop, typed) == ["Anna"], typed
    assert _names(shop, "926") == ["Ivan"]


def test_card_numbers_follow_issue_replace_and_email(shop, clock):
    anna = _member(shop, clock, "Anna", email="anna@example.ru")
    card = issue_cards(shop.db, 1, "29", clock(), member_id=anna.member_id)[0]
    assert _names(shop, card.number[:8]) == ["Anna"]
    new = replace_card(shop.db, card.number, clock())
    assert _names(shop, new.number) == ["Anna"]
    register_cards(shop.db, ["PRE-0042"], clock(), member_id=anna.member_id)
    assert _names(shop, "PRE-0042") == ["Anna"]
    assert _names(shop, "anna@exam") == ["Anna"]


def test_edits_are_reindexed(shop, clock):
    anna = _member(shop, clock, "Anna", "+79161234567")
    edit_member(shop.db, replace(anna, name="Hanna", phone="+79035550000"), "RU", clock().date(),
                at=clock(), staff_id=None)
    assert _names(shop, "anna") == []
    assert _names(shop, "hann") == ["Hanna"]
    assert _names(shop, "916123") == []
    assert _names(shop, "903555") == ["Hanna"]


def test_odd_input_never_breaks_the_query(shop, clock):
    _member(shop, clock, 'Anna "AND" OR*')
    for text in ('"', "*", "AND", "(", "a-b", "NEAR(", "'; DROP", "12"):
        search(shop.db, text)
    assert match_expression("  ") is None


def test_many_matches_are_capped(shop, clock, monkeypatch):
    monkeypatch.setattr(member_search, "MAX_RESULTS", 3)
    for i in range(5):
        _member(shop, clock, f"Petrov {i}")
    result = search(shop.db, "petrov")
    assert len(result.member_ids) == 3 and not result.complete
    assert search(shop.db, "petrov 4").complete
