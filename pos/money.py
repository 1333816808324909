"""Money as integer minor units: parsing, formatting and the one rounding rule.

Rounding rule (the only one in the product): a percentage of an amount is
rounded half up to the minor unit (``percent_of``); points earned are always
rounded down (integer floor division of the exact amount, in the rule engine).  Money is never a float: amounts are ``int``
counts of minor units (kopecks, cents) and rates are integer basis points
(1 % = 100 bp) or ``Fraction``.
"""
from __future__ import annotations

import re
from fractions import Fraction
from pos.errors import UserError

BP_PER_100_PCT = 10_000

_CURRENCY_SYMBOLS = {"RUB": "₽", "USD": "$", "EUR": "€", "GBP": "£", "KZT": "₸", "BYN": "Br"}
_MINOR_DIGITS = {"JPY": 0, "KRW": 0}
_NUMBER = re.compile(r"^([+-]?)(\d+)(?:[.,](\d{1,2}))?$")


class MoneyFormatError(UserError, ValueError):
    """Text that is not an amount of money (``text`` keeps what was typed)."""

    def __init__(self, text: str) -> None:
        super().__init__("money.malformed", text=text)
        self.text = text


# the largest banknote in use: change as large as one means the customer handed over a note
# they did not need, so the cash received was mistyped (or a barcode went into the field)
_LARGEST_NOTE_MINOR = {"RUB": 5_000_00, "USD": 100_00, "EUR": 500_00, "GBP": 50_00,
                       "KZT": 20_000_00, "BYN": 500_00, "JPY": 10_000, "KRW": 50_000}


def largest_note_minor(currency: str) -> int | None:
    """The currency's largest banknote in minor units; None where it is not known."""
    return _LARGEST_NOTE_MINOR.get(currency)


def minor_digits(currency: str) -> int:
    return _MINOR_DIGITS.get(currency, 2)


def parse_money(text: str, currency: str = "RUB") -> int:
    """Parse '1 234,56', '1234.56', '1,234.56' or '-5' into minor units."""
    if len(text) > 40:  # no till takes 10^30 roubles; int() of 5,000 digits is refused anyway
        raise MoneyFormatError(text[:40])
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
    for symbol in (*_CURRENCY_SYMBOLS.values(), currency):
        cleaned = cleaned.replace(symbol, "")
    # '1,234.56' (thousands commas) -> drop the commas before the decimal point
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")
    match = _NUMBER.match(cleaned)
    digits = minor_digits(currency)
    if not match or (match.group(3) and digits == 0):
        raise MoneyFormatError(text)
    sign, whole, frac = match.groups()
    frac = (frac or "").ljust(digits, "0")
    value = int(whole) * 10**digits + (int(frac) if frac else 0)
    return -value if sign == "-" else value


def format_money(amount_minor: int, currency: str = "RUB", language: str = "ru",
                 symbol: bool = True) -> str:
    """Format minor units the way the language writes money.

    Russian: '1 234,56 ₽' (narrow no-break space groups, comma decimals);
    English: '₽1,234.56'.
    """
    digits = minor_digits(currency)
    sign = "−" if amount_minor < 0 else ""
    whole, frac = divmod(abs(amount_minor), 10**digits)
    if language == "ru":
        body = f"{whole:,}".replace(",", "\u00a0")
        if digits:
            body += "," + str(frac).rjust(digits, "0")
        sym = _CURRENCY_SYMBOLS.get(currency, currency)
        return f"{sign}{body}\u00a0{sym}" if symbol else f"{sign}{body}"
    body = f"{whole:,}"
    if digits:
        body += "." + str(frac).rjust(digits, "0")
    sym = _CURRENCY_SYMBOLS.get(currency, currency + " ")
    return f"{sign}{sym}{body}" if symbol else f"{sign}{body}"


def percent_of(amount_minor: int, rate_bp: int) -> int:
    """``rate_bp`` basis points of an amount, rounded half up (away from zero)."""
    return round_half_up(Fraction(amount_minor * rate_bp, BP_PER_100_PCT))


def round_half_up(value: Fraction) -> int:
    """Round half away from zero: 0.5 -> 1, -0.5 -> -1."""
    sign = -1 if value < 0 else 1
    return sign * int(abs(value) + Fraction(1, 2))


def allocate(total_minor: int, weights: list[int]) -> list[int]:
    """Split ``total_minor`` in proportion to ``weights`` so the parts sum exactly.

    Largest-remainder method; the first weights win ties, so the split is
    deterministic.  Used to spread a receipt-level discount over its lines.
    """
    weight_sum = sum(weights)
    if weight_sum == 0:
        return [0] * len(weights)
    # Integer floor and remainder of total*w/weight_sum: exact, and all remainders share the
    # denominator, so they order as the fractional parts do without building Fractions.
    split = [divmod(total_minor * w, weight_sum) for w in weights]
    parts = [q for q, _ in split]
    left = total_minor - sum(parts)
    sign = 1 if weight_sum > 0 else -1
    order = sorted(range(len(weights)), key=lambda i: (-split[i][1] * sign, i))
    for i in order[:left]:
        parts[i] += 1
    return parts
