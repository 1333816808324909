"""SQL of what a member is reached and asked by: their other phones (kept from merged
duplicates) and the history of their consents (written by the triggers of migration m004)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from pos.clock import from_db


def other_phones(db: Database, member_id: int) -> tuple[str, ...]:
    """The member's phones after their own, in the order they were added."""
    return tuple(r[0] for r in db.execute(
        "SELECT phone FROM member_phones WHERE member_id = ? ORDER BY position", [member_id]))


def add_other_phones(db: Database, member_id: int, phones: tuple[str, ...]) -> None:
    start = db.execute("SELECT COALESCE(MAX(position), 0) FROM member_phones WHERE member_id = ?",
                       [member_id]).fetchone()[0]
    db.conn.executemany("INSERT INTO member_phones (phone, member_id, position) VALUES (?,?,?)",
                        [(p, member_id, start + i) for i, p in enumerate(phones, 1)])


def remove_other_phones(db: Database, member_id: int,
                        phones: tuple[str, ...] | None = None) -> None:
    """Forget some (or, with None, all) of the member's other phones."""
    if phones is None:
        db.execute("DELETE FROM member_phones WHERE member_id = ?", [member_id])
        return
    db.conn.executemany("DELETE FROM member_phones WHERE member_id = ? AND phone = ?",
                        [(member_id, p) for p in phones])


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """``consent``: data or marketing; ``event``: given or withdrawn."""

    member_id: int
    consent: str
    event: str
    at: datetime


def consent_history(db: Database, member_ids: tuple[int, ...]) -> tuple[ConsentEvent, ...]:
    """Every consent given and withdrawn by these members, oldest first."""
    marks = ",".join("?" * len(member_ids))
    return tuple(ConsentEvent(r[0], r[1], r[2], from_db(r[3])) for r in db.execute(
        "SELECT member_id, consent, event, at FROM consent_history "
        f"WHERE member_id IN ({marks}) ORDER BY at, consent, entry_id", list(member_ids)))
