"""Building blocks of the program editor's forms: mechanism boxes, row tables, and error collecting."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from loyalty.model.program import ALWAYS, Scope
from loyalty.program.checks import ProgramError
from loyalty.program.editing import FieldError, parse_percent_bp
from pos.codes import code_from_name
from ui.office.program.scope_picker import CatalogueNames, NameChoice, ScopeButton
from ui.widgets.dates import show_dates
from ui.widgets.explain import Explainer

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Pick:
    """A cell choosing one category or one product by name (its code or id is ``value``)."""

    kind: str  # "category" or "product"
    value: str | int | None = None


Cell = str | bool | Scope | Pick
KEY = Qt.ItemDataRole.UserRole  # a keyed table's row id, kept on its first (name) cell


class Messages(QObject):
    """Sentences for the reasons a field or a program is refused."""

    def field(self, reason: str) -> str:
        texts = {
            "required": self.tr("fill this in"),
            "negative": self.tr("cannot be negative"),
            "not_a_percent": self.tr("not a percentage (e.g. 5 or 2,5)"),
            "too_many_decimals": self.tr("at most two decimals"),
            "above_100_pct": self.tr("cannot be above 100 %"),
            "not_money": self.tr("not an amount of money"),
            "must_be_positive": self.tr("must be above zero"),
            "not_a_whole_number": self.tr("not a whole number"),
            "too_small": self.tr("too small"),
            "not_a_number": self.tr("not a number"),
            "below_one": self.tr("must be at least 1"),
            "not_ascending": self.tr("must be above the previous row"),
            "duplicate": self.tr("the same value appears twice"),
            "below_start": self.tr("cannot be below the starting discount"),
            "amount_or_rate": self.tr("give an amount or a percentage, not both"),
            "no_rows": self.tr("add at least one row"),
            "one_default": self.tr("only one card type can be the default"),
        }
        return texts.get(reason, reason)

    def cell(self, rows: Rows, row: int, col: int) -> str:
        return self.tr("{table}, row {n}, {column}").format(
            table=rows.title, n=row + 1, column=rows.headers[col])

    def program(self, reason: str) -> str:
        texts = {
            "not_json": self.tr("not a program file (not JSON)"),
            "expected_object": self.tr("wrong structure"),
            "unknown_key": self.tr("unknown field"),
            "missing": self.tr("missing"),
            "unknown_type": self.tr("unknown kind"),
            "expected_bool": self.tr("expected yes/no"),
            "expected_integer": self.tr("expected a whole number"),
            "expected_text": self.tr("expected text"),
            "expected_date": self.tr("expected a date"),
            "expected_fraction": self.tr("expected a number"),
            "expected_list": self.tr("expected a list"),
            "unknown_value": self.tr("unknown value"),
            "duplicate_id": self.tr("the same id appears twice"),
            "steps_or_formula": self.tr("give either a table of steps or a formula"),
            "empty": self.tr("add at least one row"),
            "only_for_rolling_days": self.tr("days apply only to a rolling window"),
            "unknown_card_type": self.tr("no card type with this id"),
        }
        return texts.get(reason) or self.field(reason)

    def refusal(self, error: ProgramError) -> str:
        """The reason with the bound it broke: 'at most 3660', 'nested more than 12 deep'."""
        limit, detail = error.limit, error.detail
        texts = {
            "too_large": self.tr("too large: at most {limit}"),
            "too_long": self.tr("too long: at most {limit} characters"),
            "too_many": self.tr("too many rows: at most {limit}"),
            "too_precise": self.tr("too many decimals"),
            "invalid_character": self.tr("holds a character that cannot be printed"),
            "date_out_of_range": self.tr("a date from 2000 to {limit}"),
            "rate_too_high": self.tr("too many points for the amount: at most {limit}"),
            "file_too_large": self.tr("the file is larger than {limit} bytes"),
            "not_utf8": self.tr("not a text file in UTF-8"),
            "nested_too_deep": self.tr("nested more than {limit} levels deep"),
            "number_too_long": self.tr("a number longer than {limit} characters"),
            "duplicate_key": self.tr("the same field appears twice"),
            "is_the_shop_database": self.tr("this is the shop's database, not a program file"),
            "fails_at_till": self.tr("a sample sale fails with it at the till ({detail})"),
            "outlasts_expiry": self.tr("must be shorter than the {limit} days the points live"),
        }
        if error.reason in texts:
            return texts[error.reason].format(limit=limit, detail=detail)
        return self.program(error.reason)


class Collector:
    """Gathers every field's problem in one pass, so the owner sees them all at once."""

    def __init__(self, messages: Messages) -> None:
        self.messages = messages
        self.errors: list[tuple[str, str]] = []  # (where, what)

    def value(self, edit: QLineEdit, parse: Callable[[str], T], label: str) -> T | None:
        try:
            result = parse(edit.text())
        except FieldError as error:
            self.fail(edit, label, error.reason)
            return None
        _mark(edit, None)
        return result

    def optional(self, edit: QLineEdit, parse: Callable[[str], T], label: str) -> T | None:
        """Blank means 'not set'."""
        if not edit.text().strip():
            _mark(edit, None)
            return None
        return self.value(edit, parse, label)

    def cell(self, rows: Rows, row: int, col: int, parse: Callable[[str], T]) -> T | None:
        item = rows.table.item(row, col)
        label = self.messages.cell(rows, row, col)
        try:
            result = parse(item.text())
        except FieldError as error:
            self.errors.append((label, self.messages.field(error.reason)))
            item.setBackground(Qt.GlobalColor.yellow)
            item.setToolTip(self.messages.field(error.reason))
            return None
        item.setBackground(Qt.GlobalColor.white)
        item.setToolTip("")
        return result

    def ascending(self, rows: Rows, col: int, values: Sequence[int | None]) -> None:
        """Thresholds must rise row by row; the first that does not is marked."""
        for row in range(1, len(values)):
            low, high = values[row - 1], values[row]
            if low is not None and high is not None and high <= low:
                self.row_fail(rows, row, col, "not_ascending")

    def row_fail(self, rows: Rows, row: int, col: int, reason: str) -> None:
        item = rows.table.item(row, col)
        self.errors.append((self.messages.cell(rows, row, col), self.messages.field(reason)))
        item.setBackground(Qt.GlobalColor.yellow)
        item.setToolTip(self.messages.field(reason))

    def fail(self, widget: QWidget, label: str, reason: str) -> None:
        self.errors.append((label, self.messages.field(reason)))
        _mark(widget, self.messages.field(reason))


def _mark(widget: QWidget, message: str | None) -> None:
    widget.setProperty("invalid", message is not None)
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class MechanismBox(QGroupBox):
    """One mechanism: the check is 'switched on'; its start date sits in the first row."""

    def __init__(self, title: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setCheckable(True)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.starts = show_dates(QDateEdit(), language)
        self.starts.setMinimumDate(qdate(ALWAYS))
        self.starts.setSpecialValueText(self.tr("from the start"))
        self.form.addRow(self.tr("Starts on"), self.starts)
        self.original: Any = None

    def show_mechanism(self, mechanism: Any) -> None:
        """Switched on when configured and enabled; an unconfigured one starts off."""
        self.original = mechanism
        self.setChecked(mechanism is not None and mechanism.enabled)
        self.starts.setDate(qdate(mechanism.starts_on if mechanism else ALWAYS))

    def build(self, make: Callable[[], T | None]) -> T | None:
        """The mechanism from the fields, or switched off as it was (None if never configured)."""
        if not self.isChecked():
            return replace(self.original, enabled=False) if self.original else None
        made = make()
        if made is None:
            return None
        return replace(made, enabled=True, starts_on=pydate(self.starts.date()))


class Rows(QWidget):
    """An editable table of text, tick-box and pick-by-name cells with add and remove buttons.

    A ``keyed`` table (tiers, stamp cards…) keeps each row's id out of sight: the owner names
    a row, a new row's id is made from its name when it is first needed, and a renamed row
    keeps its id (the members' tiers and stamps refer to it)."""

    def __init__(self, title: str, headers: Sequence[str], defaults: Sequence[Cell],
                 parent: QWidget | None = None, names: CatalogueNames | None = None,
                 keyed: bool = False) -> None:
        super().__init__(parent)
        self.title, self.headers, self.defaults = title, list(headers), list(defaults)
        self.names, self.keyed = names or CatalogueNames((), ()), keyed
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        # every column as wide as its header and cells, so no header is ever cut; the last
        # takes what is left; the buttons sit below, leaving the table the form's whole width
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        picks = [col for col, cell in enumerate(self.defaults) if isinstance(cell, Pick)]
        if picks:  # a long category name shrinks into its list, never widening the table
            header.setStretchLastSection(False)
            header.setSectionResizeMode(picks[0], QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        # rows as tall as a pick-by-name cell's button or list, so none overflows its row
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(200)
        add, remove = QPushButton(self.tr("Add")), QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.add_row(self.defaults))
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, cells: Sequence[Cell], key: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate(cells):
            item = QTableWidgetItem()
            if isinstance(value, bool):
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif isinstance(value, Scope):
                button = ScopeButton(self.names, f"{self.title}: {self.headers[col]}")
                button.set_scope(value)
                self.table.setCellWidget(row, col, button)
            elif isinstance(value, Pick):
                choices = (self.names.categories if value.kind == "category"
                           else self.names.products)
                self.table.setCellWidget(row, col, NameChoice(choices, value.value))
            else:
                item.setText(value)
            self.table.setItem(row, col, item)
        self.table.item(row, 0).setData(KEY, key)

    def set_rows(self, rows: Sequence[Sequence[Cell]], keys: Sequence[str] = ()) -> None:
        self.table.setRowCount(0)
        for r, cells in enumerate(rows):
            self.add_row(cells, keys[r] if r < len(keys) else "")

    def key(self, row: int, fallback: str) -> str:
        """The row's id: kept from the program, or made now from its name (column 0) and kept."""
        item = self.table.item(row, 0)
        if not item.data(KEY):
            taken = {self.table.item(r, 0).data(KEY) for r in range(self.count())} - {"", None}
            item.setData(KEY, code_from_name(item.text(), taken, fallback))
        return str(item.data(KEY))

    def scope(self, row: int, col: int) -> Scope:
        widget = self.table.cellWidget(row, col)
        return widget.scope() if isinstance(widget, ScopeButton) else Scope()

    def picked(self, row: int, col: int) -> str | int | None:
        widget = self.table.cellWidget(row, col)
        return widget.value() if isinstance(widget, NameChoice) else None

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def count(self) -> int:
        return self.table.rowCount()

    def text(self, row: int, col: int) -> str:
        return self.table.item(row, col).text()

    def ticked(self, row: int, col: int) -> bool:
        return self.table.item(row, col).checkState() == Qt.CheckState.Checked


class FormBase(QWidget):
    """A form over some mechanisms: ``load`` shows a program, ``apply`` writes the fields back."""

    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explainer = explainer
        self.layout_ = QVBoxLayout(self)

    @property
    def currency(self) -> str:
        return self.explainer.currency

    @property
    def language(self) -> str:
        return self.explainer.language

    def money(self, minor: int) -> str:
        return self.explainer.amount(minor)

    def line(self, text: str = "", placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        return edit


def rising_pairs(rows: Rows, c: Collector, parse_from: Callable[[str], int]
                 ) -> list[tuple[int, int]] | None:
    """(from, rate %) rows in rising order of ``from``, or None when any cell is refused."""
    froms = [c.cell(rows, r, 0, parse_from) for r in range(rows.count())]
    rates = [c.cell(rows, r, 1, parse_percent_bp) for r in range(rows.count())]
    before = len(c.errors)
    c.ascending(rows, 0, froms)
    if rows.count() == 0:
        c.errors.append((rows.title, c.messages.field("no_rows")))
        return None
    if None in froms or None in rates or len(c.errors) > before:
        return None
    return list(zip(froms, rates))  # type: ignore[arg-type]
