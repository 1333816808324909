"""Words and numbers made outside Qt: the gettext catalogue, and Babel for numbers,
percentages and month names, in Russian and English.

Receipts, cards, coupons, the monthly PDF and the command line are made outside
Qt, so their words cannot go through Qt's translator; they come from one gettext
catalogue, ``resources/locale/<language>/LC_MESSAGES/posloyalty.po`` (English
msgids, compiled to the ``.mo`` beside it; README "Translations" says how to
update it). Any language but Russian reads English.

Percentages are written as the shop's receipts always wrote them, a number and
"\u00a0%" in both languages ("10,5 %", "10.5 %"); money is ``pos.money.format_money``.
"""
from __future__ import annotations

import gettext as _gettext
import os
from decimal import Decimal
from fractions import Fraction
from functools import cache

from pos.resources import resources_dir

DOMAIN = "posloyalty"
LANGUAGES = ("ru", "en")
MINUS = "−"


def language_of(language: str | None) -> str:
    """'ru' for Russian ('ru', 'ru_RU.UTF-8'), 'en' for anything else."""
    return "ru" if (language or "").lower().startswith("ru") else "en"


def environment_language() -> str:
    """The language the environment asks for (LC_ALL, LC_MESSAGES, LANG), as POSIX reads them."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return language_of(os.environ[name])
    return "en"


def N_(msgid: str) -> str:
    """Marks a msgid for extraction where it is translated later (tables of labels)."""
    return msgid


def NC_(context: str, msgid: str) -> tuple[str, str]:
    """Marks a msgid that needs a context (the same English, two Russian words)."""
    return context, msgid


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Marks a msgid with plural forms, worded later by ``ngettext``."""
    return singular, plural


@cache
def translation(language: str) -> _gettext.NullTranslations:
    """The catalogue of ``language``; English reads the msgids themselves."""
    return _gettext.translation(DOMAIN, resources_dir() / "locale",
                                languages=[language_of(language)], fallback=True)


def gettext(language: str, msgid: str) -> str:
    return translation(language).gettext(msgid)


def pgettext(language: str, context: str, msgid: str) -> str:
    return translation(language).pgettext(context, msgid)


def ngettext(language: str, singular: str, plural: str, n: int) -> str:
    """The form for ``n`` (Russian has three: 1 балл, 2 балла, 5 баллов)."""
    return translation(language).ngettext(singular, plural, n)


def number_text(value: int | Decimal, language: str, decimals: tuple[int, int] = (0, 0)) -> str:
    """A number with the language's grouping and decimal mark, at least ``decimals[0]`` and
    at most ``decimals[1]`` decimals; a negative one with a true minus sign."""
    from babel.numbers import format_decimal  # Babel loads on first use: start-up stays fast
    low, high = decimals
    pattern = "#,##0" + ("." + "0" * low + "#" * (high - low) if high else "")
    text = format_decimal(abs(Decimal(value)), format=pattern, locale=language_of(language),
                          decimal_quantization=True)
    return (MINUS if value < 0 else "") + text


def percent_text(value_pct: Decimal | Fraction | int, language: str,
                 decimals: tuple[int, int] = (0, 2)) -> str:
    """'10,5 %' / '10.5 %'; the monthly figures keep their two decimals with (2, 2)."""
    if isinstance(value_pct, Fraction):
        value_pct = Decimal(value_pct.numerator) / Decimal(value_pct.denominator)
    return number_text(value_pct, language, decimals) + "\u00a0%"


def bp_text(rate_bp: int, language: str, sign: bool = True) -> str:
    """Basis points as a percentage: 1050 → '10,5 %'; without ``sign`` as a field shows it."""
    value = Decimal(int(rate_bp)) / 100
    return percent_text(value, language) if sign else number_text(value, language, (0, 2))


def month_name(month: int, language: str, short: bool = False) -> str:
    """'Январь' / 'January'; short: 'янв' / 'Jan' (as a chart's axis shows it)."""
    from babel.dates import get_month_names
    names = get_month_names("abbreviated" if short else "wide", context="stand-alone",
                            locale=language_of(language))
    name = names[month]
    return name.rstrip(".") if short else name[:1].upper() + name[1:]
