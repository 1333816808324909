"""The month's tier figures: who holds which tier at its end, moves, discounts by tier."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from loyalty.model.program import TierProgram
from loyalty.storage.summary_store import TierCounts


@dataclass(frozen=True, slots=True)
class TierFigures:
    """Tier names in the program's order; members who never changed tier hold the first."""

    distribution: tuple[tuple[str, int], ...]
    upgrades: int
    downgrades: int
    discounts: tuple[tuple[str, int], ...]


def summed(counts: Iterable[TierCounts]) -> TierCounts:
    """A run of spans as one: the last one's holders, every move and discount added up."""
    counts = tuple(counts)
    moves: dict[tuple[str | None, str | None], int] = defaultdict(int)
    discounts: dict[str | None, int] = defaultdict(int)
    for c in counts:
        for tier, before, n in c.moves:
            moves[tier, before] += n
        for tier, amount in c.discounts:
            discounts[tier] += amount
    return TierCounts(counts[-1].held, counts[-1].held_purchasers,
                      tuple((t, b, n) for (t, b), n in moves.items()),
                      tuple(discounts.items()))


def tier_figures(program: TierProgram | None, counts: TierCounts | None,
                 purchasers: int) -> TierFigures | None:
    """None when the program runs no tiers (the report then shows a dash).  ``counts``:
    the span's (``summary_store.tier_counts``); ``purchasers``: the members who bought
    before its end, those of them who never changed tier holding the first one."""
    if program is None or not program.tiers or counts is None:
        return None
    names = {t.tier_id: t.name for t in program.tiers}
    rank = {t.tier_id: i for i, t in enumerate(program.tiers)}
    first = program.tiers[0].tier_id
    held: dict[str, int] = defaultdict(int)
    for tier, n in counts.held:  # no tier (None): the first one
        held[tier or first] += n
    held[first] += purchasers - counts.held_purchasers
    up = down = 0
    for tier, before, n in counts.moves:
        if tier is not None:
            after, was = rank.get(tier, 0), rank.get(before or first, 0)
            up += n * (after > was)
            down += n * (after < was)
    discounts: dict[str, int] = defaultdict(int)
    for tier, amount in counts.discounts:
        discounts[tier or first] += amount
    order = [t.tier_id for t in program.tiers]
    return TierFigures(
        distribution=tuple((names[t], held.get(t, 0)) for t in order),
        upgrades=up, downgrades=down,
        discounts=tuple((names[t], discounts.get(t, 0)) for t in order))
