"""Date fields that show a date in the very form the tables and panes write it (``pos.wording``)."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

from pos.wording import date_pattern, language_of


def show_dates(edit: QDateEdit, language: str) -> QDateEdit:
    """``edit`` displaying the language's date form with a calendar to pick from; its own
    locale (not the application's default) names the months, so it holds in any window."""
    russian = language_of(language) == "ru"
    edit.setLocale(QLocale(QLocale.Language.Russian if russian else QLocale.Language.English,
                           QLocale.Country.Russia if russian else QLocale.Country.UnitedStates))
    edit.setDisplayFormat(date_pattern(language))
    edit.setCalendarPopup(True)
    return edit
