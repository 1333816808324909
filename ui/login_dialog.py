"""PIN login for the cashier (and a manager's PIN where an action needs one)."""
from __future__ import annotations

from math import ceil

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlite_utils import Database

from pos.clock import Clock
from pos.staff.pins import MAX_PIN_DIGITS, StaffError, login
from pos.staff.model import Staff
from ui.widgets.explain import Explainer


class LoginDialog(QDialog):
    """Enter checks the PIN; after a wrong one the field stays shut for the throttle's pause.

    The count of wrong PINs lives in the database, so neither closing the dialog nor
    restarting the app resets the back-off.
    """

    def __init__(self, db: Database, clock: Clock, explainer: Explainer,
                 *, title: str = "", require_owner: bool = False, cancellable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._clock, self._explainer = db, clock, explainer
        self._require_owner, self._cancellable = require_owner, cancellable
        self.staff: Staff | None = None
        self.setWindowTitle(title or self.tr("Log in"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        prompt = QLabel(title or self.tr("Enter your PIN and press Enter"))
        prompt.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_PIN_DIGITS)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        for widget in (prompt, self.pin, self.message):
            layout.addWidget(widget)
        self.pin.returnPressed.connect(self._try)
        self._reopen = QTimer(self)
        self._reopen.setSingleShot(True)
        self._reopen.timeout.connect(self._open_field)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and not self._cancellable:
            return
        super().keyPressEvent(event)

    def _try(self) -> None:
        pin, now = self.pin.text(), self._clock()
        self.pin.clear()
        try:
            staff = login(self._db, pin, now)
        except StaffError as error:
            self._shut(float(error.detail or 0), error.reason)
            return
        if self._require_owner and not staff.is_owner:
            self.message.setText(self._explainer.error(StaffError("not_allowed")))
            return
        self.staff = staff
        self.accept()

    def _shut(self, wait_seconds: float, reason: str) -> None:
        text = self._explainer.error(StaffError(reason))
        if wait_seconds > 0:
            text += "\n" + self.tr("Try again in {n} s").format(n=ceil(wait_seconds))
            self.pin.setEnabled(False)
            self._reopen.start(int(wait_seconds * 1000))
        self.message.setText(text)

    def _open_field(self) -> None:
        self.pin.setEnabled(True)
        self.pin.setFocus()
