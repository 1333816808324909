"""Periods on the command line: a report's --from/--to that has not begun, --to with --month,
an export's reversed dates and a seal of a month not ended are refused in one line, and the
shop file stays exactly as it was (its SQL dump)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from main import main
from tests.fuzz_inputs import dump
from tests.cli_shops import copied, made_demo, owner_pin  # noqa: F401 (a fixture)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """An English demo shop (its clock in UTC) of two months, made once."""
    path = made_demo(tmp_path_factory.mktemp("template"), "--members", "8", "--months", "2",
                     "--language", "en")
    # the owner's PIN once: its first use writes the PIN throttle's row, which is the PIN
    # check's doing (before any command runs), not the refusals' these tests look at
    assert main(["program", "export", "--db", str(path), "--pin", "1111", "--out",
                 str(path.with_name("program.json"))]) == 0
    return path


@pytest.fixture
def shop_db(template, tmp_path) -> Path:
    return copied(template, tmp_path)




def month(offset: int) -> str:
    """This month (0), the next (1), the one before (-1), as YYYY-MM in UTC."""
    now = datetime.now(timezone.utc)
    key = now.year * 12 + now.month - 1 + offset
    return f"{key // 12:04d}-{key % 12 + 1:02d}"


def refused(db: Path, args: list[str], capsys) -> str:
    before = dump(db)
    capsys.readouterr()
    assert main([*args, "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert dump(db) == before
    return err.strip()


@pytest.mark.parametrize("first, last, named", [
    (0, 1, 1),     # the QA's 2026-12 to 2027-03: the header said only 2026-12
    (-1, 37, 37),  # 2026-07 to 2030-01: six months were written
    (1, 2, 1),     # a period wholly ahead
])
def test_a_period_ending_in_a_month_not_begun_is_refused(shop_db, tmp_path, capsys, first, last,
                                                         named) -> None:
    out = tmp_path / "r.pdf"
    said = refused(shop_db, ["report", "--from", month(first), "--to", month(last),
                             "--out", str(out), "--csv", str(tmp_path / "r.csv")], capsys)
    assert said == (f"error: {month(named)} has not begun yet: a report covers months up to "
                    "this one")
    assert not out.exists() and not (tmp_path / "r.csv").exists()


def test_a_period_up_to_this_month_is_still_reported(shop_db, tmp_path, capsys) -> None:
    csv = tmp_path / "r.csv"
    assert main(["report", "--from", month(-1), "--to", month(0), "--db", str(shop_db),
                 "--out", str(tmp_path / "r.pdf"), "--csv", str(csv)]) == 0
    assert csv.read_text(encoding="utf-8").splitlines()[0] == (
        f"metric,{month(-1)},{month(0)},total")


def test_a_reversed_period_is_refused_before_the_future_one(shop_db, tmp_path, capsys) -> None:
    said = refused(shop_db, ["report", "--from", month(2), "--to", month(-1),
                             "--out", str(tmp_path / "r.pdf")], capsys)
    assert said == f"error: --from {month(2)} is after --to {month(-1)}"


@pytest.mark.parametrize("which", [["--month", "2026-07"], ["--year", "2026"]])
def test_to_with_a_month_or_a_year_says_what_it_goes_with(shop_db, tmp_path, capsys,
                                                          which) -> None:
    said = refused(shop_db, ["report", "--to", "2026-07", *which,
                             "--out", str(tmp_path / "r.pdf")], capsys)
    assert said == "error: --to goes with --from, not with --month or --year"


def test_from_without_to_still_says_they_go_together(shop_db, tmp_path, capsys) -> None:
    said = refused(shop_db, ["report", "--from", month(0), "--out", str(tmp_path / "r.pdf")],
                   capsys)
    assert said == "error: --from and --to go together"


@pytest.mark.parametrize("what", ["sales", "ledger", "members"])
def test_an_export_with_reversed_dates_is_refused(shop_db, tmp_path, capsys, what) -> None:
    out = tmp_path / "out.csv"
    said = refused(shop_db, ["export", what, "--from", "2026-11-30", "--to", "2026-11-01",
                             "--out", str(out)], capsys)
    assert said == "error: --from 2026-11-30 is after --to 2026-11-01"
    assert not out.exists()


def test_an_export_of_one_day_is_taken(shop_db, tmp_path) -> None:
    out = tmp_path / "out.csv"
    assert main(["export", "sales", "--from", "2026-11-30", "--to", "2026-11-30",
                 "--db", str(shop_db), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("sale_no,")


@pytest.mark.parametrize("offset", [0, 1])
def test_a_seal_of_a_month_not_ended_is_refused(shop_db, capsys, offset) -> None:
    said = refused(shop_db, ["verify", "--seal", f"{month(offset)}={'ab' * 32}"], capsys)
    assert said == (f"error: the ledger seal of {month(offset)} cannot be checked: the month has "
                    "not ended yet")


def test_a_seal_of_an_ended_month_is_still_checked(shop_db, capsys) -> None:
    capsys.readouterr()
    assert main(["verify", "--seal", f"{month(-1)}={'ab' * 32}", "--db", str(shop_db)]) == 1
    out = capsys.readouterr().out
    assert f"ledger seal of {month(-1)} does not match" in out


def test_the_period_refusals_read_in_russian(shop_db, tmp_path, capsys) -> None:
    said = refused(shop_db, ["export", "sales", "--from", "2026-11-30", "--to", "2026-11-01",
                             "--out", str(tmp_path / "o.csv"), "--language", "ru"], capsys)
    assert said == "ошибка: --from 2026-11-30 позже, чем --to 2026-11-01"
    said = refused(shop_db, ["report", "--to", "2026-07", "--month", "2026-07", "--language",
                             "ru", "--out", str(tmp_path / "r.pdf")], capsys)
    assert said == "ошибка: --to указывается вместе с --from, а не с --month или --year"
    said = refused(shop_db, ["verify", "--seal", f"{month(1)}={'ab' * 32}", "--language", "ru"],
                   capsys)
    assert said == (f"ошибка: печать журнала за {month(1)} проверить нельзя: месяц ещё не "
                    "закончился")
