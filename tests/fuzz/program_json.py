"""Hostile program files from a seeded generator: mutations of real programs' JSON, and shapes
no program has. Used by tests/loyalty/test_program_fuzz.py and tests/fuzz/program_fuzz.py."""
from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from datetime import date
from typing import Any

from loyalty.demo.demo import demo_program
from loyalty.program.json_format import program_to_json
from loyalty.program.presets import presets

_HOSTILE_VALUES: tuple[Any, ...] = (
    -1, 0, 1, 3_000_000, 10_000_000, 2**31, 2**63, 2**64, -(2**63), 10**30, 1.5, -0.0, 1e308,
    "", "0", "14", "1/0", "1e99999999", "3/2", "-5", "x" * 5000, "\x00", "\u202e", "\ud7ff",
    "2026-13-01", "9999-12-31", "0001-01-01", True, False, None, [], [1], ["a"], {}, {"a": 1},
    [[[[[]]]]], {"type": "bp"}, {"type": "per_amount", "points": 1, "per_minor": 0},
)
_RAW_VALUES = ("NaN", "Infinity", "-Infinity", "9" * 5000, "1e400", "[" * 5000, "{" * 3000,
               '"\\ud800"', "0x10", "01", "+1", "'a'", "undefined")


def seeds() -> list[str]:
    """Real programs' JSON: the demo shop's (both languages) and every preset."""
    day = date(2026, 1, 1)
    programs = [demo_program(day, "ru"), demo_program(day, "en")] + [p.program for p in presets()]
    return [program_to_json(p) for p in programs]


def _paths(value: Any, path: tuple = ()) -> Iterator[tuple]:
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, path + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, path + (i,))


def _set(data: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return data


def _mutate_tree(rng: random.Random, text: str) -> str:
    data = json.loads(text)
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        path = rng.choice(list(_paths(data)))
        roll = rng.random()
        if roll < 0.6:
            data = _set(data, path, copy.deepcopy(rng.choice(_HOSTILE_VALUES)))
        elif roll < 0.75 and path:
            parent = data
            for step in path[:-1]:
                parent = parent[step]
            del parent[path[-1]]
        elif roll < 0.85:
            target = data
            for step in path:
                target = target[step]
            if isinstance(target, dict):
                target[rng.choice(("extra", "type", "version", "enabled", ""))] = 1
            elif isinstance(target, list):
                target.extend(target * rng.choice((1, 2, 50)))
        else:
            raw = rng.choice(_RAW_VALUES)
            marker = "\"__RAW__\""
            return json.dumps(_set(data, path, "__RAW__"), ensure_ascii=False).replace(
                marker, raw, 1)
    return json.dumps(data, ensure_ascii=rng.random() < 0.5)


def _mutate_text(rng: random.Random, text: str) -> str:
    roll = rng.random()
    at = rng.randrange(len(text))
    if roll < 0.3:
        return text[:at]
    if roll < 0.5:
        junk = rng.choice(("{", "}", "[", "]", ",", ":", "\"", "\\", "\x00"))
        return text[:at] + junk + text[at:]
    if roll < 0.65:  # a duplicate key right after an opening brace
        brace = text.find("{", at)
        return text if brace < 0 else text[:brace + 1] + '"version": 1, ' + text[brace + 1:]
    if roll < 0.8:
        return text.replace(": 0", ": " + rng.choice(_RAW_VALUES), 1)
    return text[:at] + text[at + rng.randrange(1, 50):]


def _shape(rng: random.Random) -> str:
    choices = ("[" * 5000, "{\"a\":" * 5000, "9" * 5000, "[]", "7", "null", "\"text\"", "",
               " " * 10_000, "{}", "{\"version\": 1}", "[" * 100 + "]" * 100, "NaN",
               json.dumps({"points": [[[[[[[[[[[[[[1]]]]]]]]]]]]]]}),
               "{" + ", ".join(f'"k{i}": {i}' for i in range(rng.randrange(1, 5000))) + "}",
               "\ufeff{}", "{\"version\": 1, \"version\": 2}", "\"" + "a" * 100_000)
    return rng.choice(choices)


def hostile_programs(count: int, seed: int = 1) -> Iterator[str]:
    """``count`` texts: tree mutations, text mutations and odd shapes, the same for a seed."""
    rng = random.Random(seed)
    originals = seeds()
    for _ in range(count):
        roll = rng.random()
        base = rng.choice(originals)
        if roll < 0.6:
            yield _mutate_tree(rng, base)
        elif roll < 0.9:
            yield _mutate_text(rng, base)
        else:
            yield _shape(rng)
