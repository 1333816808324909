"""A preview of the receipt of a sale or return just made: lines, discounts, payments, points."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from pos.sale import Sale
from ui.widgets.explain import Explainer

_WIDTH = 44


class ReceiptDialog(QDialog):
    """Shows the change in large type; Enter or Esc closes and the till is ready again.

    Print (Ctrl+P) and Save PDF only ask: the till does the printing and reports
    back through ``show_status``.
    """

    print_requested = Signal(int)
    save_pdf_requested = Signal(int)

    def __init__(self, explainer: Explainer, sale: Sale, points_line: str, tz: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._explainer, self._tz = explainer, tz
        title = (self.tr("Sale {n}") if sale.kind == "sale" else self.tr("Return {n}")).format(
            n=sale.sale_no)
        self.setWindowTitle(title)
        self.resize(620, 600)
        layout = QVBoxLayout(self)
        change = sum(p.change_minor for p in sale.payments)
        self.change = QLabel(self.tr("Change: {amount}").format(amount=explainer.money(change)))
        self.change.setObjectName("toPay")
        layout.addWidget(self.change)
        self.text = QPlainTextEdit(self._body(sale, title, points_line))
        self.text.setObjectName("receipt")
        self.text.setReadOnly(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.text, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()  # shown once printing has something to say
        layout.addWidget(self.status)
        layout.addLayout(self._buttons(sale.sale_no))

    def _buttons(self, sale_no: int) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Ctrl+P  Print"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(sale_no))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf_requested.emit(sale_no))
        close = QPushButton(self.tr("Enter  Next customer"))
        close.setObjectName("primary")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)  # Enter stays "next customer"
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        row.addWidget(close, 1)
        return row

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _pair(self, left: str, right: str) -> str:
        return left[: _WIDTH - len(right) - 1].ljust(_WIDTH - len(right)) + right

    def _body(self, sale: Sale, title: str, points_line: str) -> str:
        money = self._explainer.money
        rows = [title, f"{sale.at.astimezone(ZoneInfo(self._tz)):%Y-%m-%d %H:%M}", ""]
        for line in sale.lines:
            rows.append(line.name)
            rows.append(self._pair(f"  {line.qty} × {money(line.unit_price_minor)}",
                                   money(line.gross_minor)))
            if line.discount_minor:
                rows.append(self._pair("  " + self.tr("discount"), money(-line.discount_minor)))
        rows += ["", self._pair(self.tr("Total"), money(sale.net_minor))]
        seen: set[tuple[str, tuple]] = set()
        for d in sale.discounts:
            key = (d.explanation.key, d.explanation.params)
            if key not in seen:
                seen.add(key)
                rows.append("  " + self._explainer.reason(*key))
        names = {"cash": self.tr("Cash"), "card": self.tr("Card"), "points": self.tr("Points"),
                 "coupon": self.tr("Coupon"), "withheld": self.tr("Withheld")}
        for p in sale.payments:
            rows.append(self._pair(names.get(p.tender, p.tender), money(p.amount_minor)))
            if p.tendered_minor:
                rows.append(self._pair("  " + self.tr("received"), money(p.tendered_minor)))
        if points_line:
            rows += ["", points_line]
        return "\n".join(rows)
