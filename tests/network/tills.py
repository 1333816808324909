"""Tills for the network tests: real shop files, the real command line, and what to compare."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from loyalty.shop import open_shop
from loyalty.storage import ledger_store, sync_store
from loyalty.verify import verify
from tests.builders import BREAD, MILK, basket_with, member_with_card, seed, sell

ROOT = Path(__file__).resolve().parents[2]
TILL_PASSWORD = "till-secret-pw"
ENV = dict(os.environ, POSLOYALTY_PIN="1111", POSLOYALTY_TILL_PASSWORD=TILL_PASSWORD,
           POSLOYALTY_PG_PASSWORD=TILL_PASSWORD)


def cli(*args: str, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          env=env or ENV, capture_output=True, text=True, timeout=120)
    if check and done.returncode != 0:
        raise AssertionError(f"main.py {' '.join(args)} failed: {done.stderr}{done.stdout}")
    return done


def first_till(path: Path, url: str, members: int = 2, program=None, sales: bool = True):
    """A seeded shop with members (and a sale each), made the first till of a new network."""
    shop = open_shop(path)
    seed(shop, program)
    cards = [member_with_card(shop, f"Member {i}", f"+7912000{i:04d}")[1] for i in range(members)]
    for card in cards if sales else ():
        sell(shop, basket_with(shop, (MILK, 3), (BREAD, 2), card=card))
    shop.close()
    cli("--db", str(path), "network", "init", url, "--shop", "north", "--till", "A")
    return cards


def join(path: Path, url: str, shop: str = "north", till: str = "B") -> None:
    cli("--db", str(path), "network", "join", url, "--shop", shop, "--till", till)


def sync(path: Path) -> str:
    return cli("--db", str(path), "sync", "--once", "--language", "en").stdout


def balances(path: Path) -> dict[str, int]:
    """Each member's points, by the member's global id."""
    shop = open_shop(path)
    try:
        return {sync_store.member_gid(shop.db, m): p
                for m, p in ledger_store.sums_by_member(shop.db).items()}
    finally:
        shop.close()


def gids(path: Path) -> set[str]:
    shop = open_shop(path)
    try:
        return sync_store.gid_set(shop.db)
    finally:
        shop.close()


def problems(path: Path) -> list[str]:
    shop = open_shop(path)
    try:
        return verify(shop, str(path), shop.clock())
    finally:
        shop.close()


def sell_to(path: Path, card: str, redeem: int = 0):
    shop = open_shop(path)
    try:
        return sell(shop, basket_with(shop, (MILK, 2), (BREAD, 1), card=card, redeem=redeem))
    finally:
        shop.close()
