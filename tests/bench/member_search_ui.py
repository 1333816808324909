"""Benchmark of the members screen: keystroke to list repainted, on 100,000 members."""
from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.bench.member_search import QUERIES, build_members, keystrokes
from loyalty.shop import open_shop
from pos.staff.model import Staff
from ui.office.members.tab import DETAIL_DELAY_MS, MembersTab


def keystroke_ms(tab: MembersTab, app: QApplication) -> list[float]:
    """Each keystroke: the search, the list model reset, the detail of the first match, and
    the list painted (which reads the visible page of rows)."""
    timings = []
    for query in QUERIES:
        for text in keystrokes(query):
            start = time.perf_counter()
            tab.search.setText(text)
            tab.view.viewport().repaint()
            timings.append((time.perf_counter() - start) * 1000)
            app.processEvents()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/members_bench.db"),
                        help="built with 100,000 members when missing")
    parser.add_argument("--members", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    if not args.db.exists():
        shop = open_shop(args.db)
        build_members(shop.db, args.members, datetime.now(timezone.utc))
        shop.close()
    shop = open_shop(args.db)
    tab = MembersTab(shop, Staff(0, "bench", "owner", ""))
    tab.resize(1024, 700)
    tab.show()
    app.processEvents()
    timings = keystroke_ms(tab, app)
    print(f"keystroke -> list updated, {tab.model.rowCount()} listed, {len(timings)} keystrokes: "
          f"median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")
    start = time.perf_counter()
    tab.reload()
    print(f"detail pane of the selected member: {(time.perf_counter() - start) * 1000:.1f} ms "
          f"(shown once typing pauses for {DETAIL_DELAY_MS} ms)")
    # Qt's objects go before the interpreter's finalisation, which otherwise may crash
    tab.close()
    del tab
    app.processEvents()
    shop.close()


if __name__ == "__main__":
    main()
