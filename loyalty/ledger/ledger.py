"""The points ledger's arithmetic: FIFO lots, expiry, balances and the roll-forward.

Pure functions over ``LedgerEntry`` values.  A balance is always a sum of
entries; which points an entry consumed is decided by replaying the entries in
time order: an entry's own lot first (``lot_ref``), then the spendable lots
that expire soonest (oldest first); what they cannot cover is a debt that the
next points earned pay off (only where a negative balance is allowed).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from loyalty.model.models import EARN_KINDS, Balance, EntryKind, LedgerEntry

_FAR_FUTURE = datetime.max.replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class Lot:
    entry_id: int
    available_at: datetime
    expires_at: datetime | None
    remaining: int


@dataclass(frozen=True, slots=True)
class LotCheckpoint:
    """What a replay left after a member's entries up to ``last_entry_id``, the latest
    of them dated ``last_at``: their lots and uncovered debt."""

    last_entry_id: int
    last_at: datetime
    debt: int
    lots: tuple[Lot, ...]


def _order(entries: Iterable[LedgerEntry]) -> list[LedgerEntry]:
    return sorted(entries, key=lambda e: (e.at, e.entry_id))


def _expiry_key(lot: list) -> tuple:
    expires = lot[2]
    return (expires.replace(tzinfo=None) if expires else _FAR_FUTURE, lot[0])


def replay(entries: Iterable[LedgerEntry], start: LotCheckpoint | None = None
           ) -> tuple[tuple[Lot, ...], int]:
    """The lots left after every entry, and the uncovered debt; from ``start`` when given
    (the entries then come after it: see ``resumes``)."""
    # [entry_id, available_at, expires_at, remaining]
    lots: list[list] = [[l.entry_id, l.available_at, l.expires_at, l.remaining]
                        for l in start.lots] if start else []
    debt = start.debt if start else 0
    for e in _order(entries):
        if e.points > 0:
            paid = min(debt, e.points)
            debt -= paid
            if e.points > paid:
                lots.append([e.entry_id, e.available_at, e.expires_at, e.points - paid])
            continue
        need = -e.points
        own = [l for l in lots if l[0] == e.lot_ref]
        live = [l for l in lots if l[0] != e.lot_ref and l[1] <= e.at
                and (l[2] is None or l[2] > e.at)]
        # pending lots are never taken by other entries: what spendable lots cannot
        # cover is a debt, exactly as the balance query sees it
        for lot in own + sorted(live, key=_expiry_key):
            take = min(need, lot[3])
            lot[3] -= take
            need -= take
            if need == 0:
                break
        debt += need
        lots = [l for l in lots if l[3] > 0]
    return tuple(Lot(*l) for l in lots), debt


def resumes(start: LotCheckpoint, newer: Iterable[LedgerEntry]) -> bool:
    """Whether replaying ``newer`` (entries written after ``start``) from ``start`` is the
    whole replay: none of them is dated before the entries it covers (an expiry is dated
    when its lot expired, which can be before the member's latest entry)."""
    return all(e.at >= start.last_at for e in newer)


def checkpoint_after(entries: Iterable[LedgerEntry], start: LotCheckpoint | None = None
                     ) -> LotCheckpoint | None:
    """The checkpoint after ``entries`` (every entry of the member, or those after
    ``start``); None for a member without entries."""
    entries = tuple(entries)
    if not entries:
        return start
    lots, debt = replay(entries, start)
    return LotCheckpoint(max(e.entry_id for e in entries),
                         max(max(e.at for e in entries), start.last_at) if start
                         else max(e.at for e in entries), debt, lots)


def due_expiries(entries: Iterable[LedgerEntry], now: datetime) -> tuple[tuple[Lot, int], ...]:
    """(lot, points) that have expired by ``now`` and have no expiry entry yet."""
    return due_lots(replay(entries)[0], now)


def due_lots(lots: Iterable[Lot], now: datetime) -> tuple[tuple[Lot, int], ...]:
    """Of the lots a replay left, (lot, points) past their expiry at ``now``."""
    return tuple((lot, lot.remaining) for lot in lots
                 if lot.expires_at is not None and lot.expires_at <= now)


def balance_at(entries: Iterable[LedgerEntry], at: datetime) -> Balance:
    """The balance as the ledger's single query computes it: pending is what becomes
    spendable after ``at``; spendable is the rest (negative only as a debt)."""
    total = pending = 0
    for e in entries:
        if e.at <= at:
            total += e.points
            if e.available_at > at:
                pending += e.points
    return Balance(spendable=total - pending, pending=pending)


@dataclass(frozen=True, slots=True)
class RollForward:
    """SPEC §4: opening + earned − redeemed − expired + adjusted + reversed = closing."""

    opening: int
    earned: tuple[tuple[str, int], ...]
    redeemed: int
    expired: int
    adjusted: int
    reversed: int
    closing: int
    pending_closing: int

    @property
    def earned_total(self) -> int:
        return sum(v for _, v in self.earned)

    def holds(self) -> bool:
        return (self.opening + self.earned_total - self.redeemed - self.expired + self.adjusted
                + self.reversed) == self.closing


def roll_forward(opening: int, sums_by_kind: dict[str, int], pending_closing: int) -> RollForward:
    """Build the roll-forward from the opening total and the period's signed sums per kind.

    ``transfer`` entries (member merges) net to zero across members and are
    shown with the adjustments.
    """
    earned = tuple((k, sums_by_kind.get(k, 0)) for k in EARN_KINDS)
    closing = opening + sum(sums_by_kind.values())
    return RollForward(
        opening=opening, earned=earned, redeemed=-sums_by_kind.get(EntryKind.REDEEM, 0),
        expired=-sums_by_kind.get(EntryKind.EXPIRE, 0),
        adjusted=sums_by_kind.get(EntryKind.ADJUST, 0) + sums_by_kind.get(EntryKind.TRANSFER, 0),
        reversed=sums_by_kind.get(EntryKind.REVERSAL, 0), closing=closing,
        pending_closing=pending_closing)
