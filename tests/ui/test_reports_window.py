"""The bookkeeper's reports window: the month's figures on screen, the three export files, cashiers refused."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtWidgets import QTableWidget

from loyalty.reports.period_summary import monthly_summary
from loyalty.reports.export import figures
from loyalty.text.summary import Formatter
from pos.storage import store
from pos.staff.pins import add_staff
from tests.builders import basket_with, sell
from tests.ui.conftest import PRODUCTS, Seeded
from ui.reports.window import ReportsWindow


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def with_sales(seeded: Seeded, clock) -> None:
    """Two sales in March 2026, one with Anna's card; the window opens on the month before now."""
    shop = seeded.shop
    croissant = store.product_by_barcode(shop.db, PRODUCTS[0].barcode)
    sell(shop, basket_with(shop, (croissant, 4), card=seeded.anna_card.number))
    sell(shop, basket_with(shop, (croissant, 1)))
    clock.advance(days=30)  # now in April: March is the last complete month


def open_window(qtbot, seeded: Seeded, staff) -> ReportsWindow:
    window = ReportsWindow(seeded.shop, staff)
    qtbot.addWidget(window)
    window.show()
    return window


def test_figures_on_screen_match_the_monthly_summary(qtbot, seeded: Seeded, clock) -> None:
    with_sales(seeded, clock)
    bookkeeper = add_staff(seeded.shop.db, "Vera", "bookkeeper", "3333", clock())
    window = open_window(qtbot, seeded, bookkeeper)
    assert window.chosen_month() == (2026, 3)
    # the month shown and its worker finished (export waits its turn while one runs)
    qtbot.waitUntil(lambda: window.summary is not None and not window.progress.running,
                    timeout=20_000)
    expected = monthly_summary(seeded.shop, 2026, 3)
    assert cells(window.figures) == [[k, "" if v is None else str(v)] for k, v in figures(expected)]
    shown = dict((row[0], row[1]) for row in cells(window.figures))
    assert shown["sales_count"] == "2" and shown["sales_with_card_count"] == "1"
    fmt = Formatter(expected.currency, "ru")
    roll = cells(window.roll)
    assert roll[-1][2] == fmt.money(expected.liability_closing_minor)
    assert [fmt.number(expected.roll.opening)] == [roll[0][1]]
    members = cells(window.members)
    assert all(len(row) == 3 and row[2] for row in members)  # each metric with its definition
    assert fmt.money(expected.sales.revenue_net_minor) in cells(window.sales)[1]
    assert "сходится" in window.identity.text()
    assert not window.progress.isVisible()


def test_export_writes_pdf_csv_and_json(qtbot, seeded: Seeded, clock, tmp_path: Path) -> None:
    with_sales(seeded, clock)
    window = open_window(qtbot, seeded, seeded.owner)
    # the month shown and its worker finished (export waits its turn while one runs)
    qtbot.waitUntil(lambda: window.summary is not None and not window.progress.running,
                    timeout=20_000)
    window.export(tmp_path)
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: not window.progress.running, timeout=30_000)
    pdf, csv_path, json_path = window.export_paths(tmp_path)
    assert pdf.exists(), window.status.text()
    assert pdf.read_bytes().startswith(b"%PDF")
    with csv_path.open(encoding="utf-8") as handle:
        rows = {row["metric"]: row["value"] for row in csv.DictReader(handle)}
    assert rows["sales_count"] == "2"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["month"] == "2026-03" and data["sales_with_card_count"] == 1
    assert str(pdf) in window.status.text()


def test_a_cashier_is_refused(qtbot, seeded: Seeded) -> None:
    window = open_window(qtbot, seeded, seeded.cashier)
    assert window.refused
    assert "bookkeeper" in window.centralWidget().text()
    assert window.summary is None and not hasattr(window, "figures")


def _show(qtbot, window: ReportsWindow) -> None:
    from PySide6.QtCore import Qt
    qtbot.mouseClick(window.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.progress.running, timeout=30_000)


def test_the_year_shows_a_column_per_month_and_the_total(qtbot, seeded: Seeded, clock,
                                                         tmp_path: Path) -> None:
    from loyalty.reports.period_summary import period_summary
    with_sales(seeded, clock)
    window = open_window(qtbot, seeded, seeded.owner)
    qtbot.waitUntil(lambda: window.summary is not None and not window.progress.running,
                    timeout=20_000)
    window.span.setCurrentIndex(window.span.findData("year"))
    assert window.month.isHidden() and window.to_month.isHidden()
    window.year.setValue(2026)
    _show(qtbot, window)
    assert window.period_shown is not None, window.status.text()
    table = cells(window.figures)
    header = [window.figures.horizontalHeaderItem(c).text()
              for c in range(window.figures.columnCount())]
    # the year so far: January to April, April still running
    assert header == ["metric", "2026-01", "2026-02", "2026-03", "2026-04", "total"]
    shown = {row[0]: row[1:] for row in table}
    assert shown["sales_count"] == ["0", "0", "2", "0", "2"]
    expected = period_summary(seeded.shop, (2026, 1), (2026, 12))
    assert figures(window.summary) == figures(expected.total)  # read up to a tick apart
    assert window.period.text().startswith("2026 год") and window.period_shown.months[-1].in_progress
    assert "09.04.2026" in window.period.text()  # April marked: figures up to today
    window.export(tmp_path)
    qtbot.waitUntil(lambda: not window.progress.running, timeout=30_000)
    pdf, csv_path, _ = window.export_paths(tmp_path)
    assert pdf.name == "loyalty-summary-2026.pdf" and pdf.read_bytes().startswith(b"%PDF")
    assert csv_path.read_text(encoding="utf-8").startswith("metric,2026-01,")


def test_a_run_of_months_and_a_month_to_come(qtbot, seeded: Seeded, clock) -> None:
    with_sales(seeded, clock)
    window = open_window(qtbot, seeded, seeded.owner)
    qtbot.waitUntil(lambda: window.summary is not None and not window.progress.running,
                    timeout=20_000)
    window.span.setCurrentIndex(window.span.findData("range"))
    assert window.to_month.isVisible() and window.to_year.isVisible()
    window.month.setCurrentIndex(1)                            # February
    window.to_month.setCurrentIndex(2)                         # to March 2026
    window.year.setValue(2026)
    window.to_year.setValue(2026)
    _show(qtbot, window)
    assert [m.month for m in window.period_shown.months] == [2, 3]
    window.span.setCurrentIndex(window.span.findData("month"))
    window.month.setCurrentIndex(11)                           # December 2026: not yet begun
    _show(qtbot, window)
    assert "12.2026" in window.status.text() and window.status.property("kind") == "error"


def test_key_figures_on_screen_are_the_pdfs(qtbot, seeded: Seeded, clock, tmp_path: Path) -> None:
    """The bookkeeper compares the screen with the printed PDF: the same key figures, worded alike."""
    from pypdf import PdfReader
    with_sales(seeded, clock)
    window = open_window(qtbot, seeded, seeded.owner)
    qtbot.waitUntil(lambda: window.summary is not None and not window.progress.running,
                    timeout=20_000)
    shown = cells(window.key_figures)
    assert len(shown) == 14 and all(len(row) == 2 and row[1] for row in shown)
    window.export(tmp_path)
    qtbot.waitUntil(lambda: not window.progress.running, timeout=30_000)
    def words(text: str) -> str:  # line breaks and no-break spaces as plain spaces
        return " ".join(text.replace("\xa0", " ").split())
    first_page = words(PdfReader(window.export_paths(tmp_path)[0]).pages[0].extract_text())
    for metric, value in shown:
        assert words(metric) in first_page and words(value) in first_page, (metric, value)
