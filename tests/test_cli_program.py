"""`program export` and `program import` on a real demo shop: changes printed, versions audited,
every hostile file refused with one line and nothing stored."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from main import main


@pytest.fixture(autouse=True)
def owner_pin(monkeypatch):
    """Program changes need the owner's PIN (the demo's owner: 1111)."""
    monkeypatch.setenv("POSLOYALTY_PIN", "1111")


MAIN = Path(__file__).resolve().parent.parent / "main.py"


@pytest.fixture
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["demo", "--db", str(path), "--members", "10", "--months", "1", "--language", "en"]) == 0
    return path


def _versions(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT COUNT(*) FROM programs").fetchone()[0]


def _exported(db: Path, tmp_path: Path) -> dict:
    out = tmp_path / "program.json"
    assert main(["program", "export", "--db", str(db), "--out", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_export_edit_import_prints_the_changes_and_audits(demo_db, tmp_path, capsys) -> None:
    data = _exported(demo_db, tmp_path)
    data["points"]["hold_days"] = 14
    data["welcome"] = None
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    later = (date.today() + timedelta(days=30)).isoformat()
    assert main(["program", "import", str(edited), "--db", str(demo_db),
                 "--effective", later]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["~ changed: points", "    hold_days: 0 → 14", "- removed: welcome",
                   f"saved as program version 2, in effect from {later}"]
    with sqlite3.connect(demo_db) as conn:
        action, staff, detail = conn.execute(
            "SELECT a.action, s.role, a.detail FROM audit_log a LEFT JOIN staff s USING "
            "(staff_id) ORDER BY a.rowid DESC").fetchone()
    assert (action, staff) == ("program_saved", "owner")  # whose PIN the command was given
    assert json.loads(detail)["changed"] == ["changed points", "removed welcome"]
    assert json.loads(detail)["source"] == "command line"
    again = _exported(demo_db, tmp_path)  # today's program is still version 1
    assert again["version"] == 1 and again["welcome"] is not None


def _hostile(good: dict) -> dict[str, str]:
    text = json.dumps(good)

    def hold(value: object) -> str:
        return text.replace('"hold_days": 0', f'"hold_days": {value}')

    return {
        "hold": hold(3_000_000), "int64": hold(2**63), "digits": hold("9" * 5000),
        "nan": hold("NaN"), "text": hold('"0"'), "deep": "[" * 5000,
        "deep_object": '{"points": ' + "[" * 5000,
        "expiry": text.replace('"days": 365', '"days": 10000000'),
        "list": text.replace('"rate_bp": 500', '"rate_bp": [500]'),
        "duplicate": hold('0, "hold_days": 5'), "top": "7", "empty": "",
        "huge": " " * 1_500_000 + text, "binary": "\udcff",
    }


def test_hostile_files_are_refused_in_one_line(demo_db, tmp_path, capsys) -> None:
    good = _exported(demo_db, tmp_path)
    for name, text in _hostile(good).items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
        capsys.readouterr()
        assert main(["program", "import", str(path), "--db", str(demo_db)]) == 1, name
        err = capsys.readouterr().err
        assert err.startswith("error: ") and err.count("\n") == 1 and len(err) < 200, (name, err)
    assert _versions(demo_db) == 1


@pytest.mark.parametrize("args, message", [
    (["--effective", "2000-01-01"], "a program change cannot start in the past"),
    ([], "the program cannot be used: points.hold_days is too large (at most 3660)"),
])
def test_a_real_process_refuses_without_a_traceback(demo_db, tmp_path, args, message) -> None:
    data = _exported(demo_db, tmp_path)
    if not args:
        data["points"]["hold_days"] = 3_000_000
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    run = subprocess.run([sys.executable, str(MAIN), "--db", str(demo_db), "program", "import",
                          str(path), *args], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.strip() == f"error: {message}"
    assert _versions(demo_db) == 1


def test_the_shop_database_itself_is_refused_unopened(demo_db, capsys) -> None:
    assert main(["program", "import", str(demo_db), "--db", str(demo_db)]) == 1
    assert "shop's database" in capsys.readouterr().err
