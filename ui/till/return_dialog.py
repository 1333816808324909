"""A return by sale number: choose what comes back, see the money and points reversal, confirm."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from loyalty.checkout_hooks import ReturnDetail
from loyalty.till import Till
from pos.checkout import CheckoutError
from pos.errors import UserError
from pos.returns import ReturnQuote
from pos.sale import Sale, Tender
from ui.widgets.explain import Explainer


class ReturnDialog(QDialog):
    def __init__(self, till: Till, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._till, self._explainer = till, explainer
        self._sale_no: int | None = None
        self._spins: dict[int, QSpinBox] = {}
        self.quote: ReturnQuote | None = None
        self.sale: Sale | None = None
        self.setWindowTitle(self.tr("Return"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setObjectName("saleNo")
        self.tender = QComboBox()
        self.tender.addItem(self.tr("Cash"), Tender.CASH)
        self.tender.addItem(self.tr("Card"), Tender.CARD)
        form.addRow(self.tr("Sale number:"), self.number)
        form.addRow(self.tr("Refund to:"), self.tender)
        layout.addLayout(form)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Sold"), self.tr("Can return"), self.tr("Return")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("returnSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Esc Cancel"))
        self.confirm = QPushButton(self.tr("F12 Refund"))
        self.confirm.setObjectName("primary")
        self.confirm.setEnabled(False)
        for button in (cancel, self.confirm):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.confirm.clicked.connect(self.commit)
        QShortcut(QKeySequence("F12"), self, self.commit)
        self.number.returnPressed.connect(self.load)
        self.number.setFocus()

    def load(self) -> None:
        text = self.number.text().strip()
        try:
            original, left = self._till.returnable(self._till.find_sale(text))
        except CheckoutError as error:
            self.message.setText(self._explainer.error(error))
            return
        self._sale_no = original.sale_no
        # the money goes back the way it came: to the card the sale was paid with
        paid_by_card = any(p.tender == Tender.CARD for p in original.payments) and not any(
            p.tender == Tender.CASH for p in original.payments)
        self.tender.setCurrentIndex(self.tender.findData(
            Tender.CARD if paid_by_card else Tender.CASH))
        self.table.setRowCount(len(original.lines))
        self._spins = {}
        for row, line in enumerate(original.lines):
            for col, value in enumerate((line.name, str(line.qty), str(left[line.line_no]))):
                self.table.setItem(row, col, QTableWidgetItem(value))
            spin = QSpinBox()
            spin.setRange(0, left[line.line_no])
            spin.setValue(left[line.line_no])
            spin.valueChanged.connect(self._requote)
            self.table.setCellWidget(row, 3, spin)
            self._spins[line.line_no] = spin
        self.message.clear()
        self._requote()

    def _requote(self) -> None:
        qty = {n: s.value() for n, s in self._spins.items() if s.value()}
        self.quote = None
        self.confirm.setEnabled(False)
        try:
            if not qty or self._sale_no is None:
                raise CheckoutError("nothing_to_return", self._sale_no)
            self.quote = self._till.quote_return(self._sale_no, qty)
        except CheckoutError as error:
            self.summary.setText(self._explainer.error(error))
            return
        self.summary.setText(self._summary(self.quote))
        self.confirm.setEnabled(True)

    def _summary(self, rq: ReturnQuote) -> str:
        """The returned net and how it comes back: money, and whole points at their value."""
        money = self._explainer.money
        rows = [self.tr("Goods returned: {amount}").format(amount=money(-rq.net_minor)),
                self.tr("Refund in money: {amount}").format(amount=money(rq.refund_money_minor))]
        if rq.points_back:
            rows.append(self.tr("Refund in points: {n} points = {amount}").format(
                n=rq.points_back, amount=money(rq.points_back_minor)))
        detail = next((d for d in rq.details if isinstance(d, ReturnDetail)), None)
        if detail is not None:
            rows.append(self.tr("Points taken back: {n}").format(n=detail.taken))
            balance = self._till.balance(detail.member_id)
            after = balance.spendable + balance.pending - detail.taken + detail.give_back
            if after < 0 and not rq.withheld_minor:  # said before the refund, not after it
                rows.append(self.tr("Some of these points are already spent: the customer's "
                                    "balance goes to {n}").format(n=after))
        if rq.withheld_minor:
            rows.append(self.tr("Kept from the refund for points already spent: {amount}").format(
                amount=money(rq.withheld_minor)))
        return "\n".join(rows)

    def commit(self) -> None:
        if self.quote is None:
            return
        try:
            self.sale = self._till.make_return(self.quote, self.tender.currentData())
        except UserError as error:  # a refusal, or the network's server refusing the return
            self.message.setText(self._explainer.error(error))
            return
        self.accept()
