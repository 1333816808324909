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
from pos.storage.files import (RESTORE_MARK_SUFFIX, OutputFileError, open_count,
                               register_database, unregister_database)

APP_DIR_NAME = "PosLoyalty"
# PRAGMA application_id of every shop file ("POSL"): a file is recognised as a shop
# without changing it, and another program's SQLite file is told apart.
APPLICATION_ID = 0x504F534C
BUSY_TIMEOUT_MS = 10_000
_LOCK_RETRY_SECONDS = 60.0


class StoreBusyError(UserError, RuntimeError):
    """Another till held the database for longer than we are willing to wait."""

    def __init__(self, detail: str) -> None:
        super().__init__("store.busy", detail=detail)


class StoreLostError(UserError, RuntimeError):
    """The file's locks were lost while another connection of this process still uses it,
    so this one cannot safely reopen yet; ``path`` is the database."""

    def __init__(self, path: Path) -> None:
        super().__init__("store.lost", path=path)
        self.path = path


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


def connect(path: str | Path, migrations: tuple[Migrations, ...] = (),
            before_upgrade: Callable[[], None] | None = None) -> ShopDatabase:
    """Open (creating if needed) the database file and apply pending migrations.

    WAL lets the till read while another process writes; ``synchronous=FULL``
    makes a committed sale survive a power cut, which is what a till needs.
    ``before_upgrade`` is called once before the migrations of a file made by an
    older version are applied (a large shop's take seconds; a new file's, none).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    create_private(path)
    db = ShopDatabase(path)
    pending = [m for m in migrations if m.pending(db)]
    if pending and before_upgrade is not None and db["_sqlite_migrations"].exists():
        before_upgrade()
    for migration_set in pending:  # each set's own records: an earlier set's leave it pending
        with write_transaction(db):
            migration_set.apply(db)
            db.execute(f"PRAGMA user_version = {_applied_count(db)}")
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


def _applied_count(db: Database) -> int:
    """How many schema migrations the file has had: its ``user_version``, so that a file
    from a newer program (more migrations than this one knows) is told apart."""
    return db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0]


def _open_connection(path: Path, create: bool = True) -> sqlite3.Connection:
    # reopening never creates: a shop file that vanished must not become an empty shop
    target, uri = (str(path), False) if create else (file_uri(path, "rw"), True)
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    _retry_locked(lambda: conn.execute("PRAGMA journal_mode=WAL"))
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA recursive_triggers=ON")  # what sqlite-utils sets on its own connections
    # deleted and overwritten content is zeroed, so erased personal data leaves the file
    conn.execute("PRAGMA secure_delete=ON")
    conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # opens (creates) the WAL
    return conn


def file_uri(path: str | Path, mode: str) -> str:
    """An SQLite URI for ``path`` (spaces, '?', '#' and Windows drives escaped properly)."""
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


class ShopDatabase(Database):
    """A sqlite-utils Database that notices when its file locks were lost, and reopens.

    A process's POSIX locks vanish when any descriptor of the file closes (see
    ``pos.storage.files``); another till closing the file then checkpoints and
    deletes the WAL this connection still writes to, and every later write lands in a
    deleted file.  Before each statement outside a transaction (so before every read
    and every transaction) one ``os.stat`` compares the WAL with the one this
    connection opened, and before a write transaction a second one compares the main
    file; if either is gone or another file, the connection is closed and reopened in
    place (``self.conn`` replaced), so the services holding this object keep working
    and the next write reaches the real file.  Reopening closes first: SQLite shares
    one lock record and one WAL index per file inside a process, so a new connection
    opened beside the old one would inherit the lost locks.  For the same reason,
    while another connection of this process still has the file open, reopening is
    unsafe and ``StoreLostError`` is raised instead (that connection notices the same
    on its next statement and reopens or closes).
    Windows is not affected (locks belong to handles), but the check is as cheap there.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._wal = str(self.path) + "-wal"
        self._ids: tuple[tuple[int, int], tuple[int, int]] | None = None
        self.reopened = 0  # how many times the locks were found lost and the file reopened
        self.wal_stamp: tuple[int, int] = (0, 0)  # mtime and size: moves on every commit
        super().__init__(_open_connection(self.path), execute_plugins=False)
        register_database(self.path)
        self._ids = self._identities()

    def _identities(self) -> tuple[tuple[int, int], tuple[int, int]] | None:
        try:
            main, wal = os.stat(self.path), os.stat(self._wal)
        except OSError:
            return None
        self.wal_stamp = (wal.st_mtime_ns, wal.st_size)
        return (main.st_dev, main.st_ino), (wal.st_dev, wal.st_ino)

    def ensure_current(self, main_too: bool = True) -> None:
        """Reopen if the WAL (and, when asked, the main file) is not the one opened."""
        if self._ids is None:
            return
        try:
            wal = os.stat(self._wal)
            lost = (wal.st_dev, wal.st_ino) != self._ids[1]
            self.wal_stamp = (wal.st_mtime_ns, wal.st_size)
            if main_too and not lost:
                main = os.stat(self.path)
                lost = (main.st_dev, main.st_ino) != self._ids[0]
        except OSError:
            lost = True
        if lost:
            self._reopen()

    def _reopen(self) -> None:
        if open_count(self.path) > 1 or not self.path.exists():
            raise StoreLostError(self.path)
        self.conn.close()
        self.conn = _open_connection(self.path, create=False)
        self._ids = self._identities()
        self.reopened += 1

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:  # type: ignore[override]
        if not self.conn.in_transaction:
            self.ensure_current(main_too=sql.startswith("BEGIN"))
        return super().execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if not self.conn.in_transaction:
            self.ensure_current()
        return super().executescript(sql)

    def close(self) -> None:
        if self._ids is not None:
            self._ids = None
            unregister_database(self.path)
        super().close()


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
    become savepoints (see ``_savepoint``).
    """
    if db.conn.in_transaction:
        with _savepoint(db.conn):
            yield db
        return
    _begin_unless_restoring(db)
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


@contextmanager
def bulk_writing(db: Database, cache_mib: int = 256,
                 durable_commits: bool = False) -> Iterator[Database]:
    """A bulk load on this connection (the demo shop's build: a million sales in weeks of
    sales, one transaction each): a page cache big enough for the ledger's and sales'
    indexes, which a sale's rows touch at random members' pages; commits that skip the
    fsync (``synchronous=NORMAL``: in WAL mode a power cut can lose only the last weeks,
    never corrupt the file); and the WAL copied into the file every 64 MiB rather than
    every 4 MiB (a page that many weeks change is copied once).  At the end the WAL is
    checkpointed into the file with ``synchronous=FULL`` again, so what was loaded is
    durable from then on.  ``durable_commits`` keeps each commit durable (a demo asked to
    commit each sale as a till does).
    """
    db.execute(f"PRAGMA cache_size = {-cache_mib * 1024}")
    if not durable_commits:
        db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA wal_autocheckpoint = 16384")
    try:
        yield db
    finally:
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA cache_size = -2000")  # SQLite's defaults
        db.execute("PRAGMA wal_autocheckpoint = 1000")
        if not db.conn.in_transaction:
            checkpoint(db)


_SAVEPOINT = "nested_write"


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A nested write that, failing, undoes only itself.  One name for every level: SQLite
    releases and rolls back to the innermost savepoint of a name, and one text stays one
    compiled statement (sqlite-utils' ``atomic()`` names each savepoint afresh, so each was
    compiled anew: a demo week of sales makes thousands of them)."""
    conn.execute(f"SAVEPOINT {_SAVEPOINT}")
    try:
        yield
    except BaseException:
        # an error such as a RAISE(ROLLBACK) trigger may have ended the whole transaction,
        # savepoints included: nothing is left to undo then
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO {_SAVEPOINT}")
            conn.execute(f"RELEASE {_SAVEPOINT}")
        raise
    conn.execute(f"RELEASE {_SAVEPOINT}")


def checkpoint(db: Database) -> None:
    """Copy the WAL into the database file and empty it (what was overwritten must not
    survive in the WAL); a busy reader elsewhere may keep part of it until it is done."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
_RESTORE_MARK_STALE_SECONDS = 120.0  # the restorer touches the mark while it copies


def _restore_mark(db: Database) -> Path | None:
    path = getattr(db, "path", None)
    return Path(str(path) + RESTORE_MARK_SUFFIX) if path is not None else None


def _restoring(mark: Path | None) -> bool:
    try:
        age = time.time() - os.stat(mark).st_mtime if mark is not None else None
    except OSError:
        return False
    # a crashed restorer's mark goes stale and is ignored
    return age is not None and age < _RESTORE_MARK_STALE_SECONDS


def _begin_unless_restoring(db: Database) -> None:
    """BEGIN IMMEDIATE, but while a restore runs, give the lock back and wait: a sale
    committed between the restore's copy of the current shop and its overwrite would be
    in neither.  The mark is looked at while holding the write lock, so no writer can
    slip in after the restorer has set it (one ``os.stat`` per write)."""
    mark = _restore_mark(db)
    while True:
        _retry_locked(lambda: db.execute("BEGIN IMMEDIATE"))
        if not _restoring(mark):
            return
        db.execute("ROLLBACK")
        time.sleep(0.05)


@contextmanager
def restoring(db: Database) -> Iterator[Callable[[], None]]:
    """Hold other writers off ``db``'s file (see ``_begin_unless_restoring``) for a restore.

    The mark is set inside a write transaction, so every writer that started before it
    has committed; yields a function that keeps the mark fresh during a long copy.
    """
    mark = _restore_mark(db)
    assert mark is not None, "a restore needs the ShopDatabase of the file"
    _retry_locked(lambda: db.execute("BEGIN IMMEDIATE"))
    try:
        mark.write_text(str(os.getpid()))
    finally:
        db.execute("COMMIT")

    def touch() -> None:
        os.utime(mark)
    try:
        yield touch
    finally:
        mark.unlink(missing_ok=True)


def backup_to(db: Database, target: str | Path) -> None:
    """A consistent copy of the live database through SQLite's online backup API,
    on disk (file and folder fsynced) before it takes the target's name."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    create_private(tmp)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        sync_file(tmp)
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as error:  # a full disk, say: no half copy left behind
        tmp.unlink(missing_ok=True)
        raise OutputFileError("cannot_write", target, error) from error
    sync_folder(target.parent)


def copy_into(db: Database, source: str | Path, touch: Callable[[], None] | None = None) -> None:
    """Overwrite the live database with the shop in ``source``, in place.

    SQLite's backup API writes the pages through this connection as one write
    transaction (the write lock held throughout), so the file is never swapped
    underneath another till: every connection, in any process, sees the old shop
    or the new one, never a mix and never an unlinked file; and SQLite bumps the
    schema cookie, so they re-read the schema.  WAL mode is kept.
    """
    src = sqlite3.connect(file_uri(source, "ro"), uri=True)
    try:
        _retry_locked(lambda: src.backup(db.conn, pages=1024,
                                         progress=(lambda *_: touch()) if touch else None))
    finally:
        src.close()
    _retry_locked(lambda: db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall())


def page_size(db: Database) -> int:
    return db.execute("PRAGMA page_size").fetchone()[0]


def data_version(db: Database) -> int:
    """Changes whenever another connection commits to the file (a restore, another till)."""
    return db.execute("PRAGMA data_version").fetchone()[0]


def sync_file(path: str | Path) -> None:
    """fsync a file this process wrote (never the live database: closing would drop its locks)."""
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sync_folder(path: str | Path) -> None:
    """fsync a folder, so a rename or a new file in it survives a power cut (POSIX only:
    Windows cannot open a folder this way and makes renames durable itself)."""
    if sys.platform == "win32":
        return
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def integrity_errors(path: str | Path) -> list[str]:
    """SQLite's own integrity and foreign-key check of a file; empty when sound."""
    conn = sqlite3.connect(file_uri(path, "ro"), uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [r for r in rows if r != "ok"]
        problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        conn.close()
