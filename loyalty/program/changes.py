"""What a new program version adds, changes and removes, mechanism by mechanism.

The office screen words each change in the owner's language and asks before
saving; the command line prints the same changes as lines. Values are compared
in their JSON form, so a change is exactly what the stored version would differ by.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from loyalty.model.program import Program
from loyalty.program.json_format import program_to_json

# one mechanism each; missions and stamp cards are lists of mechanisms, matched by id
SINGLE = ("fixed_discount", "cumulative", "tiers", "progressive", "points", "welcome",
          "birthday", "referral", "coupons", "exclusions", "limits")
LISTED = {"missions": "mission_id", "stamp_cards": "stamp_card_id"}
ADDED, REMOVED, CHANGED, SWITCHED_ON, SWITCHED_OFF = (
    "added", "removed", "changed", "switched_on", "switched_off")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """``path`` inside the mechanism ('tiers[1].discount_bp'); values as stored (JSON)."""

    path: str
    before: Any
    after: Any

    @property
    def name(self) -> str:
        """The field's own name, without rows: 'discount_bp'."""
        return self.path.rpartition(".")[2].partition("[")[0]

    @property
    def row(self) -> int | None:
        """The 1-based row of a table the field sits in, if any."""
        if "[" not in self.path:
            return None
        return int(self.path.rpartition("[")[2].partition("]")[0]) + 1


@dataclass(frozen=True, slots=True)
class MechanismChange:
    """``key`` the mechanism ('points', 'stamp_cards'); ``label`` a listed one's name."""

    key: str
    kind: str
    label: str = ""
    fields: tuple[FieldChange, ...] = ()


def _flatten(value: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, child in value.items():
            _flatten(child, f"{path}.{key}" if path else key, out)
    elif isinstance(value, list) and value:
        for i, child in enumerate(value):
            _flatten(child, f"{path}[{i}]", out)
    else:
        out[path] = value


def _field_changes(before: Any, after: Any) -> tuple[FieldChange, ...]:
    flat_before: dict[str, Any] = {}
    flat_after: dict[str, Any] = {}
    _flatten(before, "", flat_before)
    _flatten(after, "", flat_after)
    paths = sorted(p for p in flat_before.keys() | flat_after.keys()
                   if p not in ("enabled",) and flat_before.get(p) != flat_after.get(p))
    return tuple(FieldChange(p, flat_before.get(p), flat_after.get(p)) for p in paths)


def _compare(key: str, before: Any, after: Any, label: str = "") -> MechanismChange | None:
    if before == after:
        return None
    if before is None:
        return MechanismChange(key, ADDED, label)
    if after is None:
        return MechanismChange(key, REMOVED, label)
    was_on, is_on = before.get("enabled", True), after.get("enabled", True)
    fields = _field_changes(before, after)
    if was_on != is_on:
        return MechanismChange(key, SWITCHED_ON if is_on else SWITCHED_OFF, label, fields)
    return MechanismChange(key, CHANGED, label, fields)


def program_changes(before: Program, after: Program) -> tuple[MechanismChange, ...]:
    """Every mechanism that differs, in catalogue order; the version and its date are ignored."""
    old, new = json.loads(program_to_json(before)), json.loads(program_to_json(after))
    changes: list[MechanismChange] = []
    for key in SINGLE:
        found = _compare(key, old.get(key), new.get(key))
        if found is not None:
            changes.append(found)
    for key, id_field in LISTED.items():
        old_items = {item[id_field]: item for item in old.get(key, [])}
        new_items = {item[id_field]: item for item in new.get(key, [])}
        for item_id in list(old_items) + [i for i in new_items if i not in old_items]:
            item = new_items.get(item_id) or old_items[item_id]
            found = _compare(key, old_items.get(item_id), new_items.get(item_id),
                             str(item.get("name") or item_id))
            if found is not None:
                changes.append(found)
    return tuple(_in_catalogue_order(changes))


_ORDER = ("fixed_discount", "cumulative", "tiers", "progressive", "points", "welcome",
          "birthday", "referral", "missions", "stamp_cards", "coupons", "exclusions", "limits")


def _in_catalogue_order(changes: list[MechanismChange]) -> list[MechanismChange]:
    return sorted(changes, key=lambda c: _ORDER.index(c.key))


def _value_text(value: Any) -> str:
    return "none" if value is None else json.dumps(value, ensure_ascii=False)


def change_lines(changes: tuple[MechanismChange, ...]) -> list[str]:
    """Plain English lines for the command line: '+ welcome', '~ points: hold_days 0 → 14'."""
    marks = {ADDED: "+", REMOVED: "-", CHANGED: "~", SWITCHED_ON: "+", SWITCHED_OFF: "-"}
    lines: list[str] = []
    for change in changes:
        name = change.key.replace("_", " ") + (f" “{change.label}”" if change.label else "")
        lines.append(f"{marks[change.kind]} {change.kind.replace('_', ' ')}: {name}")
        lines += [f"    {f.path}: {_value_text(f.before)} → {_value_text(f.after)}"
                  for f in change.fields[:20]]
        if len(change.fields) > 20:
            lines.append(f"    … and {len(change.fields) - 20} more fields")
    return lines
