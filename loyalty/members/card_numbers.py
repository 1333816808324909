"""Card numbers: EAN-13 in the GS1 in-store range, check digits, and what a scan may be."""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from pos.input_text import echoed, is_ascii_digits

MAX_DIGITS = 20  # no card symbology the shop prints or registers is longer in digits
IN_STORE_PREFIXES = tuple(str(p) for p in range(20, 30))
SYMBOLOGIES = ("ean13", "ean8", "code128", "qr")


class CardNumberError(ValueError):
    """A card number refused before any lookup; ``reason`` is a stable key."""

    def __init__(self, reason: str, number: str) -> None:
        super().__init__(f"{reason}: {echoed(repr(number))}")
        self.reason = reason
        self.number = number


@dataclass(frozen=True, slots=True)
class CardCode:
    number: str
    symbology: str


def gtin_check_digit(body: str) -> str:
    """GS1 mod-10 check digit of the digits before it (works for EAN-8 and EAN-13)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def is_valid_gtin(number: str) -> bool:
    return (is_ascii_digits(number) and len(number) in (8, 12, 13, 14)
            and gtin_check_digit(number[:-1]) == number[-1])


def classify(raw: str) -> CardCode:
    """What a scanned or typed code is, refusing a GTIN-shaped number with a wrong check digit.

    Any printable code can be a pre-printed card (Code 128, QR text); but a run
    of 8 or 13 digits is read as EAN and must carry a valid check digit, so a
    mistyped EAN is caught here rather than reported as an unknown card.  Only ASCII
    digits make an EAN ('٣' is a digit to ``str.isdigit`` but on no barcode).  A run of
    more digits than any card has is said to be that (a phone typed with its '+' lost).
    """
    code = raw.strip()
    if len(code) > 64:
        raise CardNumberError("too_long", raw)
    if not code or not code.isprintable():
        raise CardNumberError("malformed", raw)
    if is_ascii_digits(code) and len(code) > MAX_DIGITS:
        raise CardNumberError("too_long", code)
    if is_ascii_digits(code) and len(code) in (8, 13):
        if not is_valid_gtin(code):
            raise CardNumberError("bad_check_digit", code)
        return CardCode(code, "ean13" if len(code) == 13 else "ean8")
    if code.isascii() and " " not in code:
        return CardCode(code, "code128")
    return CardCode(code, "qr")


def new_ean13(prefix: str, taken: "set[str] | frozenset[str]" = frozenset(),
              randbelow=secrets.randbelow) -> str:
    """A fresh, non-sequential in-store EAN-13: prefix 20–29, random body, check digit.

    ``randbelow`` is injectable so tests and the demo shop are reproducible.
    """
    if prefix not in IN_STORE_PREFIXES:
        raise CardNumberError("bad_prefix", prefix)
    while True:
        body = prefix + str(randbelow(10**10)).rjust(10, "0")
        number = body + gtin_check_digit(body)
        if number not in taken:
            return number


def ean13_range(first: str, count: int) -> tuple[str, ...]:
    """``count`` consecutive pre-printed EAN-13 numbers starting at ``first`` (check digits recomputed)."""
    code = classify(first)
    if code.symbology != "ean13":
        raise CardNumberError("not_ean13", first)
    if not 0 < count <= 100_000:
        raise CardNumberError("bad_count", str(count))
    start = int(first[:12])
    if start + count > 10**12:
        raise CardNumberError("range_overflow", first)
    bodies = (str(start + i).rjust(12, "0") for i in range(count))
    return tuple(b + gtin_check_digit(b) for b in bodies)


def mask(number: str) -> str:
    """The card number as a receipt shows it: all but the last four digits hidden."""
    return "•" * max(0, len(number) - 4) + number[-4:]
