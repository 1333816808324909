"""A test receipt in the shop's language, sent to the receipt printer the settings describe."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pos.printing.receipt import Receipt, ReceiptLine, Totals
from pos.printing.escpos import CP866, CP1251, PrinterUnavailable, receipt_escpos, send_escpos
from pos.printing.targets import (
    ESCPOS_KINDS, DevicePrinter, PrinterTarget, TargetError, parse_target)
from pos.printing.text import label
from pos.sale import SaleKind
from pos.settings.model import ShopSettings, receipt_header_lines
from pos.wording import N_, moment_text, translation

_CODE_PAGES = {"cp866": CP866, "cp1251": CP1251}
_TITLE = N_("Test print")
_LINE = N_("Test line: 0123456789")
_FOOTER = N_("The receipt printer works")


def test_receipt(settings: ShopSettings, now: datetime) -> Receipt:
    """A one-line receipt with the shop's header and footer and a Cyrillic check line."""
    words = translation(settings.language)
    line = ReceiptLine(words.gettext(_LINE), 1, 100, 0, 100)
    return Receipt(
        kind=SaleKind.SALE, number="0", time_text=moment_text(now, settings.timezone, settings.language),
        cashier="", lines=(line,), totals=Totals(100, 0, 100),
        # the title sits in the header so that nobody mistakes the slip for a sale
        header_lines=(*receipt_header_lines(settings, label("tax_id", settings.language)),
                      f"*** {words.gettext(_TITLE)} ***"),
        footer_lines=(*settings.receipt_footer.splitlines(), words.gettext(_FOOTER)),
        not_fiscal=True, currency=settings.currency, language=settings.language)


test_receipt.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def print_test(settings: ShopSettings, now: datetime,
               send: Callable[[bytes, PrinterTarget], None] = send_escpos) -> bytes:
    """Print the test receipt; PrinterUnavailable's reason says why it could not.

    Reasons of its own: ``no_printer`` (none configured), ``system_printer`` (printed
    through the system's dialog, not here), ``bad_target`` (the target text is wrong).
    """
    kind = settings.receipt_printer
    if kind not in ESCPOS_KINDS:
        raise PrinterUnavailable(DevicePrinter(""), "system_printer" if kind == "system"
                                 else "no_printer")
    try:
        target = parse_target(kind, settings.receipt_printer_target)
    except TargetError:
        raise PrinterUnavailable(DevicePrinter(settings.receipt_printer_target),
                                 "bad_target") from None
    paper = "58mm" if settings.receipt_paper == "58mm" else "80mm"
    data = receipt_escpos(test_receipt(settings, now), paper,
                          _CODE_PAGES.get(settings.receipt_code_page, CP866))
    send(data, target)
    return data
