"""How typed text is compared with names when searching: Unicode case folding, ё read as е."""
from __future__ import annotations


def fold(text: str | None) -> str:
    """'Хлеб Ёлочный' -> 'хлеб елочный'.  SQLite's LIKE and lower() fold ASCII letters only,
    so a Cyrillic name typed in lower case would find nothing; ``str.casefold`` knows every
    script.  ё is written е as often as not, so both are one letter here."""
    return (text or "").casefold().replace("ё", "е")
