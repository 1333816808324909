"""Merging duplicates, exporting and erasing personal data, and PIN-confirmed adjustments."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from loyalty.shop import open_shop
from loyalty.storage import ledger_store, search as member_search, store
from loyalty.ledger import wallet
from loyalty.members.cards import issue_cards
from loyalty.members.admin import (
    MemberAdminError, adjust_with_pin, erase_personal_data, export_personal_data, merge_members,
    with_consents)
from loyalty.members.members import create_member, new_member
from loyalty.ledger.wallet import PointsError, earn_entry
from pos.staff.pins import StaffError, add_staff


@pytest.fixture
def people(shop, clock):
    now = clock()
    owner = add_staff(shop.db, "Boris", "owner", "9999", now)
    cashier = add_staff(shop.db, "Olga", "cashier", "1111", now)
    anna = create_member(shop.db, new_member("Anna", "+79161234567", now, consent_data=True), "RU")
    dup = create_member(shop.db, new_member("Anna P.", "+79167654321", now,
                                            email="a@example.ru"), "RU")
    return owner, cashier, anna, dup


def _audit(shop):
    """Audited actions of members (staff changes may be audited too)."""
    return [r[0] for r in shop.db.execute("SELECT action FROM audit_log WHERE action LIKE "
                                          "'member%' OR action LIKE '%adjust' ORDER BY audit_id")]


def test_merge_moves_cards_and_points_as_transfer_pairs(shop, clock, people):
    owner, _, anna, dup = people
    card = issue_cards(shop.db, 1, "29", clock(), member_id=dup.member_id)[0]
    wallet.adjust(shop.db, dup.member_id, 120, "opening", owner, clock())
    pending = earn_entry(dup.member_id, "purchase", 30, clock(), hold_days=14,
                         expires_at=clock() + timedelta(days=365))
    ledger_store.append(shop.db, [pending])
    wallet.adjust(shop.db, anna.member_id, 10, "opening", owner, clock())
    now = clock()
    assert merge_members(shop.db, anna.member_id, dup.member_id, owner, now) == 150
    assert store.card_by_number(shop.db, card.number).member_id == anna.member_id
    assert wallet.balance(shop.db, dup.member_id, now).total == 0
    kept = wallet.balance(shop.db, anna.member_id, now)
    assert (kept.spendable, kept.pending) == (130, 30)
    transfers = [e for e in ledger_store.entries_of(shop.db, anna.member_id) if e.kind == "transfer"]
    assert sorted(e.points for e in transfers) == [30, 120]
    assert any(e.expires_at for e in transfers)  # the lot keeps its expiry
    assert member_search.merged_into(shop.db, dup.member_id) == anna.member_id
    assert member_search.merged_from(shop.db, anna.member_id) == (dup.member_id,)
    assert dup.member_id not in member_search.listed_page(shop.db, 0, 10)
    assert member_search.listed_position(shop.db, dup.member_id) is None
    assert member_search.search(shop.db, "").total == 1
    assert member_search.search(shop.db, card.number).member_ids == (anna.member_id,)
    assert _audit(shop)[-1] == "member_merge"


def test_merge_refusals_change_nothing(shop, clock, people):
    owner, cashier, anna, dup = people
    with pytest.raises(MemberAdminError) as e:
        merge_members(shop.db, anna.member_id, dup.member_id, cashier, clock())
    assert e.value.reason == "not_owner"
    with pytest.raises(MemberAdminError) as e:
        merge_members(shop.db, anna.member_id, anna.member_id, owner, clock())
    assert e.value.reason == "same_member"
    merge_members(shop.db, anna.member_id, dup.member_id, owner, clock())
    with pytest.raises(MemberAdminError) as e:
        merge_members(shop.db, anna.member_id, dup.member_id, owner, clock())
    assert e.value.reason == "merged"
    assert _audit(shop) == ["member_merge"]


def test_export_holds_profile_consents_cards_and_ledger(shop, clock, people):
    owner, cashier, anna, _ = people
    card = issue_cards(shop.db, 1, "29", clock(), member_id=anna.member_id)[0]
    wallet.adjust(shop.db, anna.member_id, 50, "gift", owner, clock())
    data = json.loads(export_personal_data(shop.db, anna.member_id, owner, clock(), "Europe/Moscow"))
    assert data["profile"]["phone"] == "+79161234567"
    assert data["consents"]["data_processing_at"].endswith("+03:00")
    assert data["cards"][0]["number"] == card.number
    assert data["ledger"][0]["points"] == 50 and data["sales"] == []
    assert _audit(shop)[-1] == "member_export"
    with pytest.raises(MemberAdminError):
        export_personal_data(shop.db, anna.member_id, cashier, clock(), "UTC")


def test_erase_clears_personal_data_keeps_ledger(shop, clock, people):
    owner, cashier, anna, _ = people
    card = issue_cards(shop.db, 1, "29", clock(), member_id=anna.member_id)[0]
    wallet.adjust(shop.db, anna.member_id, 50, "gift", owner, clock())
    with pytest.raises(MemberAdminError):
        erase_personal_data(shop.db, anna.member_id, cashier, clock())
    assert store.member_by_id(shop.db, anna.member_id).name == "Anna"
    erase_personal_data(shop.db, anna.member_id, owner, clock())
    gone = store.member_by_id(shop.db, anna.member_id)
    assert (gone.name, gone.phone, gone.email, gone.birthday) == ("", None, "", None)
    assert gone.erased_at is not None
    assert store.card_by_number(shop.db, card.number).status == "blocked"
    assert len(ledger_store.entries_of(shop.db, anna.member_id)) == 1
    assert anna.member_id not in member_search.search(shop.db, "anna").member_ids
    assert member_search.search(shop.db, "916123").member_ids == ()
    with pytest.raises(MemberAdminError):
        erase_personal_data(shop.db, anna.member_id, owner, clock())


def test_adjust_needs_reason_and_the_owners_pin(shop, clock, people):
    _, _, anna, _ = people
    for points, reason, pin, error in ((10, " ", "9999", PointsError),
                                       (10, "gift", "1234", StaffError),
                                       (10, "gift", "1111", PointsError)):
        with pytest.raises(error):
            adjust_with_pin(shop.db, anna.member_id, points, reason, pin, clock())
        clock.advance(seconds=2)  # past the pause a wrong PIN costs
    assert ledger_store.entries_of(shop.db, anna.member_id) == ()
    entry = adjust_with_pin(shop.db, anna.member_id, 10, "gift", "9999", clock())
    assert entry.points == 10 and entry.reason == "gift"
    assert _audit(shop) == ["adjust"]  # one row per adjustment, by the owner who confirmed it
    row = shop.db.execute("SELECT staff_id, subject, detail FROM audit_log WHERE action = "
                          "'adjust'").fetchone()
    assert row[1] == f"member {anna.member_id}" and '"points": 10' in row[2]


def test_consents_keep_their_dates(clock):
    member = new_member("Anna", None, clock(), consent_data=True)
    later = clock() + timedelta(days=3)
    kept = with_consents(member, True, True, later)
    assert kept.consent_data_at == member.consent_data_at and kept.consent_marketing_at == later
    assert with_consents(kept, False, True, later).consent_data_at is None


def test_a_hundred_wrong_owner_pins_are_throttled_and_counted_in_the_file(shop, clock, people):
    _, _, anna, _ = people
    checked = 0
    for n in range(100):  # one guess every 3 s for 5 minutes, as fast as the dialog allows
        with pytest.raises(StaffError) as error:
            adjust_with_pin(shop.db, anna.member_id, 10, "gift", f"{n:04d}"[-4:] + "7", clock())
        checked += error.value.reason == "wrong_pin"
        clock.advance(seconds=3)
    assert checked <= 10  # the rest were refused unheard: locked after five
    assert ledger_store.entries_of(shop.db, anna.member_id) == ()
    reopened = open_shop(shop.path, clock)
    with pytest.raises(StaffError) as error:  # a restart does not reset the lock
        adjust_with_pin(reopened.db, anna.member_id, 10, "gift", "9999", clock())
    assert error.value.reason == "locked"
    reopened.close()
