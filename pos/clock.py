"""Time at the till: an injectable clock, UTC storage text, and the shop's local calendar."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


# the last moment written and its text: a sale writes its moment into a dozen rows and
# queries (the clock hands out one object until it moves), so most calls are this lookup;
# one tuple, replaced whole, so another thread never sees a moment with another's text
_last_written: tuple[datetime | None, str] = (None, "")


def to_db(moment: datetime) -> str:
    """Fixed-width UTC text, so that text order is time order in SQL."""
    global _last_written
    last = _last_written
    if moment is last[0]:  # the same (immutable) object: kept alive by the cache itself
        return last[1]
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one")
    utc = moment.astimezone(timezone.utc)
    if utc.year < 1000:  # strftime leaves such a year unpadded; isoformat would pad it
        text = utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    else:  # the same text, without strftime's cost (it was a tenth of a demo sale)
        text = utc.isoformat(timespec="microseconds")[:-6] + "Z"
    _last_written = (moment, text)
    return text


def from_db(text: str) -> datetime:
    # fromisoformat reads to_db's "...Z" text as UTC already, ~5x faster than strptime
    # (which dominated loading a member's ledger) and 10x faster than re-setting tzinfo
    return datetime.fromisoformat(text)


def local_midnight(day: date, tz: str) -> datetime:
    """The instant a local calendar day starts in the shop's time zone."""
    return datetime.combine(day, time(0), tzinfo=ZoneInfo(tz))


def local_date(moment: datetime, tz: str) -> date:
    return moment.astimezone(ZoneInfo(tz)).date()


def month_bounds(year: int, month: int, tz: str) -> tuple[datetime, datetime]:
    """[start, end) of a calendar month: local midnight of its first day and of the next month's."""
    start = local_midnight(date(year, month, 1), tz)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return start, local_midnight(nxt, tz)


def iso_local(moment: datetime, tz: str) -> str:
    """ISO 8601 with the shop's UTC offset, as the exports write times."""
    return moment.astimezone(ZoneInfo(tz)).isoformat(timespec="seconds")


def days(n: int) -> timedelta:
    return timedelta(days=n)
