"""The till speaks the shop's language: Russian from the compiled translation."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from tests.ui.conftest import Seeded
from tests.ui.test_till_sale import open_till, scan
from ui.app import install_translator


def test_russian_till(qtbot, seeded: Seeded) -> None:
    app = QApplication.instance()
    translators = install_translator(app, "ru")
    assert translators
    try:
        w = open_till(qtbot, seeded)
        scan(qtbot, w, seeded.blocked_card.number)
        assert "заблокирована" in w.status.text()
        scan(qtbot, w, "4607001234561")
        assert w.totals.to_pay.text().startswith("К оплате")
        assert "F12\nОплата" in [b.text() for b in w.findChildren(QPushButton)]
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_qt_own_dialog_words_are_russian_too(qtbot) -> None:
    """Yes / No / Cancel and the file dialogs come from Qt's own catalogue (qtbase_ru)."""
    app = QApplication.instance()
    translators = install_translator(app, "ru")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes
                               | QDialogButtonBox.StandardButton.No
                               | QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert {b.text().replace("&", "") for b in box.buttons()} == {"Да", "Нет", "Отмена"}
    finally:
        for translator in translators:
            app.removeTranslator(translator)
