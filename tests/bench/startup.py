"""The benchmark's cold-start probe: open a shop and show the till, then report peak memory.

Run by ``python main.py bench`` in a fresh interpreter as ``python -m tests.bench.startup DB``;
it prints one JSON line.  It lives in ui/ because it starts the Qt window.
"""
from __future__ import annotations

import json
import sys

from PySide6.QtWidgets import QApplication

from tests.bench.bench import peak_kb
from loyalty.shop import open_shop
from ui.app import prepare_app
from ui.till.window import TillWindow


def main(db: str) -> None:
    shop = open_shop(db)
    app = QApplication([])
    prepare_app(app, shop.settings.language)
    window = TillWindow(shop)
    window.resize(1024, 768)
    window.show()
    app.processEvents()
    print(json.dumps({"rss_kb": peak_kb()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
