"""A word on screen while a shop file made by an older version is brought up to date: a
large shop's take seconds, and a window that does not come looks like a program that did
not start (and invites a second start)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from loyalty.shop import Shop, open_shop


class UpgradeNotice(QFrame):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("upgradeNotice")
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        title = QLabel(self.tr("Updating the shop file for this version of the program…"))
        title.setStyleSheet("font-weight: bold;")
        detail = QLabel(self.tr("{name}: a large shop takes up to a minute, once. "
                                "Please wait.").format(name=path.name))
        detail.setWordWrap(True)
        for label in (title, detail):
            layout.addWidget(label)
        self.setMinimumWidth(520)

    def show_now(self) -> None:
        """Shown and painted before the migrations hold the event loop."""
        self.adjustSize()
        screen = QApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())
        self.show()
        self.raise_()
        for _ in range(3):  # the window manager maps it, then it paints
            QApplication.processEvents()


def open_with_notice(path: str | Path, parent: QWidget | None = None,
                     prepare: Callable[[], None] | None = None, **kwargs) -> Shop:
    """``open_shop`` that shows an ``UpgradeNotice`` while an older file is updated;
    ``prepare`` (fonts, words) runs first when nothing has set the application up yet."""
    notice: list[UpgradeNotice] = []

    def upgrading() -> None:
        if prepare is not None:
            prepare()
        notice.append(UpgradeNotice(Path(path), parent))
        notice[0].show_now()

    try:
        return open_shop(path, before_upgrade=upgrading, **kwargs)
    finally:
        for shown in notice:
            shown.close()
            shown.deleteLater()
