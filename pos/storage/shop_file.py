"""What a candidate shop file holds, read without changing it (for restore and backup checks)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from pos.storage.db import file_uri

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True, slots=True)
class FileFacts:
    """The header fields, tables and applied migrations of an SQLite file."""

    application_id: int
    user_version: int
    page_size: int
    tables: frozenset[str]
    migrations: frozenset[tuple[str, str]]
    integrity: tuple[str, ...]  # SQLite's integrity_check findings; empty when sound


def file_kind(path: str | Path) -> str:
    """'empty', 'not_sqlite' or 'sqlite', from the first 16 bytes (read-only)."""
    with open(path, "rb") as handle:  # a candidate, never the live database (refused before)
        head = handle.read(len(SQLITE_MAGIC))
    if not head:
        return "empty"
    return "sqlite" if head == SQLITE_MAGIC else "not_sqlite"


def read_facts(path: str | Path, integrity: bool = True) -> FileFacts:
    """Open ``path`` read-only and report; sqlite3.DatabaseError if it is damaged.

    ``path`` is a private copy, or a shop file about to be opened as the shop: even
    read-only, SQLite in WAL mode may create a -shm beside the file, which must never
    happen to the user's own backup.  Without ``integrity`` the (slow) integrity check
    is skipped and reported clean.
    """
    conn = sqlite3.connect(file_uri(path, "ro"), uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        tables = frozenset(r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
        migrations: frozenset[tuple[str, str]] = frozenset()
        if "_sqlite_migrations" in tables:
            migrations = frozenset(conn.execute(
                "SELECT migration_set, name FROM _sqlite_migrations"))
        found = tuple(r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok") \
            if integrity else ()
        return FileFacts(app_id, version, size, tables, migrations, found)
    finally:
        conn.close()


def set_page_size(path: str | Path, size: int) -> None:
    """Rebuild a private copy with ``size``-byte pages: the backup API cannot change the
    page size of a live database in WAL mode."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA page_size={int(size)}")
        conn.execute("VACUUM")
    finally:
        conn.close()


def leave_wal(path: str | Path) -> None:
    """Fold a private copy's WAL into the file, so it is one self-contained file."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
