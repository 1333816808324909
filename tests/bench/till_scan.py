"""Benchmark of the till: from the Enter of a card scan to the customer panel and totals
repainted, on a shop-scale database (target: one frame, 16 ms, median).

    QT_QPA_PLATFORM=offscreen python -m tests.bench.till_scan --db BENCH.db [--scans 200]

The database is copied first; the till identifies cards on the copy.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.bench.store import sample_cards
from loyalty.shop import open_shop
from pos.storage import store
from pos.staff.model import Staff
from ui.till.window import TillWindow

BASKET_LINES = 30


def scan_ms(window: TillWindow, app: QApplication, cards: list[str]) -> list[float]:
    """Each scan: identify the card, re-quote the 30-line basket, refresh and repaint the
    customer panel, the basket and the totals — what the cashier waits for."""
    timings = []
    for card in cards:
        app.processEvents()
        # what the running event loop does between two scans: widgets replaced by the
        # last refresh are deleted (processEvents alone never deletes them)
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        start = time.perf_counter()
        window.on_scan(card)
        window.customer.repaint()
        window.totals.repaint()
        window.table.viewport().repaint()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--scans", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "till.db"
        shutil.copyfile(args.db, copy)
        shop = open_shop(copy)
        products = store.all_products(shop.db)
        cards = [number for number, _, _ in sample_cards(shop.db, args.scans)]
        window = TillWindow(shop, Staff(0, "bench", "cashier", ""))
        window.resize(1024, 768)
        window.show()
        for i in range(BASKET_LINES):  # distinct prices: thirty lines, not one line of thirty
            window.till.add_free_amount(products[i % len(products)].name, 100_00 + i)
        timings = scan_ms(window, app, cards)
        print(f"card scan -> customer panel and totals repainted, {BASKET_LINES}-line basket, "
              f"{len(timings)} scans: median {statistics.median(timings):.1f} ms, "
              f"p99 {sorted(timings)[int(len(timings) * 0.99) - 1]:.1f} ms, "
              f"max {max(timings):.1f} ms")
        window.close()  # Qt's objects go before the interpreter's finalisation
        del window
        app.processEvents()
        shop.close()


if __name__ == "__main__":
    main()
