"""Importing customers from a CSV file, with every bad row listed and nothing imported."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from loyalty.members.cards import program_card_types
from loyalty.members.csv_import import import_customers
from loyalty.members.members import MemberError, region_for
from loyalty.program.editing import today
from loyalty.shop import Shop
from pos.catalogue.model import CsvImportError
from pos.csv_files import CsvFileError, read_csv_file
from pos.errors import shown
from ui.office.members.texts import MemberTexts
from pos.storage.files import refuse_database_file

ChoosePath = Callable[[], str | None]


class MemberImportDialog(QDialog):
    """``choose_path`` asks for the file (a file dialog; tests pass a function)."""

    def __init__(self, shop: Shop, texts: MemberTexts, choose_path: ChoosePath,
                 parent: QWidget | None = None, staff_id: int | None = None) -> None:
        super().__init__(parent)
        self.shop, self.texts, self.choose_path = shop, texts, choose_path
        self.staff_id = staff_id  # who the audit log says imported the file
        self.imported = 0
        self.setWindowTitle(self.tr("Import customers from CSV"))
        self.setMinimumSize(760, 520)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Columns: name, phone, email, birthday, card_number, card_type, "
                              "consent_data, consent_marketing. Either every row is imported or "
                              "none.") + " " +
                      self.tr("A customer with a name, phone, e-mail or birthday needs "
                              "consent_data yes (yes/no, да/нет, 1/0, true/false); a row of only "
                              "a card number gets an anonymous card.") + " " +
                      self.tr("UTF-8, UTF-16 or Windows-1251 (as Excel saves it), separated by "
                              "; or ,."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.errors = QTableWidget(0, 4)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                               self.tr("Problem"), self.tr("Value")])
        self.errors.verticalHeader().hide()
        self.errors.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.errors, 1)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.choose = QPushButton(self.tr("Choose a file…"))
        self.choose.setObjectName("primary")
        close = QPushButton(self.tr("Close"))
        buttons.addWidget(close)
        buttons.addWidget(self.choose)
        layout.addLayout(buttons)
        close.clicked.connect(self.accept)
        self.choose.clicked.connect(self.choose_and_import)

    def choose_and_import(self) -> None:
        path = self.choose_path()
        if not path:
            return
        self.errors.setRowCount(0)
        try:
            text = read_csv_file(refuse_database_file(Path(path)))
        except CsvFileError as error:
            self._say(self.texts.error(error), "error")
            return
        except OSError as error:
            self._say(self.tr("Cannot read the file: {why}").format(
                why=error.strerror or type(error).__name__), "error")
            return
        self.import_text(text)

    def import_text(self, text: str) -> None:
        region = region_for(self.shop.settings)
        self.errors.setRowCount(0)
        try:
            types = [str(t.card_type_id) for t in
                     program_card_types(self.shop.programs.program_for(today(self.shop)))]
            self.imported += import_customers(self.shop.db, text, self.shop.clock(), region, types,
                                              self.staff_id)
        except CsvImportError as error:
            self._show_errors(error)
            return
        except (CsvFileError, MemberError) as error:  # a file of no rows; a phone taken meanwhile
            self._say(self.texts.error(error), "error")
            return
        self._say(self.tr("{n} customers imported").format(n=self.imported), "info")

    def _show_errors(self, error: CsvImportError) -> None:
        self.errors.setRowCount(len(error.errors))
        for r, e in enumerate(error.errors):
            for c, value in enumerate((str(e.row), shown(e.field), self.texts.row_error(e),
                                         shown(e.value))):
                self.errors.setItem(r, c, QTableWidgetItem(value))
        self.errors.resizeColumnsToContents()
        self._say(self.tr("Nothing imported: {n} rows need correcting").format(
            n=len({e.row for e in error.errors})), "error")

    def _say(self, text: str, kind: str) -> None:
        self.message.setProperty("kind", kind)
        self.message.setText(text)
        self.message.style().polish(self.message)
