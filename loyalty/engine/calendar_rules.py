"""Date arithmetic of the loyalty rules: birthdays, points hold and expiry, tier windows."""
from __future__ import annotations

from datetime import date, timedelta

from loyalty.model.program import Expiry, TierWindow, WindowKind


def birthday_in(year: int, birthday: date) -> date:
    """The birthday's date in ``year``; 29 February falls on 28 February in common years."""
    try:
        return birthday.replace(year=year)
    except ValueError:
        return date(year, 2, 28)


def birthday_occurrence(birthday: date, today: date, window_days: int) -> date | None:
    """The birthday whose ±``window_days`` window holds ``today``, or None.

    Looks at last, this and next year so that a window crossing New Year works.
    """
    for year in (today.year - 1, today.year, today.year + 1):
        occurrence = birthday_in(year, birthday)
        if abs((today - occurrence).days) <= window_days:
            return occurrence
    return None


def in_birthday_window(birthday: date | None, today: date, window_days: int) -> bool:
    return birthday is not None and birthday_occurrence(birthday, today, window_days) is not None


def points_available_on(earned_on: date, hold_days: int) -> date:
    """Points earned on a day become spendable ``hold_days`` later (the same day for 0)."""
    return earned_on + timedelta(days=hold_days)


def points_expire_on(earned_on: date, expiry: Expiry) -> date | None:
    """The first day the points are no longer valid, or None if they never expire.

    ``end_of_following_year``: valid through 31 December of the next year, so
    they expire on 1 January of the year after.  With both set, the earlier wins.
    """
    candidates: list[date] = []
    if expiry.days is not None:
        candidates.append(earned_on + timedelta(days=expiry.days))
    if expiry.end_of_following_year:
        candidates.append(date(earned_on.year + 2, 1, 1))
    return min(candidates, default=None)


def window_start(window: TierWindow, today: date) -> date | None:
    """First day of the tier window holding ``today``; None for a lifetime window."""
    if window.kind == WindowKind.CALENDAR_MONTH:
        return today.replace(day=1)
    if window.kind == WindowKind.CALENDAR_YEAR:
        return date(today.year, 1, 1)
    if window.kind == WindowKind.ROLLING_DAYS:
        return today - timedelta(days=(window.days or 1) - 1)
    return None


def recalculation_due(window: TierWindow, last_recalculated_on: date | None, today: date) -> bool:
    """Whether a window has closed since the last recalculation (downgrades happen then).

    Calendar windows close at month or year end; a rolling window moves every
    day; a lifetime window never closes, so a lifetime tier is never lowered.
    """
    if window.kind == WindowKind.LIFETIME:
        return False
    if last_recalculated_on is None:
        return True
    if window.kind == WindowKind.ROLLING_DAYS:
        return today > last_recalculated_on
    start = window_start(window, today)
    return start is not None and last_recalculated_on < start
