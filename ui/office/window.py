"""The owner's back office: one window, a tab per screen, opened from the till by an owner."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from loyalty.shop import Shop
from pos.staff.model import Staff
from ui.widgets.background import finish_threads

# One function per tab, each importing its screen when the window is built: the office
# loads only when an owner opens it, and every import stays plain for readers and for the
# layer test (no module names in strings).


def _members(shop: Shop, staff: Staff) -> QWidget:
    from ui.office.members.tab import MembersTab
    return MembersTab(shop, staff)


def _catalogue(shop: Shop, staff: Staff) -> QWidget:
    from ui.office.catalogue import CatalogueTab
    return CatalogueTab(shop, staff)


def _program(shop: Shop, staff: Staff) -> QWidget:
    from ui.office.program.tab import ProgramTab
    return ProgramTab(shop, staff)


def _coupons(shop: Shop, staff: Staff) -> QWidget:
    from ui.office.coupons import CouponsTab
    return CouponsTab(shop, staff)


def _cards(shop: Shop, staff: Staff) -> QWidget:
    from ui.office.cards import CardPrintingTab
    return CardPrintingTab(shop, staff)


def _staff(shop: Shop, staff: Staff) -> QWidget:
    from ui.office.staff import StaffTab
    return StaffTab(shop, staff)


def _settings(shop: Shop, staff: Staff) -> QWidget:
    from ui.office.settings import SettingsTab
    return SettingsTab(shop, staff)


def _backup(shop: Shop, staff: Staff) -> QWidget:
    from ui.office.backup import BackupTab
    return BackupTab(shop, staff)


# (builder, title) of each screen, in tab order
OFFICE_TABS: tuple[tuple[Callable[[Shop, Staff], QWidget], str], ...] = (
    (_members, "Members"),
    (_catalogue, "Catalogue"),
    (_program, "Loyalty program"),
    (_coupons, "Coupons"),
    (_cards, "Card printing"),
    (_staff, "Staff and audit"),
    (_settings, "Settings"),
    (_backup, "Backup"),
)


class OfficeWindow(QMainWindow):
    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None,
                 switch_shop: Callable[[], None] | None = None,
                 restored: Callable[[], None] | None = None,
                 sale_open: Callable[[], bool] | None = None) -> None:
        """``switch_shop``: the till's Switch shop… (the menu is there only when given);
        ``restored``: what the till does once a restore replaced the shop's data (open it
        again); ``sale_open``: whether the till has a sale under way (no restore then)."""
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self._switch_shop = switch_shop
        self.switch_action: QAction | None = None
        if switch_shop is not None:
            self.switch_action = QAction(self.tr("Switch shop…"), self)
            self.switch_action.triggered.connect(self.switch_shop)
            self.menuBar().addMenu(self.tr("Shop")).addAction(self.switch_action)
        self.setWindowTitle(self.tr("Back office — {shop}").format(shop=shop.settings.name))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # nine tabs fit 1024 px in either language without scroll arrows or cut titles
        self.tabs.setStyleSheet("QTabBar::tab { font-size: 12pt; padding: 4px 6px; }")
        self.setCentralWidget(self.tabs)
        titles = {"Members": self.tr("Members"), "Catalogue": self.tr("Catalogue"),
                  "Loyalty program": self.tr("Loyalty program"),
                  "Coupons": self.tr("Coupons"), "Card printing": self.tr("Card printing"),
                  "Staff and audit": self.tr("Staff and audit"), "Settings": self.tr("Settings"),
                  "Backup": self.tr("Backup")}
        for build, title in OFFICE_TABS:
            self.tabs.addTab(build(shop, staff), titles[title])
        backup = self.tab("BackupTab")
        if restored is not None:
            backup.on_restored = restored
            backup.reopens = True
        if sale_open is not None:
            backup.sale_open = sale_open
        self.resize(1024, 768)

    def switch_shop(self) -> None:
        """The chooser opens over the till, whose new shop's till replaces it; this window
        belongs to the shop being left."""
        self.close()
        if self._switch_shop is not None:
            self._switch_shop()

    def tab(self, cls_name: str) -> QWidget:
        return next(self.tabs.widget(i) for i in range(self.tabs.count())
                    if type(self.tabs.widget(i)).__name__ == cls_name)

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        finish_threads(self)
        super().closeEvent(event)
