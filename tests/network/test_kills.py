"""Sync processes killed with SIGKILL at random moments while both tills keep selling:
afterwards every till holds exactly the server's records, balances agree, verify passes."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import psycopg

from loyalty.network import server_store
from tests.network.tcp_proxy import TcpProxy
from tests.network.test_redemption import _through
from tests.network.tills import ENV, ROOT, balances, first_till, gids, join, problems, sync

KILLS = 30


def _seller(path, card, count, seed):
    return subprocess.Popen([sys.executable, str(ROOT / "tests" / "sale_loop.py"), str(path), card,
                             str(count), str(seed)], cwd=ROOT, env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _converged(url, tills) -> None:
    for till in (*tills, *tills):
        sync(till)
    with psycopg.connect(url) as conn:
        on_server = server_store.gids_for(conn, "north")
    for till in tills:
        assert gids(till) == on_server
        assert problems(till) == []
    first = balances(tills[0])
    assert all(balances(t) == first for t in tills[1:])


def test_sync_killed_at_random_moments_loses_and_doubles_nothing(tmp_path, pg_url):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    cards = first_till(a, pg_url)
    join(b, pg_url)
    rng = random.Random(17)
    sellers = [_seller(a, cards[0], 40, 1), _seller(b, cards[1], 40, 2)]
    for _ in range(KILLS):
        till = rng.choice((a, b))
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(till), "sync",
                                 "--interval", "0", "--batch", str(rng.choice((1, 3, 50)))],
                                cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))  # start-up takes ~0.3 s: kills land before, during, after
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    for s in sellers:
        out, err = s.communicate(timeout=300)
        assert s.returncode == 0, err
    _converged(pg_url, (a, b))


def test_server_restarted_and_a_till_partitioned_while_selling_then_all_converge(
        tmp_path, pg_server, pg_url):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    cards = first_till(a, pg_url)
    join(b, pg_url)
    proxy = TcpProxy(pg_server.host, pg_server.port)
    try:
        _through(b, proxy)
        sellers = [_seller(a, cards[0], 15, 3), _seller(b, cards[1], 15, 4)]
        syncs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(t), "sync",
                                   "--interval", "0.2", "--batch", "2"], cwd=ROOT, env=ENV,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for t in (a, b)]
        time.sleep(1.5)
        proxy.partition()          # till B cut off...
        pg_server.restart()        # ...and the server restarted under till A's batches
        time.sleep(1.0)
        proxy.blackhole()          # B's packets now vanish: its timeouts, not a refusal
        time.sleep(1.0)
        for s in sellers:          # both tills sold all along
            out, err = s.communicate(timeout=300)
            assert s.returncode == 0, err
        proxy.heal()
        time.sleep(1.0)
        for p in syncs:
            p.send_signal(signal.SIGKILL)
            p.wait()
        _converged(pg_url, (a, b))
    finally:
        proxy.close()
