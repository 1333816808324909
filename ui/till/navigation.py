"""From the till to the back office (owners) and the reports (owners and bookkeepers)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QPushButton
from shiboken6 import isValid

from loyalty.shop import Shop
from loyalty.till import Till
from ui.till.screen import TillScreen


class TillNavigation(QObject):
    """Two buttons in the till's top bar, shown only to the roles that may use them."""

    def __init__(self, screen: TillScreen, till: Till, shop: Shop) -> None:
        super().__init__(screen.widget())
        self.screen, self.till, self.shop = screen, till, shop
        self.opened: QMainWindow | None = None
        self._windows: list[QMainWindow] = []  # every office and reports window still open
        self.switch_shop: Callable[[], None] | None = None  # the till's Switch shop…, if any
        self.reopen_shop: Callable[[], None] | None = None  # after a restore, if the app can
        self.office_button = QPushButton(self.tr("Ctrl+O Back office"))
        self.reports_button = QPushButton(self.tr("Ctrl+R Reports"))
        for button, slot in ((self.office_button, self.open_office),
                             (self.reports_button, self.open_reports)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName("nav")
            button.clicked.connect(slot)
        QShortcut(QKeySequence("Ctrl+O"), screen.widget(), self.open_office)
        QShortcut(QKeySequence("Ctrl+R"), screen.widget(), self.open_reports)

    def refresh(self) -> None:
        staff = self.till.staff
        self.office_button.setVisible(staff is not None and staff.is_owner)
        self.reports_button.setVisible(staff is not None and staff.sees_reports)

    def _open(self, window: QMainWindow) -> None:
        self.opened = window
        self._windows = [w for w in self._windows if isValid(w)] + [window]
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.raise_()

    def open_office(self) -> None:
        staff = self.till.staff
        if staff is None or not staff.is_owner:
            self.screen.say(self.tr("Only an owner can open the back office."), True)
            return
        from ui.office.window import OfficeWindow
        self._open(OfficeWindow(self.shop, staff, switch_shop=self.switch_shop,
                                restored=self.reopen_shop,
                                sale_open=lambda: bool(self.till.basket.lines)))

    def open_reports(self) -> None:
        staff = self.till.staff
        if staff is None or not staff.sees_reports:
            self.screen.say(self.tr("Reports are for owners and bookkeepers."), True)
            return
        from ui.reports.window import ReportsWindow
        self._open(ReportsWindow(self.shop, staff))

    def close_opened(self) -> None:
        """Close every office and reports window this till opened that is still open."""
        windows, self._windows, self.opened = self._windows, [], None
        for window in windows:
            if isValid(window):
                window.close()
