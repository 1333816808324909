"""The program editor: presets, edits, the simulator, versioned saving, refusals, JSON files."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from loyalty.program.presets import yearly_spend_tiers
from loyalty.program.json_format import program_to_json
from loyalty.storage.store import last_program_version
from tests.ui.conftest import Seeded
from ui.office.program.tab import ProgramTab

TODAY = date(2026, 3, 10)


def open_tab(qtbot, seeded: Seeded, owner: bool = True) -> ProgramTab:
    tab = ProgramTab(seeded.shop, seeded.owner if owner else seeded.cashier)
    qtbot.addWidget(tab)
    return tab


def load_preset(qtbot, tab: ProgramTab, key: str, how: str = "replace") -> None:
    """Choose a preset and "Start from it", then answer "replace" or "add"."""
    tab.source.setCurrentIndex(1 + [p.key for p in tab.presets].index(key))
    qtbot.mouseClick(tab.load_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.preset_buttons[how], Qt.MouseButton.LeftButton)


def save_and_answer(qtbot, tab: ProgramTab, answer=QMessageBox.StandardButton.Yes) -> str:
    """Click Save, read the confirmation's list of changes, answer it."""
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    asked = tab.dialog.informativeText()
    qtbot.mouseClick(tab.dialog.button(answer), Qt.MouseButton.LeftButton)
    return asked


def cell(tab_rows, row: int, col: int):
    return tab_rows.table.item(row, col)


def describe_silver(qtbot, tab: ProgramTab) -> None:
    sim = tab.simulator
    sim.who.setCurrentIndex(2)
    sim.tier.setCurrentIndex(sim.tier.findData("silver"))
    sim.tier_progress.setText("40000")
    qtbot.keyClicks(sim.amount, "1000")
    sim.add_amount()


def test_preset_edit_simulate_and_save_a_new_version(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    before = seeded.shop.programs.program_for(TODAY)
    load_preset(qtbot, tab, "yearly_spend_tiers")
    assert cell(tab.tiers.rows, 1, 0).text() == "Серебро"  # the shop's language
    cell(tab.tiers.rows, 1, 2).setText("12")  # Silver: 12 % instead of 10 %
    describe_silver(qtbot, tab)
    lines = tab.simulator.view.texts()
    assert "Уровень «Серебро» 12\u00a0%: −120,00\u00a0₽" in lines  # the shop's language
    assert "Points to earn: 44" in lines  # 50 per 1,000 of the 880 paid
    assert any(line.startswith("To pay: 880,00") for line in lines)
    week = TODAY + timedelta(days=7)
    tab.effective.setDate(QDate(week.year, week.month, week.day))
    asked = save_and_answer(qtbot, tab)
    assert "Adds: tiers" in asked and "Changes: bonus points" in asked
    assert "Removes: discount by receipt total" in asked
    assert "version 2" in tab.status.text()
    saved = seeded.shop.programs.program_for(week)
    assert saved.tiers.tiers[1].discount_bp == 1_200
    assert saved.points == yearly_spend_tiers().points
    assert [(t.tier_id, t.name) for t in saved.tiers.tiers] == [
        ("base", "Базовый"), ("silver", "Серебро"), ("gold", "Золото"), ("platinum", "Платина")]
    assert seeded.shop.programs.program_for(week - timedelta(days=1)) == before


def test_simulating_a_real_customer_found_by_phone(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    sim = tab.simulator
    sim.who.setCurrentIndex(1)
    qtbot.keyClicks(sim.ref, "+79161234567")
    qtbot.keyClick(sim.ref, Qt.Key.Key_Return)
    assert sim.member_label.text() == "Anna Petrova"
    qtbot.keyClicks(sim.search, "Coffee")
    qtbot.keyClick(sim.search, Qt.Key.Key_Return)  # the one product so named: Enter adds it
    assert sim.lines.count() == 1 and sim.search.text() == ""
    lines = sim.view.texts()
    assert "Чек от 500,00\u00a0₽: 5\u00a0%: −32,50\u00a0₽" in lines
    assert "Points to earn: 30" in lines  # 5 % of 617.50, rounded down
    assert any(line.startswith("Points may pay at most 300") for line in lines)


def test_invalid_fields_are_refused_and_nothing_is_saved(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    load_preset(qtbot, tab, "yearly_spend_tiers")
    tab.points.cap.setText("150")
    tab.points.earn_kind.setCurrentIndex(0)
    tab.points.rate.setText("-5")
    cell(tab.tiers.rows, 2, 1).setText("10 000")  # Gold below Silver's 30,000
    assert tab.save() is False
    errors = tab.errors.text()
    assert "cannot be above 100 %" in errors
    assert "cannot be negative" in errors
    assert "must be above the previous row" in errors
    assert tab.points.cap.property("invalid") is True
    assert "Nothing saved" in tab.status.text()
    assert last_program_version(seeded.shop.db) == 1
    tab.simulator.run()
    assert tab.simulator.view.texts() == ["Fix the marked fields to simulate."]


def test_a_cashier_cannot_save(qtbot, seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded, owner=False)
    assert not tab.save_button.isEnabled()
    load_preset(qtbot, tab, "points_half_receipt")
    assert tab.save() is False
    assert "only the owner" in tab.status.text()
    assert last_program_version(seeded.shop.db) == 1


def test_json_export_and_import(qtbot, seeded: Seeded, tmp_path: Path) -> None:
    tab = open_tab(qtbot, seeded)
    broken = tmp_path / "broken.json"
    broken.write_text(program_to_json(yearly_spend_tiers()).replace('"threshold": 3000000',
                                                                    '"threshold": -1'))
    assert tab.import_file(broken) is False
    assert "broken.json refused" in tab.status.text()
    assert "cannot be negative" in tab.status.text()
    assert tab.tiers.box.isChecked() is False  # the forms still show the current program
    (tmp_path / "garbage.json").write_text("{ not json")
    assert tab.import_file(tmp_path / "garbage.json") is False
    good = tmp_path / "tiers.json"
    good.write_text(program_to_json(yearly_spend_tiers()))
    assert tab.import_file(good) is True
    assert tab.tiers.box.isChecked()
    out = tmp_path / "out.json"
    assert tab.export_file(out) is True
    assert '"threshold": 3000000' in out.read_text()


def test_the_simulators_enter_lists_several_products_to_choose_and_add(qtbot,
                                                                      seeded: Seeded) -> None:
    tab = open_tab(qtbot, seeded)
    sim = tab.simulator
    qtbot.keyClicks(sim.search, "o")  # more than one product has an o
    qtbot.keyClick(sim.search, Qt.Key.Key_Return)
    assert sim.results.count() > 1 and sim.lines.count() == 0  # nothing chosen for you
    sim.results.hidePopup()
    add = next(b for b in sim.findChildren(QPushButton) if b.text() == "Add"
               and b.parent() is sim.results.parent())
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert sim.lines.count() == 1
