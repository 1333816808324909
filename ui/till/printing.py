"""The till's receipt printing: after Pay, from the receipt preview, and reprinting by sale number."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QWidget

from loyalty.printing.receipts import ReceiptNotFound, build_receipt
from pos.storage import sale_store
from pos.printing.receipt import Receipt
from pos.printing.pdf import write_receipt_pdf
from pos.sale import Sale
from ui.widgets.receipt_output import PrintOutcome, ReceiptOutput
from ui.till.receipt_dialog import ReceiptDialog
from ui.widgets.file_dialogs import choose_save

if TYPE_CHECKING:
    from ui.till.window import TillWindow


class TillPrinting(QObject):
    """Results go to the till's status line (and the open preview), never to a pop-up."""

    def __init__(self, window: TillWindow) -> None:
        super().__init__(window)
        self.w = window
        self.output = ReceiptOutput(lambda: window.shop.settings, parent=self)
        self.last_sale_no: int | None = None
        QShortcut(QKeySequence("Ctrl+P"), window, self.reprint)

    @property
    def prints(self) -> bool:
        return self.w.shop.settings.receipt_printer != "none"

    def after_sale(self, sale: Sale, points: str) -> None:
        """Print at once when the shop asks for it; otherwise show the preview."""
        self.last_sale_no = sale.sale_no
        settings = self.w.shop.settings
        if settings.print_after_pay and self.prints:
            # No preview to show the change in: the status line keeps it in view while printing.
            change = sum(p.change_minor for p in sale.payments)
            prefix = self.w.status.text()
            if change:
                prefix += "  " + self.tr("Change: {amount}.").format(
                    amount=self.w.explainer.money(change))
            self.print_sale(sale.sale_no, prefix=prefix)
        else:
            self.preview(sale, points)

    def preview(self, sale: Sale, points: str) -> None:
        w = self.w
        dialog = ReceiptDialog(w.explainer, sale, points, w.shop.settings.timezone, w)
        dialog.print_requested.connect(lambda n: self.print_sale(n, dialog))
        dialog.save_pdf_requested.connect(lambda n: self.save_pdf(n, dialog))
        w.open_dialog(dialog, lambda: None)

    def _receipt(self, sale_no: int) -> Receipt | None:
        try:
            return build_receipt(self.w.shop, sale_no)
        except ReceiptNotFound:
            self.w.say(self.tr("There is no receipt {n}").format(n=sale_no), True)
            return None

    def print_sale(self, sale_no: int, dialog: ReceiptDialog | None = None,
                   prefix: str = "") -> None:
        if not self.prints:
            text = self.tr("No receipt printer is set up: choose one in the back office settings.")
            self._report(PrintOutcome(False, text, error=True), dialog)
            return
        receipt = self._receipt(sale_no)
        if receipt is None:
            return
        self._report(PrintOutcome(False, self.tr("Printing receipt {n}…").format(n=sale_no)),
                     dialog, prefix)
        self.output.print_later(receipt, lambda outcome: self._report(outcome, dialog, prefix))

    def _report(self, outcome: PrintOutcome, dialog: ReceiptDialog | None,
                prefix: str = "") -> None:
        self.w.say(f"{prefix}  {outcome.message}".strip(), outcome.error)
        if dialog is not None and self.w.dialog is dialog:
            dialog.show_status(outcome.message, outcome.error)

    def save_pdf(self, sale_no: int, parent: QWidget) -> None:
        receipt = self._receipt(sale_no)
        if receipt is None:
            return
        name = choose_save(parent, self.tr("Save the receipt as PDF"), f"receipt-{sale_no}.pdf",
                           self.tr("PDF (*.pdf)"))
        if not name:
            return
        paper = self.w.shop.settings.receipt_paper
        try:
            write_receipt_pdf(receipt, Path(name), paper)
        except OSError as error:
            text = self.tr("The PDF could not be saved: {reason}").format(reason=error.strerror)
            self._report(PrintOutcome(False, text, error=True), parent_dialog(parent))
            return
        self._report(PrintOutcome(False, self.tr("Receipt saved to {path}").format(path=name)),
                     parent_dialog(parent))

    def reprint(self) -> None:
        """Ctrl+P on the till: ask for the sale number, then print it (or preview it)."""
        w = self.w
        if w.dialog is not None:
            return
        dialog = QInputDialog(w)
        dialog.setWindowTitle(self.tr("Reprint a receipt"))
        dialog.setLabelText(self.tr("Receipt number"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 2_000_000_000)
        dialog.setIntValue(self.last_sale_no or 1)
        w.open_dialog(dialog, lambda: self.reprint_sale(dialog.intValue()))

    def reprint_sale(self, sale_no: int) -> None:
        if self.prints:
            self.print_sale(sale_no)
            return
        sale = sale_store.load_sale(self.w.shop.db, sale_no)
        if sale is None:
            self.w.say(self.tr("There is no receipt {n}").format(n=sale_no), True)
            return
        self.preview(sale, "")


def parent_dialog(widget: QWidget) -> ReceiptDialog | None:
    return widget if isinstance(widget, ReceiptDialog) else None
