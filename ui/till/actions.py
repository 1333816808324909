"""The till's F-key actions: each opens its dialog or calls one till service, then refreshes."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from loyalty.backup_reminder import backup_due
from loyalty.shop import Shop
from loyalty.till import Till
from pos.sale import Sale, SaleKind
from pos.staff.model import Role
from ui.login_dialog import LoginDialog
from ui.till.amount_dialog import AmountDialog
from ui.till.enrol_dialog import EnrolDialog
from ui.till.navigation import TillNavigation
from ui.till.parked_dialog import ParkedDialog
from ui.till.payment_dialog import PaymentDialog
from ui.till.printing import TillPrinting
from ui.till.redeem_dialog import RedeemDialog
from ui.till.return_dialog import ReturnDialog
from ui.till.screen import TillScreen
from ui.widgets.explain import Explainer


class TillActions(QObject):
    """Talks to the till service and the window's ``TillScreen`` side only."""

    def __init__(self, screen: TillScreen, till: Till, shop: Shop, explainer: Explainer,
                 navigation: TillNavigation, printing: TillPrinting) -> None:
        super().__init__(screen.widget())
        self.screen, self.till, self.shop, self.explainer = screen, till, shop, explainer
        self.navigation, self.printing = navigation, printing

    def keys(self) -> list[tuple[str, str, Callable[[], None]]]:
        return [
            ("F1", self.tr("Cashier"), self.switch_cashier),
            ("F2", self.tr("Quantity"), self.quantity),
            ("F3", self.tr("Find"), self.find),
            ("F4", self.tr("Free amount"), self.free_amount),
            ("F5", self.tr("Customer"), self.customer),
            ("F6", self.tr("Enrol"), self.enrol),
            ("F7", self.tr("Points"), self.redeem),
            ("F8", self.tr("Void line"), self.void_line),
            ("F9", self.tr("Park / resume"), self.park),
            ("F10", self.tr("Return"), self.return_),
            ("F11", self.tr("Void sale"), self.void_sale),
            ("F12", self.tr("Pay"), self.pay),
        ]

    def _login_dialog(self, **kwargs: object) -> LoginDialog:
        # wrong PINs are counted in the shop's file (pos.staff.pins), not in this window
        return LoginDialog(self.shop.db, self.shop.clock, self.explainer,
                           parent=self.screen.widget(), **kwargs)

    def login(self, cancellable: bool) -> None:
        s = self.screen
        dialog = self._login_dialog(cancellable=cancellable)

        def done() -> None:
            before, self.till.staff = self.till.staff, dialog.staff
            if before is not None and before.staff_id != dialog.staff.staff_id:
                # the back office and reports act with the rights and in the audit name of
                # whoever opened them: they go with that person
                self.navigation.close_opened()
            s.say(self.tr("At the till: {name}").format(name=dialog.staff.name))
            s.refresh()
            if dialog.staff.is_owner and backup_due(self.shop, self.shop.clock()):
                s.say(self.tr("No backup for over a week: Ctrl+O, Backup."), True)
            if dialog.staff.role == Role.BOOKKEEPER:  # a bookkeeper comes for the reports
                self.navigation.open_reports()
        s.open_dialog(dialog, done)

    def switch_cashier(self) -> None:
        if not self.screen.busy():
            self.login(cancellable=self.till.staff is not None)

    def _with_manager(self, needed: bool, action: Callable[[], None]) -> None:
        """Run ``action`` at once, or after an owner's PIN when the shop asks for one."""
        staff = self.till.staff
        if not needed or (staff is not None and staff.is_owner):
            action()
            return
        dialog = self._login_dialog(title=self.tr("Manager's PIN"), require_owner=True,
                                    cancellable=True)
        self.screen.open_dialog(dialog, action)

    def quantity(self) -> None:
        s = self.screen
        line_no = s.selected_line_no()
        if s.busy() or line_no is None:
            return
        line = self.till.basket.line(line_no)
        dialog = QInputDialog(s.widget())
        dialog.setWindowTitle(self.tr("Quantity"))
        dialog.setLabelText(line.name)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 9999)
        dialog.setIntValue(line.qty)
        s.open_dialog(dialog, lambda: s.run(lambda: self.till.set_qty(line_no, dialog.intValue())))

    def find(self) -> None:
        if not self.screen.busy():
            self.screen.focus_search()

    def free_amount(self) -> None:
        s = self.screen
        if s.busy():
            return
        dialog = AmountDialog(self.explainer, s.widget())
        label = self.tr("Free amount")

        def add() -> None:
            if s.run(lambda: self.till.add_free_amount(dialog.label.text().strip() or label,
                                                       dialog.amount_minor)):
                s.show_new_line()  # a following F2 changes this line, not the one before
        s.open_dialog(dialog, add)

    def customer(self) -> None:
        self.screen.ask_for_customer(self.tr("Type the card number or phone, then Enter"))

    def enrol(self) -> None:
        s = self.screen
        if s.busy():
            return
        dialog = EnrolDialog(self.explainer, self.till.enrol, s.widget())

        def done() -> None:
            e = dialog.result_
            card = e.card.number if e.card else "—"
            if e.member.name or e.member.phone:
                s.say(self.tr("Enrolled: {name}, card {card}").format(
                    name=e.member.name or e.member.phone, card=card))
            else:
                s.say(self.tr("Anonymous card {card} issued: without consent no personal data "
                              "is kept").format(card=card))
            s.refresh()
        s.open_dialog(dialog, done)

    def redeem(self) -> None:
        s = self.screen
        if s.busy():
            return
        view = self.till.customer_view()
        if view is None:
            s.say(self.tr("Scan the customer's card first"), True)
            return
        dialog = RedeemDialog(self.explainer, view.detail.quote.redeem_limits,
                              view.balance.spendable, self.till.redeem, s.widget())
        s.open_dialog(dialog, s.refresh)

    def void_line(self) -> None:
        s = self.screen
        line_no = s.selected_line_no()
        if s.busy() or line_no is None:
            return
        self._with_manager(self.shop.settings.manager_pin_for_void,
                           lambda: s.run(lambda: self.till.void_line(line_no),
                                         self.tr("Line removed")))

    def void_sale(self) -> None:
        """Asks first: a full basket lost by a stray key is minutes of scanning again."""
        s = self.screen
        lines = len(self.till.basket.lines)
        if s.busy():
            return
        if not lines:  # nothing scanned yet: a wrong customer or coupon goes without a question
            basket = self.till.basket
            if basket.customer_ref or basket.coupon_codes:
                s.run(self.till.void_sale, self.tr("Customer and coupons taken off"))
            else:
                s.say(self.tr("The basket is empty"))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Void sale"),
                          self.tr("Void the whole sale ({n} lines)?").format(n=lines),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          s.widget())
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Yes, void"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("No, keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered() -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self._with_manager(self.shop.settings.manager_pin_for_void,
                                   lambda: s.run(self.till.void_sale, self.tr("Sale voided")))
        s.open_dialog(box, lambda: None)
        box.finished.connect(lambda _r: answered())  # after open_dialog's own clean-up

    def park(self) -> None:
        s = self.screen
        if s.busy():
            return
        if self.till.basket.lines:
            label = self.tr("{n} lines").format(n=len(self.till.basket.lines))
            s.run(lambda: self.till.park(label), self.tr("Basket parked"))
            return
        parked = self.till.parked()
        if not parked:
            s.say(self.tr("No parked baskets"))
            return
        dialog = ParkedDialog(parked, self.explainer, self.shop.settings.timezone, s.widget())
        s.open_dialog(dialog, lambda: s.run(lambda: self.till.resume(dialog.basket_id),
                                            self.tr("Basket resumed")))

    def return_(self) -> None:
        s = self.screen
        if s.busy():
            return

        def open_return() -> None:
            dialog = ReturnDialog(self.till, self.explainer, s.widget())
            s.open_dialog(dialog, lambda: self._receipt(dialog.sale))
        self._with_manager(self.shop.settings.manager_pin_for_return, open_return)

    def pay(self) -> None:
        s, till = self.screen, self.till
        if s.busy():
            return
        if not till.basket.lines:
            s.say(self.tr("The basket is empty: scan the goods first"), True)
            return
        basket, quote, detail = till.basket, till.quote, till.detail
        dialog = PaymentDialog(self.explainer, detail.quote.pay_money_minor, till.points_payment(),
                               lambda payments: till.pay(basket, quote, payments), s.widget())
        s.open_dialog(dialog, lambda: self._receipt(dialog.sale))

    def _receipt(self, sale: Sale | None) -> None:
        s = self.screen
        if sale is None:
            return
        s.say(self.tr("Sale {n} recorded").format(n=sale.sale_no) if sale.kind == SaleKind.SALE
              else self.tr("Return {n} recorded").format(n=sale.sale_no))
        s.refresh()
        self.printing.after_sale(sale)
