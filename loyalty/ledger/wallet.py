"""A member's points: earning, spending, adjusting and expiring them, as ledger entries."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlite_utils import Database

from loyalty.storage import ledger_store, lot_store, store
from loyalty.ledger.ledger import Lot, LotCheckpoint, checkpoint_after, due_lots, resumes
from loyalty.engine.calendar_rules import points_expire_on
from pos.basket import is_count
from loyalty.model.models import Balance, EntryKind, LedgerEntry
from loyalty.model.program import Program
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage import store as pos_store
from pos.clock import local_date, local_midnight
from pos.storage.db import write_transaction
from pos.staff.model import Staff
from pos.errors import UserError

MAX_ADJUST_POINTS = 10_000_000


class PointsError(UserError, ValueError):
    """``reason``: insufficient, no_reason, not_owner, bad_points, no_such_member."""

    def __init__(self, reason: str, detail: object = None) -> None:
        super().__init__(f"points.{reason}", value=detail)
        self.reason = reason
        self.detail = detail


def earn_entry(member_id: int, kind: str, points: int, at: datetime, *, hold_days: int = 0,
               expires_at: datetime | None = None, sale_no: int | None = None,
               staff_id: int | None = None, reason: str = "") -> LedgerEntry:
    return LedgerEntry(0, member_id, kind, points, at, at + timedelta(days=hold_days),
                       expires_at=expires_at, sale_no=sale_no, staff_id=staff_id, reason=reason)


def program_earn_entry(program: Program, member_id: int, kind: str, points: int, at: datetime,
                       tz: str, *, hold: bool = True, sale_no: int | None = None,
                       staff_id: int | None = None, reason: str = "") -> LedgerEntry:
    """Points earned under ``program``: its hold period and its expiry (at local midnight)."""
    rule = program.points
    hold_days = rule.hold_days if rule and hold else 0
    expires_on = points_expire_on(local_date(at, tz), rule.expiry) if rule else None
    return earn_entry(member_id, kind, points, at, hold_days=hold_days,
                      expires_at=local_midnight(expires_on, tz) if expires_on else None,
                      sale_no=sale_no, staff_id=staff_id, reason=reason)


def spend_entry(member_id: int, kind: str, points: int, at: datetime, *,
                sale_no: int | None = None, staff_id: int | None = None, reason: str = "",
                lot_ref: int | None = None, available_at: datetime | None = None) -> LedgerEntry:
    """A negative entry.  ``available_at`` follows the lot it takes back from, so taking
    back pending points lowers the pending sum rather than the spendable one."""
    return LedgerEntry(0, member_id, kind, -points, at, available_at or at, sale_no=sale_no,
                       lot_ref=lot_ref, staff_id=staff_id, reason=reason)


def expire_due(db: Database, now: datetime, member_id: int | None = None) -> int:
    """Write expiry entries for every lot that has expired by ``now``; returns points expired.

    Each expiry is dated when the lot expired, not when this run noticed it, so
    a report for a past month is the same whenever it is produced.
    """
    expired = 0
    with write_transaction(db):  # candidates read under the lock, so the mark below is true
        members = ([member_id] if member_id is not None
                   else ledger_store.members_with_due_lots(db, now))
        for mid in members:
            if not ledger_store.has_due_lots(db, mid, now):
                continue
            state = replayed(db, mid)
            entries = []
            for lot, points in due_lots(state.lots if state else (), now):
                entries.append(LedgerEntry(0, mid, EntryKind.EXPIRE, -points, lot.expires_at,
                                           lot.expires_at, lot_ref=lot.entry_id,
                                           reason="expired"))
                expired += points
            ids = ledger_store.append(db, entries)
            written = [replace(e, entry_id=i) for e, i in zip(entries, ids)]
            if state is not None:  # the next count of this member's expiries starts here
                lot_store.save_checkpoint(db, mid, checkpoint_after(written, state)
                                          if resumes(state, written) else replayed(db, mid))
        ledger_store.mark_expiry_checked(db, member_id, now)
    return expired


def replayed(db: Database, member_id: int) -> LotCheckpoint | None:
    """The member's lots and debt after every entry of theirs: resumed from the checkpoint
    the last expiry settlement left when the entries since follow it, else replayed from
    the first (None: no entries)."""
    start = lot_store.checkpoint_of(db, member_id)
    if start is not None:
        newer = ledger_store.entries_after(db, member_id, start.last_entry_id)
        if resumes(start, newer):
            return checkpoint_after(newer, start)
    return checkpoint_after(ledger_store.entries_of(db, member_id))


class LotCache:
    """Each member's lots as the replay of their entries left them, kept while no entry is
    added: a till scans the same customer many times, and the replay (of the entries
    since the member's last expiry settlement) is what an unwritten expiry costs to
    count.  One per shop."""

    def __init__(self, size: int = 2_000) -> None:
        self.size = size
        self._lots: dict[int, tuple[int, tuple[Lot, ...]]] = {}

    def lots(self, db: Database, member_id: int) -> tuple[Lot, ...]:
        newest = ledger_store.last_entry_id(db, member_id)
        held = self._lots.get(member_id)
        if held is not None and held[0] == newest:
            return held[1]
        state = replayed(db, member_id)
        lots = state.lots if state else ()
        if len(self._lots) >= self.size:
            self._lots.pop(next(iter(self._lots)))  # the oldest kept
        self._lots[member_id] = (newest, lots)
        return lots


def balance(db: Database, member_id: int, now: datetime,
            cache: LotCache | None = None) -> Balance:
    """The member's balance at ``now``, points past their expiry counted as expired.

    Read only: the scan path never waits for a durable write.  Expiries the
    daily run has not written yet are worked out from the member's lots here, and
    written by ``settle_expiry`` in the transaction of whatever next changes the
    member's points (a sale, a return, an adjustment), or by the daily run.
    """
    stored = ledger_store.balance(db, member_id, now)
    if not ledger_store.has_due_lots(db, member_id, now):
        return stored
    if cache is not None:
        lots = cache.lots(db, member_id)
    else:
        state = replayed(db, member_id)
        lots = state.lots if state else ()
    due = sum(points for _, points in due_lots(lots, now))
    return Balance(spendable=stored.spendable - due, pending=stored.pending)


def settle_expiry(db: Database, member_id: int, now: datetime) -> None:
    """Write the member's expiries due by ``now`` (inside the caller's transaction), so the
    entries written next consume only the points the quote counted as theirs."""
    if ledger_store.has_due_lots(db, member_id, now):
        expire_due(db, now, member_id)


def adjust(db: Database, member_id: int, points: int, reason: str, by: Staff,
           at: datetime) -> LedgerEntry:
    """A manual correction: needs a reason and an owner; a deduction may not exceed
    the spendable balance."""
    if not by.is_owner:
        raise PointsError("not_owner", by.name)
    if not reason.strip():
        raise PointsError("no_reason")
    if not is_count(points) or points == 0 or abs(points) > MAX_ADJUST_POINTS:
        raise PointsError("bad_points", points)
    with write_transaction(db):
        if store.member_by_id(db, member_id) is None:
            raise PointsError("no_such_member", member_id)
        settle_expiry(db, member_id, at)
        if points < 0 and -points > balance(db, member_id, at).spendable:
            raise PointsError("insufficient", (-points, balance(db, member_id, at).spendable))
        entry = (earn_entry(member_id, EntryKind.ADJUST, points, at, staff_id=by.staff_id,
                            reason=reason.strip()) if points > 0 else
                 spend_entry(member_id, EntryKind.ADJUST, -points, at, staff_id=by.staff_id,
                             reason=reason.strip()))
        ledger_store.append(db, [entry])
        pos_store.append_audit(db, at, by.staff_id, AuditAction.POINTS_ADJUSTED,
                               subject(SubjectKind.MEMBER, member_id),
                               {"points": points, "reason": reason.strip()})
    return entry
