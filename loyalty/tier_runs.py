"""Tiers over time: the tier a member holds, its window's metric, and window-end recalculation."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlite_utils import Database

from loyalty.storage import rules_store
from loyalty.engine.calendar_rules import recalculation_due, window_start
from loyalty.model.program import Program, TierProgram, WindowKind, active
from loyalty.engine.tiers import recalculated_tier
from pos.clock import local_midnight
from pos.storage.db import write_transaction


def _tiers(program: Program, today: date) -> TierProgram | None:
    return program.tiers if active(program.tiers, today) else None


def window_from(tiers: TierProgram, today: date, tz: str) -> datetime | None:
    """When the window holding ``today`` began (None: it holds the whole history)."""
    start = window_start(tiers.window, today)
    return local_midnight(start, tz) if start else None


def window_metric(db: Database, tiers: TierProgram, member_id: int, today: date,
                  at: datetime, tz: str,
                  recent: list[rules_store.RecentSale] | None = None) -> int:
    """The member's metric so far in the window holding ``today``; ``recent``: the member's
    sales as ``rules_store.recent_sales`` read them from the window's start or earlier."""
    return rules_store.tier_metrics(db, str(tiers.metric), tiers.unit_scope,
                                    window_from(tiers, today, tz), at, member_id,
                                    recent).get(member_id, 0)


def held_tier(db: Database, member_id: int) -> str | None:
    return rules_store.current_tier(db, member_id)


def _closed_window(tiers: TierProgram, today: date) -> tuple[date | None, date]:
    """[start, end) of the window that closed most recently before ``today``."""
    end = window_start(tiers.window, today)
    if tiers.window.kind == WindowKind.ROLLING_DAYS:
        end = today
        return end - timedelta(days=tiers.window.days or 1), end
    previous = window_start(tiers.window, end - timedelta(days=1))
    return previous, end


def recalculate_tiers(db: Database, program: Program, today: date, at: datetime,
                      tz: str) -> int:
    """At a window's end every member's tier is set from the closed window's metric — the
    only moment a tier goes down.  Returns how many members changed tier; idempotent per day.

    The changes are dated when the window closed, not when this run happened, so
    a month's tier figures are the same whenever its report is made.
    """
    tiers = _tiers(program, today)
    if tiers is None or not recalculation_due(tiers.window, rules_store.last_tier_run(db), today):
        return 0
    start, end = _closed_window(tiers, today)
    closed_at = local_midnight(end, tz)
    changed = 0
    with write_transaction(db):
        metrics = rules_store.tier_metrics(db, str(tiers.metric), tiers.unit_scope,
                                           local_midnight(start, tz) if start else None,
                                           local_midnight(end, tz))
        held_now = rules_store.current_tiers(db)  # one read, not one per member
        for member_id in rules_store.members_with_tier_or_sales(db):
            new = recalculated_tier(tiers, metrics.get(member_id, 0))
            new_id = new.tier_id if new else None
            held = held_now.get(member_id)
            if new_id != held:
                rules_store.insert_tier_change(db, member_id, new_id, closed_at, "recalculation")
                changed += 1
        rules_store.record_tier_run(db, today, at)
    return changed
