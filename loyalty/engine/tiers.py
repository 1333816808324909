"""Tier rules: which tier a metric earns, immediate upgrades, window-end recalculation."""
from __future__ import annotations

from collections.abc import Iterable

from loyalty.model.program import Scope, Tier, TierId, TierMetric, TierProgram
from pos.basket import BasketLine


def tier_by_id(program: TierProgram, tier_id: TierId | None) -> Tier | None:
    return next((t for t in program.tiers if t.tier_id == tier_id), None)


def _rank(program: TierProgram, tier: Tier | None) -> int:
    if tier is None:
        return -1
    # by identity first: the tiers compared are the program's own, and comparing frozen
    # dataclasses field by field at every quote cost more than the rest of the tier rules
    # (tier ids are unique, so no other tier of the program is equal to it)
    for rank, candidate in enumerate(program.tiers):
        if candidate is tier:
            return rank
    return program.tiers.index(tier)


def tier_for_metric(program: TierProgram, metric: int) -> Tier | None:
    """The highest tier whose threshold the metric reaches (exactly at it counts)."""
    reached = [t for t in program.tiers if metric >= t.threshold]
    return reached[-1] if reached else None


def _instant_tier(program: TierProgram, receipt_net_minor: int) -> Tier | None:
    reached = [t for t in program.tiers if t.instant_upgrade_from_minor is not None
               and receipt_net_minor >= t.instant_upgrade_from_minor]
    return reached[-1] if reached else None


def upgraded_tier(program: TierProgram, current: TierId | None, metric: int,
                  receipt_net_minor: int = 0) -> Tier | None:
    """The higher of the tier held and the one earned: upgrades never wait.

    ``receipt_net_minor`` is a single receipt's net, for instant upgrades.
    """
    candidates = (tier_by_id(program, current), tier_for_metric(program, metric),
                  _instant_tier(program, receipt_net_minor))
    return max(candidates, key=lambda t: _rank(program, t))


def recalculated_tier(program: TierProgram, closed_window_metric: int) -> Tier | None:
    """The tier for the next window, from the metric of the window that closed.

    This is the only place a member goes down; it may also go up.
    """
    return tier_for_metric(program, closed_window_metric)


def next_tier(program: TierProgram, tier: Tier | None) -> Tier | None:
    rank = _rank(program, tier) + 1
    return program.tiers[rank] if rank < len(program.tiers) else None


def units_in(scope: Scope, lines: Iterable[BasketLine]) -> int:
    return sum(line.qty for line in lines if scope.matches(line))


def receipt_metric(program: TierProgram, lines: Iterable[BasketLine], net_minor: int) -> int:
    """What one receipt adds to the window: its net, one visit, or its units in scope."""
    if program.metric == TierMetric.SPEND:
        return net_minor
    if program.metric == TierMetric.VISITS:
        return 1
    return units_in(program.unit_scope, lines)
