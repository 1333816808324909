"""Where an ESC/POS receipt printer is: the target kinds, the one parser of the settings'
target text and the one network timeout.

Settings validation, the test print and the till all read the target through
``parse_target``, so a target the settings accept is one the till can print to,
and the reverse.
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Union

from pos.errors import UserError

# A network printer that does not answer must not hold the till (or the settings'
# test print) for long; a printer that is on answers within a second.
NETWORK_TIMEOUT_S = 4.0
DEFAULT_NETWORK_PORT = 9100
DEFAULT_BAUD_RATE = 9600
_HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$")
_MAX_BAUD_RATE = 4_000_000


@dataclass(frozen=True, slots=True)
class UsbPrinter:
    vendor_id: int
    product_id: int


@dataclass(frozen=True, slots=True)
class SerialPrinter:
    port: str
    baudrate: int = DEFAULT_BAUD_RATE


@dataclass(frozen=True, slots=True)
class NetworkPrinter:
    host: str
    port: int = DEFAULT_NETWORK_PORT
    timeout_s: float = NETWORK_TIMEOUT_S


@dataclass(frozen=True, slots=True)
class DevicePrinter:
    """A file or a device node such as /dev/usb/lp0."""

    path: str


PrinterTarget = Union[UsbPrinter, SerialPrinter, NetworkPrinter, DevicePrinter]
ESCPOS_KINDS = ("escpos_usb", "escpos_serial", "escpos_network", "escpos_device")


class TargetError(UserError):
    """The settings' printer target cannot be read for its kind.

    ``reason``: target_required, bad_usb_id, bad_port, bad_baud_rate, bad_host, bad_kind
    (not an ESC/POS printer kind).
    """

    def __init__(self, reason: str, target: str, kind: str = "") -> None:
        super().__init__(f"target.{reason}", target=target, kind=kind)
        self.reason, self.target, self.kind = reason, target, kind


def _number(text: str, low: int, high: int, reason: str, target: str) -> int:
    if not text.isdigit() or not low <= int(text) <= high:
        raise TargetError(reason, target)
    return int(text)


def _usb(target: str) -> UsbPrinter:
    """Vendor and product id in hex, as lsusb and Windows show them: "0416:5011",
    "0x0416:0x5011", or with a "usb:" in front."""
    text = target[4:] if target.lower().startswith("usb:") else target
    try:
        vendor, product = (int(part, 16) for part in text.split(":"))
    except ValueError:
        raise TargetError("bad_usb_id", target) from None
    if not (0 <= vendor <= 0xFFFF and 0 <= product <= 0xFFFF):
        raise TargetError("bad_usb_id", target)
    return UsbPrinter(vendor, product)


def _serial(target: str) -> SerialPrinter:
    """"COM3", "COM3:19200", "/dev/ttyUSB0", "/dev/ttyUSB0:19200", or with "serial:" in front."""
    text = target[7:] if target.lower().startswith("serial:") else target
    port, _, baud = text.rpartition(":")
    # "/dev/ttyUSB0" and "COM3" alone are whole port names at the default speed
    if not port or not baud.isdigit():
        if not text:
            raise TargetError("target_required", target)
        return SerialPrinter(text)
    return SerialPrinter(port, _number(baud, 1, _MAX_BAUD_RATE, "bad_baud_rate", target))


def _host(host: str, target: str) -> str:
    if _HOSTNAME.match(host):
        return host
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        raise TargetError("bad_host", target) from None


def _network(target: str) -> NetworkPrinter:
    """"192.168.1.50", "printer:9101", "[::1]:9100" or a bare IPv6 address "fe80::1"."""
    if target.startswith("["):
        host, sep, rest = target[1:].partition("]")
        if not sep or (rest and not rest.startswith(":")):
            raise TargetError("bad_host", target)
        port = rest[1:] if rest else str(DEFAULT_NETWORK_PORT)
    elif target.count(":") > 1:  # an IPv6 address without a port
        host, port = target, str(DEFAULT_NETWORK_PORT)
    else:
        host, sep, port = target.partition(":")
        port = port if sep else str(DEFAULT_NETWORK_PORT)
    if not host:
        raise TargetError("target_required", target)
    return NetworkPrinter(_host(host, target), _number(port, 1, 65535, "bad_port", target))


def parse_target(kind: str, text: str) -> PrinterTarget:
    """The ESC/POS printer that the settings' kind and target text describe.

    'usb:0416:5011' or '0x0416:0x5011' (USB), 'COM3:9600' or '/dev/ttyUSB0' (serial),
    '192.168.1.50:9100' or '[::1]:9100' (network), or a device/file path.
    """
    target = text.strip()
    if not target:
        raise TargetError("target_required", text, kind)
    parsers = {"escpos_usb": _usb, "escpos_serial": _serial, "escpos_network": _network,
               "escpos_device": DevicePrinter}
    if kind not in parsers:
        raise TargetError("bad_kind", text, kind)
    try:
        return parsers[kind](target)
    except TargetError as error:
        raise TargetError(error.reason, target, kind) from None


def target_text(target: PrinterTarget) -> str:
    """The target as a status line names it."""
    if isinstance(target, NetworkPrinter):
        host = f"[{target.host}]" if ":" in target.host else target.host
        return f"{host}:{target.port}"
    if isinstance(target, UsbPrinter):
        return f"USB {target.vendor_id:04x}:{target.product_id:04x}"
    if isinstance(target, SerialPrinter):
        return target.port
    return target.path
