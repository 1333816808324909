"""A program save keeps what the owner did not touch: presets replace or add, the confirmation
lists each change, and hostile program files are refused through the import button."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from loyalty.demo.demo import demo_program
from loyalty.program.json_format import program_to_json
from loyalty.program.programs import save_program
from loyalty.storage.store import last_program_version
from tests.ui.conftest import Seeded
from tests.ui.test_office_program import load_preset, save_and_answer
from ui.office.program import tab as program_tab
from ui.office.program.tab import ProgramTab

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def demo_tab(qtbot, seeded: Seeded) -> ProgramTab:
    """The seeded shop running the demo shop's program, its program tab open."""
    save_program(seeded.shop.db, demo_program(date(2026, 1, 1), "en"), date(2026, 3, 10),
                 seeded.shop.clock())
    tab = ProgramTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    return tab


def test_adding_a_preset_keeps_every_other_mechanism(qtbot, seeded: Seeded, demo_tab) -> None:
    before = seeded.shop.programs.program_for(date(2026, 3, 10))
    load_preset(qtbot, demo_tab, "points_from_balance", "add")
    asked = save_and_answer(qtbot, demo_tab)
    assert asked.splitlines() == [
        "Changes: bonus points — expire after (days): 365 → never; value of a point: "
        "0,01\u00a0₽ → 1,00\u00a0₽; points pay at most %: "
        "50\u00a0% → 100\u00a0%; spendable from a balance of: 0 → 4\u00a0000; "
        "start date: 01.01.2026 → from the start"]
    saved = seeded.shop.programs.program_for(date(2026, 3, 10))
    assert saved.version == before.version + 1
    assert saved.points.redemption.min_balance_points == 4_000
    for kept in ("welcome", "birthday", "stamp_cards", "coupons", "progressive"):
        assert getattr(saved, kept) == getattr(before, kept), kept


def test_replacing_lists_the_removals_and_saves_only_on_yes(qtbot, seeded: Seeded,
                                                            demo_tab) -> None:
    load_preset(qtbot, demo_tab, "fifth_coffee_free", "replace")
    asked = save_and_answer(qtbot, demo_tab, NO)
    for removed in ("Removes: discount by receipt total", "Removes: bonus points",
                    "Removes: welcome bonus", "Removes: birthday", "Removes: coupons"):
        assert removed in asked
    # the preset's own coffee card, named in the shop's language (the seeded shop is Russian)
    assert "Changes: stamp card “Кофе” — name: Coffee → Кофе" in asked
    assert last_program_version(seeded.shop.db) == 2
    assert "version" not in demo_tab.status.text()
    assert demo_tab.dialog.defaultButton() is demo_tab.dialog.button(NO)
    save_and_answer(qtbot, demo_tab, YES)
    assert last_program_version(seeded.shop.db) == 3
    saved = seeded.shop.programs.program_for(date(2026, 3, 10))
    assert saved.welcome is None and saved.points is None and len(saved.stamp_cards) == 1


def test_cancelling_the_preset_question_changes_nothing(qtbot, demo_tab) -> None:
    load_preset(qtbot, demo_tab, "points_from_balance", "cancel")
    assert demo_tab.points.min_balance.text() == "0"
    assert demo_tab.bonuses.welcome.isChecked()


def _hostile(good: str) -> dict[str, str]:
    return {
        "deep.json": "[" * 5000,
        "digits.json": good.replace('"hold_days": 0', '"hold_days": ' + "9" * 5000),
        "hold.json": good.replace('"hold_days": 0', '"hold_days": 3000000'),
        "big.json": good.replace('"hold_days": 0', f'"hold_days": {2**63}'),
        "expiry.json": good.replace('"days": 365', '"days": 10000000'),
        "list.json": good.replace('"name": "Coffee"', '"name": ["Coffee"]'),
        "text.json": good.replace('"hold_days": 0', '"hold_days": "14"'),
        "nan.json": good.replace('"hold_days": 0', '"hold_days": NaN'),
        "dupe.json": good.replace('"hold_days": 0', '"hold_days": 0, "hold_days": 9'),
        "top.json": "[]",
        "huge.json": " " * 2_000_000 + good,
    }


def test_hostile_files_through_the_import_button(qtbot, seeded: Seeded, demo_tab, tmp_path,
                                                 monkeypatch) -> None:
    good = program_to_json(demo_program(date(2026, 1, 1), "en"))
    chosen: list[str] = []
    # the owner's choice in the file dialog (tests/ui/test_file_dialogs.py drives the dialog)
    monkeypatch.setattr(program_tab, "choose_open", lambda *a, **k: Path(chosen[-1]))
    import_button = next(b for b in demo_tab.findChildren(type(demo_tab.save_button))
                         if b.text() == "Import…")
    versions = last_program_version(seeded.shop.db)
    for name, text in _hostile(good).items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        chosen.append(str(path))
        qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
        status = demo_tab.status.text()
        assert status.startswith(f"{name} refused: "), status
        assert "\n" not in status and len(status) < 200, status
    assert last_program_version(seeded.shop.db) == versions
    chosen.append(str(seeded.shop.path))
    qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
    assert "the shop's database" in demo_tab.status.text()


def test_a_refused_number_names_its_field_and_bound(qtbot, demo_tab, tmp_path: Path) -> None:
    data = json.loads(program_to_json(demo_program(date(2026, 1, 1), "en")))
    data["points"]["hold_days"] = 3_000_000
    path = tmp_path / "hold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert demo_tab.import_file(path) is False
    assert demo_tab.status.text() == ("hold.json refused: bonus points (hold_days): "
                                      "too large: at most 3660")


def test_points_for_each_whole_amount_in_the_editor(qtbot, seeded: Seeded) -> None:
    tab = ProgramTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    form = tab.points
    form.earn_kind.setCurrentIndex(2)  # "Points for each whole amount"
    assert not form.rate.isEnabled() and form.points.isEnabled()
    form.points.setText("50")
    form.per.setText("1000")
    sim = tab.simulator
    qtbot.keyClicks(sim.amount, "1500")
    sim.add_amount()
    sim.who.setCurrentIndex(2)
    sim.run()
    assert "Points to earn: 50" in sim.view.texts()  # pro rata would give 75 less the discount
    asked = save_and_answer(qtbot, tab)
    assert "Changes: bonus points" in asked and "for each whole amount: none → yes" in asked
    assert "way of earning: % of the amount → points per amount" in asked
    saved = seeded.shop.programs.program_for(date(2026, 3, 10))
    assert (saved.points.earn.points, saved.points.earn.per_minor, saved.points.earn.whole) == (
        50, 1_000_00, True)
    reopened = ProgramTab(seeded.shop, seeded.owner)
    qtbot.addWidget(reopened)
    assert reopened.points.earn_kind.currentIndex() == 2


def test_no_column_header_of_a_program_table_is_cut_at_1024x768(qtbot, seeded: Seeded) -> None:
    from ui.office.program.fields import Rows
    tab = ProgramTab(seeded.shop, seeded.owner)
    qtbot.addWidget(tab)
    tab.resize(1024, 740)
    tab.show()
    checked = 0
    for i in range(tab.form_tabs.count()):
        tab.form_tabs.setCurrentIndex(i)
        qtbot.wait(10)
        for rows in tab.form_tabs.widget(i).findChildren(Rows):
            header = rows.table.horizontalHeader()
            for col in range(header.count()):
                assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width(), (
                    rows.title, rows.headers[col])
            assert header.length() <= rows.table.viewport().width(), rows.title
            checked += 1
    assert checked == 8
