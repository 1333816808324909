"""The bookkeeper's screen: a month's loyalty summary on screen, computed off the GUI thread, and its export."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel,
                               QMainWindow, QPushButton, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from loyalty.reports.monthly_summary import MonthlySummary, monthly_summary
from loyalty.shop import Shop
from loyalty.reports.export import write_report
from loyalty.text.summary import texts
from pos.clock import local_date
from pos.staff.model import Staff
from pos.wording import month_name
from ui.widgets.background import Progress, ProgressRow, finish_threads, reopen
from ui.reports.tables import (
    discount_table, figures_table, fill, fit_height, identity_text, key_table, members_table,
    report_table, roll_table, sales_table)
from ui.widgets.file_dialogs import choose_folder

class ReportsWindow(QMainWindow):
    """Opens on the last complete month; a cashier sees only why the window is empty."""

    def __init__(self, shop: Shop, staff: Staff | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.language = shop.settings.language
        self.summary: MonthlySummary | None = None
        self.setWindowTitle(self.tr("Reports — {shop}").format(shop=shop.settings.name))
        self.resize(1024, 768)
        # Read at a desk, not at arm's length: tables a size below the till's.
        self.setStyleSheet("QTableWidget { font-size: 12pt; } QHeaderView::section "
                           "{ font-size: 11pt; }")
        self.refused = staff is None or not staff.sees_reports
        if self.refused:
            notice = QLabel(self.tr("Reports are open to the bookkeeper and the owner only."))
            notice.setObjectName("status")
            notice.setProperty("kind", "error")
            notice.setWordWrap(True)
            self.setCentralWidget(notice)
            return
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.addLayout(self._month_bar())
        self.period = QLabel()
        self.period.setWordWrap(True)
        layout.addWidget(self.period)
        self.progress = ProgressRow()
        layout.addWidget(self.progress)
        layout.addWidget(self._tabs(), 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setCentralWidget(root)
        QTimer.singleShot(0, self.show_month)  # the window appears at once, figures follow

    def _month_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        today = local_date(self.shop.clock(), self.shop.settings.timezone)
        last_year, last_month = divmod(today.year * 12 + today.month - 2, 12)
        self.month = QComboBox()
        for number in range(1, 13):
            self.month.addItem(month_name(number, self.language), number)
        self.month.setCurrentIndex(last_month)
        self.year = QSpinBox()
        self.year.setRange(2000, today.year)
        self.year.setValue(last_year)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("primary")
        self.show_button.clicked.connect(self.show_month)
        self.export_button = QPushButton(self.tr("Export PDF, CSV and JSON…"))
        self.export_button.clicked.connect(self._ask_export)
        bar.addWidget(QLabel(self.tr("Month")))
        bar.addWidget(self.month)
        bar.addWidget(self.year)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        return bar

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        overview = QWidget()
        grid = QGridLayout(overview)
        self.key_figures, self.roll = report_table(), report_table()
        self.identity = QLabel()
        self.identity.setWordWrap(True)
        grid.addWidget(self.key_figures, 0, 0)
        grid.addWidget(self.roll, 0, 1)
        grid.addWidget(self.identity, 1, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        sales = QWidget()
        column = QVBoxLayout(sales)
        self.sales, self.discounts = report_table(), report_table()
        self.card_note = QLabel(texts(self.language)["card_note"])
        self.card_note.setWordWrap(True)
        column.addWidget(self.sales)
        column.addWidget(self.card_note)
        column.addWidget(self.discounts, 1)
        self.members, self.figures = report_table(), report_table()
        self.tabs.addTab(overview, self.tr("Points and liability"))
        self.tabs.addTab(sales, self.tr("Sales and discounts"))
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.figures, self.tr("All figures (CSV keys)"))
        # A hidden tab's columns get their final widths only when it is shown.
        self.tabs.currentChanged.connect(lambda _i: self._regrow())
        return self.tabs

    def _regrow(self) -> None:
        for table in (self.key_figures, self.roll, self.discounts, self.members, self.figures):
            table.resizeRowsToContents()

    def chosen_month(self) -> tuple[int, int]:
        return self.year.value(), self.month.currentData()

    # -- computing ------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for button in (self.show_button, self.export_button):
            button.setEnabled(not busy)

    def show_month(self) -> None:
        if self.progress.running:
            return
        year, month = self.chosen_month()
        self._busy(True)
        self.say(self.tr("Computing {month} {year}…").format(
            month=self.month.currentText(), year=year))
        self.progress.start(self.tr("Computing the month…"),
                            lambda progress: self._compute(year, month, progress),
                            self._shown, self._failed, self._cancelled)

    def _compute(self, year: int, month: int, _progress: Progress) -> MonthlySummary:
        shop = reopen(self.shop)  # runs in the worker: a connection of its own
        try:
            return monthly_summary(shop, year, month)
        finally:
            shop.close()

    def _shown(self, summary: object) -> None:
        assert isinstance(summary, MonthlySummary)
        self._busy(False)
        self.summary = summary
        lang = self.language
        fill(self.key_figures, key_table(summary, lang))
        fill(self.roll, roll_table(summary, lang))
        fill(self.sales, sales_table(summary, lang))
        fit_height(self.sales)
        fill(self.discounts, discount_table(summary, lang))
        fill(self.members, members_table(summary, lang), stretch_column=2)
        fill(self.figures, figures_table(summary))
        self.identity.setText(identity_text(summary, lang))
        t = texts(lang)
        self.period.setText(t["subtitle"].format(month=self.month.itemText(summary.month - 1),
                                                 year=summary.year, shop=summary.shop_name))
        self.say("")

    def _failed(self, error: object) -> None:
        self._busy(False)
        if isinstance(error, OSError):
            self.say(self.tr("The files cannot be written: {reason}").format(
                reason=error.strerror), True)
        else:
            self.say(self.tr("The report could not be made: {reason}").format(reason=error), True)

    def _cancelled(self) -> None:
        self._busy(False)
        self.say(self.tr("Cancelled."))

    # -- exporting --------------------------------------------------------------------

    def _ask_export(self) -> None:
        folder = choose_folder(self, self.tr("Folder for the report files"))
        if folder:
            self.export(folder)

    def export_paths(self, folder: Path) -> tuple[Path, Path, Path]:
        year, month = self.chosen_month()
        stem = folder / f"loyalty-summary-{year:04d}-{month:02d}"
        return stem.with_suffix(".pdf"), stem.with_suffix(".csv"), stem.with_suffix(".json")

    def export(self, folder: Path) -> None:
        if self.progress.running:
            return
        year, month = self.chosen_month()
        pdf, csv, json = self.export_paths(folder)
        self._busy(True)
        self.progress.start(self.tr("Writing the report files…"),
                            lambda _progress: self._write(year, month, pdf, csv, json),
                            lambda _summary: self._exported(pdf), self._failed, self._cancelled)

    def _write(self, year: int, month: int, pdf: Path, csv: Path, json: Path) -> MonthlySummary:
        shop = reopen(self.shop)
        try:
            return write_report(shop, year, month, pdf, csv, json, self.language)
        finally:
            shop.close()

    def _exported(self, pdf: Path) -> None:
        self._busy(False)
        self.say(self.tr("Saved {pdf} with its CSV and JSON.").format(pdf=pdf))

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        finish_threads(self)
        super().closeEvent(event)
