"""The month's tier figures: who holds which tier at its end, moves, discounts by tier."""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
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


def _history(changes: Sequence[TierChange]) -> dict[int, tuple[list[datetime], list[str | None]]]:
    out: dict[int, tuple[list[datetime], list[str | None]]] = {}
    for c in changes:
        times, tiers = out.setdefault(c.member_id, ([], []))
        times.append(c.at)
        tiers.append(c.tier_id)
    return out


def _held(history: dict, member_id: int, at: datetime, first: str) -> str:
    """The tier held just before ``at`` (a receipt is priced by the tier held before it)."""
    times, tiers = history.get(member_id, ([], []))
    i = bisect_left(times, at)
    return (tiers[i - 1] if i else None) or first


def tier_history(changes: Sequence[TierChange]
                 ) -> dict[int, tuple[list[datetime], list[str | None]]]:
    """Each member's tier changes, in order: read once for all the months of a period."""
    return _history(changes)


def tier_figures(program: TierProgram | None, changes: Sequence[TierChange],
                 receipts: Iterable[ReceiptRow], members: Iterable[int], start: datetime,
                 end: datetime, history: dict | None = None) -> TierFigures | None:
    """None when the program runs no tiers (the report then shows a dash).  ``history``:
    ``tier_history`` of changes up to at least ``end``, instead of ``changes``."""
    if program is None or not program.tiers:
        return None
    names = {t.tier_id: t.name for t in program.tiers}
    rank = {t.tier_id: i for i, t in enumerate(program.tiers)}
    first = program.tiers[0].tier_id
    if history is None:
        history = _history(changes)
    changed = {m for m, (times, _) in history.items() if times and min(times) < end}
    counts: dict[str, int] = defaultdict(int)
    for member_id in set(members) | changed:
        counts[_held(history, member_id, end, first)] += 1
    up = down = 0
    for member_id, (times, tiers) in history.items():
        for i, (at, tier) in enumerate(zip(times, tiers)):
            before = (tiers[i - 1] if i else None) or first
            if start <= at < end and tier is not None:
                up += rank.get(tier, 0) > rank.get(before, 0)
                down += rank.get(tier, 0) < rank.get(before, 0)
    discounts: dict[str, int] = defaultdict(int)
    for r in receipts:
        if r.member_id is not None and r.discount_minor:
            discounts[_held(history, r.member_id, r.at, first)] += r.discount_minor
    order = [t.tier_id for t in program.tiers]
    return TierFigures(
        distribution=tuple((names[t], counts.get(t, 0)) for t in order),
        upgrades=up, downgrades=down,
        discounts=tuple((names[t], discounts.get(t, 0)) for t in order))
