"""Durability: a till killed at any instant, and two tills selling on one file at once."""
from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

from builders import member_with_card, seed
from loyalty.shop import open_shop
from loyalty.verify import verify

LOOP = Path(__file__).resolve().parent / "sale_loop.py"


def _shop_with_card(db_path):
    shop = open_shop(db_path)
    seed(shop)
    _, card = member_with_card(shop)
    shop.close()
    return card


def _sales_and_entries(db_path) -> tuple[int, int, list[str]]:
    shop = open_shop(db_path)
    try:
        sales = shop.db.execute("SELECT COUNT(*) FROM sales").fetchone()[0]
        entries = shop.db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0]
        return sales, entries, verify(shop, str(db_path), shop.clock())
    finally:
        shop.close()


def test_killing_the_till_at_random_moments_never_half_writes_a_sale(db_path) -> None:
    card = _shop_with_card(db_path)
    rng = random.Random(42)
    kills = 0
    last_sales = 0
    for round_no in range(25):
        child = subprocess.Popen([sys.executable, str(LOOP), str(db_path), card, "100000",
                                  str(round_no)], stdout=subprocess.PIPE, text=True)
        child.stdout.readline()  # it is selling
        time.sleep(rng.uniform(0.0, 0.4))
        child.kill()  # SIGKILL: no cleanup, no finally, mid-transaction or not
        child.wait()
        kills += 1
        sales, _, problems = _sales_and_entries(db_path)
        assert problems == [], problems  # every sale has its ledger entries and vice versa
        assert sales >= last_sales
        last_sales = sales
    assert kills == 25 and last_sales > 25


def test_two_tills_selling_at_once_lose_nothing(db_path) -> None:
    card = _shop_with_card(db_path)
    tills = [subprocess.Popen([sys.executable, str(LOOP), str(db_path), card, "40", str(i)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(2)]
    outputs = [t.communicate(timeout=300) for t in tills]
    for till, (out, err) in zip(tills, outputs):
        assert till.returncode == 0, err
        assert "locked" not in err
    sale_numbers = [int(n) for out, _ in outputs for n in out.split()]
    assert len(sale_numbers) == 80 and len(set(sale_numbers)) == 80
    sales, _, problems = _sales_and_entries(db_path)
    assert problems == []
    shop = open_shop(db_path)
    try:
        kinds = dict(shop.db.execute("SELECT kind, COUNT(*) FROM sales GROUP BY kind"))
    finally:
        shop.close()
    assert kinds["sale"] == 80 and sales == 80 + kinds.get("return", 0)
