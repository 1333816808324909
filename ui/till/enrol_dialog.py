"""Quick enrolment at the till: phone, name, consent, and a scanned card or a new one."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from loyalty.members.card_numbers import CardNumberError
from loyalty.members.cards import CardError
from loyalty.members.enrolment import Enrolment
from loyalty.members.members import MemberError
from ui.widgets.explain import Explainer

Enrol = Callable[[str, str, bool, bool, str], Enrolment]


class EnrolDialog(QDialog):
    """Enter in a field moves to the next one (a scanner ends the card number with Enter);
    F12 or the Enrol button saves."""

    def __init__(self, explainer: Explainer, enrol: Enrol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explainer, self._enrol = explainer, enrol
        self.result_: Enrolment | None = None
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.phone, self.name, self.card = QLineEdit(), QLineEdit(), QLineEdit()
        self.phone.setObjectName("phone")
        self.name.setObjectName("name")
        self.card.setObjectName("card")
        self.card.setPlaceholderText(self.tr("scan a card, or leave empty to issue one"))
        self.consent = QCheckBox(self.tr("Agrees to the processing of personal data"))
        self.marketing = QCheckBox(self.tr("Agrees to receive offers"))
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Card:"), self.card)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(self.marketing)
        self.anonymous = QLabel(self.tr("Without this consent the customer gets an anonymous "
                                        "card: the name and phone are not kept."))
        self.anonymous.setObjectName("hint")
        self.anonymous.setWordWrap(True)
        layout.addWidget(self.anonymous)
        self.consent.toggled.connect(lambda on: self.anonymous.setVisible(not on))
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Esc Cancel"))
        save = QPushButton(self.tr("F12 Enrol"))
        save.setObjectName("primary")
        for button in (cancel, save):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        save.clicked.connect(self.save)
        QShortcut(QKeySequence("F12"), self, self.save)
        self.phone.returnPressed.connect(self.name.setFocus)
        self.name.returnPressed.connect(self.card.setFocus)
        self.card.returnPressed.connect(self.consent.setFocus)
        self.phone.setFocus()

    def save(self) -> None:
        try:
            self.result_ = self._enrol(self.name.text(), self.phone.text(),
                                       self.consent.isChecked(), self.marketing.isChecked(),
                                       self.card.text())
        except (MemberError, CardError, CardNumberError) as error:
            self.message.setText(self._explainer.error(error))
            return
        self.accept()
