"""Hostile program files, from a seeded generator: 3,000 through the checks a save runs
(shape, parsing, bounds, rehearsal), 400 through the command line's import service on a real
shop and 100 through `main.py program import` itself: no traceback, and no refused file
changes the database. tests/fuzz/program_fuzz.py runs the long version."""
from __future__ import annotations

import pytest

import traceback
from datetime import date

from loyalty.program.checks import ProgramError
from loyalty.program.json_format import program_from_json
from loyalty.program.rehearsal import rehearse
from tests.fuzz.program_json import hostile_programs, seeds
from tests.fuzz.program_runs import run, through_command_line, through_service


@pytest.fixture(autouse=True)
def owner_pin(monkeypatch):
    """Program changes need the owner's PIN (the demo's owner: 1111)."""
    monkeypatch.setenv("POSLOYALTY_PIN", "1111")


DAY = date(2026, 3, 10)


def test_the_generator_is_hostile_and_repeatable() -> None:
    first = list(hostile_programs(200, seed=7))
    assert first == list(hostile_programs(200, seed=7))
    assert len(set(first)) > 150
    for text in seeds():
        program_from_json(text)


def test_3000_hostile_files_through_the_checks_of_a_save() -> None:
    accepted, refused, tracebacks = 0, 0, []
    for text in hostile_programs(3_000, seed=3):
        try:
            rehearse(program_from_json(text), DAY)
            accepted += 1
        except ProgramError:
            refused += 1
        except Exception:  # noqa: BLE001 - counted, and the test fails on any
            tracebacks.append(f"{text[:200]!r}\n{traceback.format_exc()}")
    print(f"checks: 3000 inputs, {accepted} accepted, {refused} refused, "
          f"{len(tracebacks)} tracebacks")
    assert tracebacks == []
    assert refused > 1_500 and accepted > 100  # both sides are exercised


def test_hostile_files_through_the_import_service(shop, tmp_path) -> None:
    figures = run(hostile_programs(400, seed=1), tmp_path, shop,
                  lambda path: through_service(shop, path, DAY), saves=True)
    print(figures.line("import service"))
    assert figures.tracebacks == [] and figures.refused_changed_db == 0
    assert figures.refused > 200 and figures.accepted > 10


def test_hostile_files_through_the_command_line(shop, db_path, tmp_path) -> None:
    figures = run(hostile_programs(100, seed=2), tmp_path, shop,
                  lambda path: through_command_line(db_path, path), saves=True)
    print(figures.line("main.py program import"))
    assert figures.tracebacks == [] and figures.refused_changed_db == 0
    assert figures.refused > 50
