"""Switch shop…: the shop chooser over the till, then the chosen shop replaces this one."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from loyalty.shop import Shop, open_shop
from loyalty.shop_setup import demo_path, new_shop_path
from loyalty.till import Till
from pos.storage.db import default_data_dir
from ui.first_run_dialog import FirstRunDialog, chosen_shop
from ui.till.screen import TillScreen


class ShopSwitch(QObject):
    """Anyone logged in may switch (the new shop's own login follows), but never with a
    sale under way: the basket is finished, parked or voided first.  ``replace`` receives
    the chosen shop, opened, and swaps the windows."""

    def __init__(self, screen: TillScreen, till: Till, shop: Shop,
                 replace: Callable[[Shop], None]) -> None:
        super().__init__(screen.widget())
        self.screen, self.till, self.shop, self.replace = screen, till, shop, replace
        self.action = QAction(self.tr("Switch shop…"), screen.widget())
        self.action.triggered.connect(self.ask)

    def ask(self) -> None:
        if self.screen.busy():
            return
        if self.till.basket.lines:
            self.screen.say(self.tr("Finish, park or void this sale before switching shops."),
                            True)
            return
        data_dir = default_data_dir()
        language = self.shop.settings.language
        target = new_shop_path(data_dir)
        dialog = FirstRunDialog(lambda: open_shop(target, language=language), language,
                                current=self.shop.path, parent=self.screen.widget())
        self.screen.open_dialog(dialog, lambda: self._chosen(dialog, data_dir))

    def _chosen(self, dialog: FirstRunDialog, data_dir: Path) -> None:
        if dialog.wants_demo and demo_path(data_dir).resolve() == self.shop.path.resolve():
            self.screen.say(self.tr("The demo shop is the shop open now."), True)
            return
        shop = chosen_shop(dialog, data_dir, self.screen.widget())
        if shop is not None:  # once this dialog's own ending has run: it belongs to this window
            QTimer.singleShot(0, lambda: self.replace(shop))
