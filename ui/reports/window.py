"""The bookkeeper's screen: the loyalty summary of a month, a year or a run of months on screen,
computed off the GUI thread, and its export."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel,
                               QMainWindow, QPushButton, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from loyalty.reports.monthly_summary import MonthlySummary
from loyalty.reports.period_summary import PeriodSummary, monthly_summary, period_summary
from loyalty.printing.period_pdf import period_title
from loyalty.shop import Shop
from loyalty.reports.export import write_period_report, write_report
from loyalty.text.summary import texts
from pos.clock import local_date
from pos.staff.model import Staff
from pos.wording import date_text, month_name
from ui.widgets.file_dialogs import choose_folder
from ui.widgets.background import Progress, ProgressRow, finish_threads, reopen
from ui.reports.tables import (
    discount_table, figures_table, fill, fit_height, identity_text, key_table, members_table,
    period_figures_table, report_table, roll_table, sales_table)
from loyalty.reports.period_summary import MAX_MONTHS, PeriodError, check_begun

MONTH, YEAR, MONTHS_RANGE = "month", "year", "range"


class ReportsWindow(QMainWindow):
    """Opens on the last complete month; a cashier sees only why the window is empty."""

    def __init__(self, shop: Shop, staff: Staff | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.language = shop.settings.language
        self.summary: MonthlySummary | None = None
        self.period_shown: PeriodSummary | None = None
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
        self.span = QComboBox()
        self.span.addItem(self.tr("Month"), MONTH)
        self.span.addItem(self.tr("Year"), YEAR)
        self.span.addItem(self.tr("Months from"), MONTHS_RANGE)
        self.span.currentIndexChanged.connect(lambda _i: self._span_changed())
        self.month, self.year = self._month_picker(today.year, last_month, last_year)
        self.to_label = QLabel(self.tr("to"))
        self.to_month, self.to_year = self._month_picker(today.year, last_month, last_year)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("primary")
        self.show_button.clicked.connect(self.show_month)
        self.export_button = QPushButton(self.tr("Export PDF, CSV and JSON…"))
        self.export_button.clicked.connect(self._ask_export)
        for widget in (self.span, self.month, self.year, self.to_label, self.to_month,
                       self.to_year, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        self._span_changed()
        return bar

    def _month_picker(self, this_year: int, month_index: int, year: int
                      ) -> tuple[QComboBox, QSpinBox]:
        month = QComboBox()
        for number, name in ((n, month_name(n, self.language)) for n in range(1, 13)):
            month.addItem(name, number)
        month.setCurrentIndex(month_index)
        spin = QSpinBox()
        spin.setRange(2000, this_year)
        spin.setValue(year)
        return month, spin

    def _span_changed(self) -> None:
        span = self.span.currentData()
        self.month.setVisible(span != YEAR)
        for widget in (self.to_label, self.to_month, self.to_year):
            widget.setVisible(span == MONTHS_RANGE)

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

    def chosen_period(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """(first, last) months of a year or a run of months; None for a single month."""
        span = self.span.currentData()
        if span == YEAR:
            return (self.year.value(), 1), (self.year.value(), 12)
        if span == MONTHS_RANGE:
            return self.chosen_month(), (self.to_year.value(), self.to_month.currentData())
        return None

    # -- computing ------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for button in (self.show_button, self.export_button):
            button.setEnabled(not busy)

    def show_month(self) -> None:
        """Compute what the bar names (a month, a year, a run of months) off the GUI thread."""
        if self.progress.running:
            return
        year, month = self.chosen_month()
        period = self.chosen_period()
        ends = self._range_ends(period)
        self._busy(True)
        if period is None:
            self.say(self.tr("Computing {month} {year}…").format(
                month=self.month.currentText(), year=year))
            label = self.tr("Computing the month…")
        else:
            self.say(self.tr("Computing {first} to {last}…").format(
                first=f"{period[0][0]}-{period[0][1]:02d}", last=f"{period[1][0]}-{period[1][1]:02d}"))
            label = self.tr("Computing the months…")
        self.progress.start(label, lambda progress: self._compute(period, year, month, progress,
                                                                  ends),
                            self._shown, self._failed, self._cancelled)

    def _range_ends(self, period: tuple[tuple[int, int], tuple[int, int]] | None
                    ) -> tuple[tuple[int, int], ...]:
        """A run of months' first and last month, which must have begun (a year in
        progress is shown to date); read here, on the GUI thread."""
        return period if period and self.span.currentData() == MONTHS_RANGE else ()

    def _compute(self, period: tuple[tuple[int, int], tuple[int, int]] | None, year: int,
                 month: int, _progress: Progress, ends: tuple[tuple[int, int], ...] = ()
                 ) -> MonthlySummary | PeriodSummary:
        shop = reopen(self.shop)  # runs in the worker: a connection of its own
        try:
            if ends:
                check_begun(shop, *ends)
            if period is None:
                return monthly_summary(shop, year, month)
            return period_summary(shop, *period)
        finally:
            shop.close()

    def _shown(self, result: object) -> None:
        assert isinstance(result, (MonthlySummary, PeriodSummary))
        self._busy(False)
        period = result if isinstance(result, PeriodSummary) else None
        summary = period.total if period else result
        self.summary, self.period_shown = summary, period
        lang = self.language
        fill(self.key_figures, key_table(summary, lang))
        fill(self.roll, roll_table(summary, lang))
        fill(self.sales, sales_table(summary, lang))
        fit_height(self.sales)
        fill(self.discounts, discount_table(summary, lang))
        fill(self.members, members_table(summary, lang), stretch_column=2)
        if period:  # a column per month: the metric column takes only what it needs
            fill(self.figures, period_figures_table(period), stretch_column=-1)
        else:
            fill(self.figures, figures_table(summary))
        self.identity.setText(identity_text(summary, lang))
        t = texts(lang)
        title = (f"{period_title(period, lang)} · {summary.shop_name}" if period else
                 t["subtitle"].format(month=self.month.itemText(summary.month - 1),
                                      year=summary.year, shop=summary.shop_name))
        running = next((m for m in (period.months if period else (summary,)) if m.in_progress),
                       None)
        if running is not None:
            day = local_date(running.in_progress_until, summary.timezone)
            title += " — " + self.tr("month in progress: figures up to {day}").format(
                day=date_text(day, lang))
        self.period.setText(title)
        self.say("")

    def _failed(self, error: object) -> None:
        self._busy(False)
        if isinstance(error, OSError):
            self.say(self.tr("The files cannot be written: {reason}").format(
                reason=error.strerror), True)
        else:
            reason = self._period_error(error) if isinstance(error, PeriodError) else str(error)
            self.say(self.tr("The report could not be made: {reason}").format(reason=reason),
                     True)

    def _period_error(self, error: PeriodError) -> str:
        """The period refusals in the bookkeeper's words (the command line has its own)."""
        if error.reason == "future":
            year, month = error.detail
            return self.tr("{month} has not begun yet: reports cover months up to this one"
                           ).format(month=f"{month:02d}.{year}")
        if error.reason == "reversed":
            return self.tr("the first month is after the last one")
        return self.tr("a report covers at most {n} months").format(n=MAX_MONTHS)

    def _cancelled(self) -> None:
        self._busy(False)
        self.say(self.tr("Cancelled."))

    # -- exporting --------------------------------------------------------------------

    def _ask_export(self) -> None:
        folder = choose_folder(self, self.tr("Folder for the report files"))
        if folder:
            self.export(folder)

    def export_paths(self, folder: Path) -> tuple[Path, Path, Path]:
        period = self.chosen_period()
        if period is None:
            year, month = self.chosen_month()
            name = f"loyalty-summary-{year:04d}-{month:02d}"
        else:
            (y1, m1), (y2, m2) = period
            name = (f"loyalty-summary-{y1:04d}" if self.span.currentData() == YEAR
                    else f"loyalty-summary-{y1:04d}-{m1:02d}-to-{y2:04d}-{m2:02d}")
        stem = folder / name
        return stem.with_suffix(".pdf"), stem.with_suffix(".csv"), stem.with_suffix(".json")

    def export(self, folder: Path) -> None:
        if self.progress.running:
            return
        year, month = self.chosen_month()
        period = self.chosen_period()
        pdf, csv, json = self.export_paths(folder)
        ends = self._range_ends(period)
        self._busy(True)
        self.progress.start(self.tr("Writing the report files…"),
                            lambda _progress: self._write(period, year, month, pdf, csv, json,
                                                          ends),
                            lambda _summary: self._exported(pdf), self._failed, self._cancelled)

    def _write(self, period: tuple[tuple[int, int], tuple[int, int]] | None, year: int,
               month: int, pdf: Path, csv: Path, json: Path,
               ends: tuple[tuple[int, int], ...] = ()) -> MonthlySummary | PeriodSummary:
        shop = reopen(self.shop)
        try:
            if ends:
                check_begun(shop, *ends)
            if period is None:
                return write_report(shop, year, month, pdf, csv, json, self.language)
            return write_period_report(shop, *period, pdf, csv, json, self.language)
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
