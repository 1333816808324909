"""Generated schedules over three tills in two shops (sales, returns, enrolments, card
replacements, redemptions, sync rounds, killed syncs, partitions): every till ends holding
the server's records, the same balances, a sound file and the ledger's roll-forward."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty.members.cards import replace_card
from loyalty.members.enrolment import enrol
from loyalty.members.members import new_member
from loyalty.network import server_store
from loyalty.network.errors import NetworkError
from loyalty.network.sync import sync_round
from loyalty.shop import open_shop
from pos.storage import store
from pos.storage.db import write_transaction
from tests.builders import BREAD, MILK, TOBACCO, basket_with, give_back, loyalty_quote, sell
from tests.network.tcp_proxy import TcpProxy
from tests.network.test_redemption import _through
from tests.network.tills import ENV, ROOT, balances, first_till, gids, join, problems

TILLS = 3
SHOPS = ("north", "north", "south")
step = st.one_of(
    st.tuples(st.just("sale"), st.integers(0, TILLS - 1), st.integers(0, 9), st.booleans()),
    st.tuples(st.just("return"), st.integers(0, TILLS - 1)),
    st.tuples(st.just("enrol"), st.integers(0, TILLS - 1)),
    st.tuples(st.just("replace"), st.integers(0, TILLS - 1), st.integers(0, 9)),
    st.tuples(st.just("sync"), st.integers(0, TILLS - 1)),
    st.tuples(st.just("kill"), st.integers(0, TILLS - 1), st.floats(0.3, 1.2)),
    st.tuples(st.just("partition"), st.integers(0, TILLS - 1)),
    st.tuples(st.just("heal"), st.integers(0, TILLS - 1)),
)


class Network:
    def __init__(self, server, base: Path) -> None:
        self.url = server.create_database()
        self.paths = [base / f"till{i}.db" for i in range(TILLS)]
        self.cards = [first_till(self.paths[0], self.url, members=2)]
        self.cards = [[c] for c in self.cards[0]]        # each member's cards, newest last
        for i in range(1, TILLS):
            join(self.paths[i], self.url, SHOPS[i], f"till {i}")
        shop = open_shop(self.paths[2])                 # the second shop's own catalogue
        with write_transaction(shop.db):
            store.upsert_products(shop.db, (MILK, BREAD, TOBACCO))
        shop.close()
        self.proxies = [TcpProxy(server.host, server.port) for _ in self.paths]
        for path, proxy in zip(self.paths, self.proxies):
            _through(path, proxy)
        self.last_sale: dict[int, int] = {}
        self.phones = 0

    def run(self, action: tuple) -> None:
        kind, t = action[0], action[1]
        path = self.paths[t]
        if kind in ("partition", "heal"):
            getattr(self.proxies[t], kind)()
            return
        if kind == "kill":
            proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(path),
                                     "sync", "--interval", "0", "--batch", "2"], cwd=ROOT,
                                    env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(action[2])
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return
        shop = open_shop(path)
        try:
            self._in_shop(shop, kind, t, action)
        finally:
            shop.close()

    def _in_shop(self, shop, kind: str, t: int, action: tuple) -> None:
        if kind == "sync":
            try:
                sync_round(shop.db, shop.clock, batch=3)
            except NetworkError:
                pass  # partitioned: the till sells on
        elif kind == "enrol":
            self.phones += 1
            at = shop.clock()
            e = enrol(shop.db, new_member(f"New {self.phones}", f"+7913{t}{self.phones:06d}", at,
                                          consent_data=True),
                      shop.programs.program_for(date(2026, 1, 1)), at, region="RU",
                      tz=shop.settings.timezone, issue_card_prefix="29")
            self.cards.append([e.card.number])
        elif kind == "sale":
            card = self._card_at(shop, action[2])
            if card is None:
                return
            basket = basket_with(shop, (MILK, 2), (BREAD, 1), card=card)
            limits = loyalty_quote(shop.checkout.quote(basket)).redeem_limits
            redeem = limits.max_points // 2 if action[3] else 0
            try:
                sale = sell(shop, basket_with(shop, (MILK, 2), (BREAD, 1), card=card,
                                              redeem=redeem))
            except NetworkError:
                return  # another till spent them, or the offline allowance is used up
            self.last_sale[t] = sale.sale_no
        elif kind == "return" and t in self.last_sale:
            give_back(shop, self.last_sale.pop(t), {1: 1})
        elif kind == "replace":
            card = self._card_at(shop, action[2])
            if card is not None:
                new = replace_card(shop.db, card, shop.clock())
                self.cards[action[2] % len(self.cards)].append(new.number)

    def _card_at(self, shop, member: int) -> str | None:
        """The member's newest card this till knows and that still works."""
        for number in reversed(self.cards[member % len(self.cards)]):
            row = shop.db.execute("SELECT status FROM cards WHERE number = ?", [number]).fetchone()
            if row is not None:
                return number if row[0] == "active" else None
        return None

    def settle(self) -> None:
        for proxy in self.proxies:
            proxy.heal()
        for _ in range(2):
            for path in self.paths:
                shop = open_shop(path)
                sync_round(shop.db, shop.clock)
                shop.close()

    def close(self) -> None:
        for proxy in self.proxies:
            proxy.close()


def _roll_forward_holds(path: Path, tmp: Path) -> bool:
    today = date.today()
    out = tmp / f"{path.stem}.json"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(path), "report", "--month",
                    f"{today:%Y-%m}", "--out", str(tmp / "r.pdf"), "--json", str(out)],
                   cwd=ROOT, env=ENV, check=True, capture_output=True)
    f = json.loads(out.read_text())
    f = f.get("figures", f)
    earned = sum(v for k, v in f.items() if k.startswith("points_earned_"))
    return (f["points_opening"] + earned - f["points_redeemed"] - f["points_expired"]
            + f["points_adjusted"] + f["points_reversed"]) == f["points_closing"]


@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(step, min_size=6, max_size=14))
def test_generated_schedules_converge(pg_server, schedule):
    if not pg_server.is_running():
        pg_server.start()
    with tempfile.TemporaryDirectory() as folder:
        net = Network(pg_server, Path(folder))
        try:
            for action in schedule:
                net.run(action)
            net.settle()
        finally:
            net.close()
        with psycopg.connect(net.url) as conn:
            on_server = {shop: server_store.gids_for(conn, shop) for shop in set(SHOPS)}
        for path, shop in zip(net.paths, SHOPS):
            assert gids(path) == on_server[shop]
            assert problems(path) == []
            assert _roll_forward_holds(path, Path(folder))
        first = balances(net.paths[0])
        assert all(balances(p) == first for p in net.paths[1:])
