"""Two tills on a real PostgreSQL: what one records reaches the other once, balances agree,
the till roles cannot rewrite history, and a server that is away changes nothing."""
from __future__ import annotations

import sqlite3
from datetime import date

import psycopg
import pytest

from loyalty.members.cards import block_card
from loyalty.members.enrolment import enrol
from loyalty.members.members import new_member
from loyalty.network import server_store
from loyalty.shop import open_shop
from loyalty.storage import sync_store
from tests.network.tills import (TILL_PASSWORD, balances, cli, first_till, gids, join, problems,
                                 sell_to, sync)


def _server_gids(url: str, shop: str = "north") -> set[str]:
    with psycopg.connect(url) as conn:
        return server_store.gids_for(conn, shop)


def test_init_join_then_sales_enrolments_and_a_block_reach_the_other_till(tmp_path, pg_url):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    cards = first_till(a, pg_url)
    join(b, pg_url)
    assert gids(b) == gids(a) == _server_gids(pg_url)
    assert balances(b) == balances(a) and len(balances(a)) == 2

    sell_to(b, cards[0], redeem=5)             # a member of till A buys and redeems at B
    shop = open_shop(b)                        # a member enrolled at B, with a card of B's block
    at = shop.clock()
    enrolled = enrol(shop.db, new_member("Boris", "+79990001122", at, consent_data=True),
                     shop.programs.program_for(date(2026, 1, 1)), at, region="RU",
                     tz=shop.settings.timezone, issue_card_prefix="29")
    new_card = enrolled.card.number
    shop.close()
    assert new_card.startswith("2902")          # till 2's card numbers: no offline collision
    shop = open_shop(a)
    block_card(shop.db, cards[1], "lost", shop.clock())
    shop.close()

    for till in (b, a, b):
        sync(till)
    assert gids(a) == gids(b) == _server_gids(pg_url)
    assert balances(a) == balances(b) and len(balances(a)) == 2  # Boris has no points yet
    shop = open_shop(b)
    assert shop.db.execute("SELECT status FROM cards WHERE number = ?",
                           [cards[1]]).fetchone() == ("blocked",)
    shop.close()
    shop = open_shop(a)
    assert shop.db.execute("SELECT m.name FROM cards c JOIN members m USING (member_id) "
                           "WHERE c.number = ?", [new_card]).fetchone() == ("Boris",)
    assert shop.db.execute("SELECT COUNT(*) FROM sales").fetchone() == (3,)
    shop.close()
    assert problems(a) == [] and problems(b) == []
    out = sync(a)
    assert out.strip() == "uploaded 0, downloaded 0, pending 0"
    russian = cli("--db", str(a), "sync", "--once", "--language", "ru").stdout
    assert russian.strip() == "отправлено 0, получено 0, в очереди 0"  # worded in the catalogue
    status = cli("--db", str(b), "network", "--language", "en", "status").stdout.splitlines()
    assert [l.split(":")[0] for l in status] == ["north / A (t1)", "north / B (t2)"]
    assert all(l.endswith("0 to upload, 0 to download") for l in status)


def test_the_same_batch_uploaded_ten_times_is_stored_once(tmp_path, pg_url):
    a = tmp_path / "a.db"
    shop = open_shop(a)
    from tests.builders import member_with_card, seed
    seed(shop)
    member_with_card(shop)
    shop.close()
    cli("--db", str(a), "network", "init", pg_url, "--shop", "north", "--till", "A")
    sell_to(a, shop_card(a))
    shop = open_shop(a)
    m = sync_store.membership(shop.db)
    batch = sync_store.outbox_batch(shop.db, m, 1000)
    assert len(batch) >= 2  # the sale and its points
    with server_store.connect(m.url, TILL_PASSWORD) as conn:
        before = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        for _ in range(10):
            seqs = server_store.upload(conn, m.till, batch)
        after = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    assert after - before == len(batch) == len(seqs)
    sync_store.acknowledge(shop.db, batch, seqs)
    assert sync_store.pending_count(shop.db) == 0
    shop.close()
    assert gids(a) == _server_gids(pg_url)


def shop_card(path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT number FROM cards LIMIT 1").fetchone()[0]


def test_a_till_role_cannot_update_or_delete_and_the_file_holds_no_password(tmp_path, pg_url):
    a = tmp_path / "a.db"
    first_till(a, pg_url, members=1)
    with sqlite3.connect(a) as conn:
        url = conn.execute("SELECT url FROM sync_till").fetchone()[0]
    assert TILL_PASSWORD not in a.read_bytes().decode("latin-1")
    assert "password" not in url and "user=posl_" in url
    with server_store.connect(url, TILL_PASSWORD) as conn:
        for statement in ("UPDATE records SET payload = '{}'", "DELETE FROM records",
                          "UPDATE tills SET name = 'x'", "DELETE FROM holds"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # not in another till's name
            conn.execute("INSERT INTO records (gid, origin, tbl, kind, row_gid, payload) "
                         "VALUES ('x', 't9', 'ledger', 'row', 'x', '{}')")


def test_sync_with_the_server_down_fails_in_one_line_and_changes_nothing(tmp_path, pg_server,
                                                                         pg_url):
    a = tmp_path / "a.db"
    cards = first_till(a, pg_url, members=1)
    sell_to(a, cards[0])
    with sqlite3.connect(a) as conn:
        before = conn.execute("SELECT (SELECT COUNT(*) FROM sync_outbox), cursor, "
                              "last_contact_at FROM sync_till").fetchone()
    pg_server.stop()
    try:
        done = cli("--db", str(a), "sync", "--once", "--language", "en", check=False)
    finally:
        pg_server.start()
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1
    assert "cannot be reached" in done.stderr and "nothing was changed" in done.stderr
    with sqlite3.connect(a) as conn:
        assert conn.execute("SELECT (SELECT COUNT(*) FROM sync_outbox), cursor, "
                            "last_contact_at FROM sync_till").fetchone() == before
    assert before[0] > 0
    sync(a)
    assert gids(a) == _server_gids(pg_url)


def test_a_card_replaced_before_its_first_upload_reaches_the_other_till(tmp_path, pg_url):
    """The member, the card and its replacement all wait in the outbox: the old card's
    record is read after the replacement, yet must not point at a card sent after it."""
    from loyalty.members.cards import replace_card
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    first_till(a, pg_url, members=1)
    join(b, pg_url)
    shop = open_shop(b)
    at = shop.clock()
    old = enrol(shop.db, new_member("Vera", "+79990003344", at, consent_data=True),
                shop.programs.program_for(date(2026, 1, 1)), at, region="RU",
                tz=shop.settings.timezone, issue_card_prefix="29").card.number
    new = replace_card(shop.db, old, at).number
    shop.close()
    sync(b)
    sync(a)
    with sqlite3.connect(a) as conn:
        assert conn.execute("SELECT status, replaced_by FROM cards WHERE number = ?",
                            [old]).fetchone() == ("blocked", new)
        assert conn.execute("SELECT status FROM cards WHERE number = ?", [new]).fetchone() == (
            "active",)
    assert gids(a) == gids(b) == _server_gids(pg_url)
    assert problems(a) == []


def test_an_expiry_written_at_two_tills_is_one_record_of_the_network(tmp_path, pg_url):
    """Scheduled entries have deterministic ids: both tills expire the same lot offline,
    the server keeps it once, and neither till takes the other's copy a second time."""
    from datetime import timedelta

    from loyalty.ledger.wallet import expire_due
    from tests.builders import points_program
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    first_till(a, pg_url, members=2, program=points_program(expiry_days=30))
    join(b, pg_url)
    for till in (a, b):
        shop = open_shop(till)
        assert expire_due(shop.db, shop.clock() + timedelta(days=40)) > 0
        shop.close()
    for till in (a, b, a):
        sync(till)
    on_server = _server_gids(pg_url)
    expiries = sorted(g for g in on_server if g.startswith("expire:"))
    assert len(expiries) == 2 and all(g.startswith("expire:t1:ledger:") for g in expiries)
    assert gids(a) == gids(b) == on_server
    for till in (a, b):
        with sqlite3.connect(till) as conn:
            assert conn.execute("SELECT COUNT(*) FROM ledger WHERE kind = 'expire'").fetchone() == (2,)
    assert balances(a) == balances(b) and set(balances(a).values()) == {0}
    assert problems(a) == [] and problems(b) == []


def test_tills_that_expired_the_same_lot_differently_end_with_the_same_points(tmp_path, pg_url):
    """Till B redeems from a lot while cut off; both tills then expire it (B what is left,
    A all of it, not knowing the redemption).  The server keeps A's expiry, which came
    first; B appends the difference, so both hold the same points and the same ids."""
    from datetime import timedelta

    from loyalty.ledger.wallet import expire_due
    from tests.builders import points_program
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    card = first_till(a, pg_url, members=1, program=points_program(expiry_days=30))[0]
    join(b, pg_url)
    sell_to(b, card, redeem=5)
    for till in (a, b):
        shop = open_shop(till)
        expire_due(shop.db, shop.clock() + timedelta(days=40))
        shop.close()
    sync(a)
    sync(b)
    sync(a)
    assert gids(a) == gids(b) == _server_gids(pg_url)
    assert balances(a) == balances(b)
    with sqlite3.connect(b) as conn:
        assert conn.execute("SELECT COUNT(*) FROM ledger WHERE reason LIKE 'network: expire:%'"
                            ).fetchone() == (1,)
    assert problems(a) == [] and problems(b) == []
