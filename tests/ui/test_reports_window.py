"""The bookkeeper's reports window: the month's figures on screen, the three export files, cashiers refused."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtWidgets import QTableWidget

from loyalty.reports.monthly_summary import monthly_summary
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
