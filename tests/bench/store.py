"""SQL the benchmark needs: samples of real cards and phones, and the shop's size."""
from __future__ import annotations

from sqlite_utils import Database


def sample_cards(db: Database, count: int) -> list[tuple[str, str, str]]:
    """(number, symbology, member name) of ``count`` working personal cards, spread over
    the whole table rather than its first rows."""
    return [tuple(r) for r in db.execute(
        "SELECT c.number, c.symbology, m.name FROM cards c JOIN members m "
        "ON m.member_id = c.member_id WHERE c.status = 'active' "
        "ORDER BY (c.rowid * 2654435761) % 4294967296 LIMIT ?", [count])]


def sample_phones(db: Database, count: int) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT phone FROM members WHERE phone IS NOT NULL "
        "ORDER BY (member_id * 2654435761) % 4294967296 LIMIT ?", [count])]


def busiest_card(db: Database) -> tuple[str, int] | None:
    """A working card of the member with the most sales, and that count: the regular
    whose history every quote reads the most of."""
    row = db.execute(
        "SELECT c.number, b.n FROM (SELECT member_id, COUNT(*) n FROM loyalty_sales "
        "GROUP BY member_id ORDER BY n DESC LIMIT 1) b JOIN cards c ON c.member_id = b.member_id "
        "AND c.status = 'active' LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def counts(db: Database) -> tuple[int, int, int]:
    """(members, sales, ledger entries) of the shop."""
    return tuple(db.execute(
        "SELECT (SELECT COUNT(*) FROM members), (SELECT COUNT(*) FROM sales), "
        "(SELECT COUNT(*) FROM ledger)").fetchone())
