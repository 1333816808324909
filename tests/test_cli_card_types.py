"""The command line with card types and exact returns: cards printed as a chosen type,
customers imported with a card_type column, and a demo shop's return rows that add up."""
from __future__ import annotations

import csv
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from loyalty.model.program import CardType, CardTypeId, FixedDiscount, Program
from loyalty.program.programs import save_program
from loyalty.shop import open_shop
from main import main


@pytest.fixture(autouse=True)
def owner_pin(monkeypatch):
    """Commands that read personal data ask for the owner's PIN (the demo's owner: 1111)."""
    monkeypatch.setenv("POSLOYALTY_PIN", "1111")



@pytest.fixture
def typed_shop(tmp_path) -> Path:
    path = tmp_path / "shop.db"
    shop = open_shop(path)
    program = Program(1, date(2020, 1, 1), fixed_discount=FixedDiscount(
        (CardType(CardTypeId("personal"), "Personal 5 %", 500),
         CardType(CardTypeId("vip"), "VIP 10 %", 1_000)),
        default_card_type_id=CardTypeId("personal")))
    save_program(shop.db, program, date(2020, 1, 1), datetime.now(timezone.utc))
    shop.close()
    return path


def _types(path: Path) -> list[tuple[str, str | None]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT number, card_type_id FROM cards ORDER BY number").fetchall()


def test_cards_new_with_a_card_type(typed_shop, tmp_path) -> None:
    out, listing = tmp_path / "c.pdf", tmp_path / "c.csv"
    assert main(["cards", "--db", str(typed_shop), "--new", "3", "--card-type", "vip",
                 "--out", str(out), "--list", str(listing)]) == 0
    assert {t for _, t in _types(typed_shop)} == {"vip"} and len(_types(typed_shop)) == 3
    assert main(["cards", "--db", str(typed_shop), "--new", "1", "--out", str(out)]) == 0
    assert sorted(t for _, t in _types(typed_shop)) == ["personal", "vip", "vip", "vip"]


def test_an_unknown_card_type_is_one_line_and_prints_nothing(typed_shop, tmp_path, capsys) -> None:
    out = tmp_path / "c.pdf"
    assert main(["cards", "--db", str(typed_shop), "--new", "2", "--card-type", "gold",
                 "--out", str(out), "--language", "en"]) == 1
    assert capsys.readouterr().err.strip() == "error: the program has no card type “gold”"
    assert _types(typed_shop) == [] and not out.exists()


def test_import_customers_with_a_card_type_column(typed_shop, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,phone,card_number,card_type,consent_data\n"
                   "Анна,+79123456789,4006381333931,gold,yes\n", "utf-8")
    assert main(["import-customers", str(bad), "--db", str(typed_shop), "--language", "en"]) == 1
    assert "line 2, card_type: the program has no card type “gold”" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_text("name,phone,card_number,card_type,consent_data\n"
                    "Анна,+79123456789,4006381333931,vip,yes\n", "utf-8")
    assert main(["import-customers", str(good), "--db", str(typed_shop)]) == 0
    assert _types(typed_shop) == [("4006381333931", "vip")]


def test_every_demo_return_row_adds_up_exactly(tmp_path) -> None:
    """−net = −paid money + points given back × point value (1 point = 1 rouble here)."""
    db, out = tmp_path / "demo.db", tmp_path / "sales.csv"
    assert main(["demo", "--db", str(db), "--members", "100", "--months", "6"]) == 0
    # the demo's own returns depend on the day it is made; one more, of a sale paid partly
    # in points, through the till's return path, so that points always come back
    shop = open_shop(db)
    sale_no = shop.db.execute(
        "SELECT p.sale_no FROM payments p JOIN sales s USING (sale_no) WHERE p.tender = 'points' "
        "AND s.kind = 'sale' AND p.sale_no NOT IN (SELECT original_sale_no FROM sales "
        "WHERE original_sale_no IS NOT NULL) ORDER BY p.sale_no LIMIT 1").fetchone()[0]
    shop.returns.commit(shop.returns.quote(sale_no), None)
    shop.close()
    assert main(["export", "sales", "--db", str(db), "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as f:
        returns = [r for r in csv.DictReader(f) if r["kind"] == "return"]
    assert any(int(r["points_redeemed"]) for r in returns)  # some gave redeemed points back
    for r in returns:
        assert -int(r["net_minor"]) == (-int(r["paid_money_minor"])
                                        - int(r["points_redeemed"]) * 100), r
