"""Qt adapter for the keyboard-wedge scanner: watches keys in one window, emits scanned codes."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from pos import scanner


class ScannerFilter(QObject):
    """Installed on the application; only keys meant for ``window`` count (none while
    another dialog is above it).

    Keys pass through to whatever has focus, because a person may be typing;
    when Enter closes a fast burst, the burst's characters are taken back out
    of the focused line edit, the Enter is swallowed and ``scanned`` fires.
    """

    scanned = Signal(str)

    def __init__(self, window: QWidget, now_ms: Callable[[], int] | None = None,
                 min_chars: int = scanner.MIN_SCAN_CHARS) -> None:
        super().__init__(window)
        self._window, self._min_chars = window, min_chars
        timer = QElapsedTimer()
        timer.start()
        self._now_ms = now_ms or timer.elapsed
        self._timer = timer
        self._burst = scanner.Burst()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or not self._watching(obj):
            return False
        assert isinstance(event, QKeyEvent)
        now = self._now_ms()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = scanner.enter(self._burst, now, min_chars=self._min_chars)
            burst, self._burst = self._burst, scanner.Burst()
            if code is None:
                return False
            self._take_back(obj, burst.chars)
            self.scanned.emit(code)
            return True
        text = event.text()
        if text and text.isprintable():
            self._burst = scanner.key(self._burst, text, now)
        return False

    def _watching(self, obj: QObject) -> bool:
        # the same key is offered to the QWindow and to each parent that ignores
        # it; only the copy addressed to the focus widget is counted
        modal = QApplication.activeModalWidget()
        if not isinstance(obj, QWidget) or modal not in (None, self._window):
            return False  # a dialog above the window: its own filter, if any, hears it
        focus = QApplication.focusWidget()
        return obj.window() is self._window and (obj is focus or (focus is None
                                                                  and obj is self._window))

    @staticmethod
    def _take_back(obj: QObject, chars: str) -> None:
        if isinstance(obj, QLineEdit) and chars and obj.text().endswith(chars):
            obj.setText(obj.text()[: -len(chars)])
