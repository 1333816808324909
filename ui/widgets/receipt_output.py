"""Sending a receipt where the shop's settings say (ESC/POS, system printer or nowhere), with a sentence for the status line."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThread
from PySide6.QtPrintSupport import QPrinter

from pos.printing.receipt import Receipt
from pos.printing.escpos import CP866, CP1251, PrinterUnavailable, receipt_escpos, send_escpos
from pos.printing.targets import TargetError, parse_target, target_text
from pos.settings.model import ShopSettings
from ui.widgets.system_printer import SystemPrinterError, open_printer, print_receipt


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    """``printed`` False with no error means the shop prints no receipts."""

    printed: bool
    message: str
    error: bool = False


def send_receipt(receipt: Receipt, settings: ShopSettings,
                 make_printer: Callable[[str], QPrinter] = open_printer) -> bool:
    """Print now (blocking); False when the shop prints no receipts. Raises the printer's error."""
    kind = settings.receipt_printer
    if kind == "none":
        return False
    if kind == "system":
        print_receipt(receipt, make_printer(settings.receipt_printer_target), settings.receipt_paper)
        return True
    target = parse_target(kind, settings.receipt_printer_target)
    paper = settings.receipt_paper if settings.receipt_paper in ("58mm", "80mm") else "80mm"
    code_page = CP1251 if settings.receipt_code_page == "cp1251" else CP866
    send_escpos(receipt_escpos(receipt, paper, code_page), target)
    return True


class _PrintThread(QThread):
    """Runs one print; the result waits on the thread until ``finished`` reaches the GUI
    thread.  No Python object crosses threads inside a signal: handing an exception (and its
    traceback) over a queued ``Signal(object)`` crashed the process now and then."""

    def __init__(self, action: Callable[[], bool], receipt: Receipt,
                 done: Callable[[PrintOutcome], None], parent: QObject) -> None:
        super().__init__(parent)
        self._action, self.receipt, self.done = action, receipt, done
        self.printed: bool | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.printed = self._action()
        except Exception as error:  # every printer failure becomes a sentence, never a crash
            self.error = error


class ReceiptOutput(QObject):
    """Prints off the GUI thread and reports one ``PrintOutcome`` per receipt."""

    def __init__(self, settings: Callable[[], ShopSettings],
                 make_printer: Callable[[str], QPrinter] = open_printer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings, self.make_printer = settings, make_printer
        self._threads: set[_PrintThread] = set()

    def print_now(self, receipt: Receipt) -> PrintOutcome:
        try:
            printed = send_receipt(receipt, self._settings(), self.make_printer)
        except Exception as error:  # noqa: BLE001 (turned into a sentence below)
            return self._outcome(receipt, None, error)
        return self._outcome(receipt, printed, None)

    def print_later(self, receipt: Receipt, done: Callable[[PrintOutcome], None]) -> None:
        """Print in a thread; ``done`` runs on the GUI thread with the outcome."""
        settings = self._settings()
        thread = _PrintThread(lambda: send_receipt(receipt, settings, self.make_printer),
                              receipt, done, self)
        self._threads.add(thread)
        thread.finished.connect(self._finished)  # a method of ours: queued to the GUI thread
        thread.start()

    def _finished(self) -> None:
        thread = self.sender()
        if not isinstance(thread, _PrintThread) or thread not in self._threads:
            return
        self._threads.discard(thread)
        outcome = self._outcome(thread.receipt, thread.printed, thread.error)
        thread.error = None  # the traceback holds the worker's frames: let them go here
        thread.deleteLater()
        thread.done(outcome)

    def wait(self) -> None:
        """Let running prints finish (closing the till, tests)."""
        for thread in list(self._threads):
            thread.wait()

    def _outcome(self, receipt: Receipt, printed: bool | None,
                 error: Exception | None) -> PrintOutcome:
        if error is not None:
            return PrintOutcome(False, self.describe(error, receipt.number), error=True)
        if not printed:
            return PrintOutcome(False, "")
        return PrintOutcome(True, self.tr("Receipt {n} printed").format(n=receipt.number))

    def describe(self, error: Exception, number: str) -> str:
        """The failure as a sentence that says the sale itself is safe and how to reprint."""
        after = self.tr("The sale is saved; reprint receipt {n} with Ctrl+P.").format(n=number)
        if isinstance(error, TargetError):
            what = self.tr("The receipt printer address “{text}” is not valid: check the "
                           "printer in the settings.").format(text=error.target)
        elif isinstance(error, PrinterUnavailable):
            what = self.tr("The receipt printer ({target}) did not respond: {reason}.").format(
                target=target_text(error.target), reason=error.reason)
        elif isinstance(error, SystemPrinterError) and error.reason == "not_found":
            what = self.tr("The printer “{name}” is not installed on this computer.").format(
                name=error.name or self.tr("default"))
        elif isinstance(error, SystemPrinterError):
            what = self.tr("The printer “{name}” refused the receipt.").format(name=error.name)
        else:
            what = self.tr("The receipt could not be printed: {reason}.").format(reason=error)
        return f"{what} {after}"
