"""The reports window refuses a run of months ending in a month not begun, on screen and on
export, as the command line does, while a year in progress is still shown to date."""
from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import Seeded
from tests.ui.test_reports_window import _show, open_window, with_sales


def _range(window, first: int, last: int, year: int = 2026) -> None:
    window.span.setCurrentIndex(window.span.findData("range"))
    window.month.setCurrentIndex(first - 1)
    window.year.setValue(year)
    window.to_month.setCurrentIndex(last - 1)
    window.to_year.setValue(year)


def _opened(qtbot, seeded: Seeded, clock):
    with_sales(seeded, clock)  # now in April 2026
    window = open_window(qtbot, seeded, seeded.owner)
    qtbot.waitUntil(lambda: window.summary is not None and not window.progress.running,
                    timeout=20_000)
    return window


def test_a_run_of_months_to_a_month_not_begun_is_refused_on_screen(qtbot, seeded: Seeded,
                                                                    clock) -> None:
    window = _opened(qtbot, seeded, clock)
    _range(window, 2, 5)  # February to May 2026, in April: the screen showed Feb to Apr
    _show(qtbot, window)
    assert window.period_shown is None
    assert "05.2026 has not begun yet" in window.status.text()
    assert window.status.property("kind") == "error"
    _range(window, 2, 4)  # up to the month running: shown, marked in progress
    _show(qtbot, window)
    assert [m.month for m in window.period_shown.months] == [2, 3, 4]
    assert window.period_shown.months[-1].in_progress


def test_the_year_in_progress_is_still_shown_to_date(qtbot, seeded: Seeded, clock) -> None:
    window = _opened(qtbot, seeded, clock)
    window.span.setCurrentIndex(window.span.findData("year"))
    window.year.setValue(2026)
    _show(qtbot, window)
    assert [m.month for m in window.period_shown.months] == [1, 2, 3, 4]


def test_exporting_a_run_to_a_month_not_begun_writes_no_file(qtbot, seeded: Seeded, clock,
                                                             tmp_path: Path) -> None:
    window = _opened(qtbot, seeded, clock)
    folder = tmp_path / "reports"
    folder.mkdir()
    _range(window, 3, 12)
    window.export(folder)
    qtbot.waitUntil(lambda: not window.progress.running, timeout=30_000)
    assert "12.2026 has not begun yet" in window.status.text()
    assert list(folder.iterdir()) == []
    _range(window, 3, 4)
    window.export(folder)
    qtbot.waitUntil(lambda: not window.progress.running, timeout=30_000)
    assert sorted(p.suffix for p in folder.iterdir()) == [".csv", ".json", ".pdf"]
