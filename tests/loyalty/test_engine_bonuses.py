"""Welcome, birthday, referral and mission bonuses, and the dates of the time-based rules."""
from __future__ import annotations

from datetime import date

import pytest

from engine_builders import TODAY, basket, member, program
from loyalty.engine.bonuses import welcome_award
from loyalty.engine.calendar_rules import (
    birthday_occurrence, in_birthday_window, points_available_on, points_expire_on,
    recalculation_due, window_start)
from loyalty.engine.engine import quote
from loyalty.model.member_state import MemberId
from loyalty.model.program import (
    BirthdayBonus, BirthdayKind, Expiry, MissionBonus, MissionId, ReferralBonus, TierWindow,
    WelcomeBonus, WindowKind)
from loyalty.model.models import EntryKind

BIRTHDAY_POINTS = BirthdayBonus(BirthdayKind.POINTS, window_days=7, points=300)
GOODS = basket(("Bread", 50_00, 1))


@pytest.mark.parametrize(("last_given", "points"), [
    (None, 300),
    (date(2025, 6, 14), 0),     # already given around this birthday
    (date(2024, 6, 20), 300),   # given last year
])
def test_birthday_points_once_per_birthday(last_given: date | None, points: int) -> None:
    q = quote(GOODS, member(birthday=date(1990, 6, 20), last_birthday_bonus_on=last_given),
              program(birthday=BIRTHDAY_POINTS), TODAY)
    assert q.points_for(EntryKind.BIRTHDAY) == points


def test_birthday_points_outside_the_window() -> None:
    q = quote(GOODS, member(birthday=date(1990, 6, 24)), program(birthday=BIRTHDAY_POINTS), TODAY)
    assert q.awards == ()


@pytest.mark.parametrize(("birthday", "today", "days", "inside"), [
    (date(1990, 12, 30), date(2026, 1, 2), 5, True),    # window across New Year
    (date(1990, 1, 2), date(2025, 12, 30), 3, True),
    (date(2000, 2, 29), date(2025, 2, 28), 0, True),    # leap-day birthday in a common year
    (date(2000, 2, 29), date(2024, 2, 29), 0, True),
    (date(1990, 6, 20), date(2025, 6, 16), 3, False),
    (None, date(2025, 6, 16), 30, False),
])
def test_birthday_window(birthday: date | None, today: date, days: int, inside: bool) -> None:
    assert in_birthday_window(birthday, today, days) is inside


def test_birthday_occurrence_is_the_nearest_one() -> None:
    assert birthday_occurrence(date(1990, 12, 30), date(2026, 1, 2), 5) == date(2025, 12, 30)


def test_referral_bonus_goes_to_the_referrer_on_the_first_purchase() -> None:
    rule = ReferralBonus(referrer_points=500, referred_points=200)
    buyer = member(is_first_purchase=True, referred_by=MemberId(7))
    q = quote(GOODS, buyer, program(referral=rule), TODAY)
    assert {(a.member_id, a.points) for a in q.awards} == {(7, 500), (1, 200)}
    assert q.points_earned == 200
    later = quote(GOODS, member(referred_by=MemberId(7)), program(referral=rule), TODAY)
    assert later.awards == ()


@pytest.mark.parametrize(("before", "points"), [(3, 0), (4, 300), (5, 0)])
def test_mission_pays_on_the_nth_purchase_of_the_month(before: int, points: int) -> None:
    rule = MissionBonus(MissionId("five"), "Five visits", purchases=5, points=300)
    q = quote(GOODS, member(purchases_this_month=before), program(missions=(rule,)), TODAY)
    assert q.points_for(EntryKind.MISSION) == points


def test_welcome_bonus_under_the_program_of_the_enrolment_day() -> None:
    p = program(welcome=WelcomeBonus(100, starts_on=date(2025, 6, 1)))
    award = welcome_award(p, MemberId(3), date(2025, 6, 1))
    assert award is not None and (award.kind, award.points, award.member_id) == \
        (EntryKind.WELCOME, 100, 3)
    assert welcome_award(p, MemberId(3), date(2025, 5, 31)) is None


@pytest.mark.parametrize(("earned_on", "hold_days", "available_on"), [
    (date(2025, 6, 16), 0, date(2025, 6, 16)), (date(2025, 6, 16), 14, date(2025, 6, 30)),
])
def test_points_available_after_hold(earned_on: date, hold_days: int, available_on: date) -> None:
    assert points_available_on(earned_on, hold_days) == available_on


@pytest.mark.parametrize(("expiry", "expires_on"), [
    (Expiry(), None),
    (Expiry(days=365), date(2026, 6, 16)),
    (Expiry(end_of_following_year=True), date(2027, 1, 1)),
    (Expiry(days=1_000, end_of_following_year=True), date(2027, 1, 1)),
    (Expiry(days=30, end_of_following_year=True), date(2025, 7, 16)),
])
def test_points_expiry(expiry: Expiry, expires_on: date | None) -> None:
    assert points_expire_on(date(2025, 6, 16), expiry) == expires_on


@pytest.mark.parametrize(("window", "start"), [
    (TierWindow(WindowKind.CALENDAR_MONTH), date(2025, 6, 1)),
    (TierWindow(WindowKind.CALENDAR_YEAR), date(2025, 1, 1)),
    (TierWindow(WindowKind.ROLLING_DAYS, 30), date(2025, 5, 18)),
    (TierWindow(WindowKind.LIFETIME), None),
])
def test_window_start(window: TierWindow, start: date | None) -> None:
    assert window_start(window, TODAY) == start


@pytest.mark.parametrize(("window", "last", "today", "due"), [
    (TierWindow(WindowKind.CALENDAR_MONTH), date(2025, 5, 31), date(2025, 6, 1), True),
    (TierWindow(WindowKind.CALENDAR_MONTH), date(2025, 6, 1), date(2025, 6, 30), False),
    (TierWindow(WindowKind.CALENDAR_YEAR), date(2024, 12, 31), date(2025, 1, 1), True),
    (TierWindow(WindowKind.CALENDAR_YEAR), date(2025, 1, 1), date(2025, 12, 31), False),
    (TierWindow(WindowKind.ROLLING_DAYS, 30), date(2025, 6, 15), date(2025, 6, 16), True),
    (TierWindow(WindowKind.ROLLING_DAYS, 30), date(2025, 6, 16), date(2025, 6, 16), False),
    (TierWindow(WindowKind.LIFETIME), None, date(2025, 6, 16), False),
    (TierWindow(WindowKind.CALENDAR_MONTH), None, date(2025, 6, 16), True),
])
def test_recalculation_due(window: TierWindow, last: date | None, today: date, due: bool) -> None:
    assert recalculation_due(window, last, today) is due
