"""The program editor keeps to the same bounds as a program file: no date more than five years
ahead, no unchanged version saved, no zero lifetime, no blank or overlong name."""
from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty.program.editing import latest_effective, today
from loyalty.storage.store import last_program_version
from tests.ui.conftest import Seeded
from tests.ui.test_office_program import cell, load_preset, open_tab
from ui.office.program.fields import pydate


def click_save(qtbot, tab) -> None:
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)


def test_the_date_picker_ends_five_years_ahead(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    day = today(seeded.shop)
    assert pydate(tab.effective.minimumDate()) == day
    assert pydate(tab.effective.maximumDate()) == latest_effective(day) == day.replace(
        year=day.year + 5)


def test_saving_the_program_unchanged_asks_nothing_and_saves_nothing(qtbot,
                                                                     seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    click_save(qtbot, tab)
    assert getattr(tab, "dialog", None) is None  # no question to answer with Yes
    assert tab.status.text() == ("Nothing saved: the program is the same as the one in effect "
                                 "on that day.")
    assert last_program_version(seeded.shop.db) == 1


def test_an_instant_upgrade_from_zero_and_a_long_name_are_refused(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    load_preset(qtbot, tab, "yearly_spend_tiers")
    cell(tab.tiers.rows, 2, 4).setText("0")  # Gold at once from a receipt of nothing
    click_save(qtbot, tab)
    assert "row 3" in tab.errors.text() and "must be above zero" in tab.errors.text()
    cell(tab.tiers.rows, 2, 4).setText("")
    cell(tab.tiers.rows, 1, 0).setText("S" * 61)
    click_save(qtbot, tab)
    assert "too long: at most 60 characters" in tab.errors.text()
    assert "Nothing saved" in tab.status.text()
    assert last_program_version(seeded.shop.db) == 1


def test_points_held_longer_than_they_live_are_refused(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    load_preset(qtbot, tab, "points_half_receipt")
    tab.points.hold.setText("400")
    tab.points.expiry_days.setText("365")
    click_save(qtbot, tab)
    assert "must be shorter than the 365 days the points live" in tab.errors.text()
    tab.points.expiry_days.setText("0")
    click_save(qtbot, tab)
    assert "must be above zero" in tab.errors.text()  # the form's own check, as before
    assert last_program_version(seeded.shop.db) == 1
