"""Choosing the shop: create one (name, owner, PIN, language), open the demo or a shop file.

Shown at first start, when the shop opened last has gone, and by Switch shop….
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QButtonGroup, QDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

from loyalty.backups import ShopFileError, check_shop_file
from loyalty.shop import Shop
from loyalty.shop_setup import create_shop, demo_path, needs_setup
from pos.settings.model import default_settings_for
from pos.staff.pins import StaffError
from pos.storage.last_shop import remember_shop
from ui.demo_progress import build_demo_with_progress
from ui.widgets.explain import Explainer
from ui.widgets.file_dialogs import choose_open
from ui.widgets.upgrade_notice import open_with_notice


class FirstRunDialog(QDialog):
    """Accepted with one outcome: ``shop`` (the new shop, created in the file ``new_shop``
    opens, only once Create is pressed), ``wants_demo`` or ``chosen_file`` (checked to be a
    shop).  ``missing``: the shop opened last, no longer there; ``current``: the shop open now
    (switching), which is never offered as a file to open."""

    def __init__(self, new_shop: Callable[[], Shop], language: str, *,
                 missing: Path | None = None, current: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new_shop, self._current = new_shop, current
        self.shop: Shop | None = None
        self.wants_demo = False
        self.chosen_file: Path | None = None
        self._explainer = Explainer(default_settings_for(language).currency, language, self)
        self._missing = missing
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        self._title = QLabel()
        self._title.setObjectName("shopName")
        layout.addWidget(self._title)
        self._gone = QLabel()
        self._gone.setObjectName("status")
        self._gone.setProperty("kind", "error")
        self._gone.setWordWrap(True)
        self._gone.setVisible(missing is not None)
        layout.addWidget(self._gone)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
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
        (self.russian if language == "ru" else self.english).setChecked(True)
        languages = QHBoxLayout()
        languages.addWidget(self.russian)
        languages.addWidget(self.english)
        self._labels = [QLabel() for _ in range(5)]
        for label, field in zip(self._labels, (self.shop_name, self.owner, self.pin,
                                               self.pin_again)):
            form.addRow(label, field)
        form.addRow(self._labels[4], languages)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton()
        self.file_button = QPushButton()
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.demo_button.clicked.connect(self._demo)
        self.file_button.clicked.connect(self._open_file)
        self.create_button.clicked.connect(self._create)
        self._retranslate()
        if current is None:  # at first start nothing else is open: the dialog speaks the choice
            self.russian.toggled.connect(lambda _checked: self._speak(self.language()))
        self.shop_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _retranslate(self) -> None:
        switching, missing = self._current is not None, self._missing
        self.setWindowTitle(self.tr("Switch shop") if switching else self.tr("Welcome"))
        self._title.setText(self.tr("Open another shop") if switching
                            else self.tr("Set up your shop"))
        if missing is not None:
            self._gone.setText(self.tr("The shop file opened last, {file}, is no longer there: "
                                       "choose a shop.").format(file=str(missing)))
        self._intro.setText(
            self.tr("Name a new shop and choose the owner's PIN, open a shop file, or look "
                    "around the demo bakery first.") if switching or missing is not None
            else self.tr("This till has no shop yet. Name it and choose the owner's PIN, or "
                         "look around the demo bakery first."))
        for label, text in zip(self._labels, (
                self.tr("Shop name"), self.tr("Owner's name"),
                self.tr("Owner's PIN (4–12 digits)"), self.tr("PIN again"), self.tr("Language"))):
            label.setText(text)
        self.demo_button.setText(self.tr("Open the demo shop"))
        self.file_button.setText(self.tr("Open a shop file…"))
        self.create_button.setText(self.tr("Create my shop"))

    def _speak(self, language: str) -> None:
        """The words (and Qt's own dialogs') of the language picked for the new shop."""
        from ui.app import prepare_app  # here: ui.app opens the till, which opens this dialog
        prepare_app(QApplication.instance(), language)
        self._explainer = Explainer(default_settings_for(language).currency, language, self)
        self.message.clear()
        self._retranslate()

    def _error(self, text: str) -> None:
        self.message.setProperty("kind", "error")
        self.message.setText(text)
        self.message.style().polish(self.message)

    def _create(self) -> None:
        if not self.owner.text().strip():
            return self._error(self.tr("Enter the owner's name."))
        if self.pin.text() != self.pin_again.text():
            return self._error(self.tr("The two PINs differ."))
        if self.shop is None:  # the new shop's file is made only now that it is wanted
            self.shop = self._new_shop()
        try:
            create_shop(self.shop, self.shop_name.text(), self.owner.text(), self.pin.text(),
                        self.language())
        except StaffError as error:
            if error.reason == "bad_pin_format":
                return self._error(self.tr("A PIN is 4 to 12 digits."))
            return self._error(self.tr("This PIN cannot be used."))
        self.accept()

    def language(self) -> str:
        return "ru" if self.russian.isChecked() else "en"

    def _demo(self) -> None:
        self._drop_new_shop()
        self.wants_demo = True
        self.accept()

    def _open_file(self) -> None:
        chosen = choose_open(self, self.tr("Open a shop file"),
                             self.tr("Shop files (*.db);;All files (*)"))
        if chosen is None:
            return
        try:
            self.chosen_file = check_shop_file(chosen, self._current)
        except ShopFileError as error:
            return self._error(self._explainer.error(error))
        self._drop_new_shop()
        self.accept()

    def _drop_new_shop(self) -> None:
        """A new shop opened for a Create that failed is not the one chosen: close it."""
        if self.shop is not None and needs_setup(self.shop):
            self.shop.close()
            self.shop = None

    def reject(self) -> None:
        self._drop_new_shop()
        super().reject()


def chosen_shop(dialog: FirstRunDialog, data_dir: Path, parent: QWidget | None) -> Shop | None:
    """The shop the accepted ``dialog`` chose, opened and remembered for the next start;
    None when the demo could not be built."""
    if dialog.shop is not None:
        shop = dialog.shop
    elif dialog.chosen_file is not None:
        shop = open_with_notice(dialog.chosen_file, parent)
    else:
        demo = demo_path(data_dir)
        if not demo.exists() and not build_demo_with_progress(demo, dialog.language(), parent):
            return None
        shop = open_with_notice(demo, parent)
    remember_shop(shop.path)
    return shop
