"""Program JSON: round trips, and every bad field refused with its path and reason."""
from __future__ import annotations

import json
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings

from engine_builders import programs
from loyalty.program.presets import presets
from loyalty.model.program import (
    CouponIssue, CouponPolicy, CumulativeDiscount, CumulativeFormula, EarnBp, EarnPerAmount,
    PointsRule, Program, SpendStep, Tier, TierId, TierMetric, TierProgram, TierWindow, WindowKind)
from loyalty.program.json_format import ProgramError, program_from_json, program_to_json


@settings(max_examples=200, deadline=None)
@given(programs)
def test_round_trip(program: Program) -> None:
    assert program_from_json(program_to_json(program)) == program


@pytest.mark.parametrize("preset", presets(date(2025, 1, 1)), ids=lambda p: p.key)
def test_presets_round_trip(preset) -> None:
    assert program_from_json(program_to_json(preset.program)) == preset.program


def test_empty_program_is_two_fields_away() -> None:
    assert program_from_json('{"version": 3, "effective_from": "2025-01-01"}') == \
        Program.empty(3, date(2025, 1, 1))


def test_json_shape_is_plain() -> None:
    data = json.loads(program_to_json(Program(1, date(2025, 1, 1), points=PointsRule(
        EarnPerAmount(50, 1_000_00), point_value_minor=Fraction(1, 2)))))
    assert data["points"]["earn"] == {"type": "per_amount", "points": 50, "per_minor": 100000,
                                      "whole": False}
    assert data["points"]["point_value_minor"] == "1/2"
    assert data["effective_from"] == "2025-01-01"


def _base() -> dict:
    return json.loads(program_to_json(Program(
        1, date(2025, 1, 1),
        tiers=TierProgram((Tier(TierId("s"), "Silver", 0, 500), Tier(TierId("g"), "Gold", 100)),
                          TierMetric.SPEND, TierWindow(WindowKind.CALENDAR_YEAR)),
        points=PointsRule(EarnBp(500)))))


def _set(data: dict, path: str, value: object) -> dict:
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is KeyError:
        del node[last]
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(("path", "value", "error_path", "reason"), [
    ("tiers.tiers.0.discount_bp", -1, "tiers.tiers[0].discount_bp", "negative"),
    ("tiers.tiers.0.discount_bp", 10_001, "tiers.tiers[0].discount_bp", "above_100_pct"),
    ("points.redemption.cap_bp", 20_000, "points.redemption.cap_bp", "above_100_pct"),
    ("points.earn.rate_bp", 1.5, "points.earn.rate_bp", "expected_integer"),
    ("points.earn.rate_bp", True, "points.earn.rate_bp", "expected_integer"),
    ("points.earn.type", "cash", "points.earn.type", "unknown_type"),
    ("points.point_value_minor", 0.5, "points.point_value_minor", "expected_fraction"),
    ("points.point_value_minor", "1/0", "points.point_value_minor", "expected_fraction"),
    ("points.point_value_minor", "0", "points.point_value_minor", "must_be_positive"),
    ("points.redemption.step_points", 0, "points.redemption.step_points", "must_be_positive"),
    ("points.bonus", 1, "points.bonus", "unknown_key"),
    ("effective_from", "2025-13-01", "effective_from", "expected_date"),
    ("version", KeyError, "version", "missing"),
    ("tiers.metric", "litres", "tiers.metric", "unknown_value"),
    ("tiers.tiers.1.threshold", 0, "tiers.tiers[1].threshold", "not_ascending"),
    ("tiers.tiers.1.tier_id", "s", "tiers.tiers", "duplicate_id"),
    ("tiers.tiers", [], "tiers.tiers", "empty"),
    ("tiers.tiers", {}, "tiers.tiers", "expected_list"),
    ("tiers.window.kind", "rolling_days", "tiers.window.days", "missing"),
    ("tiers.window.days", 30, "tiers.window.days", "only_for_rolling_days"),
    ("tiers.enabled", "yes", "tiers.enabled", "expected_bool"),
    ("tiers.tiers.0.name", 5, "tiers.tiers[0].name", "expected_text"),
    ("points", 7, "points", "expected_object"),
])
def test_bad_fields_are_refused_with_their_path(path: str, value: object, error_path: str,
                                                reason: str) -> None:
    with pytest.raises(ProgramError) as caught:
        program_from_json(json.dumps(_set(_base(), path, value)))
    assert (caught.value.path, caught.value.reason) == (error_path, reason)


@pytest.mark.parametrize(("program", "error_path", "reason"), [
    (Program(1, date(2025, 1, 1), cumulative=CumulativeDiscount()), "cumulative",
     "steps_or_formula"),
    (Program(1, date(2025, 1, 1), cumulative=CumulativeDiscount(
        steps=(SpendStep(0, 300),), formula=CumulativeFormula(300, 100, 1, 2_000))),
     "cumulative", "steps_or_formula"),
    (Program(1, date(2025, 1, 1), cumulative=CumulativeDiscount(
        formula=CumulativeFormula(500, 100, 1, 300))), "cumulative.formula.cap_bp", "below_start"),
    (Program(1, date(2025, 1, 1), cumulative=CumulativeDiscount(
        formula=CumulativeFormula(300, 100, 0, 2_000))), "cumulative.formula.per_minor",
     "must_be_positive"),
    (Program(1, date(2025, 1, 1), coupons=CouponPolicy(CouponIssue(0, 100_00, 500))),
     "coupons.issue", "amount_or_rate"),
])
def test_inconsistent_mechanisms_are_refused(program: Program, error_path: str,
                                             reason: str) -> None:
    with pytest.raises(ProgramError) as caught:
        program_from_json(program_to_json(program))
    assert (caught.value.path, caught.value.reason) == (error_path, reason)


def test_not_json_at_all() -> None:
    with pytest.raises(ProgramError) as caught:
        program_from_json("{version: 1")
    assert caught.value.reason == "not_json"
