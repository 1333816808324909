"""One phone enrolled at two tills while they could not see each other: two members, both
keep their points, the phone stays with the one enrolled first at every till, the pair is
flagged to the owner (verify's warnings, network status) until the owner merges them."""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from loyalty.members.admin import merge_members
from loyalty.members.enrolment import enrol
from loyalty.members.members import new_member
from loyalty.shop import open_shop
from loyalty.storage import sync_store
from loyalty.verify import warnings
from pos.staff.pins import add_staff
from tests.network.tills import balances, cli, first_till, join, problems, sell_to, sync

PHONE = "+79995550011"


def _enrol(path, name: str, later_s: int = 0) -> str:
    shop = open_shop(path)
    try:
        at = shop.clock() + timedelta(seconds=later_s)
        done = enrol(shop.db, new_member(name, PHONE, at, consent_data=True),
                     shop.programs.program_for(date(2026, 1, 1)), at, region="RU",
                     tz=shop.settings.timezone, issue_card_prefix="29")
        return done.card.number
    finally:
        shop.close()


def _phone_holder(path) -> tuple[str | None, ...]:
    shop = open_shop(path)
    try:
        rows = shop.db.execute("SELECT member_id FROM members WHERE phone = ?", [PHONE]).fetchall()
        return tuple(sync_store.member_gid(shop.db, r[0]) for r in rows)
    finally:
        shop.close()


def _warnings(path) -> list[str]:
    shop = open_shop(path)
    try:
        return warnings(shop)
    finally:
        shop.close()


def test_a_phone_enrolled_twice_offline_is_flagged_and_merged(tmp_path, pg_url):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    first_till(a, pg_url, members=1)
    join(b, pg_url)
    card_b = _enrol(b, "Vera B", later_s=0)      # enrolled first, at till B
    card_a = _enrol(a, "Vera A", later_s=60)
    sell_to(a, card_a)
    sell_to(b, card_b)
    for till in (a, b, a):                       # A's member reaches the server first
        sync(till)
    assert _phone_holder(a) == _phone_holder(b) == ("t2:members:2",)  # Vera B (B holds A's member as 1)
    assert balances(a) == balances(b) and len(balances(a)) == 3  # both keep their points
    flagged = (f"duplicate customers to merge: Vera A (card {card_a}) and Vera B "
               f"(card {card_b}), both enrolled with phone {PHONE}")
    assert _warnings(a) == _warnings(b) == [flagged]
    assert problems(a) == [] and problems(b) == []
    assert flagged in cli("--db", str(a), "network", "--language", "en", "status").stdout
    assert f"warning: {flagged}" in cli("--db", str(b), "verify", "--language", "en").stdout

    shop = open_shop(a)                          # the owner merges them, at any till
    owner = add_staff(shop.db, "Owner", "owner", "1111", shop.clock())
    ids = dict(shop.db.execute("SELECT name, member_id FROM members WHERE name LIKE 'Vera%'"))
    merge_members(shop.db, ids["Vera B"], ids["Vera A"], owner, shop.clock())
    shop.close()
    for till in (a, b, a):
        sync(till)
    assert _warnings(a) == _warnings(b) == []
    assert "duplicate" not in cli("--db", str(a), "network", "--language", "en", "status").stdout
    assert balances(a) == balances(b)
    with sqlite3.connect(b) as conn:
        assert conn.execute("SELECT COUNT(*) FROM member_merges").fetchone() == (1,)
    assert problems(a) == [] and problems(b) == []
