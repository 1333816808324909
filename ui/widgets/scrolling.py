"""A column that scrolls up and down rather than grow its window past the screen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled_column(body: QWidget, frame: bool = False) -> QScrollArea:
    """``body`` in a scroll area that is as wide as ``body`` needs (nothing cut at the side)
    but as short as the window leaves it: the back office must fit a 1024 × 768 screen
    whatever a tab holds, and a status line that wraps must not push it taller."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    if not frame:
        scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(body.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())
    return scroll
