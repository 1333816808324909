"""Two tills redeeming the same member's points: online one is refused; offline the
overdraft stays within k × allowance and is flagged by `network status`."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from loyalty.network.errors import NetworkError
from loyalty.shop import open_shop
from tests.builders import BREAD, MILK, basket_with, points_program, sell
from tests.network.tcp_proxy import TcpProxy
from tests.network.tills import balances, cli, first_till, join, problems, sync


def _spendable(path, card) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT SUM(points) FROM ledger WHERE member_id = "
                            "(SELECT member_id FROM cards WHERE number = ?)", [card]).fetchone()[0]


def test_two_tills_redeeming_the_same_points_online_one_is_refused(tmp_path, pg_url):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    card = first_till(a, pg_url, members=1)[0]
    join(b, pg_url)
    points = _spendable(a, card)
    assert points > 0 and _spendable(b, card) == points
    start, outcomes = threading.Barrier(2), {}

    def redeem(i: int, path) -> None:
        shop = open_shop(path)  # each till its own connection, on its own thread
        basket = basket_with(shop, (MILK, 2), (BREAD, 1), card=card, redeem=points)
        start.wait()
        try:
            outcomes[i] = sell(shop, basket).sale_no
        except NetworkError as error:
            outcomes[i] = error.reason
        finally:
            shop.close()

    threads = [threading.Thread(target=redeem, args=(i, p)) for i, p in enumerate((a, b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(map(str, outcomes.values()))[-1] == "points_taken"
    assert sum(isinstance(o, int) for o in outcomes.values()) == 1
    for till in (a, b, a):
        sync(till)
    assert _spendable(a, card) == _spendable(b, card) >= 0
    for till in (a, b):
        with sqlite3.connect(till) as conn:
            assert conn.execute("SELECT COUNT(*), SUM(points) FROM ledger WHERE kind = 'redeem'"
                                ).fetchone() == (1, -points)
    assert problems(a) == [] and problems(b) == []


def _through(path, proxy: TcpProxy) -> None:
    """Point the till at the server through ``proxy`` (as a network cable would run)."""
    with sqlite3.connect(path) as conn:
        url = conn.execute("SELECT url FROM sync_till").fetchone()[0]
        port = url.split("port=")[1].split()[0]
        conn.execute("UPDATE sync_till SET url = ?", [url.replace(f"port={port}",
                                                                 f"port={proxy.port}")])


def test_two_offline_tills_overdraw_at_most_k_times_the_allowance_and_it_is_flagged(
        tmp_path, pg_server, pg_url):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    allowance = 10  # 15 welcome points; the offline sales earn 1 % of what money pays
    card = first_till(a, pg_url, members=1, program=points_program(earn_bp=100, welcome=15),
                      sales=False)[0]
    join(b, pg_url)
    for till in (a, b):
        with sqlite3.connect(till) as conn:
            conn.execute("UPDATE sync_till SET allowance_points = ?", [allowance])
    points = _spendable(a, card)
    assert allowance < points < 2 * allowance  # both tills together can overdraw
    proxies = [TcpProxy(pg_server.host, pg_server.port) for _ in (a, b)]
    try:
        for till, proxy in zip((a, b), proxies):
            _through(till, proxy)
            proxy.partition()
            shop = open_shop(till)
            sell(shop, basket_with(shop, (MILK, 2), (BREAD, 1), card=card, redeem=allowance))
            with pytest.raises(NetworkError) as refused:  # the allowance is used up
                sell(shop, basket_with(shop, (MILK, 2), (BREAD, 1), card=card, redeem=1))
            assert refused.value.reason == "offline_allowance"
            shop.close()
        offline = cli("--db", str(a), "sync", "--once", "--language", "en", check=False)
        assert offline.returncode == 1 and "cannot be reached" in offline.stderr
        for proxy in proxies:
            proxy.heal()
        for till in (a, b, a):
            sync(till)
    finally:
        for proxy in proxies:
            proxy.close()
    earned = sum(balances(a).values()) - _spendable(a, card)
    assert balances(a) == balances(b)
    overdraft = -_spendable(a, card)
    assert 0 < overdraft <= 2 * allowance  # k = 2 tills offline
    status = cli("--db", str(a), "network", "--language", "en", "status").stdout
    assert f"at -{overdraft} points" in status
    assert earned >= 0 and problems(a) == [] and problems(b) == []
    for till in (a, b):  # a warning at every till, whatever the shop's policy; not a failure
        with sqlite3.connect(till) as conn:
            conn.execute("INSERT OR REPLACE INTO settings (key, value) "
                         "VALUES ('negative_balance_policy', 'deduct_from_refund')")
        checked = cli("--db", str(till), "verify", "--language", "en")
        assert f"points at -{overdraft} (an overdraft" in checked.stdout
        assert checked.stdout.startswith("warning: member ") and problems(till) == []
