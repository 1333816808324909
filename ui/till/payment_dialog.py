"""Taking payment: cash with change, the card terminal, or both; points already chosen."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from loyalty.engine.redemption import RedemptionError
from pos.basket import BasketError
from pos.checkout import CheckoutError, split_payments
from pos.money import MoneyFormatError, largest_note_minor, parse_money
from pos.sale import Payment, Sale, Tender
from ui.widgets.explain import Explainer
from ui.widgets.scanner_filter import ScannerFilter

# no amount of money is typed with 8 characters or more, every card and product code is
SCAN_IN_AMOUNT_MIN_CHARS = 8

Commit = Callable[[tuple[Payment, ...]], Sale]


class PaymentDialog(QDialog):
    """``commit`` records the sale; pressing Pay again calls it again, and the checkout
    returns the sale already made, so a double press never makes two sales."""

    def __init__(self, explainer: Explainer, due_minor: int, points: Payment | None,
                 commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explainer, self._due, self._points, self._commit = explainer, due_minor, points, commit
        self.sale: Sale | None = None
        self.setWindowTitle(self.tr("Payment"))
        self.setMinimumWidth(560)
        money = explainer.money
        layout = QVBoxLayout(self)
        due = QLabel(self.tr("To pay: {amount}").format(amount=money(due_minor)))
        due.setObjectName("toPay")
        layout.addWidget(due)
        if points:
            layout.addWidget(QLabel(self.tr("Paid with {n} points: {amount}").format(
                n=points.points, amount=money(points.amount_minor))))
        form = QFormLayout()
        self.card = QLineEdit()
        self.card.setObjectName("cardAmount")
        self.cash = QLineEdit()
        self.cash.setObjectName("cashReceived")
        self.cash.setPlaceholderText(self.tr("exact"))
        form.addRow(self.tr("Card terminal:"), self.card)
        form.addRow(self.tr("Cash received:"), self.cash)
        layout.addLayout(form)
        self.change = QLabel()
        self.change.setObjectName("change")
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.change)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.all_card = QPushButton(self.tr("F6 All by card"))
        self.pay_button = QPushButton(self.tr("Enter  Pay"))
        self.pay_button.setObjectName("primary")
        cancel = QPushButton(self.tr("Esc Cancel"))
        for button in (self.all_card, cancel, self.pay_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.all_card.clicked.connect(self._all_by_card)
        self.pay_button.clicked.connect(self.pay)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("F6"), self, self._all_by_card)
        QShortcut(QKeySequence("F12"), self, self.pay)
        self.card.returnPressed.connect(self.cash.setFocus)
        self.cash.returnPressed.connect(self.pay)
        self.card.textChanged.connect(self._update_change)
        self.cash.textChanged.connect(self._update_change)
        self._update_change()
        self.cash.setFocus()
        # a card or a product scanned while paying would type its digits in as the cash
        # received, and its Enter would pay: a long fast burst is a scan, taken back out
        self._scanner = ScannerFilter(self, min_chars=SCAN_IN_AMOUNT_MIN_CHARS)
        self._scanner.scanned.connect(self._scanned)
        QApplication.instance().installEventFilter(self._scanner)
        self.finished.connect(
            lambda _result: QApplication.instance().removeEventFilter(self._scanner))

    def _scanned(self, code: str) -> None:
        self.message.setText(self.tr(
            "{code} was scanned: it is not an amount. Press Esc and scan it into the sale."
        ).format(code=code))
        self.adjustSize()  # the dialog grows to the sentence rather than cut it

    def _payments(self) -> tuple[Payment, ...]:
        currency = self._explainer.currency
        card = parse_money(self.card.text(), currency) if self.card.text().strip() else 0
        cash = parse_money(self.cash.text(), currency) if self.cash.text().strip() else None
        return split_payments(self._due, card, cash, self._points, largest_note_minor(currency))

    def _update_change(self) -> None:
        self.message.clear()  # a refusal speaks of amounts that are no longer there
        try:
            cash = [p for p in self._payments() if p.tender == Tender.CASH]
        except (MoneyFormatError, CheckoutError) as error:
            # the large change line holds an amount; a sentence wraps in the message line
            self.change.setText(self.tr("Change: —"))
            self.message.setText(self._explainer.error(error))
            return
        if cash and cash[0].tendered_minor < cash[0].amount_minor:
            self.change.setText(self.tr("Not enough cash"))
        else:
            change = cash[0].change_minor if cash else 0
            self.change.setText(self.tr("Change: {amount}").format(
                amount=self._explainer.money(change)))

    def _all_by_card(self) -> None:
        self.card.setText(self._explainer.amount(self._due))
        self.cash.setFocus()

    def pay(self) -> None:
        try:
            self.sale = self._commit(self._payments())
        except (MoneyFormatError, CheckoutError, BasketError, RedemptionError) as error:
            self.message.setText(self._explainer.error(error))
            self.adjustSize()
            return
        self.accept()
