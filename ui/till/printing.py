"""The till's receipt printing: after Pay, from the receipt preview, and reprinting by sale number."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QWidget

from loyalty.printing.receipts import ReceiptNotFound, build_receipt
from loyalty.shop import Shop
from pos.printing.pdf import receipt_pdf, write_receipt_pdf
from pos.printing.receipt import Receipt
from pos.sale import Sale, SaleKind, Tender
from ui.till.receipt_dialog import ReceiptDialog
from ui.till.screen import TillScreen
from ui.widgets.explain import Explainer
from ui.widgets.file_dialogs import choose_save
from ui.widgets.receipt_output import PrintOutcome, ReceiptOutput


class TillPrinting(QObject):
    """Results go to the till's status line (and the open preview), never to a pop-up."""

    def __init__(self, screen: TillScreen, shop: Shop, explainer: Explainer) -> None:
        super().__init__(screen.widget())
        self.screen, self.shop, self.explainer = screen, shop, explainer
        self.output = ReceiptOutput(lambda: shop.settings, parent=self)
        self.last_sale_no: int | None = None
        QShortcut(QKeySequence("Ctrl+P"), screen.widget(), self.reprint)

    @property
    def prints(self) -> bool:
        return self.shop.settings.receipt_printer != "none"

    def after_sale(self, sale: Sale) -> None:
        """Print at once when the shop asks for it; otherwise show the preview."""
        self.last_sale_no = sale.sale_no
        if self.shop.settings.print_after_pay and self.prints:
            # No preview to show the change in: the status line keeps it in view while printing.
            change = sum(p.change_minor for p in sale.payments)
            prefix = self.screen.status_text()
            if change:
                prefix += "  " + self.tr("Change: {amount}.").format(
                    amount=self.explainer.money(change))
            self.print_sale(sale.sale_no, prefix=prefix)
        else:
            self.preview(sale.sale_no, self._heading(sale))

    def _heading(self, sale: Sale) -> str:
        """What the cashier must act on: the change to hand over, or the refund to pay out."""
        if sale.kind == SaleKind.RETURN:
            # the money to hand over, not the goods' value: points given back are not paid
            # out (a QA tester read 109.77 here while 76.77 was the cash to pay)
            money = -sale.paid_money_minor
            if not money:
                return self.tr("Nothing to pay out: the refund goes back as points")
            by_card = any(p.tender == Tender.CARD for p in sale.payments)
            return (self.tr("Refund to the card: {amount}") if by_card else
                    self.tr("Pay out in cash: {amount}")).format(
                        amount=self.explainer.money(money))
        change = sum(p.change_minor for p in sale.payments)
        return self.tr("Change: {amount}").format(amount=self.explainer.money(change))

    def preview(self, sale_no: int, heading: str = "") -> None:
        """The receipt exactly as it prints: the same Receipt, the same PDF page."""
        receipt = self._receipt(sale_no)
        if receipt is None:
            return
        paper = self.shop.settings.receipt_paper
        title = (self.tr("Sale {n}") if receipt.kind == SaleKind.SALE
                 else self.tr("Return {n}")).format(n=receipt.number)
        dialog = ReceiptDialog(receipt, receipt_pdf(receipt, paper), title, heading,
                               self.screen.widget())
        dialog.print_requested.connect(lambda n: self.print_sale(n, dialog))
        dialog.save_pdf_requested.connect(lambda n: self.save_pdf(n, dialog))
        self.screen.open_dialog(dialog, lambda: None)

    def _receipt(self, sale_no: int) -> Receipt | None:
        try:
            return build_receipt(self.shop, sale_no)
        except ReceiptNotFound:
            self.screen.say(self.tr("There is no receipt {n}").format(n=sale_no), True)
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
        self.screen.say(f"{prefix}  {outcome.message}".strip(), outcome.error)
        if dialog is not None and dialog.isVisible():
            dialog.show_status(outcome.message, outcome.error)

    def save_pdf(self, sale_no: int, parent: QWidget) -> None:
        receipt = self._receipt(sale_no)
        if receipt is None:
            return
        name = choose_save(parent, self.tr("Save the receipt as PDF"), f"receipt-{sale_no}.pdf",
                           self.tr("PDF (*.pdf)"))
        if not name:
            return
        paper = self.shop.settings.receipt_paper
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
        s = self.screen
        if s.busy():
            return
        dialog = QInputDialog(s.widget())
        dialog.setWindowTitle(self.tr("Reprint a receipt"))
        dialog.setLabelText(self.tr("Receipt number"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 2_000_000_000)
        dialog.setIntValue(self.last_sale_no or 1)
        s.open_dialog(dialog, lambda: self.reprint_sale(dialog.intValue()))

    def reprint_sale(self, sale_no: int) -> None:
        if self.prints:
            self.print_sale(sale_no)
        else:
            self.preview(sale_no, self.tr("Copy of receipt {n}").format(n=sale_no))


def parent_dialog(widget: QWidget) -> ReceiptDialog | None:
    return widget if isinstance(widget, ReceiptDialog) else None
