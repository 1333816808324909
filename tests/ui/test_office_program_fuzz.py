"""Hostile program files through the office screen's loader: a refusal sentence, never a
traceback, and the database untouched (the loader only fills the forms)."""
from __future__ import annotations

from tests.fuzz.program_json import hostile_programs
from tests.fuzz.program_runs import run, through_office
from tests.ui.conftest import Seeded
from ui.office.program.tab import ProgramTab


def test_300_hostile_files_through_the_office_loader(qtbot, seeded: Seeded, tmp_path) -> None:
    tab = ProgramTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    figures = run(hostile_programs(300, seed=4), tmp_path, seeded.shop,
                  lambda path: through_office(tab, path), saves=False)
    print(figures.line("office loader"))
    assert figures.tracebacks == [] and figures.refused_changed_db == 0
    assert figures.refused > 150 and figures.accepted > 10
    assert "\n" not in tab.status.text()
