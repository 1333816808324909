"""What `python main.py` does before the till opens: the shop opened last, else a choice of
shop (a new one, the demo, or a shop file), remembered for the next start."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from loyalty.shop import open_shop
from loyalty.shop_setup import needs_setup, new_shop_path
from pos.storage.last_shop import remembered_shop
from ui.app import prepare_app, run_gui
from ui.first_run_dialog import FirstRunDialog, chosen_shop
from ui.widgets.upgrade_notice import open_with_notice


def system_language() -> str:
    """A new shop speaks the system's language; the owner can switch it in the settings."""
    return "ru" if QLocale.system().name().startswith("ru") else "en"


def start(db_path: Path, remembered: bool = True) -> int:
    """Open the shop at ``db_path`` — or, when ``remembered`` (no ``--db`` given), the shop
    opened last; when there is none yet (or it has gone), ask which shop to open."""
    app = QApplication.instance() or QApplication(sys.argv)
    missing = None
    last = remembered_shop() if remembered else None
    if last is not None and last.is_file():
        db_path = last
    elif last is not None:
        missing = last
    if missing is None and db_path.exists():  # no empty shop.db left behind by a look at the demo
        shop = open_with_notice(db_path, language=system_language(),
                                prepare=lambda: prepare_app(app, system_language()))
        if not needs_setup(shop):
            return run_gui(shop)
        shop.close()
    language = system_language()
    prepare_app(app, language)
    target = db_path if missing is None else new_shop_path(db_path.parent)
    dialog = FirstRunDialog(lambda: open_shop(target, language=language), language,
                            missing=missing)
    if not dialog.exec():
        return 0
    shop = chosen_shop(dialog, db_path.parent, None)
    return 1 if shop is None else run_gui(shop)
