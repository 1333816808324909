"""The back office's loyalty program editor: forms per mechanism, a simulator, versioned saving."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from loyalty.program.presets import add_mechanisms, presets
from loyalty.model.program import Program
from loyalty.program.changes import REMOVED, SWITCHED_OFF, MechanismChange, program_changes
from loyalty.program.checks import ProgramError
from loyalty.program.editing import (
    EditError, checked, latest_effective, save_edited_program, today)
from loyalty.program.json_format import program_from_json, program_to_json
from loyalty.program.json_shape import read_program_text
from loyalty.program.rehearsal import rehearse
from loyalty.shop import Shop
from pos.staff.model import Staff
from ui.widgets.dates import show_dates
from ui.widgets.explain import Explainer
from ui.office.program.bonuses_form import BonusesForm
from ui.office.program.discounts_form import DiscountsForm
from ui.office.program.fields import Collector, FormBase, Messages, pydate, qdate
from ui.office.program.limits_form import LimitsForm
from ui.office.program.points_form import PointsForm
from ui.office.program.scope_picker import catalogue_names
from ui.office.program.simulator import ProgramSimulator
from ui.office.program.stamps_form import StampsForm
from ui.office.program.tiers_form import TiersForm
from ui.office.program.texts import ProgramTexts
from ui.widgets.file_dialogs import choose_open, choose_save
from pos.storage.files import DatabaseFileError, OutputFileError, write_output

# The back office is used with a mouse at a desk: denser than the till's arm's-length type.
STYLE = """
QWidget { font-size: 11pt; }
QPushButton { font-size: 11pt; min-height: 30px; padding: 2px 10px; }
QLineEdit { padding: 2px 4px; min-height: 24px; }
QLineEdit[invalid="true"] { border: 2px solid #b3261e; background: #fff0f0; }
QGroupBox { font-weight: bold; margin-top: 8px; }
QGroupBox QWidget { font-weight: normal; }
QLabel#errors { color: white; background: #b3261e; padding: 4px 8px; }
QLabel#programStatus[kind="ok"] { color: #1c6b2a; font-weight: bold; }
QLabel#programStatus[kind="error"] { color: #b3261e; font-weight: bold; }
QHeaderView::section { font-size: 10pt; }
QTableWidget { font-size: 11pt; }
"""


class ProgramTab(QWidget):
    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.setStyleSheet(STYLE)
        s = shop.settings
        self.explainer = Explainer(s.currency, s.language, self)
        self.messages, self.texts = Messages(self), ProgramTexts(self)
        self.presets = presets(language=s.language)
        self.forms: list[FormBase] = []
        self.dialog: QMessageBox | None = None  # the open question, for tests to answer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        save_bar = self._save_bar()  # first: the top bar names the program of its date
        layout.addLayout(self._top_bar())
        layout.addLayout(save_bar)
        self.errors = QLabel(objectName="errors")
        self.errors.setWordWrap(True)
        self.errors.hide()
        layout.addWidget(self.errors)
        layout.addWidget(self._body(), 1)
        self.load_choice()

    def _top_bar(self) -> QHBoxLayout:
        self.source = QComboBox()
        current = self.current()
        self.source.addItem(self.tr("The current program (version {n})").format(n=current.version))
        for preset in self.presets:
            self.source.addItem(self.texts.preset_title(preset.key))
            self.source.setItemData(self.source.count() - 1, self.texts.describe(preset.program),
                                    Qt.ItemDataRole.ToolTipRole)
        load = self.load_button = QPushButton(self.tr("Start from it"))
        load.clicked.connect(self.load_choice)
        imp, exp = QPushButton(self.tr("Import…")), QPushButton(self.tr("Export…"))
        imp.clicked.connect(self._ask_import)
        exp.clicked.connect(self._ask_export)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Start from")))
        bar.addWidget(self.source, 1)
        for button in (load, imp, exp):
            bar.addWidget(button)
        return bar

    def _save_bar(self) -> QHBoxLayout:
        self.effective = show_dates(QDateEdit(), self.shop.settings.language)
        self.effective.setMinimumDate(qdate(today(self.shop)))
        self.effective.setMaximumDate(qdate(latest_effective(today(self.shop))))
        self.effective.setDate(qdate(today(self.shop)))
        self.status = QLabel(objectName="programStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as a new version"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        if not self.staff.is_owner:
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("Only the owner can change the program"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("In effect from")))
        bar.addWidget(self.effective)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        return bar

    def _body(self) -> QSplitter:
        names = catalogue_names(self.shop.db)  # categories and products picked by their names
        self.discounts, self.tiers = DiscountsForm(self.explainer), TiersForm(self.explainer, names)
        self.points, self.bonuses = PointsForm(self.explainer, names), BonusesForm(self.explainer)
        self.stamps = StampsForm(self.explainer, names)
        self.limits = LimitsForm(self.explainer, names)
        self.form_tabs = QTabWidget()
        titles = (self.tr("Discounts"), self.tr("Tiers"), self.tr("Points"), self.tr("Bonuses"),
                  self.tr("Stamps, coupons"), self.tr("Limits", "tab"))
        for form, title in zip((self.discounts, self.tiers, self.points, self.bonuses,
                                self.stamps, self.limits), titles):
            self.forms.append(form)
            self.form_tabs.addTab(_scrolled(form), title)
        self.simulator = ProgramSimulator(self.shop, self.explainer, self.edited, self.day,
                                          self.tiers.tier_ids, names)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.form_tabs)
        splitter.addWidget(_scrolled(self.simulator))
        splitter.setSizes([600, 424])
        return splitter

    # -- loading -----------------------------------------------------------------------

    def current(self) -> Program:
        return self.shop.programs.program_for(self.day())

    def day(self) -> date:
        return pydate(self.effective.date())

    def load_program(self, program: Program) -> None:
        for form in self.forms:
            form.load(program)
        self.simulator.refresh_tiers()
        self._show_errors([])

    def load_choice(self) -> None:
        """The current program loads at once; a preset asks whether to replace or to add."""
        index = self.source.currentIndex()
        if index <= 0:
            self._loaded(self.current())
            return
        preset = self.presets[index - 1]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Start from a preset"),
                          self.tr("“{preset}” sets up: {what}.").format(
                              preset=self.texts.preset_title(preset.key),
                              what=self.texts.describe(preset.program)), parent=self)
        box.setInformativeText(self.tr(
            "Replace the program with it (every other mechanism is removed), or add these "
            "mechanisms to the program being edited (the others stay as they are)?"))
        self.preset_buttons = {
            "add": box.addButton(self.tr("Add these mechanisms"),
                                 QMessageBox.ButtonRole.AcceptRole),
            "replace": box.addButton(self.tr("Replace the program"),
                                     QMessageBox.ButtonRole.DestructiveRole),
            "cancel": box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)}
        box.setDefaultButton(self.preset_buttons["add"])
        box.buttonClicked.connect(lambda button: self._preset_chosen(preset.program, button))
        self.dialog = box
        box.open()

    def _preset_chosen(self, preset: Program, button: object) -> None:
        if button is self.preset_buttons["replace"]:
            self._loaded(preset)
        elif button is self.preset_buttons["add"]:
            base = self._collect()[0] or self.current()
            self._loaded(add_mechanisms(base, preset))

    def _loaded(self, program: Program) -> None:
        self.load_program(program)
        self._say(self.tr("Loaded: {what}").format(what=self.texts.describe(program)), "ok")

    # -- the edited program ----------------------------------------------------------

    def edited(self) -> Program | None:
        """The program as the forms say, or None with every problem listed."""
        program, errors = self._collect()
        self._show_errors(errors)
        return program

    def _collect(self) -> tuple[Program | None, list[tuple[str, str]]]:
        collector = Collector(self.messages)
        program = Program.empty()
        for form in self.forms:
            program = form.apply(program, collector)
        if collector.errors:
            return None, collector.errors
        try:
            return checked(program), []
        except ProgramError as error:
            return None, [(self.texts.path(error.path), self.messages.refusal(error))]

    def _show_errors(self, errors: list[tuple[str, str]]) -> None:
        shown = [f"{where}: {what}" for where, what in errors[:5]]
        if len(errors) > 5:
            shown.append(self.tr("…and {n} more").format(n=len(errors) - 5))
        self.errors.setText("\n".join(shown))
        self.errors.setVisible(bool(errors))

    def _say(self, text: str, kind: str) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", kind)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- saving, import and export ---------------------------------------------------

    def save(self) -> bool:
        """Check and rehearse the edited program, then ask with its changes listed.

        Returns whether the question was asked; the version is saved on Yes.  A program
        the same as the one in effect that day is not asked about: nothing is saved.
        """
        program = self.edited()
        if program is None:
            self._say(self.tr("Nothing saved: fix the marked fields first."), "error")
            return False
        if not self.staff.is_owner:
            self._say(self.texts.edit_error("not_owner"), "error")
            return False
        try:
            rehearse(program, self.day(), self.shop.settings.timezone)
        except ProgramError as error:
            self._say(self.tr("Nothing saved: {why}").format(why=self.messages.refusal(error)),
                      "error")
            return False
        changes = program_changes(self.current(), program)
        if not changes:
            self._say(self.texts.edit_error("unchanged"), "ok")
            return False
        self._ask_to_save(program, changes)
        return True

    def _ask_to_save(self, program: Program, changes: tuple[MechanismChange, ...]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Save the program"),
                          self.tr("Save a new version of the program, in effect from {day}?")
                          .format(day=self.effective.text()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not save"))
        box.setInformativeText("\n".join(self.texts.change(c, self.explainer)
                                         for c in changes))
        removes = any(c.kind in (REMOVED, SWITCHED_OFF) for c in changes)
        box.setDefaultButton(QMessageBox.StandardButton.No if removes
                             else QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda result: result == QMessageBox.StandardButton.Yes
                             and self._store(program, len(changes)))
        self.dialog = box
        box.open()

    def _store(self, program: Program, changed: int) -> bool:
        try:
            saved = save_edited_program(self.shop, self.staff, program, self.day())
        except EditError as error:
            self._say(self.texts.edit_error(error.reason), "error")
            return False
        except ProgramError as error:
            self._say(self.tr("Nothing saved: {why}").format(why=self.messages.refusal(error)),
                      "error")
            return False
        self._say(self.tr("Saved as version {n}, in effect from {day}; {k} mechanisms changed.")
                  .format(n=saved.version, day=self.effective.text(), k=changed), "ok")
        self.source.setItemText(0, self.tr("The current program (version {n})").format(
            n=saved.version))
        return True

    def import_file(self, path: Path) -> bool:
        """Load a program file into the forms once it passes every check and the rehearsal."""
        try:
            program = program_from_json(read_program_text(path, self.shop.path))
            rehearse(program, self.day(), self.shop.settings.timezone)
        except OSError:
            self._say(self.tr("Cannot read {file}").format(file=path.name), "error")
            return False
        except ProgramError as error:
            self._say(self.tr("{file} refused: {where}: {what}").format(
                file=path.name, where=self.texts.path(error.path),
                what=self.messages.refusal(error)), "error")
            return False
        self.load_program(program)
        self._say(self.tr("Imported {file}: {what}").format(
            file=path.name, what=self.texts.describe(program)), "ok")
        return True

    def export_file(self, path: Path) -> bool:
        program = self.edited()
        if program is None:
            self._say(self.tr("Nothing exported: fix the marked fields first."), "error")
            return False
        try:
            write_output(path, program_to_json(program), self.shop.path)
        except (OutputFileError, DatabaseFileError) as error:
            self._say(self.explainer.error(error), "error")
            return False
        self._say(self.tr("Exported to {file}").format(file=path.name), "ok")
        return True

    def _ask_import(self) -> None:
        path = choose_open(self, self.tr("Import a program"), self.tr("Program (*.json)"))
        if path:
            self.import_file(path)

    def _ask_export(self) -> None:
        path = choose_save(self, self.tr("Export the program"), "program.json",
                           self.tr("Program (*.json)"))
        if path:
            self.export_file(path)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    return area
