"""The month's tier figures: who holds which tier at its end, moves, discounts by tier."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from loyalty.model.program import TierProgram
from loyalty.storage.summary_store import ReceiptRow, TierChange


@dataclass(frozen=True, slots=True)
class TierFigures:
    """Tier names in the program's order; members who never changed tier hold the first."""

    distribution: tuple[tuple[str, int], ...]
    upgrades: int
    downgrades: int
    discounts: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class TierMove:
    """One change with the tier held before it (None: the program's first tier)."""

    at: datetime
    member_id: int
    tier_id: str | None
    before_id: str | None


@dataclass(frozen=True, slots=True)
class TierHistory:
    """Every member's tier changes by time, read once for all the months of a period:
    ``by_member`` (times, tiers) per member and ``moves`` all changes by time."""

    by_member: dict[int, tuple[list[datetime], list[str | None]]]
    moves: tuple[TierMove, ...]
    # the moves' members and tiers side by side: the tiers held at an instant are then
    # one dict of a prefix, made in C, rather than a Python loop over every move
    move_members: tuple[int, ...] = ()
    move_tiers: tuple[str | None, ...] = ()


def tier_history(changes: Sequence[TierChange]) -> TierHistory:
    """The history of ``changes`` ordered by time; changes at one instant keep the order
    given (the store's: by id).  A recalculation is dated when its window closed but
    written when the daily run noticed, possibly after a later upgrade: time decides."""
    by_member: dict[int, tuple[list[datetime], list[str | None]]] = {}
    moves = []
    for c in sorted(changes, key=lambda c: c.at):
        times, tiers = by_member.setdefault(c.member_id, ([], []))
        moves.append(TierMove(c.at, c.member_id, c.tier_id, tiers[-1] if tiers else None))
        times.append(c.at)
        tiers.append(c.tier_id)
    return TierHistory(by_member, tuple(moves), tuple(m.member_id for m in moves),
                       tuple(m.tier_id for m in moves))


def _held(history: TierHistory, member_id: int, at: datetime, first: str) -> str:
    """The tier held just before ``at`` (a receipt is priced by the tier held before it)."""
    times, tiers = history.by_member.get(member_id, ((), ()))
    i = bisect_left(times, at)
    return (tiers[i - 1] if i else None) or first


def tier_figures(program: TierProgram | None, changes: Sequence[TierChange],
                 receipts: Iterable[ReceiptRow], members: Iterable[int], start: datetime,
                 end: datetime, history: TierHistory | None = None,
                 not_yet: frozenset[int] = frozenset()) -> TierFigures | None:
    """None when the program runs no tiers (the report then shows a dash).  ``history``:
    ``tier_history`` of changes up to at least ``end``, instead of ``changes``; before
    ``start`` each member's latest change is all it needs.  ``not_yet``: those of
    ``members`` not counted (they first bought after ``end``)."""
    if program is None or not program.tiers:
        return None
    names = {t.tier_id: t.name for t in program.tiers}
    rank = {t.tier_id: i for i, t in enumerate(program.tiers)}
    first = program.tiers[0].tier_id
    if history is None:
        history = tier_history(changes)
    # the tier each member who changed by the end holds then: their latest move before it
    moves = history.moves
    n = bisect_left(moves, end, key=lambda m: m.at)
    held: dict[int, str | None] = dict(zip(history.move_members[:n], history.move_tiers[:n]))
    members = members if isinstance(members, (set, frozenset)) else set(members)
    counts: dict[str, int] = defaultdict(int, Counter(held.values()))
    for none in [t for t in counts if not t]:  # no tier (None): the first one
        counts[first] += counts.pop(none)
    # everyone else counted (a buyer who never changed) holds the first tier
    counts[first] += (len(members) - len(not_yet) + len(held.keys() - members)
                      + len(held.keys() & not_yet) - len(held))
    up = down = 0
    for i in range(bisect_left(moves, start, key=lambda m: m.at),
                   bisect_left(moves, end, key=lambda m: m.at)):
        move = moves[i]
        if move.tier_id is not None:
            after, before = rank.get(move.tier_id, 0), rank.get(move.before_id or first, 0)
            up += after > before
            down += after < before
    discounts: dict[str, int] = defaultdict(int)
    for r in receipts:
        if r.member_id is not None and r.discount_minor:
            discounts[_held(history, r.member_id, r.at, first)] += r.discount_minor
    order = [t.tier_id for t in program.tiers]
    return TierFigures(
        distribution=tuple((names[t], counts.get(t, 0)) for t in order),
        upgrades=up, downgrades=down,
        discounts=tuple((names[t], discounts.get(t, 0)) for t in order))
