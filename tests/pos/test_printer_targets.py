"""One printer-target parser: the settings, the test print and the till give every target the
same verdict (the till's side is in tests/ui/test_receipt_output.py)."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

import pytest

from pos.printing.escpos import PrinterUnavailable
from pos.printing.targets import (
    ESCPOS_KINDS, NETWORK_TIMEOUT_S, DevicePrinter, NetworkPrinter, PrinterTarget, SerialPrinter,
    TargetError, UsbPrinter, parse_target, target_text)
from pos.printing.trial_print import print_test
from pos.settings.service import validate

NOW = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
TEXTS = ("[::1]:9100", "192.168.0.5", "host:9100", "printer:99999999", "usb:0x04b8:0x0202",
         "serial:/dev/ttyUSB0", "/dev/usb/lp0", "garbage ☃ !!", "", "0416:5011", "COM3:19200",
         "[::1", "fe80::1")

# (kind, text) → the printer, or the reason it is refused; every pair not listed is checked
# for agreement only (tests below), these by hand.
EXPECTED: dict[tuple[str, str], PrinterTarget | str] = {
    ("escpos_network", "[::1]:9100"): NetworkPrinter("::1", 9100),
    ("escpos_network", "192.168.0.5"): NetworkPrinter("192.168.0.5", 9100),
    ("escpos_network", "host:9100"): NetworkPrinter("host", 9100),
    ("escpos_network", "printer:99999999"): "bad_port",
    ("escpos_network", "fe80::1"): NetworkPrinter("fe80::1", 9100),
    ("escpos_network", "[::1"): "bad_host",
    ("escpos_network", "garbage ☃ !!"): "bad_host",
    ("escpos_network", "/dev/usb/lp0"): "bad_host",
    ("escpos_network", ""): "target_required",
    ("escpos_usb", "usb:0x04b8:0x0202"): UsbPrinter(0x04B8, 0x0202),
    ("escpos_usb", "0416:5011"): UsbPrinter(0x0416, 0x5011),
    ("escpos_usb", "192.168.0.5"): "bad_usb_id",
    ("escpos_usb", "garbage ☃ !!"): "bad_usb_id",
    ("escpos_serial", "serial:/dev/ttyUSB0"): SerialPrinter("/dev/ttyUSB0"),
    ("escpos_serial", "COM3:19200"): SerialPrinter("COM3", 19200),
    ("escpos_serial", "printer:99999999"): "bad_baud_rate",
    ("escpos_device", "/dev/usb/lp0"): DevicePrinter("/dev/usb/lp0"),
    ("escpos_device", ""): "target_required",
}
PAIRS = [(kind, text) for kind in ESCPOS_KINDS for text in TEXTS]


def verdict(kind: str, text: str) -> PrinterTarget | str:
    try:
        return parse_target(kind, text)
    except TargetError as error:
        return error.reason


@pytest.mark.parametrize(("kind", "text"), list(EXPECTED))
def test_targets_read_as_written_by_hand(kind: str, text: str) -> None:
    assert verdict(kind, text) == EXPECTED[(kind, text)]


def test_one_timeout_for_every_network_printer() -> None:
    assert parse_target("escpos_network", "host:9100").timeout_s == NETWORK_TIMEOUT_S == 4.0


@pytest.mark.parametrize(("kind", "text"), PAIRS)
def test_settings_and_test_print_agree_with_the_parser(shop, kind: str, text: str) -> None:
    expected = verdict(kind, text)
    settings = replace(shop.settings, receipt_printer=kind, receipt_printer_target=text)
    refused = [e.reason for e in validate(settings) if e.field == "receipt_printer_target"]
    sent: list[PrinterTarget] = []
    try:
        print_test(settings, NOW, send=lambda _data, target: sent.append(target))
    except PrinterUnavailable as error:
        assert error.reason == "bad_target"
    if isinstance(expected, str):
        assert refused == [expected] and sent == []
    else:
        assert refused == [] and sent == [expected]


def test_a_status_line_names_an_ipv6_printer_with_brackets() -> None:
    assert target_text(parse_target("escpos_network", "[::1]:9100")) == "[::1]:9100"
    assert target_text(parse_target("escpos_usb", "usb:04b8:0202")) == "USB 04b8:0202"
