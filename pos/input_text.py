"""Text a user typed, scanned or fed in: what of it is echoed back, and what counts as digits."""
from __future__ import annotations

ECHO_CHARS = 40


def echoed(text: object, limit: int = ECHO_CHARS) -> str:
    """``text`` as an error message may repeat it: at most ``limit`` characters (a scanner
    stuck on a key must not give a 100,000-character message), control characters shown
    as '?' so a message stays one line."""
    value = str(text)
    cut = value[:limit] + ("…" if len(value) > limit else "")
    return "".join(c if c.isprintable() else "?" for c in cut)


def is_ascii_digits(text: str) -> bool:
    """Only 0-9: ``str.isdigit`` also accepts '٣' and '³', which no barcode or phone holds."""
    return text.isascii() and text.isdigit()
