"""Benchmark of the shop network on a real PostgreSQL started for it: records per second
uploaded and downloaded, sync lag with 5 tills each selling 10 sales a minute (simulated,
accelerated), and the scan-to-quote time at a till while its sync runs (target: 16 ms,
one frame, median).  Also SIGKILLs of sync processes, many more than the test suite's.

    python -m tests.bench.bench_sync [--sales 2000] [--tills 5] [--speedup 30] [--kills 100]
"""
from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg

from loyalty.network import server_store
from loyalty.network.sync import BackgroundSync, sync_round
from loyalty.shop import open_shop
from loyalty.storage import sync_store
from pos.clock import system_clock
from pos.storage.db import connect
from tests.builders import BREAD, MILK, basket_with, sell
from tests.network.pg_server import start_server
from tests.network.tills import ENV, ROOT, TILL_PASSWORD, balances, first_till, gids, join

SALES_PER_MINUTE = 10
QUOTE_TARGET_MS = 16.0


def _fill(path: Path, cards: list[str], sales: int) -> None:
    shop = open_shop(path)
    rng = random.Random(1)
    for _ in range(sales):
        sell(shop, basket_with(shop, (MILK, rng.randint(1, 4)), (BREAD, 1), card=rng.choice(cards)))
    shop.close()


def _timed_round(path: Path) -> tuple[float, object]:
    shop = open_shop(path)
    start = time.perf_counter()
    result = sync_round(shop.db, shop.clock)
    seconds = time.perf_counter() - start
    shop.close()
    return seconds, result


def throughput(base: Path, url: str, sales: int) -> tuple[list[str], list[Path]]:
    a = base / "till1.db"
    cards = first_till(a, url, members=50)  # the first till's history goes up at init
    _fill(a, cards, sales)
    seconds, up = _timed_round(a)
    print(f"upload:   {up.uploaded} records in {seconds:.2f} s = {up.uploaded / seconds:,.0f} "
          f"records/s")
    b = base / "till2.db"
    join(b, url, "north", "till 2")  # pulls the first till's records; timed once more below
    shop = open_shop(b)
    total = shop.db.execute("SELECT COUNT(*) FROM sync_gids").fetchone()[0]
    shop.close()
    c = base / "till3.db"
    start = time.perf_counter()
    join(c, url, "north", "till 3")
    seconds = time.perf_counter() - start
    print(f"download: {total} records in {seconds:.2f} s (a new till joining, command line "
          f"start-up included) = {total / seconds:,.0f} records/s")
    return cards, [a, b, c]


def lag(base: Path, url: str, cards: list[str], tills: list[Path], count: int, speedup: float,
        seconds: float) -> None:
    while len(tills) < count:
        path = base / f"till{len(tills) + 1}.db"
        join(path, url, "north", f"till {len(tills) + 1}")
        tills.append(path)
    syncs = [BackgroundSync(lambda p=p: connect(p), system_clock, interval_s=1.0) for p in tills]
    for s in syncs:
        s.start()
    stop = threading.Event()
    quotes: list[float] = []

    def sell_at(path: Path, seed: int) -> None:
        shop = open_shop(path)
        rng = random.Random(seed)
        pause = 60.0 / SALES_PER_MINUTE / speedup
        while not stop.is_set():
            sell(shop, basket_with(shop, (MILK, rng.randint(1, 3)), (BREAD, 1),
                                   card=rng.choice(cards)))
            stop.wait(pause)
        shop.close()

    def quote_at(path: Path) -> None:
        shop = open_shop(path)
        while not stop.is_set():
            basket = basket_with(shop, (MILK, 2), (BREAD, 1), card=random.choice(cards))
            start = time.perf_counter()
            shop.checkout.quote(basket)
            quotes.append((time.perf_counter() - start) * 1000)
            stop.wait(0.02)
        shop.close()

    workers = [threading.Thread(target=sell_at, args=(p, i)) for i, p in enumerate(tills)]
    workers.append(threading.Thread(target=quote_at, args=(tills[0],)))
    for w in workers:
        w.start()
    time.sleep(seconds)
    stop.set()
    for w in workers:
        w.join()
    ended = time.perf_counter()
    while True:  # every till holds every record: the network has caught up
        with psycopg.connect(url) as conn:
            on_server = server_store.gids_for(conn, "north")
        if all(gids(p) == on_server for p in tills):
            break
        time.sleep(0.1)
    caught_up = time.perf_counter() - ended
    for s in syncs:
        s.stop()
    with psycopg.connect(url) as conn:
        lags = [r[0] for r in conn.execute(
            "SELECT EXTRACT(EPOCH FROM stored_at - (payload->>'at')::timestamptz) FROM records "
            "WHERE tbl = 'sales' AND stored_at > now() - make_interval(secs => %s)",
            [seconds + caught_up + 5])]
    rate = SALES_PER_MINUTE * speedup
    print(f"lag:      {len(tills)} tills × {rate:.0f} sales/min ({speedup:g}× the 10 a minute) "
          f"for {seconds:.0f} s: sale to server median {statistics.median(lags):.2f} s, "
          f"max {max(lags):.2f} s; every till in step {caught_up:.2f} s after the last sale "
          f"(sync every 1 s)")
    q = sorted(quotes)
    print(f"quote:    scan-to-quote with sync and sales running: median {statistics.median(q):.2f}"
          f" ms, p95 {q[int(len(q) * 0.95)]:.2f} ms over {len(q)} quotes "
          f"(target {QUOTE_TARGET_MS:g} ms median)")
    first = balances(tills[0])
    assert all(balances(p) == first for p in tills[1:]), "balances differ"


def kills(url: str, tills: list[Path], count: int) -> None:
    rng = random.Random(5)
    for _ in range(count):
        till = rng.choice(tills)
        seller = subprocess.Popen([sys.executable, str(ROOT / "tests" / "sale_loop.py"), str(till),
                                   _a_card(till), "3", str(rng.randint(0, 999))], cwd=ROOT,
                                  env=ENV, stdout=subprocess.DEVNULL)
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(till), "sync",
                                 "--interval", "0", "--batch", str(rng.choice((1, 5, 100)))],
                                cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        seller.wait()
    for till in (*tills, *tills):
        _timed_round(till)
    with psycopg.connect(url) as conn:
        on_server = server_store.gids_for(conn, "north")
    same = all(gids(p) == on_server for p in tills)
    first = balances(tills[0])
    print(f"kills:    {count} sync processes SIGKILLed: every till holds the server's "
          f"{len(on_server)} records: {same}; balances agree: "
          f"{all(balances(p) == first for p in tills[1:])}")


def _a_card(path: Path) -> str:
    shop = open_shop(path)
    try:
        return shop.db.execute("SELECT number FROM cards WHERE status = 'active' LIMIT 1"
                               ).fetchone()[0]
    finally:
        shop.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sales", type=int, default=2000)
    p.add_argument("--tills", type=int, default=5)
    p.add_argument("--speedup", type=float, default=30.0)
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--kills", type=int, default=100)
    args = p.parse_args()
    os.environ["POSLOYALTY_PG_PASSWORD"] = TILL_PASSWORD  # the tills in this process
    server = start_server()
    try:
        with tempfile.TemporaryDirectory() as folder:
            base = Path(folder)
            url = server.create_database()
            cards, tills = throughput(base, url, args.sales)
            lag(base, url, cards, tills, args.tills, args.speedup, args.seconds)
            kills(url, tills, args.kills)
            for t in tills:
                shop = open_shop(t)
                assert sync_store.pending_count(shop.db) == 0
                shop.close()
    finally:
        server.destroy()


if __name__ == "__main__":
    main()
