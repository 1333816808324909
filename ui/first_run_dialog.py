"""First start: create the shop (name, owner, PIN, language) or open the demo shop."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from loyalty.shop import Shop
from loyalty.shop_setup import create_shop
from pos.staff.pins import StaffError


class FirstRunDialog(QDialog):
    """``wants_demo`` is set when the person chose to look at the demo shop first."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.wants_demo = False
        self.setWindowTitle(self.tr("Welcome"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Set up your shop"))
        title.setObjectName("shopName")
        layout.addWidget(title)
        intro = QLabel(self.tr("This till has no shop yet. Name it and choose the owner's PIN, "
                               "or look around the demo bakery first."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.shop_name = QLineEdit()
        self.owner = QLineEdit()
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.russian = QRadioButton("Русский")
        self.english = QRadioButton("English")
        group = QButtonGroup(self)
        for button in (self.russian, self.english):
            group.addButton(button)
        (self.russian if shop.settings.language == "ru" else self.english).setChecked(True)
        languages = QHBoxLayout()
        languages.addWidget(self.russian)
        languages.addWidget(self.english)
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Owner's name"), self.owner)
        form.addRow(self.tr("Owner's PIN (4–12 digits)"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow(self.tr("Language"), languages)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton(self.tr("Open the demo shop"))
        self.create_button = QPushButton(self.tr("Create my shop"))
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.demo_button.clicked.connect(self._demo)
        self.create_button.clicked.connect(self._create)
        self.shop_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _error(self, text: str) -> None:
        self.message.setProperty("kind", "error")
        self.message.setText(text)
        self.message.style().polish(self.message)

    def _create(self) -> None:
        if not self.owner.text().strip():
            return self._error(self.tr("Enter the owner's name."))
        if self.pin.text() != self.pin_again.text():
            return self._error(self.tr("The two PINs differ."))
        language = "ru" if self.russian.isChecked() else "en"
        try:
            create_shop(self.shop, self.shop_name.text(), self.owner.text(), self.pin.text(),
                        language)
        except StaffError as error:
            if error.reason == "bad_pin_format":
                return self._error(self.tr("A PIN is 4 to 12 digits."))
            return self._error(self.tr("This PIN cannot be used."))
        self.accept()

    def _demo(self) -> None:
        self.wants_demo = True
        self.accept()
