"""What the till's helpers (actions, navigation, printing) may ask of the till window."""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QDialog, QWidget


class TillScreen(Protocol):
    """The window as its helpers see it: a status line, dialogs, the basket's selection and
    the scan field.  Everything else they need (the till service, the shop, the explainer)
    comes through their constructors."""

    def widget(self) -> QWidget:
        """The parent of the helpers' dialogs and windows."""

    def say(self, text: str, error: bool = False) -> None: ...

    def status_text(self) -> str: ...

    def refresh(self) -> None: ...

    def run(self, action: Callable[[], object], done: str = "") -> bool:
        """Run one service call; a refusal goes to the status line and changes nothing."""

    def open_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None: ...

    def busy(self) -> bool:
        """A dialog is open: F-keys wait."""

    def selected_line_no(self) -> int | None: ...

    def show_new_line(self) -> None:
        """Select the newest basket line and scroll it into view."""

    def focus_search(self) -> None: ...

    def ask_for_customer(self, prompt: str) -> None:
        """The next code typed in the scan field names a customer, never a product."""
