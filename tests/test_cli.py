"""The command line end to end, as a newcomer would try it, on real files."""
from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from loyalty.reports.exports import LEDGER_COLUMNS, MEMBERS_COLUMNS, SALES_COLUMNS
from main import main
# the demo owner's PIN, as a script would give it (the PIN checks: test_cli_guard.py)
from tests.cli_shops import made_demo, owner_pin  # noqa: F401 (a fixture)
from pos.errors import shown

MAIN = Path(__file__).resolve().parent.parent / "main.py"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return made_demo(tmp_path_factory.mktemp("demo"), "--members", "40", "--months", "3")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_demo_then_verify_passes(demo_db, capsys) -> None:
    assert main(["verify", "--db", str(demo_db)]) == 0
    assert "ok" in capsys.readouterr().out


@pytest.mark.parametrize("what, columns", [
    ("sales", SALES_COLUMNS), ("ledger", LEDGER_COLUMNS), ("members", MEMBERS_COLUMNS)])
def test_exports_have_the_exact_columns(demo_db, tmp_path, what, columns) -> None:
    out = tmp_path / f"{what}.csv"
    assert main(["export", what, "--db", str(demo_db), "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as f:
        assert tuple(next(csv.reader(f))) == columns
    assert len(_rows(out)) > 0


def test_sales_export_matches_the_database(demo_db, tmp_path) -> None:
    out = tmp_path / "sales.csv"
    main(["export", "sales", "--db", str(demo_db), "--out", str(out)])
    rows = _rows(out)
    conn = sqlite3.connect(demo_db)
    net, count = conn.execute("SELECT SUM(net_minor), COUNT(*) FROM sales").fetchone()
    assert sum(int(r["net_minor"]) for r in rows) == net and len(rows) == count
    returns = [r for r in rows if r["kind"] == "return"]
    assert returns and all(int(r["net_minor"]) < 0 and r["original_sale_no"] for r in returns)
    assert all("+03:00" in r["time"] for r in rows)  # the shop's offset, Moscow


def test_export_period_filters_by_local_days(demo_db, tmp_path) -> None:
    out = tmp_path / "ledger.csv"
    main(["export", "ledger", "--db", str(demo_db), "--out", str(out), "--from", "2000-01-01",
          "--to", "2000-01-31"])
    assert _rows(out) == []


def test_backup_and_restore_round_trip(demo_db, tmp_path, capsys) -> None:
    backup = tmp_path / "backup.db"
    assert main(["backup", "--db", str(demo_db), "--out", str(backup)]) == 0
    target = tmp_path / "restored.db"
    assert main(["restore", str(backup), "--db", str(target)]) == 0
    assert main(["verify", "--db", str(target)]) == 0
    count = lambda p: sqlite3.connect(p).execute("SELECT COUNT(*) FROM ledger").fetchone()[0]
    assert count(target) == count(demo_db)


def test_restore_refuses_a_file_that_is_not_a_shop(tmp_path, capsys) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    target = tmp_path / "shop.db"
    assert main(["restore", str(junk), "--db", str(target)]) == 1
    assert "is not a shop backup (not a database file)" in capsys.readouterr().err
    assert not target.exists()


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make, says", [
    (lambda p: p.write_bytes(b"") or p, "is empty, not a shop backup; nothing was changed"),
    (_foreign, "is a database but not a shop backup; nothing was changed"),
])
def test_restore_of_an_empty_or_foreign_file_leaves_the_shop_untouched(demo_db, tmp_path, capsys,
                                                                      make, says) -> None:
    shop = tmp_path / "shop.db"
    assert main(["backup", "--db", str(demo_db), "--out", str(shop)]) == 0
    assert main(["verify", "--db", str(shop)]) == 0  # opened once: a shop in use is in WAL mode
    before = shop.read_bytes()
    candidate = make(tmp_path / "candidate.db")
    candidate_bytes = candidate.read_bytes()
    capsys.readouterr()
    assert main(["restore", str(candidate), "--db", str(shop), "--language", "en"]) == 1
    err = capsys.readouterr().err
    assert err == f"error: {shown(candidate)} {says}\n"  # one line, the shop's words, not SQLite's
    assert shop.read_bytes() == before and candidate.read_bytes() == candidate_bytes
    # nothing new beside them (SQLite's own -wal/-shm of the shop opened above aside)
    assert sorted(p.name for p in tmp_path.iterdir()
                  if not p.name.endswith(("-wal", "-shm"))) == ["candidate.db", "shop.db"]


def test_restore_of_the_shop_itself_or_a_newer_shop_is_refused(demo_db, tmp_path, capsys) -> None:
    assert main(["restore", str(demo_db), "--db", str(demo_db), "--language", "en"]) == 1
    assert "is the shop's own database, not a backup of it" in capsys.readouterr().err
    newer = tmp_path / "newer.db"
    assert main(["backup", "--db", str(demo_db), "--out", str(newer)]) == 0
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('pos', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["restore", str(newer), "--db", str(tmp_path / "shop.db")]) == 1
    assert "was made by a newer version of this program" in capsys.readouterr().err


def test_two_restores_keep_two_originals(demo_db, tmp_path, capsys) -> None:
    backup, shop = tmp_path / "backup.db", tmp_path / "shop.db"
    assert main(["backup", "--db", str(demo_db), "--out", str(backup)]) == 0
    assert main(["demo", "--db", str(shop), "--members", "3", "--months", "1", "--seed", "7"]) == 0
    original = sqlite3.connect(shop).execute("SELECT COUNT(*) FROM members").fetchone()[0]
    capsys.readouterr()
    assert main(["restore", str(backup), "--db", str(shop)]) == 0
    assert main(["restore", str(backup), "--db", str(shop)]) == 0
    out = capsys.readouterr().out
    kept = sorted(tmp_path.glob("shop.db.before-restore-*"))
    assert len(kept) == 2 and all(k.name in out for k in kept)
    counts = [sqlite3.connect(k).execute("SELECT COUNT(*) FROM members").fetchone()[0]
              for k in kept]
    assert counts[0] == original  # the first original survives the second restore
    assert main(["verify", "--db", str(shop)]) == 0
    conn = sqlite3.connect(shop)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x504F534C
    restores = conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'").fetchone()
    assert restores == (1,)


def test_import_products_all_or_nothing_with_row_errors(template_db, tmp_path, capsys) -> None:
    db = tmp_path / "shop.db"  # a new shop, as the first start makes it
    shutil.copy(template_db, db)
    bad = tmp_path / "bad.csv"
    bad.write_text("barcode,name,price\n111,Milk,89.90\n222,,10\n333,Bread,abc\n", "utf-8")
    assert main(["import-products", str(bad), "--db", str(db), "--language", "en"]) == 1
    err = capsys.readouterr().err
    assert "line 3, name: the cell is empty" in err and "line 4, price: “abc” is not a price" in err
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM products").fetchone()[0] == 0
    good = tmp_path / "good.csv"
    good.write_text("barcode;name;price;category\n111;Молоко;89,90;dairy\n", "cp1251")
    assert main(["import-products", str(good), "--db", str(db)]) == 0
    assert sqlite3.connect(db).execute("SELECT name, price_minor FROM products").fetchall() == [
        ("Молоко", 8990)]
    # audited once, the refused file not at all
    assert sqlite3.connect(db).execute("SELECT action, subject FROM audit_log").fetchall() == [
        ("products_imported", "count 1")]


def test_import_customers_with_cards_and_row_errors(template_db, tmp_path, capsys) -> None:
    db = tmp_path / "shop.db"
    shutil.copy(template_db, db)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,phone,birthday,card_number,consent_data\n"
                   "Анна,+79123456789,1990-02-03,,да\nПётр,123,,,да\n"
                   "Иван,+79123456780,31.02.1990,4006381333932,да\n", "utf-8")
    assert main(["import-customers", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err  # the new shop speaks Russian, and so do its messages
    assert "строка 3, phone: «123» — не номер телефона" in err
    assert "строка 4, birthday: «31.02.1990» — не дата" in err
    assert "строка 4, card_number: у 4006381333932 неверная контрольная цифра" in err
    good = tmp_path / "good.csv"
    good.write_text("name,phone,birthday,card_number,consent_data\n"
                    "Анна,8 912 345-67-89,03.02.1990,4006381333931,да\n", "utf-8")
    assert main(["import-customers", str(good), "--db", str(db)]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT phone, birthday FROM members").fetchall() == [
        ("+79123456789", "1990-02-03")]
    assert conn.execute("SELECT number, kind FROM cards").fetchall() == [
        ("4006381333931", "personal")]


def test_verify_reports_a_tampered_ledger(demo_db, tmp_path, capsys) -> None:
    copy = tmp_path / "tampered.db"
    copy.write_bytes(demo_db.read_bytes())
    conn = sqlite3.connect(copy)
    conn.execute("DROP TRIGGER ledger_append_only_delete")
    conn.execute("DELETE FROM ledger WHERE entry_id = (SELECT MIN(entry_id) FROM ledger "
                 "WHERE kind = 'purchase')")
    conn.commit()
    conn.close()
    assert main(["verify", "--db", str(copy)]) == 1
    out = capsys.readouterr().out
    assert "records" in out and "append-only guard" in out


def test_the_ledger_refuses_edits(demo_db) -> None:
    conn = sqlite3.connect(demo_db)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE ledger SET points = points + 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM ledger")


def test_receipt_and_cards_commands(demo_db, tmp_path) -> None:
    pdf, escpos = tmp_path / "r.pdf", tmp_path / "r.bin"
    assert main(["receipt", "1", "--db", str(demo_db), "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["receipt", "1", "--db", str(demo_db), "--escpos", str(escpos)]) == 0
    assert escpos.read_bytes().startswith(b"\x1b@")
    cards, listing = tmp_path / "c.pdf", tmp_path / "c.csv"
    assert main(["cards", "--db", str(demo_db), "--new", "3", "--layout", "a4", "--out",
                 str(cards), "--list", str(listing)]) == 0
    assert [r["symbology"] for r in _rows(listing)] == ["ean13"] * 3


def test_failures_exit_non_zero_with_one_line(tmp_path) -> None:
    result = subprocess.run([sys.executable, str(MAIN), "verify", "--db",
                             str(tmp_path / "missing.db")], capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "no database" in result.stderr
