"""Paying with points: how many a receipt may take, and what they are worth in money.

Rounding: the money value of points is rounded down, and the percentage cap
is rounded down, so a cap is never exceeded by a fraction of a minor unit.
"""
from __future__ import annotations

from fractions import Fraction

from loyalty.model.member_state import MemberState
from loyalty.model.program import PointsRule
from loyalty.model.quote import RedeemLimits
from pos.money import BP_PER_100_PCT
from pos.errors import UserError


class RedemptionError(UserError, ValueError):
    """A redemption the rules refuse; ``reason`` is a stable key the UI translates."""

    def __init__(self, requested: int, max_points: int, reason: str) -> None:
        super().__init__(f"redemption.{reason}", requested=requested, max_points=max_points)
        self.requested = requested
        self.max_points = max_points
        self.reason = reason


NO_REDEMPTION = RedeemLimits(0, 0, 1, Fraction(0), ("no_points_program",))


def points_value_minor(points: int, point_value_minor: Fraction) -> int:
    # floor(points * value) in integers: exact, and no Fraction built at every quote
    return points * point_value_minor.numerator // point_value_minor.denominator


def _points_worth_at_most(money_minor: int, point_value_minor: Fraction) -> int:
    """The most points whose value (rounded down) does not pass ``money_minor``."""
    if money_minor < 0:
        return 0
    # ceil((money + 1) / value) - 1, exact in integers (the value is positive)
    return -(-(money_minor + 1) * point_value_minor.denominator
             // point_value_minor.numerator) - 1


def redeem_limits(rule: PointsRule | None, member: MemberState | None,
                  net_minor: int) -> RedeemLimits:
    """The limits for a receipt of ``net_minor``; ``bound_by`` lists the binding ones.

    Keys: balance, cap, keep_money, min_balance, step, no_member, no_points_program.
    """
    if rule is None:
        return NO_REDEMPTION
    r, value = rule.redemption, rule.point_value_minor
    if member is None:
        return RedeemLimits(0, r.min_balance_points, r.step_points, value, ("no_member",))
    if member.spendable_points < r.min_balance_points:
        return RedeemLimits(0, r.min_balance_points, r.step_points, value, ("min_balance",))
    bounds = {"balance": member.spendable_points,
              "cap": _points_worth_at_most(net_minor * r.cap_bp // BP_PER_100_PCT, value)}
    if r.keep_one_minor:
        bounds["keep_money"] = _points_worth_at_most(net_minor - 1, value)
    most = min(bounds.values())
    stepped = most - most % r.step_points
    bound_by = tuple(k for k, v in bounds.items() if v == most)
    if stepped != most:
        bound_by += ("step",)
    return RedeemLimits(stepped, r.min_balance_points, r.step_points, value, bound_by)


def check_redemption(limits: RedeemLimits, requested: int) -> None:
    """Raise RedemptionError unless ``requested`` points may be taken (0 always may)."""
    if requested == 0:
        return
    if requested < 0:
        raise RedemptionError(requested, limits.max_points, "negative")
    if requested > limits.max_points:
        raise RedemptionError(requested, limits.max_points, limits.bound_by[0])
    if requested % limits.step_points:
        raise RedemptionError(requested, limits.max_points, "step")
