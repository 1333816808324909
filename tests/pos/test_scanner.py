"""Burst timing: scanner bursts are codes, people typing are not."""
from __future__ import annotations

import pytest

from pos.scanner import Burst, enter, key


def feed(text: str, gap_ms: int, start_ms: int = 1_000) -> tuple[Burst, int]:
    burst, now = Burst(), start_ms
    for ch in text:
        burst = key(burst, ch, now)
        now += gap_ms
    return burst, now - gap_ms


def test_fast_burst_ending_in_enter_is_a_scan() -> None:
    burst, last = feed("4601234567893", gap_ms=5)
    assert enter(burst, last + 5) == "4601234567893"


@pytest.mark.parametrize("gap_ms", [80, 150, 400])
def test_typing_is_never_a_scan(gap_ms: int) -> None:
    burst, last = feed("croissant", gap_ms=gap_ms)
    assert enter(burst, last + gap_ms) is None


def test_slow_enter_after_a_burst_is_not_a_scan() -> None:
    burst, last = feed("4601234567893", gap_ms=5)
    assert enter(burst, last + 500) is None


def test_a_pause_starts_a_new_burst() -> None:
    burst, last = feed("abc", gap_ms=5)
    burst = key(burst, "2", last + 1_000)
    for i, ch in enumerate("900000000017"):
        burst = key(burst, ch, last + 1_005 + i * 5)
    assert enter(burst, last + 1_005 + 12 * 5) == "2900000000017"


def test_too_short_a_burst_is_not_a_scan() -> None:
    burst, last = feed("12", gap_ms=5)
    assert enter(burst, last + 5) is None


def test_enter_with_nothing_before_is_not_a_scan() -> None:
    assert enter(Burst(), 10) is None
