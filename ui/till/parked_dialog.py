"""Choosing a parked basket to resume: when, whose, and how much."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from loyalty.till import ParkedView
from pos.wording import moment_text
from ui.widgets.explain import Explainer


class ParkedDialog(QDialog):
    """``basket_id`` is the chosen basket once accepted."""

    def __init__(self, parked: tuple[ParkedView, ...], explainer: Explainer, tz: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.basket_id: str | None = None
        self.setWindowTitle(self.tr("Parked baskets"))
        self.resize(560, 420)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for p in parked:
            who = p.customer or self.tr("no customer")
            item = QListWidgetItem(f"{moment_text(p.at, tz, explainer.language)}  {who}  ·  {p.label}"
                                   f"  ·  {explainer.money(p.total_minor)}")
            item.setData(Qt.ItemDataRole.UserRole, p.basket_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._choose())
        self.list.setFocus()

    def _choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.basket_id = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
