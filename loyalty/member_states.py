"""Building the rule engine's MemberState of a member from the database."""
from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from loyalty import store, wallet
from loyalty.member_state import MemberId, MemberState
from loyalty.models import Member
from pos.clock import from_db, local_date, local_midnight


def member_state(db: Database, member: Member, at: datetime, tz: str) -> MemberState:
    """Everything the rules know about ``member`` just before a purchase at ``at``."""
    today = local_date(at, tz)
    balance = wallet.balance(db, member.member_id, at)
    month_start = local_midnight(today.replace(day=1), tz)
    spend, last_at, this_month, ever = store.member_purchase_summary(
        db, member.member_id, month_start)
    return MemberState(
        member_id=MemberId(member.member_id), enrolled_on=local_date(member.enrolled_at, tz),
        birthday=member.birthday, spendable_points=balance.spendable,
        pending_points=balance.pending, lifetime_spend_minor=spend,
        last_purchase_on=local_date(from_db(last_at), tz) if last_at else None,
        purchases_this_month=this_month, is_first_purchase=ever == 0,
        referred_by=MemberId(member.referred_by) if member.referred_by else None)
