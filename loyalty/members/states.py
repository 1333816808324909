"""Building the rule engine's MemberState of a member from the database."""
from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from loyalty.storage import ledger_store, rules_store
from loyalty.ledger import wallet
from loyalty.model.member_state import MemberId, MemberState, StampProgress
from loyalty.model.models import EntryKind, Member
from loyalty.model.program import Program, StampCardId, TierId, TierMetric, active
from loyalty.tier_runs import held_tier, window_from, window_metric
from pos.clock import local_date, local_midnight


def member_state(db: Database, member: Member, at: datetime, tz: str,
                 program: Program | None = None,
                 lots: wallet.LotCache | None = None) -> MemberState:
    """Everything the rules know about ``member`` just before a purchase at ``at``;
    tier metrics are read only when ``program`` runs tiers; ``lots``: the shop's replayed
    lots, for counting expiries not written yet."""
    today = local_date(at, tz)
    balance = wallet.balance(db, member.member_id, at, lots)
    month_start = local_midnight(today.replace(day=1), tz)
    totals = rules_store.member_totals(db, member.member_id)
    tiers = program.tiers if program is not None and active(program.tiers, today) else None
    # one read of the member's latest sales serves this month's count and the window's
    # spend or visits (units are summed over the sale lines by a query of their own)
    window = (window_from(tiers, today, tz)
              if tiers is not None and tiers.metric != TierMetric.UNITS else None)
    recent = rules_store.recent_sales(db, member.member_id,
                                      min(month_start, window) if window else month_start)
    this_month = rules_store.purchases_since(db, member.member_id, month_start, recent)
    tier_id, metric = None, 0
    if tiers is not None:
        tier_id = held_tier(db, member.member_id)
        metric = window_metric(db, tiers, member.member_id, today, at, tz, recent)
    stamps = tuple(StampProgress(StampCardId(card), count) for card, count in
                   rules_store.stamp_progress(db, member.member_id).items())
    birthday_at = ledger_store.last_entry_at(db, member.member_id, EntryKind.BIRTHDAY)
    return MemberState(
        member_id=MemberId(member.member_id), enrolled_on=local_date(member.enrolled_at, tz),
        birthday=member.birthday, spendable_points=balance.spendable,
        pending_points=balance.pending, lifetime_spend_minor=totals.spend_minor,
        last_purchase_on=(local_date(totals.last_purchase_at, tz)
                          if totals.last_purchase_at else None),
        tier_id=TierId(tier_id) if tier_id else None, tier_metric=metric, stamps=stamps,
        purchases_this_month=this_month, is_first_purchase=totals.purchases == 0,
        referred_by=MemberId(member.referred_by) if member.referred_by else None,
        last_birthday_bonus_on=local_date(birthday_at, tz) if birthday_at else None)
