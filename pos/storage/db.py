"""Opening the shop's SQLite file: WAL, foreign keys, migrations, and write transactions."""
from __future__ import annotations

import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from pos.errors import UserError

APP_DIR_NAME = "PosLoyalty"
BUSY_TIMEOUT_MS = 10_000
_LOCK_RETRY_SECONDS = 60.0


class StoreBusyError(UserError, RuntimeError):
    """Another till held the database for longer than we are willing to wait."""

    def __init__(self, detail: str) -> None:
        super().__init__("store.busy", detail=detail)


def default_data_dir() -> Path:
    """The user's data folder: %APPDATA% on Windows, ~/Library on macOS, XDG on Linux."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_db_path() -> Path:
    return default_data_dir() / "shop.db"


def connect(path: str | Path, migrations: tuple[Migrations, ...] = ()) -> Database:
    """Open (creating if needed) the database file and apply pending migrations.

    WAL lets the till read while another process writes; ``synchronous=FULL``
    makes a committed sale survive a power cut, which is what a till needs.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    create_private(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn, execute_plugins=False)
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    _retry_locked(lambda: db.execute("PRAGMA journal_mode=WAL"))
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    # deleted and overwritten content is zeroed, so erased personal data leaves the file
    db.execute("PRAGMA secure_delete=ON")
    for migration_set in migrations:
        if migration_set.pending(db):
            with write_transaction(db):
                migration_set.apply(db)
    return db


def create_private(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only (0600), unless it exists: the
    file holds customers' personal data and PIN hashes.  SQLite gives the -wal and -shm
    files the database file's mode.  The descriptor is closed before SQLite opens the file,
    so no SQLite lock of this process is dropped by closing it."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return


def _is_locked(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _retry_locked(action: Callable[[], object]) -> object:
    deadline = time.monotonic() + _LOCK_RETRY_SECONDS
    while True:
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not _is_locked(error) or time.monotonic() > deadline:
                if _is_locked(error):
                    raise StoreBusyError(str(error)) from error
                raise
            time.sleep(random.uniform(0.005, 0.05))


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One all-or-nothing write, taking the write lock up front.

    ``BEGIN IMMEDIATE`` rather than sqlite-utils' plain ``BEGIN``: a deferred
    transaction that reads then writes can dead-lock against another till and
    fail with "database is locked" however long the busy timeout; taking the
    lock first means the second till simply waits its turn.  Nested calls
    become savepoints through ``db.atomic()``.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    _retry_locked(lambda: db.execute("BEGIN IMMEDIATE"))
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    try:
        _retry_locked(lambda: db.execute("COMMIT"))
    except BaseException:
        db.rollback()
        raise


def checkpoint(db: Database) -> None:
    """Copy the WAL into the database file and empty it (what was overwritten must not
    survive in the WAL); a busy reader elsewhere may keep part of it until it is done."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def backup_to(db: Database, target: str | Path) -> None:
    """A consistent copy of the live database through SQLite's online backup API."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    create_private(tmp)
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    os.replace(tmp, target)


def integrity_errors(path: str | Path) -> list[str]:
    """SQLite's own integrity and foreign-key check of a file; empty when sound."""
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [r for r in rows if r != "ok"]
        problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        conn.close()
