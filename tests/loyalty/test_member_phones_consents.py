"""A merge keeps every phone and consent of both members; consent withdrawals are dated;
a phone typed without '+' and a lower-case Cyrillic name find what they name."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import timedelta

import pytest

from loyalty.members.admin import (erase_personal_data, export_personal_data, merge_members,
                                   with_consents)
from loyalty.members.members import (MemberError, create_member, edit_member, new_member,
                                     parse_birthday)
from loyalty.reports.exports import MEMBERS_COLUMNS, members_rows, write_csv
from loyalty.storage import contacts, search as member_search, store
from pos.staff.pins import add_staff
from pos.storage.store import search_products
from tests.builders import BREAD, MILK, basket_with, loyalty_quote, member_with_card, seed, sell


@pytest.fixture
def owner(shop, clock):
    return add_staff(shop.db, "Boris", "owner", "9999", clock())


def test_merge_keeps_the_duplicates_phone_and_the_till_finds_the_survivor(shop, owner) -> None:
    seed(shop)
    anna, _ = member_with_card(shop, "Анна Аудитова", "+79161111111")
    dup, _ = member_with_card(shop, "Анна А.", "+79162222222")
    merge_members(shop.db, anna.member_id, dup.member_id, owner, shop.clock())
    db = shop.db
    assert store.member_by_id(db, anna.member_id).phone == "+79161111111"  # the survivor's first
    assert contacts.other_phones(db, anna.member_id) == ("+79162222222",)
    assert store.member_by_phone(db, "+79162222222").member_id == anna.member_id
    # the till: the duplicate's phone typed in any spelling names the survivor, who earns
    for typed in ("8 916 222-22-22", "79162222222", "+7 916 222 22 22"):
        assert shop.loyalty.identify(typed, shop.clock()).member.member_id == anna.member_id
    sale = sell(shop, basket_with(shop, (MILK, 2), card="79162222222"))
    earned = db.execute("SELECT member_id, points_earned FROM loyalty_sales WHERE sale_no = ?",
                        [sale.sale_no]).fetchone()
    assert earned == (anna.member_id, 8)  # 5 % of 178.00
    # the office search finds the survivor by either phone
    assert member_search.search(db, "916 222").member_ids == (anna.member_id,)
    assert member_search.search(db, "916 111").member_ids == (anna.member_id,)
    # the phone cannot be enrolled again, for anyone
    with pytest.raises(MemberError) as refused:
        create_member(db, new_member("Кто-то", "89162222222", shop.clock()), "RU")
    assert refused.value.reason == "phone_taken"


def test_a_survivor_without_a_phone_takes_the_duplicates_as_its_own(shop, owner) -> None:
    anna = create_member(shop.db, new_member("Анна", None, shop.clock()), "RU")
    dup = create_member(shop.db, new_member("Анна", "+79163333333", shop.clock()), "RU")
    merge_members(shop.db, anna.member_id, dup.member_id, owner, shop.clock())
    assert store.member_by_id(shop.db, anna.member_id).phone == "+79163333333"
    assert contacts.other_phones(shop.db, anna.member_id) == ()
    assert store.member_by_id(shop.db, dup.member_id).phone is None


def test_merge_keeps_consents_of_both_with_their_dates(shop, owner, clock) -> None:
    anna = create_member(shop.db, new_member("Анна", "+79161111111", clock(),
                                             consent_data=True), "RU")
    clock.advance(days=1)
    dup = create_member(shop.db, new_member("Анна", "+79162222222", clock(),
                                            consent_data=True, consent_marketing=True), "RU")
    merge_members(shop.db, anna.member_id, dup.member_id, owner, clock())
    kept = store.member_by_id(shop.db, anna.member_id)
    assert kept.consent_data_at == anna.consent_data_at  # the survivor's own, not the later one
    assert kept.consent_marketing_at == dup.consent_marketing_at


def test_a_withdrawal_after_the_duplicates_consent_stands(shop, owner, clock) -> None:
    dup = create_member(shop.db, new_member("Анна", "+79162222222", clock(),
                                            consent_marketing=True), "RU")
    anna = create_member(shop.db, new_member("Анна", "+79161111111", clock(),
                                             consent_marketing=True), "RU")
    clock.advance(days=2)
    edit_member(shop.db, with_consents(anna, False, False, clock()), "RU", clock().date(),
                at=clock(), staff_id=None)
    merge_members(shop.db, anna.member_id, dup.member_id, owner, clock())
    assert store.member_by_id(shop.db, anna.member_id).consent_marketing_at is None


def test_withdrawing_a_consent_is_recorded_with_its_date(shop, owner, clock) -> None:
    anna = create_member(shop.db, new_member("Анна", "+79161111111", clock(),
                                             consent_data=True, consent_marketing=True), "RU")
    given = anna.consent_marketing_at
    clock.advance(days=3)
    withdrawn_at = clock()
    edit_member(shop.db, with_consents(anna, True, False, withdrawn_at), "RU", withdrawn_at.date(),
                at=withdrawn_at, staff_id=None)
    now = store.member_by_id(shop.db, anna.member_id)
    assert now.consent_marketing_at is None and now.consent_marketing_withdrawn_at == withdrawn_at
    assert now.consent_data_at == anna.consent_data_at
    history = [(e.consent, e.event, e.at)
               for e in contacts.consent_history(shop.db, (anna.member_id,))]
    assert history == [("data", "given", anna.consent_data_at), ("marketing", "given", given),
                       ("marketing", "withdrawn", withdrawn_at)]
    clock.advance(days=1)
    again = clock()
    edit_member(shop.db, with_consents(now, True, True, again), "RU", again.date(),
                at=again, staff_id=None)
    assert [e.event for e in contacts.consent_history(shop.db, (anna.member_id,))
            if e.consent == "marketing"] == ["given", "withdrawn", "given"]
    exported = json.loads(export_personal_data(shop.db, anna.member_id, owner, clock(), "UTC"))
    assert [h["event"] for h in exported["consents"]["history"]] == [
        "given", "given", "withdrawn", "given"]


def test_members_export_keeps_its_columns_and_empties_a_withdrawn_consent(shop, clock,
                                                                         tmp_path) -> None:
    anna = create_member(shop.db, new_member("Анна", "+79161111111", clock(),
                                             consent_data=True, consent_marketing=True), "RU")
    edit_member(shop.db, with_consents(anna, True, False, clock()), "RU", clock().date(),
                at=clock(), staff_id=None)
    out = tmp_path / "members.csv"
    write_csv(out, MEMBERS_COLUMNS, members_rows(shop, None, None, shop.clock()))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert tuple(rows[0]) == MEMBERS_COLUMNS
    assert rows[0]["consent_data_at"].startswith("2026-03-10")
    assert rows[0]["consent_marketing_at"] == ""


def test_erasure_forgets_the_other_phones_too(shop, owner) -> None:
    anna = create_member(shop.db, new_member("Анна", "+79161111111", shop.clock()), "RU")
    dup = create_member(shop.db, new_member("Анна", "+79162222222", shop.clock()), "RU")
    merge_members(shop.db, anna.member_id, dup.member_id, owner, shop.clock())
    erase_personal_data(shop.db, anna.member_id, owner, shop.clock())
    assert store.member_by_phone(shop.db, "+79162222222") is None
    assert member_search.search(shop.db, "916 222").member_ids == ()


def test_typing_an_other_phone_as_the_own_one_swaps_them(shop, owner) -> None:
    anna = create_member(shop.db, new_member("Анна", "+79161111111", shop.clock()), "RU")
    dup = create_member(shop.db, new_member("Анна", "+79162222222", shop.clock()), "RU")
    merge_members(shop.db, anna.member_id, dup.member_id, owner, shop.clock())
    anna = store.member_by_id(shop.db, anna.member_id)
    edit_member(shop.db, replace(anna, phone="+79162222222"), "RU", shop.clock().date(),
                at=shop.clock(), staff_id=None)
    assert store.member_by_id(shop.db, anna.member_id).phone == "+79162222222"
    assert contacts.other_phones(shop.db, anna.member_id) == ("+79161111111",)


def test_an_international_number_without_plus_is_a_phone_not_a_card(shop) -> None:
    seed(shop)
    anna, _ = member_with_card(shop, "Анна", "+79160000045")
    for typed in ("79160000045", "89160000045", "+79160000045", "9160000045"):
        assert shop.loyalty.identify(typed, shop.clock()).member.member_id == anna.member_id
    quote = shop.checkout.quote(basket_with(shop, (BREAD, 1), card="79160000045"))
    assert loyalty_quote(quote) is not None and quote.details[0].customer.member == anna


def test_product_search_folds_cyrillic_case(shop) -> None:
    seed(shop)
    for typed in ("хлеб", "ХЛЕБ", "Хлеб", "лЕб", "молоко"):
        assert [p.name for p in search_products(shop.db, typed)] == (
            ["Хлеб"] if "е" in typed.lower() else ["Молоко"])
    assert [p.name for p in search_products(shop.db, "460000000002")] == ["Хлеб"]


def test_member_search_folds_cyrillic_case_and_yo(shop) -> None:
    fyodor = create_member(shop.db, new_member("Фёдор Аудитов", None, shop.clock()), "RU")
    for typed in ("аудит", "АУДИТ", "федор", "фёд"):
        assert member_search.search(shop.db, typed).member_ids == (fyodor.member_id,)


@pytest.mark.parametrize("typed, day", [("", None), (" 05.03.1990 ", "1990-03-05"),
                                        ("5.3.1990", "1990-03-05"), ("1990-03-05", "1990-03-05"),
                                        ("05/03/1990", "1990-03-05")])
def test_birthday_is_typed_as_day_month_year(typed: str, day: str | None) -> None:
    parsed = parse_birthday(typed)
    assert (parsed.isoformat() if parsed else None) == day


@pytest.mark.parametrize("typed", ["31.02.1990", "1990", "завтра", "05.13.1990"])
def test_an_impossible_birthday_is_refused(typed: str) -> None:
    with pytest.raises(MemberError) as refused:
        parse_birthday(typed)
    assert refused.value.reason == "not_a_date"


def test_withdrawal_date_survives_a_later_edit(shop, clock) -> None:
    anna = create_member(shop.db, new_member("Анна", None, clock(), consent_marketing=True), "RU")
    off = clock()
    anna = edit_member(shop.db, with_consents(anna, False, False, off), "RU", off.date(),
                at=off, staff_id=None)
    clock.advance(days=1)
    edit_member(shop.db, with_consents(anna, False, False, clock()), "RU", clock().date(),
                at=clock(), staff_id=None)
    again = store.member_by_id(shop.db, anna.member_id)
    assert again.consent_marketing_withdrawn_at == off
    assert len([e for e in contacts.consent_history(shop.db, (anna.member_id,))
                if e.event == "withdrawn"]) == 1
    assert timedelta(0) < clock() - off


def test_a_shop_made_before_the_phones_and_consent_history_is_upgraded(tmp_path, clock) -> None:
    """m007/m008 on a file of the previous release: consents given become its history,
    the search keeps finding phones, and a merge then keeps the duplicate's phone."""
    from loyalty.shop import MIGRATIONS, open_shop
    from pos.storage.db import connect, write_transaction

    path = tmp_path / "old.db"
    db = connect(path)
    with write_transaction(db):
        for migration_set in MIGRATIONS:
            migration_set.apply(db, stop_before=("m007_consent_history", "m008_member_phones"))
    db.execute("INSERT INTO members (name, phone, email, enrolled_at, consent_data_at) VALUES "
               "('Анна', '+79161111111', '', '2025-01-01T10:00:00.000000Z', "
               "'2025-01-01T10:00:00.000000Z'), ('Анна П.', '+79162222222', '', "
               "'2025-02-01T10:00:00.000000Z', NULL)")
    db.conn.commit()
    db.conn.close()
    shop = open_shop(path, clock)
    try:
        history = contacts.consent_history(shop.db, (1, 2))
        assert [(e.member_id, e.consent, e.event) for e in history] == [(1, "data", "given")]
        assert member_search.search(shop.db, "916 222").member_ids == (2,)
        owner = add_staff(shop.db, "Boris", "owner", "9999", clock())
        merge_members(shop.db, 1, 2, owner, clock())
        assert member_search.search(shop.db, "916 222").member_ids == (1,)
        assert store.member_by_id(shop.db, 1).consent_data_withdrawn_at is None
    finally:
        shop.close()


def test_the_file_itself_refuses_one_phone_for_two_customers(shop) -> None:
    """Whatever writes the file: a phone held as one member's own cannot be another's other
    phone, nor the reverse."""
    import sqlite3

    anna = create_member(shop.db, new_member("Анна", "+79161111111", shop.clock()), "RU")
    ivan = create_member(shop.db, new_member("Иван", "+79162222222", shop.clock()), "RU")
    with pytest.raises(sqlite3.IntegrityError):
        contacts.add_other_phones(shop.db, ivan.member_id, ("+79161111111",))
    contacts.add_other_phones(shop.db, ivan.member_id, ("+79163333333",))
    with pytest.raises(sqlite3.IntegrityError):
        store.update_member(shop.db, replace(anna, phone="+79163333333"))
    assert store.member_by_phone(shop.db, "+79163333333").member_id == ivan.member_id
