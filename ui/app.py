"""Starting the GUI: the QApplication, the shop's language, large type, and the till window."""
from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from loyalty.daily import run_daily
from loyalty.shop import Shop
from pos.resources import resources_dir
from ui.till.window import TillWindow

RESOURCES = resources_dir()
BASE_POINT_SIZE = 14

# Large, high-contrast type a cashier reads at arm's length; sizes in points so
# they follow the screen's DPI.
STYLE = """
QWidget { font-size: 14pt; }
QDialog { background: #fbfbf8; border: 3px solid #1f6fb2; }
QLabel#shopName { font-size: 18pt; font-weight: bold; }
QLineEdit { padding: 6px; min-height: 34px; }
QLineEdit#scan { font-size: 20pt; border: 3px solid #1f6fb2; border-radius: 6px; }
QLineEdit#scan:focus { background: #f3f9ff; }
QTableWidget { font-size: 15pt; }
QHeaderView::section { font-size: 12pt; padding: 4px; background: #e8e8e8; border: none; }
QLabel#toPay { font-size: 26pt; font-weight: bold; color: #0b3d91; }
QLabel#change { font-size: 22pt; font-weight: bold; }
QLabel[kind="discount"] { color: #a33; }
QLabel[kind="points"] { color: #1c6b2a; }
QLabel#status { font-size: 15pt; min-height: 30px; }
QLabel#status[kind="error"] { color: white; background: #b3261e; padding: 4px 8px; }
QLabel#status[kind="info"] { color: #1c3d5a; }
QFrame#customerPanel { background: #f5f5f0; border: 1px solid #ccc; border-radius: 6px; }
QLabel#customerName { font-size: 18pt; font-weight: bold; }
QLabel#customerPoints { font-size: 18pt; color: #1c6b2a; font-weight: bold; }
QLabel#customerFlags { color: #b3261e; font-weight: bold; }
QPushButton { font-size: 12pt; min-height: 52px; padding: 2px 6px; }
QPushButton#pay, QPushButton#primary { background: #1c6b2a; color: white; font-weight: bold; }
QPlainTextEdit#receipt { font-family: "DejaVu Sans Mono", monospace; font-size: 12pt; }
"""


def load_fonts() -> None:
    """The bundled DejaVu covers Cyrillic on machines whose system fonts do not."""
    for font in sorted((RESOURCES / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own words (qtbase: file dialogs, Yes / No / Cancel) and every
    ``resources/translations/*_<language>.qm`` (one file per group of screens); English
    needs few but loads fine.  Returns the translators installed."""
    installed = []
    qt_own = QTranslator(app)  # Qt's own words: the file dialogs (Qt's, never native) speak them
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    for path in sorted((RESOURCES / "translations").glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed


def prepare_app(app: QApplication, language: str) -> None:
    """Fonts, style and the words of ``language`` (those of a shop opened before are
    removed: a switch to a shop in the other language speaks it)."""
    load_fonts()
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    install_translator(app, language)
    font = QFont("DejaVu Sans")
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE)


class TillSession:
    """The till window of the shop open now; Switch shop… replaces both, the new window
    shown before the old one closes, so the app never runs out of windows."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.window: TillWindow | None = None

    def open(self, shop: Shop) -> TillWindow:
        """The day's scheduled work (expiry, tier recalculation), then the till and its login."""
        run_daily(shop)
        prepare_app(self.app, shop.settings.language)
        window = TillWindow(shop, on_switch=self.switch)
        window.resize(1024, 768)
        window.show()
        window.actions_.login(cancellable=False)
        self.window = window
        return window

    def switch(self, shop: Shop) -> None:
        old = self.window
        self.open(shop)
        if old is not None:
            old.leave_shop()


def run_gui(shop: Shop) -> int:
    """Open the till for ``shop`` and run until its window is closed; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    session = TillSession(app)
    session.open(shop)
    return app.exec()
