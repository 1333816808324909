"""The totals block under the basket: subtotal, each discount with its reason, points, to pay."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from loyalty.checkout_hooks import LoyaltyDetail
from pos.checkout import SaleQuote
from ui.widgets.explain import Explainer


class TotalsPanel(QFrame):
    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explainer = explainer
        self.setObjectName("totalsPanel")
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(0, 1)
        self._rows: list[QLabel] = []
        self.to_pay = QLabel()
        self.to_pay.setObjectName("toPay")
        self.to_pay.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def lines(self) -> list[str]:
        """The rows as the cashier reads them, for tests and screen readers."""
        texts = [label.text() for label in self._rows]
        return [f"{a} {b}" for a, b in zip(texts[::2], texts[1::2])]

    def show_quote(self, quote: SaleQuote, detail: LoyaltyDetail) -> None:
        for label in self._rows:
            self._grid.removeWidget(label)
            label.hide()  # gone from the screen now, not only once the deletion comes round
            label.deleteLater()
        self._rows = []
        money, lq = self._explainer.money, detail.quote
        self._row(self.tr("Subtotal"), money(quote.gross_minor))
        for d in lq.discount_summary():
            self._row(self._explainer.reason(d.explanation.key, d.explanation.params),
                      money(-d.amount_minor), "discount")
        if lq.discount_cap is not None:
            self._row(self._explainer.reason(lq.discount_cap.key, lq.discount_cap.params), "",
                      "discount")
        if lq.redeem_points:
            self._row(self.tr("Paid with {n} points").format(n=lq.redeem_points),
                      money(-lq.redeem_value_minor), "discount")
        for award in lq.awards:
            if award.member_id == lq.member_id:
                self._row(self._explainer.reason(award.explanation.key, award.explanation.params),
                          self.tr("+{n} points").format(n=award.points), "points")
        self.to_pay.setText(self.tr("To pay: {amount}").format(amount=money(lq.pay_money_minor)))
        self._grid.addWidget(self.to_pay, len(self._rows) // 2, 0, 1, 2)

    def _row(self, left: str, right: str, kind: str = "") -> None:
        row = len(self._rows) // 2
        a, b = QLabel(left), QLabel(right)
        b.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (a, b):
            label.setProperty("kind", kind)
            self._grid.addWidget(label, row, label is b and 1 or 0)
        self._rows += [a, b]
