"""Card numbers: EAN-13 in the GS1 in-store range, check digits, and what a scan may be."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from pos.errors import UserError

from pos.catalogue.gtin import check_digit, is_ascii_digits, is_valid_gtin

from pos.catalogue.gtin import is_ascii_digits

MAX_DIGITS = 20  # no card symbology the shop prints or registers is longer in digits
IN_STORE_PREFIXES = tuple(str(p) for p in range(20, 30))
SYMBOLOGIES = ("ean13", "ean8", "code128", "qr")


class CardNumberError(UserError, ValueError):
    """A card number refused before any lookup; ``reason`` is a stable key."""

    def __init__(self, reason: str, number: str) -> None:
        super().__init__(f"card_number.{reason}", number=number)
        self.reason = reason
        self.number = number


@dataclass(frozen=True, slots=True)
class CardCode:
    number: str
    symbology: str


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
    """A fresh, non-sequential in-store EAN-13: prefix 20–29 (with a network till's two
    digits after it, so tills issuing offline never collide), random body, check digit.

    ``randbelow`` is injectable so tests and the demo shop are reproducible.
    """
    if prefix[:2] not in IN_STORE_PREFIXES or not 2 <= len(prefix) <= 4 \
            or not is_ascii_digits(prefix):
        raise CardNumberError("bad_prefix", prefix)
    while True:
        random_digits = 12 - len(prefix)
        body = prefix + str(randbelow(10**random_digits)).rjust(random_digits, "0")
        number = body + check_digit(body)
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
    return tuple(b + check_digit(b) for b in bodies)


def mask(number: str) -> str:
    """The card number as a receipt shows it: all but the last four digits hidden."""
    return "•" * max(0, len(number) - 4) + number[-4:]
