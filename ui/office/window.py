"""The owner's back office: one window, a tab per screen, opened from the till by an owner."""
from __future__ import annotations

import importlib

from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from loyalty.shop import Shop
from pos.staff.model import Staff
from ui.widgets.background import finish_threads

# (module, class, title) of each screen; every tab is constructed as Tab(shop, staff)
OFFICE_TABS = (
    ("ui.office.members.tab", "MembersTab", "Members"),
    ("ui.office.catalogue", "CatalogueTab", "Catalogue"),
    ("ui.office.program.tab", "ProgramTab", "Loyalty program"),
    ("ui.office.coupons", "CouponsTab", "Coupons"),
    ("ui.office.cards", "CardPrintingTab", "Card printing"),
    ("ui.office.staff", "StaffTab", "Staff and audit"),
    ("ui.office.settings", "SettingsTab", "Settings"),
    ("ui.office.backup", "BackupTab", "Backup"),
)


class OfficeWindow(QMainWindow):
    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.setWindowTitle(self.tr("Back office — {shop}").format(shop=shop.settings.name))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        titles = {"Members": self.tr("Members"), "Catalogue": self.tr("Catalogue"),
                  "Loyalty program": self.tr("Loyalty program"),
                  "Coupons": self.tr("Coupons"), "Card printing": self.tr("Card printing"),
                  "Staff and audit": self.tr("Staff and audit"), "Settings": self.tr("Settings"),
                  "Backup": self.tr("Backup")}
        for module, cls, title in OFFICE_TABS:
            tab = getattr(importlib.import_module(module), cls)(shop, staff)
            self.tabs.addTab(tab, titles[title])
        self.resize(1024, 768)

    def tab(self, cls_name: str) -> QWidget:
        return next(self.tabs.widget(i) for i in range(self.tabs.count())
                    if type(self.tabs.widget(i)).__name__ == cls_name)

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        finish_threads(self)
        super().closeEvent(event)
