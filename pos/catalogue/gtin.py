"""GTIN numbers (EAN-8, UPC-A, EAN-13, GTIN-14): the GS1 mod-10 check digit, written once."""
from __future__ import annotations

GTIN_LENGTHS = (8, 12, 13, 14)


def is_ascii_digits(text: str) -> bool:
    """Digits 0-9 only: ``str.isdigit`` also accepts Arabic-Indic and superscript digits."""
    return text.isascii() and text.isdigit()


def check_digit(body: str) -> str:
    """The check digit of the digits before it, for every GTIN length."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def is_gtin_shaped(code: str) -> bool:
    """A run of 8, 12, 13 or 14 digits: a product or card code that must carry a check digit."""
    return is_ascii_digits(code) and len(code) in GTIN_LENGTHS


def is_valid_gtin(code: str) -> bool:
    return is_gtin_shaped(code) and check_digit(code[:-1]) == code[-1]
