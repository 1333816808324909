"""`verify` names a sale edited behind the till's back: the money it says was paid, the
tender, or its time (which moves its revenue into another month's report)."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from loyalty.demo.demo import build_demo
from loyalty.shop import open_shop
from loyalty.verify import verify
from pos.clock import system_clock


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("verify") / "demo.db"
    build_demo(path, 25, 2, 3, "en")
    return path


def _problems_after(demo: Path, tmp_path: Path, *sql: str) -> list[str]:
    copy = tmp_path / "shop.db"
    shutil.copy(demo, copy)
    conn = sqlite3.connect(copy)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    shop = open_shop(copy, system_clock)
    try:
        return verify(shop, str(copy), system_clock())
    finally:
        shop.close()


def _member_sale(demo: Path) -> tuple[int, str]:
    conn = sqlite3.connect(demo)
    try:
        return conn.execute(
            "SELECT s.sale_no, s.at FROM sales s JOIN payments p USING (sale_no) "
            "JOIN ledger g USING (sale_no) WHERE s.kind = 'sale' AND p.tender = 'card' "
            "ORDER BY s.sale_no LIMIT 1").fetchone()
    finally:
        conn.close()


def test_the_untouched_demo_is_sound(demo, tmp_path) -> None:
    assert _problems_after(demo, tmp_path) == []


def test_the_money_paid_edited_is_named(demo, tmp_path) -> None:
    sale_no, _ = _member_sale(demo)
    problems = _problems_after(demo, tmp_path,
                               f"UPDATE sales SET paid_money_minor = 1 WHERE sale_no = {sale_no}")
    assert problems == [f"sale {sale_no}: totals do not match its lines and payments"]


def test_a_card_payment_turned_into_points_is_named(demo, tmp_path) -> None:
    sale_no, _ = _member_sale(demo)
    problems = _problems_after(
        demo, tmp_path,
        f"UPDATE payments SET tender = 'coupon' WHERE sale_no = {sale_no} AND tender = 'card'")
    assert f"sale {sale_no}: totals do not match its lines and payments" in problems


def test_a_sale_moved_to_another_day_is_named(demo, tmp_path) -> None:
    sale_no, at = _member_sale(demo)
    moved = "2020-01-01" + at[10:]
    problems = _problems_after(demo, tmp_path,
                               f"UPDATE sales SET at = '{moved}' WHERE sale_no = {sale_no}")
    assert problems == [f"sale {sale_no}: its time {moved} differs from its ledger entries' "
                        f"({at})"]
