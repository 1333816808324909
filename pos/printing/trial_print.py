"""A test receipt in the shop's language, sent to the receipt printer the settings describe."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from pos.printing.receipt import Receipt, ReceiptLine, Totals
from pos.printing.escpos import (
    CP866, CP1251, DevicePrinter, NetworkPrinter, PrinterTarget, PrinterUnavailable,
    SerialPrinter, UsbPrinter, receipt_escpos, send_escpos)
from pos.settings.model import ShopSettings

ESCPOS_KINDS = ("escpos_usb", "escpos_serial", "escpos_network", "escpos_device")
_CODE_PAGES = {"cp866": CP866, "cp1251": CP1251}
_TEXTS = {
    "ru": {"title": "Пробная печать", "line": "Проверка кириллицы: ёЁ жЖ щЩ ъЪ",
           "footer": "Принтер чеков работает"},
    "en": {"title": "Test print", "line": "Test line: 0123456789",
           "footer": "The receipt printer works"},
}


class TargetError(ValueError):
    """``reason``: target_required, bad_usb_id, bad_port, bad_baud_rate."""

    def __init__(self, reason: str, target: str) -> None:
        super().__init__(f"{reason}: {target!r}")
        self.reason = reason
        self.target = target


def _port_number(text: str, target: str, reason: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 1_000_000:
        raise TargetError(reason, target)
    return int(text)


def _usb(target: str) -> UsbPrinter:
    """Vendor and product id in hex, as lsusb and Windows show them: "0416:5011" or "0x0416:0x5011"."""
    try:
        vendor, product = (int(part, 16) for part in target.split(":"))
    except ValueError:
        raise TargetError("bad_usb_id", target) from None
    return UsbPrinter(vendor, product)


def _serial(target: str) -> SerialPrinter:
    port, _, baud = target.rpartition(":")
    # "/dev/ttyUSB0" and "COM3" alone are whole port names at the default speed
    if not port or not baud.isdigit():
        return SerialPrinter(target)
    return SerialPrinter(port, _port_number(baud, target, "bad_baud_rate"))


def _network(target: str) -> NetworkPrinter:
    host, sep, port = target.rpartition(":")
    if not sep:
        return NetworkPrinter(target)
    if not host:
        raise TargetError("target_required", target)
    return NetworkPrinter(host, _port_number(port, target, "bad_port"))


def printer_target(kind: str, target: str) -> PrinterTarget:
    """The ESC/POS printer that the settings' kind and target text describe."""
    target = target.strip()
    if not target:
        raise TargetError("target_required", target)
    parsers: dict[str, Callable[[str], PrinterTarget]] = {
        "escpos_usb": _usb, "escpos_serial": _serial, "escpos_network": _network,
        "escpos_device": DevicePrinter}
    return parsers[kind](target)


def test_receipt(settings: ShopSettings, now: datetime) -> Receipt:
    """A one-line receipt with the shop's header and footer and a Cyrillic check line."""
    texts = _TEXTS.get(settings.language, _TEXTS["en"])
    local = now.astimezone(ZoneInfo(settings.timezone))
    line = ReceiptLine(texts["line"], 1, 100, 0, 100)
    return Receipt(
        kind="sale", number="0", time_text=local.strftime("%d.%m.%Y %H:%M"),
        cashier="", lines=(line,), totals=Totals(100, 0, 100),
        # the title sits in the header so that nobody mistakes the slip for a sale
        header_lines=(settings.name, *settings.receipt_header.splitlines(),
                      f"*** {texts['title']} ***"),
        footer_lines=(*settings.receipt_footer.splitlines(), texts["footer"]),
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
        target = printer_target(kind, settings.receipt_printer_target)
    except TargetError:
        raise PrinterUnavailable(DevicePrinter(settings.receipt_printer_target),
                                 "bad_target") from None
    paper = "58mm" if settings.receipt_paper == "58mm" else "80mm"
    data = receipt_escpos(test_receipt(settings, now), paper,
                          _CODE_PAGES.get(settings.receipt_code_page, CP866))
    send(data, target)
    return data
