"""The back office fits a 1024 × 768 screen in either language with the app's own fonts and
style (as ``prepare_app`` sets them for a real start): no tab, its lists and filters filled,
makes the window wider or taller."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import Seeded
from ui.app import prepare_app
from ui.office.window import OfficeWindow


LONG_STATUS = ("Someone already uses this PIN; choose another one. " * 3).strip()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_every_office_tab_fits_1024x768_with_the_apps_fonts(qtbot, seeded: Seeded, app_words,
                                                            language: str) -> None:
    prepare_app(app_words, language)
    window = OfficeWindow(seeded.shop, seeded.owner)
    qtbot.addWidget(window)
    window.show()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        hint = window.minimumSizeHint()
        assert (window.width(), hint.width()) <= (1024, 1024) and hint.height() <= 768, \
            (window.tabs.tabText(i), window.width(), hint.width(), hint.height())
        # a refusal or a result said in two lines must not push the window taller (the
        # coupons form did: 792 px, the message and the Save button cut at the bottom)
        for label in window.tabs.widget(i).findChildren(QLabel, "status"):
            label.setText(LONG_STATUS)
        qtbot.wait(20)
        assert window.minimumSizeHint().height() <= 768 - 60, \
            (window.tabs.tabText(i), window.minimumSizeHint().height())
