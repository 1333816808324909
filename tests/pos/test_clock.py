"""Stored times: UTC text that sorts as time does, read back as the same instant."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from pos.clock import from_db, month_bounds, to_db


def test_stored_times_read_back_as_the_same_utc_instant() -> None:
    moment = datetime(2026, 3, 10, 12, 30, 1, 250, tzinfo=timezone(timedelta(hours=3)))
    back = from_db(to_db(moment))
    assert back == moment and back.utcoffset() == timedelta(0)
    assert to_db(moment) < to_db(moment + timedelta(microseconds=1))


def test_stored_text_is_fixed_width_utc_for_any_zone_and_year() -> None:
    for moment in (datetime(2026, 3, 10, 0, 30, tzinfo=timezone(timedelta(hours=3))),
                   datetime(1999, 12, 31, 23, 59, 59, 999_999, tzinfo=timezone.utc),
                   datetime(999, 1, 1, 12, tzinfo=timezone.utc)):
        expected = moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        assert to_db(moment) == to_db(moment) == expected  # the second from the last kept
    assert to_db(datetime(2026, 3, 10, 0, 30, tzinfo=timezone(timedelta(hours=3)))) == (
        "2026-03-09T21:30:00.000000Z")


def test_a_month_runs_from_local_midnight_to_local_midnight() -> None:
    start, end = month_bounds(2026, 12, "Europe/Moscow")
    assert (start.isoformat(), end.isoformat()) == ("2026-12-01T00:00:00+03:00",
                                                    "2027-01-01T00:00:00+03:00")
    assert start.date() == date(2026, 12, 1)
