"""One-off bonus points: welcome, birthday, referral and monthly missions."""
from __future__ import annotations

from datetime import date, timedelta

from loyalty.engine.calendar_rules import birthday_occurrence
from loyalty.model.member_state import MemberId, MemberState
from loyalty.model.program import BirthdayKind, Program, active
from loyalty.model.models import EntryKind
from loyalty.model.quote import Explanation, PointsAward


def welcome_award(program: Program, member_id: MemberId, enrolled_on: date) -> PointsAward | None:
    """Points for enrolling, under the program in force on the enrolment day."""
    rule = program.welcome
    if not active(rule, enrolled_on) or rule is None or rule.points <= 0:
        return None
    return PointsAward(EntryKind.WELCOME, rule.points, member_id,
                       Explanation("welcome_bonus", (("points", rule.points),)))


def birthday_award(program: Program, member: MemberState, today: date) -> PointsAward | None:
    """Birthday points on a purchase within the window, once per birthday."""
    rule = program.birthday
    if (not active(rule, today) or rule is None or rule.kind != BirthdayKind.POINTS
            or member.birthday is None or rule.points <= 0):
        return None
    occurrence = birthday_occurrence(member.birthday, today, rule.window_days)
    if occurrence is None:
        return None
    window = timedelta(days=rule.window_days)
    given = member.last_birthday_bonus_on
    if given is not None and occurrence - window <= given <= occurrence + window:
        return None
    return PointsAward(EntryKind.BIRTHDAY, rule.points, member.member_id,
                       Explanation("birthday_bonus", (("points", rule.points),)))


def referral_awards(program: Program, member: MemberState, today: date) -> tuple[PointsAward, ...]:
    """On a referred member's first purchase: the referrer's bonus, and theirs if any."""
    rule = program.referral
    if (not active(rule, today) or rule is None or not member.is_first_purchase
            or member.referred_by is None):
        return ()
    awards = []
    if rule.referrer_points > 0:
        awards.append(PointsAward(EntryKind.REFERRAL, rule.referrer_points, member.referred_by,
                                  Explanation("referral_bonus_referrer", (
                                      ("points", rule.referrer_points),
                                      ("referred", member.member_id)))))
    if rule.referred_points > 0:
        awards.append(PointsAward(EntryKind.REFERRAL, rule.referred_points, member.member_id,
                                  Explanation("referral_bonus_referred", (
                                      ("points", rule.referred_points),))))
    return tuple(awards)


def mission_awards(program: Program, member: MemberState, today: date) -> tuple[PointsAward, ...]:
    """Each mission whose purchase count this receipt reaches exactly (so it pays once a month)."""
    nth = member.purchases_this_month + 1
    return tuple(
        PointsAward(EntryKind.MISSION, m.points, member.member_id, Explanation(
            "mission_bonus", (("mission", m.name), ("purchases", m.purchases),
                              ("points", m.points))))
        for m in program.missions
        if active(m, today) and m.purchases == nth and m.points > 0)
