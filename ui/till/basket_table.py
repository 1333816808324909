"""The basket as a table: name, quantity, price, discount and line total, from the sale quote."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from pos.checkout import SaleQuote
from ui.widgets.explain import Explainer

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BasketTable(QTableWidget):
    """Never takes focus: the scan field keeps it, and Up/Down there move the selection."""

    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self._explainer = explainer
        self._line_nos: list[int] = []
        self.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Discount"), self.tr("Total")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(40)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(True)

    def show_quote(self, quote: SaleQuote) -> None:
        """Redraw from the quote; the selection stays on the same line, or the newest one."""
        keep = self.selected_line_no()
        money = self._explainer.money
        # Only cells whose text changed are touched, with repaints held until the end:
        # every item set makes Qt re-measure the auto-sized columns, which made a card
        # scan on a 30-line basket take 50 ms instead of one frame.
        self.setUpdatesEnabled(False)
        self.setRowCount(len(quote.lines))
        self._line_nos = [line.line_no for line in quote.lines]
        for row, line in enumerate(quote.lines):
            cells = (line.name, str(line.qty), money(line.unit_price_minor),
                     money(-line.discount_minor) if line.discount_minor else "",
                     money(line.net_minor))
            for col, text in enumerate(cells):
                self._set_cell(row, col, text)
        self.setUpdatesEnabled(True)
        if self._line_nos:
            row = self._line_nos.index(keep) if keep in self._line_nos else len(self._line_nos) - 1
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        """Select ``row`` and scroll it into view; the scroll range is brought up to date first,
        or a row added a moment ago would scroll only as far as the old range allowed."""
        self.selectRow(row)
        self.updateGeometries()
        self.scrollTo(self.model().index(row, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        """The selected line stays in view when the table shrinks: the totals below grow by a
        row (a first discount, points) on the very scan that added the line, after it was
        scrolled to."""
        super().resizeEvent(event)
        if self.currentRow() >= 0:
            self.scrollTo(self.currentIndex())

    def _set_cell(self, row: int, col: int, text: str) -> None:
        item = self.item(row, col)
        if item is None:
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(_RIGHT)
            self.setItem(row, col, item)
        elif item.text() != text:
            item.setText(text)

    def select_last(self) -> None:
        """The newest line selected and scrolled into view (the 11th line at 1024×768 too)."""
        if self._line_nos:
            self._show_row(len(self._line_nos) - 1)

    def select_line(self, line_no: int) -> None:
        """The line a scan just changed (a repeated product adds to its own line)."""
        if line_no in self._line_nos:
            self._show_row(self._line_nos.index(line_no))

    def selected_line_no(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows or rows[0].row() >= len(self._line_nos):
            return None
        return self._line_nos[rows[0].row()]

    def move_selection(self, delta: int) -> None:
        if not self._line_nos:
            return
        current = self.currentRow() if self.currentRow() >= 0 else 0
        self._show_row(max(0, min(len(self._line_nos) - 1, current + delta)))
