"""What `python main.py` does before the till opens: a new shop is set up, or the demo opened."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty.daily import run_daily
from loyalty.shop import open_shop
from loyalty.shop_setup import demo_path, needs_setup
from ui.app import prepare_app, run_gui
from ui.demo_progress import build_demo_with_progress
from ui.first_run_dialog import FirstRunDialog


def start(db_path: Path) -> int:
    """Open the shop at ``db_path``; on first start ask to create it or to open the demo."""
    app = QApplication.instance() or QApplication(sys.argv)
    # a new shop speaks the system's language; the owner can switch it in the settings
    system_language = "ru" if QLocale.system().name().startswith("ru") else "en"
    shop = open_shop(db_path, language=system_language)
    if not needs_setup(shop):
        run_daily(shop)
        return run_gui(shop)
    prepare_app(app, shop.settings.language)
    dialog = FirstRunDialog(shop)
    if not dialog.exec():
        return 0
    if dialog.wants_demo:
        language = "ru" if dialog.russian.isChecked() else "en"
        demo = demo_path(db_path.parent)
        if not demo.exists() and not build_demo_with_progress(demo, language):
            return 1
        shop.close()
        shop = open_shop(demo)
    run_daily(shop)
    return run_gui(shop)
