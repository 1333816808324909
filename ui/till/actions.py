"""The till's F-key actions: each opens its dialog or calls one service, then refreshes."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from loyalty.backup_reminder import backup_due
from pos.sale import Sale
from ui.till.enrol_dialog import EnrolDialog
from ui.login_dialog import LoginDialog
from ui.till.payment_dialog import PaymentDialog
from ui.till.redeem_dialog import RedeemDialog
from ui.till.return_dialog import ReturnDialog
from ui.till.amount_dialog import AmountDialog
from ui.till.parked_dialog import ParkedDialog
from ui.till.printing import TillPrinting

if TYPE_CHECKING:
    from ui.till.window import TillWindow


class TillActions(QObject):
    def __init__(self, window: TillWindow) -> None:
        super().__init__(window)
        self.w = window
        self.printing = TillPrinting(window)

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

    def _busy(self) -> bool:
        return self.w.dialog is not None

    def login(self, cancellable: bool) -> None:
        w = self.w
        dialog = LoginDialog(w.shop.db, w.shop.clock, w.throttle, w.explainer,
                             cancellable=cancellable, parent=w)

        def done() -> None:
            w.session.staff = dialog.staff
            w.say(self.tr("Cashier: {name}").format(name=dialog.staff.name))
            w.refresh()
            if dialog.staff.is_owner and backup_due(w.shop, w.shop.clock()):
                w.say(self.tr("No backup for over a week: Ctrl+O, Backup."), True)
            if dialog.staff.role == "bookkeeper":  # a bookkeeper comes for the reports
                w.navigation.open_reports()
        dialog.finished.connect(lambda _r: setattr(w, "throttle", dialog.throttle))
        w.open_dialog(dialog, done)

    def switch_cashier(self) -> None:
        if not self._busy():
            self.login(cancellable=self.w.session.staff is not None)

    def _with_manager(self, needed: bool, action: Callable[[], None]) -> None:
        """Run ``action`` at once, or after an owner's PIN when the shop asks for one."""
        w = self.w
        staff = w.session.staff
        if not needed or (staff is not None and staff.is_owner):
            action()
            return
        dialog = LoginDialog(w.shop.db, w.shop.clock, w.throttle, w.explainer,
                             title=self.tr("Manager's PIN"), require_owner=True,
                             cancellable=True, parent=w)
        dialog.finished.connect(lambda _r: setattr(w, "throttle", dialog.throttle))
        w.open_dialog(dialog, action)

    def quantity(self) -> None:
        w = self.w
        line_no = w.table.selected_line_no()
        if self._busy() or line_no is None:
            return
        dialog = QInputDialog(w)
        dialog.setWindowTitle(self.tr("Quantity"))
        dialog.setLabelText(w.session.basket.line(line_no).name)
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 9999)
        dialog.setIntValue(w.session.basket.line(line_no).qty)
        w.open_dialog(dialog, lambda: w.run(lambda: w.session.set_qty(line_no, dialog.intValue())))

    def find(self) -> None:
        if not self._busy():
            self.w.search.setFocus()

    def free_amount(self) -> None:
        w = self.w
        if self._busy():
            return
        dialog = AmountDialog(w.explainer, w)
        label = self.tr("Free amount")
        w.open_dialog(dialog, lambda: w.run(lambda: w.session.add_free_amount(
            dialog.label.text().strip() or label, dialog.amount_minor)))

    def customer(self) -> None:
        w = self.w
        w.customer_mode = True
        w.scan.clear()
        w.scan.setPlaceholderText(self.tr("Type the card number or phone, then Enter"))
        w.focus_scan()

    def enrol(self) -> None:
        w = self.w
        if self._busy():
            return
        dialog = EnrolDialog(w.explainer, w.session.enrol, w)

        def done() -> None:
            e = dialog.result_
            w.say(self.tr("Enrolled: {name}, card {card}").format(
                name=e.member.name, card=e.card.number if e.card else "—"))
            w.refresh()
        w.open_dialog(dialog, done)

    def redeem(self) -> None:
        w = self.w
        view = w.session.customer_view()
        if self._busy():
            return
        if view is None:
            w.say(self.tr("Scan the customer's card first"), True)
            return
        dialog = RedeemDialog(w.explainer, view.detail.quote.redeem_limits, view.balance.spendable, w)
        w.open_dialog(dialog, lambda: w.run(lambda: w.session.redeem(dialog.points)))

    def void_line(self) -> None:
        w = self.w
        line_no = w.table.selected_line_no()
        if self._busy() or line_no is None:
            return
        self._with_manager(w.shop.settings.manager_pin_for_void,
                           lambda: w.run(lambda: w.session.void_line(line_no),
                                         self.tr("Line removed")))

    def void_sale(self) -> None:
        w = self.w
        if self._busy() or not w.session.basket.lines:
            return
        self._with_manager(w.shop.settings.manager_pin_for_void,
                           lambda: w.run(w.session.void_sale, self.tr("Sale voided")))

    def park(self) -> None:
        w = self.w
        if self._busy():
            return
        if w.session.basket.lines:
            label = self.tr("{n} lines").format(n=len(w.session.basket.lines))
            w.run(lambda: w.session.park(label), self.tr("Basket parked"))
            return
        parked = w.session.parked()
        if not parked:
            w.say(self.tr("No parked baskets"))
            return
        dialog = ParkedDialog(parked, w.shop.settings.timezone, w)
        w.open_dialog(dialog, lambda: w.run(lambda: w.session.resume(dialog.basket_id),
                                            self.tr("Basket resumed")))

    def return_(self) -> None:
        w = self.w
        if self._busy():
            return

        def open_return() -> None:
            dialog = ReturnDialog(w.shop.returns, w.explainer, w.session.staff_id, w)
            w.open_dialog(dialog, lambda: self._receipt(dialog.sale, ""))
        self._with_manager(w.shop.settings.manager_pin_for_return, open_return)

    def pay(self) -> None:
        w = self.w
        s = w.session
        if self._busy() or not s.basket.lines:
            return
        basket, quote, detail = s.basket, s.quote, s.detail
        dialog = PaymentDialog(w.explainer, detail.quote.pay_money_minor, s.points_payment(),
                               lambda payments: s.pay(basket, quote, payments), w)

        def paid() -> None:
            w.refresh()
            points = ""
            if detail.customer is not None:
                balance = s.balance(detail.customer.member.member_id)
                points = self.tr("Points earned: {earned}. Balance: {balance}").format(
                    earned=detail.quote.points_earned, balance=balance.total)
            self._receipt(dialog.sale, points)
        w.open_dialog(dialog, paid)

    def _receipt(self, sale: Sale | None, points: str) -> None:
        w = self.w
        if sale is None:
            return
        w.say(self.tr("Sale {n} recorded").format(n=sale.sale_no) if sale.kind == "sale"
              else self.tr("Return {n} recorded").format(n=sale.sale_no))
        w.refresh()
        self.printing.after_sale(sale, points)
