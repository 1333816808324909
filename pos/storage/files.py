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
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

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


# -- the files the commands write ---------------------------------------------------------

OUTPUT_REASONS = ("empty", "folder", "not_regular", "no_folder", "cannot_write", "same_file")


class OutputFileError(UserError, OSError):
    """An output file the user named that cannot be written: ``reason`` one of
    OUTPUT_REASONS, ``detail`` the system's reason (cannot_write) or the other option's
    path (same_file).  An OSError too (``strerror``, ``filename``): a screen that catches a
    file's failure to be written catches this one."""

    def __init__(self, reason: str, path: str | Path, detail: object = "") -> None:
        super().__init__(f"output_file.{reason}", path=Path(path), detail=str(detail))
        self.reason, self.path, self.detail = reason, Path(path), str(detail)
        self.strerror, self.filename = str(detail) or reason.replace("_", " "), str(path)


def _is_device(st: os.stat_result) -> bool:
    return stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode)


def check_output(path: str | Path, *databases: str | Path, device_ok: bool = False) -> Path:
    """``path`` once it is known that an output may be written there, nothing opened or
    created: never a database file (see above), a folder, or an existing file that is not
    a regular one (a FIFO, a device: replacing it would destroy it), unless ``device_ok``
    (a receipt printer's device, written in place); its folder must exist and be writable."""
    if not str(path).strip():
        raise OutputFileError("empty", "")
    path = refuse_database_file(path, *databases)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as error:
        raise OutputFileError("cannot_write", path, error.strerror) from error
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputFileError("folder", path)
    if st is not None and not stat.S_ISREG(st.st_mode) and not (device_ok and _is_device(st)):
        raise OutputFileError("not_regular", path)
    if st is not None and device_ok and _is_device(st):
        return path
    if st is not None and not os.access(path, os.W_OK):  # kept read-only on purpose
        raise OutputFileError("cannot_write", path, os.strerror(13))
    folder = path.parent
    if not folder.is_dir():
        raise OutputFileError("no_folder", path)
    if not os.access(folder, os.W_OK):
        raise OutputFileError("cannot_write", path, os.strerror(13))
    return path


def check_distinct(paths: list[Path]) -> None:
    """Two outputs of one command on one file would leave only the last: refused."""
    seen: dict[object, Path] = {}
    for path in paths:
        key = _identity(str(path)) or os.path.normcase(os.path.abspath(path))
        if key in seen:
            raise OutputFileError("same_file", path, seen[key])
        seen[key] = path


class StagedOutputs:
    """Outputs written to private side files (0600: they may hold personal data) that take
    their names only together, when the ``with`` block ends without an error; an error
    anywhere leaves none of them and no side file.  So a command can write its files, then
    commit what it records, and a failure to write leaves nothing recorded."""

    def __init__(self, *databases: str | Path) -> None:
        self._databases = databases
        self._staged: list[tuple[Path, Path]] = []
        self._devices: list[tuple[Path, bytes]] = []

    def write(self, path: str | Path, data: bytes | str, device_ok: bool = False) -> Path:
        path = check_output(path, *self._databases, device_ok=device_ok)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        if device_ok and path.exists() and _is_device(os.stat(path)):
            self._devices.append((path, raw))  # a printer: written in place, last
            return path
        with self.stream(path) as handle:
            handle.write(raw)
        return path

    @contextmanager
    def stream(self, path: str | Path, text: bool = False) -> Iterator[IO]:
        """A handle on ``path``'s side file (binary, or UTF-8 text with no newline
        translation, as the csv module wants), for an output too large to hold."""
        path = check_output(path, *self._databases)
        try:
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        except OSError as error:
            raise OutputFileError("cannot_write", path, error.strerror) from error
        self._staged.append((Path(name), path))
        try:
            with (os.fdopen(fd, "w", encoding="utf-8", newline="") if text
                  else os.fdopen(fd, "wb")) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
        except OutputFileError:
            raise  # another output's refusal, worded already
        except OSError as error:
            raise OutputFileError("cannot_write", path, error.strerror) from error

    def publish(self) -> None:
        for tmp, path in self._staged:
            try:
                os.replace(tmp, path)
            except OSError as error:
                raise OutputFileError("cannot_write", path, error.strerror) from error
        self._staged.clear()
        for path, raw in self._devices:
            try:
                with open(path, "wb", buffering=0) as device:
                    device.write(raw)
            except OSError as error:
                raise OutputFileError("cannot_write", path, error.strerror) from error

    def discard(self) -> None:
        for tmp, _path in self._staged:
            tmp.unlink(missing_ok=True)
        self._staged.clear()
        self._devices.clear()

    def __enter__(self) -> StagedOutputs:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_rest: object) -> None:
        try:
            if kind is None:
                self.publish()
        finally:
            self.discard()


def write_output(path: str | Path, data: bytes | str, *databases: str | Path,
                 device_ok: bool = False) -> Path:
    """One output file, whole or not at all, 0600 (see StagedOutputs)."""
    with StagedOutputs(*databases) as stage:
        return stage.write(path, data, device_ok)

