"""Entering a free-amount line: what it is and how much."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from pos.money import MoneyFormatError, parse_money
from ui.widgets.explain import Explainer


class AmountDialog(QDialog):
    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explainer = explainer
        self.amount_minor = 0
        self.setWindowTitle(self.tr("Free amount"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.amount, self.label = QLineEdit(), QLineEdit()
        self.amount.setObjectName("amount")
        self.label.setPlaceholderText(self.tr("optional"))
        form.addRow(self.tr("Amount:"), self.amount)
        form.addRow(self.tr("Description:"), self.label)
        self.message = QLabel()
        self.message.setObjectName("status")
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(buttons)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        self.amount.setFocus()

    def _check(self) -> None:
        try:
            self.amount_minor = parse_money(self.amount.text(), self._explainer.currency)
        except MoneyFormatError as error:
            self.message.setText(self._explainer.error(error))
            return
        self.accept()
