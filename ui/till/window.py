"""The cashier's till window: scan field, basket, totals, customer panel and the F-key actions."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMainWindow, QPushButton,
                               QStackedWidget, QVBoxLayout, QWidget)

from loyalty.shop import Shop, open_shop
from loyalty.till import Till
from pos.staff.model import Staff
from ui.till.actions import TillActions
from ui.till.basket_table import BasketTable
from ui.till.customer_panel import CustomerPanel
from ui.till.navigation import TillNavigation
from ui.till.printing import TillPrinting
from ui.shop_switch import ShopSwitch
from ui.till.totals import TotalsPanel
from ui.widgets.explain import Explainer
from ui.widgets.scanner_filter import ScannerFilter


class TillWindow(QMainWindow):
    """``staff`` None means nobody is logged in yet: call ``actions_.login()`` (run_gui does).

    Every action ends with the focus back in the scan field; errors go to the
    status line, never to a pop-up that would take the focus away.  The window is
    the ``TillScreen`` its helpers (actions, navigation, printing) talk to; what
    the till does lives in the ``Till`` service (``self.till``).
    """

    def __init__(self, shop: Shop, staff: Staff | None = None,
                 on_switch: Callable[[Shop], None] | None = None) -> None:
        """``on_switch`` takes over a shop chosen with Switch shop… (the menu is there only
        when it is given: the app's session gives it)."""
        super().__init__()
        self.shop = shop
        settings = shop.settings
        self.explainer = Explainer(settings.currency, settings.language, self)
        self.till = Till(shop, staff)
        self.dialog: QDialog | None = None
        self.customer_mode = False
        self.setWindowTitle(self.tr("{shop} — till").format(shop=settings.name))
        self.setMinimumSize(1000, 700)
        self._build()
        self.navigation = TillNavigation(self, self.till, shop)
        self.printing = TillPrinting(self, shop, self.explainer)
        self.actions_ = TillActions(self, self.till, shop, self.explainer, self.navigation,
                                    self.printing)
        self.shop_switch: ShopSwitch | None = None
        if on_switch is not None:
            self.shop_switch = ShopSwitch(self, self.till, shop, on_switch)
            self.navigation.switch_shop = self.shop_switch.ask
            # a restore replaced this shop's data: the same file opens again, with its login
            self.navigation.reopen_shop = lambda: on_switch(open_shop(self.shop.path))
            self.menuBar().addMenu(self.tr("Shop")).addAction(self.shop_switch.action)
        self.top_bar.insertWidget(1, self.navigation.office_button)
        self.top_bar.insertWidget(2, self.navigation.reports_button)
        self._bind_keys()
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.on_scan)
        QApplication.instance().installEventFilter(self.scanner)
        self.refresh()

    # -- layout -------------------------------------------------------------------

    def _build(self) -> None:
        root = QWidget()
        outer = QVBoxLayout(root)
        top = QHBoxLayout()
        shop_name = QLabel(self.shop.settings.name)
        shop_name.setObjectName("shopName")
        self.cashier = QLabel()
        self.cashier.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(shop_name, 1)
        self.top_bar = top
        top.addWidget(self.cashier)
        outer.addLayout(top)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("Barcode, card or phone, then Enter"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("F3 Find a product by name"))
        left.addWidget(self.scan)
        left.addWidget(self.search)
        self.pages = QStackedWidget()
        self.table = BasketTable(self.explainer)
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.results)
        left.addWidget(self.pages, 1)
        self.totals = TotalsPanel(self.explainer)
        left.addWidget(self.totals)
        middle.addLayout(left, 1)
        self.customer = CustomerPanel(self.explainer)
        self.customer.setFixedWidth(300)
        middle.addWidget(self.customer)
        outer.addLayout(middle, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        self.buttons = QGridLayout()
        outer.addLayout(self.buttons)
        self.setCentralWidget(root)
        for field in (self.scan, self.search):
            field.installEventFilter(self)
        self.scan.returnPressed.connect(self._scan_entered)
        self.search.textChanged.connect(self._search_changed)
        self.results.itemClicked.connect(lambda _item: self._add_found())

    def _bind_keys(self) -> None:
        for n, (key, label, slot) in enumerate(self.actions_.keys()):
            button = QPushButton(f"{key}\n{label}")
            button.setObjectName("pay" if key == "F12" else "action")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            self.buttons.addWidget(button, n // 6, n % 6)
            QShortcut(QKeySequence(key), self, slot)

    # -- refreshing ---------------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def status_text(self) -> str:
        return self.status.text()

    def busy(self) -> bool:
        return self.dialog is not None

    def selected_line_no(self) -> int | None:
        return self.table.selected_line_no()

    def show_new_line(self) -> None:
        self.table.select_last()

    def focus_search(self) -> None:
        self.search.setFocus()

    def ask_for_customer(self, prompt: str) -> None:
        self.customer_mode = True
        self.scan.clear()
        self.scan.setPlaceholderText(prompt)
        self.focus_scan()

    def refresh(self) -> None:
        s = self.till
        self.cashier.setText(self.tr("At the till: {name}").format(name=s.staff.name)
                             if s.staff else self.tr("Nobody logged in"))
        self.navigation.refresh()
        self.table.show_quote(s.quote)
        self.totals.show_quote(s.quote, s.detail)
        self.customer.show_customer(s.customer_view())
        rejected = s.detail.quote.coupons_rejected
        if rejected:
            first = rejected[0]
            self.say(self.explainer.coupon_rejected(first.code, first.reason, other=first.other),
                     True)

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def focus_scan(self) -> None:
        if self.dialog is not None:
            return
        self.activateWindow()
        self.scan.setFocus()

    def run(self, action: Callable[[], object], done: str = "") -> bool:
        """Run one service call; a refusal goes to the status line and changes nothing."""
        try:
            action()
        except ValueError as error:  # every refusal the services raise is a ValueError
            self.say(self.explainer.error(error), True)
            self.focus_scan()
            return False
        if done:
            self.say(done)
        self.refresh()
        self.focus_scan()
        return True

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Window-modal and non-blocking, so the event loop (and tests) keep running."""
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                on_accept()
            dialog.deleteLater()
            self.focus_scan()
        dialog.finished.connect(finished)
        dialog.open()

    # -- entering codes -----------------------------------------------------------

    def on_scan(self, code: str) -> None:
        self.enter_code(code, customer_only=False)

    def enter_code(self, code: str, customer_only: bool) -> None:
        kind: list[str] = []
        if not self.run(lambda: kind.append(self.till.enter_code(code, customer_only))):
            return
        if kind[0] == "product":
            self._show_changed_line()
        elif kind[0] == "customer":
            view = self.till.customer_view()
            name = (view.detail.customer.member.name if view else "") or code
            self.say(self.tr("Customer: {name}").format(name=name))
        else:
            self.say(self.tr("Coupon {name} applied").format(name=code.strip().upper()))

    def _scan_entered(self) -> None:
        text, customer_only = self.scan.text().strip(), self.customer_mode
        self.scan.clear()
        self.customer_mode = False
        self.scan.setPlaceholderText(self.tr("Barcode, card or phone, then Enter"))
        if text:
            self.enter_code(text, customer_only)

    def _search_changed(self, text: str) -> None:
        self.results.clear()
        for product in self.till.search(text):
            item = QListWidgetItem(f"{product.name}    {self.explainer.money(product.price_minor)}")
            item.setData(Qt.ItemDataRole.UserRole, product)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self.pages.setCurrentWidget(self.results if text.strip() else self.table)

    def _add_found(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        product = item.data(Qt.ItemDataRole.UserRole)
        self.search.clear()
        if self.run(lambda: self.till.add_product(product)):
            self._show_changed_line()

    def _show_changed_line(self) -> None:
        """A repeated product adds to its own line: name that line and select it."""
        line = self.till.basket.line(self.till.changed_line_no)
        self.say(self.tr("Added: {name}").format(name=line.name))
        self.table.select_line(line.line_no)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Arrows move through the basket (or the search results) without leaving the field."""
        if event.type() != QEvent.Type.KeyPress or obj not in (self.scan, self.search):
            return False
        assert isinstance(event, QKeyEvent)
        key, searching = event.key(), obj is self.search
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if searching:
                row = self.results.currentRow() + step
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
            else:
                self.table.move_selection(step)
            return True
        if key == Qt.Key.Key_Escape:
            obj.clear()
            self.customer_mode = False
            self.focus_scan()
            return True
        if key == Qt.Key.Key_Delete and not searching and not self.scan.text():
            self.actions_.void_line()  # an empty scan field has nothing to delete
            return True
        if searching and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._add_found()
            return True
        return False

    def leave_shop(self) -> None:
        """Close this till and every window it opened, then its shop: another shop takes
        over (Switch shop…)."""
        self.navigation.close_opened()
        self.close()
        self.shop.close()
        self.deleteLater()

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        self.printing.output.wait()  # a receipt still printing finishes first
        QApplication.instance().removeEventFilter(self.scanner)
        super().closeEvent(event)
