"""Keeping a file the user chose off the shop's own database file and its companions.

Why it matters: on POSIX (Linux and macOS alike, both use ``fcntl`` record locks)
closing *any* descriptor of a file drops every lock the process holds on it.  If
this process opened ``shop.db`` for a PDF, a CSV or an image and closed it again,
its SQLite connection would silently lose its locks; the next till to close the
file would then checkpoint and delete the WAL underneath it.  Writing a PDF over
``shop.db`` would destroy the shop outright.  On Windows, locks are taken per
handle (``LockFileEx``) and survive other handles closing, but overwriting the
database is still fatal, so the check runs everywhere.

Only ``os.stat`` is used: it never opens the file, so checking cannot cause the
very loss it prevents (on Windows ``stat`` opens a handle briefly, which is
harmless there for the reason above).
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from pos.errors import UserError

RESTORE_MARK_SUFFIX = ".restoring"  # while it exists and is fresh, writers wait (a restore runs)
# The database, SQLite's companions, and the restore mark: writing any of them harms the shop.
SIDECARS = ("", "-wal", "-shm", "-journal", RESTORE_MARK_SUFFIX)

_lock = threading.Lock()
_open: dict[Path, int] = {}


class DatabaseFileError(UserError, ValueError):
    """``path`` is a shop database (or its -wal/-shm/-journal) that this process uses."""

    def __init__(self, path: str | Path, database: Path) -> None:
        super().__init__("database_file.is_database", path=Path(path), database=database)
        self.path = Path(path)
        self.database = database


def register_database(path: str | Path) -> None:
    """Called by the connection layer for each connection it opens."""
    key = Path(os.path.abspath(path))
    with _lock:
        _open[key] = _open.get(key, 0) + 1


def unregister_database(path: str | Path) -> None:
    key = Path(os.path.abspath(path))
    with _lock:
        if _open.get(key, 0) > 1:
            _open[key] -= 1
        else:
            _open.pop(key, None)


def open_count(path: str | Path) -> int:
    """How many connections of this process have ``path`` open."""
    with _lock:
        return _open.get(Path(os.path.abspath(path)), 0)


def open_databases() -> tuple[Path, ...]:
    """The database files this process has open connections to."""
    with _lock:
        return tuple(_open)


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _name(text: str) -> str:
    # macOS and Windows file systems ignore case by default: "SHOP.DB-WAL" is the same file
    return text.casefold() if sys.platform in ("darwin", "win32") else text


def database_clash(path: str | Path, *databases: str | Path) -> Path | None:
    """The database ``path`` would hit (itself or a companion), or None.

    Compares ``(st_dev, st_ino)``, so a symlink, a hard link or another spelling of
    the same file is caught; a companion that does not exist yet (no -journal right
    now) is caught by its name inside the same folder.  ``databases`` adds files to
    the ones this process has open (a restore target, say).
    """
    path = Path(path)
    chosen = _identity(str(path))
    folder = _identity(str(path.parent if str(path.parent) else "."))
    for db in {Path(os.path.abspath(d)) for d in (*open_databases(), *databases)}:
        same_folder = folder is not None and folder == _identity(str(db.parent))
        for suffix in SIDECARS:
            companion = str(db) + suffix
            if chosen is not None and chosen == _identity(companion):
                return db
            if same_folder and _name(path.name) == _name(db.name + suffix):
                return db
    return None


def refuse_database_file(path: str | Path, *databases: str | Path) -> Path:
    """``path`` itself, once it is known not to be a database file; else DatabaseFileError."""
    clash = database_clash(path, *databases)
    if clash is not None:
        raise DatabaseFileError(path, clash)
    return Path(path)
