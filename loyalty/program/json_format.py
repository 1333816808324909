"""A Program to and from JSON text, checked field by field (ProgramError names the path).

Dates are ISO strings, Fractions are strings like "100" or "3/2", enums their
values, tuples lists, and an earn rate carries a "type" of "bp" or "per_amount".
"""
from __future__ import annotations

import json
import re
import types
import typing
from dataclasses import MISSING, fields, is_dataclass
from datetime import date
from enum import Enum
from fractions import Fraction
from typing import Any

from loyalty.model.program import EarnBp, EarnPerAmount, Program
from loyalty.program.checks import ProgramError, check_program
from loyalty.program.json_shape import check_shape

_TAGS: dict[type, str] = {EarnBp: "bp", EarnPerAmount: "per_amount"}
_BY_TAG = {tag: cls for cls, tag in _TAGS.items()}
# "3/2", "100", "1.5": short digits only, so that "1e99999999" never becomes a huge integer
_FRACTION = re.compile(r"-?\d{1,15}(?:/\d{1,15}|\.\d{1,6})?")


def _encode(value: object) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"type": _TAGS[type(value)]} if type(value) in _TAGS else {}
        out.update((f.name, _encode(getattr(value, f.name))) for f in fields(value))
        return out
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Fraction):
        return str(value)
    return value


def program_to_json(program: Program) -> str:
    return json.dumps(_encode(program), ensure_ascii=False, indent=2)


def _collect_hints(tp: Any, found: dict[type, dict[str, Any]]) -> None:
    """Every dataclass reachable from ``tp`` with its resolved field types."""
    if isinstance(tp, typing.NewType):
        return _collect_hints(tp.__supertype__, found)
    for arg in typing.get_args(tp):
        _collect_hints(arg, found)
    if is_dataclass(tp) and tp not in found:
        found[tp] = typing.get_type_hints(tp)
        for hint in found[tp].values():
            _collect_hints(hint, found)


# Resolved once, at import: get_type_hints evaluates every annotation string on
# each call, which made parsing a stored program needlessly slow.
_HINTS: dict[type, dict[str, Any]] = {}
_collect_hints(Program, _HINTS)


def _decode_dataclass(cls: type, value: Any, path: str) -> Any:
    if not isinstance(value, dict):
        raise ProgramError(path, "expected_object")
    hints = _HINTS[cls]
    names = {f.name for f in fields(cls)}
    for key in value:
        if key not in names and not (key == "type" and cls in _TAGS):
            raise ProgramError(_join(path, str(key)[:40]), "unknown_key")
    kwargs = {}
    for f in fields(cls):
        if f.name in value:
            kwargs[f.name] = _decode(hints[f.name], value[f.name], _join(path, f.name))
        elif f.default is MISSING and f.default_factory is MISSING:
            raise ProgramError(_join(path, f.name), "missing")
    return cls(**kwargs)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _decode_union(args: tuple[Any, ...], value: Any, path: str) -> Any:
    if value is None and type(None) in args:
        return None
    options = [a for a in args if a is not type(None)]
    if len(options) == 1:
        return _decode(options[0], value, path)
    tag = value.get("type") if isinstance(value, dict) else None
    if not isinstance(tag, str) or tag not in _BY_TAG or _BY_TAG[tag] not in options:
        raise ProgramError(_join(path, "type"), "unknown_type")
    return _decode_dataclass(_BY_TAG[tag], value, path)


def _decode_scalar(tp: Any, value: Any, path: str) -> Any:
    if tp is bool:
        if not isinstance(value, bool):
            raise ProgramError(path, "expected_bool")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ProgramError(path, "expected_integer")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise ProgramError(path, "expected_text")
        return value
    if tp is date:
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ProgramError(path, "expected_date") from None
    if tp is Fraction:
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise ProgramError(path, "expected_fraction")
        if isinstance(value, str) and not _FRACTION.fullmatch(value):
            raise ProgramError(path, "expected_fraction")
        try:
            return Fraction(value)
        except (ValueError, ZeroDivisionError):
            raise ProgramError(path, "expected_fraction") from None
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError:
            raise ProgramError(path, "unknown_value") from None
    raise ProgramError(path, "unsupported_type")


def _decode(tp: Any, value: Any, path: str) -> Any:
    if isinstance(tp, typing.NewType):
        return _decode(tp.__supertype__, value, path)
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        return _decode_union(typing.get_args(tp), value, path)
    if origin is tuple:
        if not isinstance(value, list):
            raise ProgramError(path, "expected_list")
        item_type = typing.get_args(tp)[0]
        return tuple(_decode(item_type, v, f"{path}[{i}]") for i, v in enumerate(value))
    if is_dataclass(tp):
        return _decode_dataclass(tp, value, path)
    return _decode_scalar(tp, value, path)


def program_from_json(text: str, *, stored: bool = False) -> Program:
    """Parse and check a program; raise ProgramError (path, reason) on the first problem.

    ``stored``: a version read back from the shop's file (see ``check_program``)."""
    check_shape(text)
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise ProgramError("", "not_json") from None
    except (RecursionError, ValueError):  # check_shape stops both first; kept as the last guard
        raise ProgramError("", "not_json") from None
    return check_program(_decode_dataclass(Program, data, ""), stored=stored)
