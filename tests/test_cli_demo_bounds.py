"""`demo` arguments: sizes out of bounds are refused before a file is made, a build that fails
or is interrupted leaves no partial shop behind, and a file that was there is never touched."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from loyalty.demo.demo import MAX_SALES, build_demo, demo_program, silver_threshold_minor
from loyalty.program.bounds import int_limit
from loyalty.program.json_format import program_from_json, program_to_json
from loyalty.program.rehearsal import rehearse
from main import main


def leftovers(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name))


@pytest.mark.parametrize("args, message", [
    (["--sales", "-1"], "--sales must be a number from 0 to 10000000"),
    (["--sales", "999999999999", "--members", "1", "--months", "1"],
     "--sales must be a number from 0 to 10000000"),
    (["--members", "0"], "--members must be a number from 1 to 1000000"),
    (["--members", "99999999999999"], "--members must be a number from 1 to 1000000"),
    (["--months", "0"], "--months must be a number from 1 to 240"),
    (["--months", "241"], "--months must be a number from 1 to 240"),
])
def test_a_size_out_of_bounds_is_refused_and_no_file_is_made(tmp_path, capsys, args,
                                                             message) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--language", "en", *args]) == 1
    assert capsys.readouterr().err == f"error: {message}\n"
    assert leftovers(db) == []


def test_the_refusal_reads_in_russian(tmp_path, capsys) -> None:
    assert main(["demo", "--db", str(tmp_path / "d.db"), "--members", "0"]) == 1
    assert capsys.readouterr().err == "ошибка: --members — число от 1 до 1000000\n"


def test_no_sales_at_all_is_a_demo_too(tmp_path, capsys) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--members", "3", "--months", "1", "--sales", "0"]) == 0
    assert ": 3 members, 0 sales," in capsys.readouterr().out
    assert main(["verify", "--db", str(db)]) == 0


class Stop(Exception):
    pass


@pytest.mark.parametrize("stop", [Stop, KeyboardInterrupt])
def test_a_build_that_fails_halfway_leaves_no_file(tmp_path, capsys, stop) -> None:
    db = tmp_path / "demo.db"

    def fail_on_the_third_day(done: int, total: int) -> None:
        if done == 3:
            assert leftovers(db)  # the shop file was being written
            raise stop()

    with pytest.raises(stop):
        build_demo(db, members=5, months=1, sales=40, progress=fail_on_the_third_day,
                   now=datetime(2026, 3, 20, 15, tzinfo=timezone.utc))
    assert leftovers(db) == []
    # so the next demo is not told that the file already exists
    assert main(["demo", "--db", str(db), "--members", "5", "--months", "1"]) == 0
    assert db.exists()


def test_a_file_that_was_there_is_never_removed(tmp_path, capsys) -> None:
    db = tmp_path / "shop.db"
    db.write_bytes(b"the owner's own file")
    assert main(["demo", "--db", str(db), "--language", "en"]) == 1
    assert "already exists" in capsys.readouterr().err
    with pytest.raises(FileExistsError):
        build_demo(db, members=2, months=1)
    assert db.read_bytes() == b"the owner's own file" and leftovers(db) == ["shop.db"]


@pytest.mark.parametrize("language", ["ru", "en"])
def test_many_sales_for_one_member_keep_the_tiers_in_bounds(language: str) -> None:
    """--members 1 --months 1 --sales 999999999999 failed with 'tiers.tiers[2].threshold is
    too large': Silver follows the sales per member, and Gold is three times Silver."""
    silver = silver_threshold_minor(language, 1, MAX_SALES, 1)
    assert 3 * silver <= int_limit("threshold")
    day = date(2026, 1, 1)
    program = demo_program(day, language, silver)
    assert rehearse(program_from_json(program_to_json(program)), day) is not None
