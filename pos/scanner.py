"""Telling a barcode scanner from a person: a fast burst of keys ending in Enter is a scan."""
from __future__ import annotations

from dataclasses import dataclass, replace

# A USB scanner types a whole code in a few milliseconds per key; even a fast
# typist needs 80 ms or more between keys, so 40 ms separates the two safely.
MAX_GAP_MS = 40
MIN_SCAN_CHARS = 4


@dataclass(frozen=True, slots=True)
class Burst:
    """The keys seen so far in the current run of fast keystrokes."""

    chars: str = ""
    last_ms: int | None = None


def key(burst: Burst, char: str, now_ms: int, max_gap_ms: int = MAX_GAP_MS) -> Burst:
    """Add a printable key; a slow key starts a new burst with itself."""
    if burst.last_ms is None or now_ms - burst.last_ms > max_gap_ms:
        return Burst(char, now_ms)
    return replace(burst, chars=burst.chars + char, last_ms=now_ms)


def enter(burst: Burst, now_ms: int, max_gap_ms: int = MAX_GAP_MS,
          min_chars: int = MIN_SCAN_CHARS) -> str | None:
    """The scanned code if Enter closes a fast burst long enough to be one, else None."""
    if burst.last_ms is None or now_ms - burst.last_ms > max_gap_ms:
        return None
    code = burst.chars.strip()
    return code if len(code) >= min_chars else None
