"""Words, numbers and dates made outside Qt: the gettext catalogue, and Babel for numbers,
percentages, month names and dates, in Russian and English.

Receipts, cards, coupons, the monthly PDF and the command line are made outside
Qt, so their words cannot go through Qt's translator; they come from one gettext
catalogue, ``resources/locale/<language>/LC_MESSAGES/posloyalty.po`` (English
msgids, compiled to the ``.mo`` beside it; README "Translations" says how to
update it). Any language but Russian reads English.

Percentages are written as the shop's receipts always wrote them, a number and
"\u00a0%" in both languages ("10,5 %", "10.5 %"); money is ``pos.money.format_money``.

A date has one form per language wherever it is shown — a table, a detail pane, a
receipt, a date field: "01.12.2026" in Russian, "01 Dec 2026" in English (no reader
takes it for 12 January, as "01/12/2026" would be in an American shop).
"""
from __future__ import annotations

import gettext as _gettext
import os
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from functools import cache
from zoneinfo import ZoneInfo

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


# The letters mean the same to Babel (CLDR) and to Qt's displayFormat, so a QDateEdit shows
# a date exactly as the tables do; both read month abbreviations from CLDR ("Sep", not "Sept").
DATE_PATTERNS = {"ru": "dd.MM.yyyy", "en": "dd MMM yyyy"}
TIME_PATTERN = "HH:mm"


def date_pattern(language: str, with_time: bool = False) -> str:
    """The language's date pattern ('dd.MM.yyyy'), followed by the time ('HH:mm') if asked."""
    pattern = DATE_PATTERNS[language_of(language)]
    return f"{pattern} {TIME_PATTERN}" if with_time else pattern


def date_text(day: date, language: str) -> str:
    """'01.12.2026' / '01 Dec 2026'."""
    from babel.dates import format_date
    return format_date(day, date_pattern(language), locale=language_of(language))


def moment_text(moment: datetime, tz: str, language: str) -> str:
    """A stored instant as the shop's local date and time: '01.12.2026 14:05' / '01 Dec 2026 14:05'."""
    local = moment.astimezone(ZoneInfo(tz))
    return f"{date_text(local.date(), language)} {local:%H:%M}"


def date_from_text(text: str) -> date | None:
    """A date typed as the English form writes it ('26 Jul 1955', any case), read with
    CLDR's month names rather than the process locale's; None for any other text."""
    from babel.dates import get_month_names
    parts = text.split()
    if len(parts) != 3 or not (parts[0].isdigit() and parts[2].isdigit()):
        return None
    months = {name.casefold(): n for n, name in
              get_month_names("abbreviated", locale="en").items()}
    months |= {name.casefold(): n for n, name in get_month_names("wide", locale="en").items()}
    month = months.get(parts[1].casefold().rstrip("."))
    try:
        return date(int(parts[2]), month, int(parts[0])) if month else None
    except ValueError:
        return None
