"""Sanity rules for a Program: ranges, ids and the shapes each mechanism needs."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, is_dataclass
from datetime import date
from fractions import Fraction

from loyalty.model.program import (
    ALWAYS, BirthdayKind, CouponIssue, CumulativeDiscount, EarnPerAmount, Program, TierProgram,
    WindowKind)
from loyalty.program.bounds import (
    AT_LEAST_ONE, AT_LEAST_ONE_STORED, FOLLOWING_YEAR_MIN_DAYS, FRACTION_MAX_DENOMINATOR,
    FRACTION_RANGE, ID_FIELDS, LATEST_DATE, NAME_FIELDS, NAME_MAX, POINTS_PER_MINOR_MAX,
    TEXT_MAX, int_limit, length_limit)
from pos.money import BP_PER_100_PCT
from pos.errors import UserError


class ProgramError(UserError, ValueError):
    """A program the shop cannot run; ``path`` points at the field ('tiers.tiers[1].name').

    ``limit`` is the bound a number, text or list broke (``too_large``, ``too_long``,
    ``too_many``); ``detail`` what a sample quote failed with (``fails_at_till``).
    """

    def __init__(self, path: str, reason: str, limit: int | str | None = None,
                 detail: str = "") -> None:
        super().__init__(f"program.{reason}", path=path or "<program>", reason=reason,
                         limit=limit, detail=detail)
        self.path = path
        self.reason = reason
        self.limit = limit
        self.detail = detail


def _walk(value: object, path: str) -> Iterator[tuple[str, str, object]]:
    """(path, field name, value) of every field of every nested dataclass."""
    if is_dataclass(value):
        for f in fields(value):
            child = getattr(value, f.name)
            child_path = f"{path}.{f.name}" if path else f.name
            yield child_path, f.name, child
            yield from _walk(child, child_path)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]")


def _check_number(path: str, name: str, value: object,
                  positive: frozenset[str] = AT_LEAST_ONE) -> None:
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if value < 0:
            raise ProgramError(path, "negative")
        if name in positive and value < 1:
            raise ProgramError(path, "must_be_positive")
        if name.endswith("_bp") and value > BP_PER_100_PCT:
            raise ProgramError(path, "above_100_pct")
        if value > int_limit(name):
            raise ProgramError(path, "too_large", int_limit(name))
    elif isinstance(value, Fraction):
        _check_fraction(path, name, value)


def _check_fraction(path: str, name: str, value: Fraction) -> None:
    if value < 0:
        raise ProgramError(path, "negative")
    low, high = FRACTION_RANGE.get(name, (Fraction(0), Fraction(int_limit(name))))
    if value < low:
        raise ProgramError(path, "must_be_positive" if value == 0 else "too_small")
    if value > high:
        raise ProgramError(path, "too_large", str(high))
    if value.denominator > FRACTION_MAX_DENOMINATOR:
        raise ProgramError(path, "too_precise")


def _check_other(path: str, name: str, value: object) -> None:
    """Texts, dates and lists: short, in this century or the next, and of a sane length."""
    if isinstance(value, str):
        if len(value) > TEXT_MAX:
            raise ProgramError(path, "too_long", TEXT_MAX)
        # control characters break receipts; lone surrogates cannot even be stored
        if any(ord(ch) < 32 or ord(ch) == 127 or 0xD800 <= ord(ch) <= 0xDFFF for ch in value):
            raise ProgramError(path, "invalid_character")
    elif isinstance(value, date):
        if not ALWAYS <= value <= LATEST_DATE:
            raise ProgramError(path, "date_out_of_range", LATEST_DATE.isoformat())
    elif isinstance(value, tuple):
        if len(value) > length_limit(name):
            raise ProgramError(path, "too_many", length_limit(name))
        for i, item in enumerate(value):
            if isinstance(item, int) and not isinstance(item, bool):
                _check_number(f"{path}[{i}]", name, item)
            elif isinstance(item, str):
                _check_other(f"{path}[{i}]", name, item)
    elif isinstance(value, EarnPerAmount) and value.per_minor > 0 \
            and value.points > POINTS_PER_MINOR_MAX * value.per_minor:
        raise ProgramError(f"{path}.points", "rate_too_high",
                           POINTS_PER_MINOR_MAX * value.per_minor)


def _check_name(path: str, name: str, value: object) -> None:
    """A name customers read, or an id rules match by: never blank; a name short enough
    for a receipt's line."""
    if not isinstance(value, str) or name not in NAME_FIELDS | ID_FIELDS:
        return
    if not value.strip():
        raise ProgramError(path, "required")
    if name in NAME_FIELDS and len(value) > NAME_MAX:
        raise ProgramError(path, "too_long", NAME_MAX)


def _unique(path: str, ids: list[object]) -> None:
    if len(set(ids)) != len(ids):
        raise ProgramError(path, "duplicate_id")


def _check_cumulative(rule: CumulativeDiscount) -> None:
    if (rule.formula is None) == (not rule.steps):
        raise ProgramError("cumulative", "steps_or_formula")
    if rule.formula is not None and rule.formula.cap_bp < rule.formula.start_bp:
        raise ProgramError("cumulative.formula.cap_bp", "below_start")
    _unique("cumulative.steps", [s.from_minor for s in rule.steps])


def _check_tiers(rule: TierProgram) -> None:
    if not rule.tiers:
        raise ProgramError("tiers.tiers", "empty")
    _unique("tiers.tiers", [t.tier_id for t in rule.tiers])
    for i, (low, high) in enumerate(zip(rule.tiers, rule.tiers[1:]), start=1):
        if high.threshold <= low.threshold:
            raise ProgramError(f"tiers.tiers[{i}].threshold", "not_ascending")
    if rule.window.kind == WindowKind.ROLLING_DAYS and not rule.window.days:
        raise ProgramError("tiers.window.days", "missing")
    if rule.window.kind != WindowKind.ROLLING_DAYS and rule.window.days is not None:
        raise ProgramError("tiers.window.days", "only_for_rolling_days")


def _check_one_of(path: str, issue: CouponIssue) -> None:
    if (issue.amount_minor > 0) == (issue.rate_bp > 0):
        raise ProgramError(path, "amount_or_rate")


def _check_mechanisms(program: Program) -> None:
    if program.fixed_discount is not None:
        _unique("fixed_discount.card_types",
                [c.card_type_id for c in program.fixed_discount.card_types])
        default = program.fixed_discount.default_card_type_id
        if default is not None and default not in {
                c.card_type_id for c in program.fixed_discount.card_types}:
            raise ProgramError("fixed_discount.default_card_type_id", "unknown_card_type")
    if program.cumulative is not None:
        _check_cumulative(program.cumulative)
    if program.tiers is not None:
        _check_tiers(program.tiers)
    if program.progressive is not None:
        _unique("progressive.bands", [b.from_minor for b in program.progressive.bands])
    if program.points is not None and program.points.point_value_minor <= 0:
        raise ProgramError("points.point_value_minor", "must_be_positive")
    birthday = program.birthday
    if birthday is not None and birthday.kind == BirthdayKind.MULTIPLIER \
            and birthday.multiplier < 1:
        raise ProgramError("birthday.multiplier", "below_one")
    _unique("missions", [m.mission_id for m in program.missions])
    _unique("stamp_cards", [s.stamp_card_id for s in program.stamp_cards])
    if program.coupons is not None and program.coupons.issue is not None:
        _check_one_of("coupons.issue", program.coupons.issue)


def _check_lifetimes(program: Program) -> None:
    """Points held for as long as they live, or longer, could never be spent."""
    rule = program.points
    if rule is None:
        return
    lives = [d for d in (rule.expiry.days, FOLLOWING_YEAR_MIN_DAYS
                         if rule.expiry.end_of_following_year else None) if d is not None]
    if lives and rule.hold_days >= min(lives):
        raise ProgramError("points.hold_days", "outlasts_expiry", min(lives))


def check_program(program: Program, *, stored: bool = False) -> Program:
    """Return the program unchanged, or raise ProgramError at the first bad field.

    ``stored``: a version read back from the shop's file, checked by the rules every
    version was saved under (the bounds that keep the till safe), not by the ones added
    since (names, lifetimes of at least a day): a version saved before them still loads.
    """
    positive = AT_LEAST_ONE_STORED if stored else AT_LEAST_ONE
    for path, name, value in _walk(program, ""):
        _check_number(path, name, value, positive)
        _check_other(path, name, value)
        if not stored:
            _check_name(path, name, value)
    _check_mechanisms(program)
    if not stored:
        _check_lifetimes(program)
    return program
