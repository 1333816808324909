"""Backing the shop up to a file and restoring it, each verified before it counts.

A restore never loses a shop: the chosen file is recognised without being changed
(it is copied first, and only the private copy is opened, migrated and verified);
the current data is kept under a timestamped name that is never reused; and the
backup is written *into* the live database through SQLite's backup API, so a till
that has the file open keeps working on the restored data instead of selling into
an unlinked file.
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from loyalty.shop import MIGRATIONS, Shop, open_shop
from loyalty.verify import verify
from pos.errors import UserError
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage import sale_store, store as pos_store
from pos.storage.db import (APPLICATION_ID, backup_to, copy_into, page_size, restoring,
                            sync_folder, write_transaction)
from pos.storage.files import database_clash
from pos.storage.shop_file import FileFacts, file_kind, leave_wal, read_facts, set_page_size

# Tables every shop file has had since its first version.
REQUIRED_TABLES = frozenset({"_sqlite_migrations", "settings", "staff", "sales", "audit_log",
                             "members", "cards", "ledger"})
KEPT_INFIX = ".before-restore-"

# Why a file is refused: the CLI and the UI turn each into a sentence.
REASONS = ("no_such_file", "is_database", "empty", "not_sqlite", "damaged", "other_program",
           "not_a_shop", "newer_version", "verify_failed")


class BackupError(UserError, RuntimeError):
    """``path`` is not a usable shop backup; ``reason`` is one of REASONS and
    ``problems`` holds verify's findings (or SQLite's, for a damaged file)."""

    def __init__(self, path: Path, reason: str, problems: list[str] | None = None) -> None:
        super().__init__(f"backup.{reason}", path=Path(path),
                         problems="; ".join(list(problems or ())[:3]))
        self.path, self.reason, self.problems = Path(path), reason, list(problems or ())


@dataclass
class CheckedBackup:
    """A file that passed every check, and the verified private copy restored from."""

    source: Path
    copy: Path
    page_size: int
    _folder: tempfile.TemporaryDirectory = field(repr=False)
    last_sale_at: datetime | None = None  # the backup's latest sale: what a restore goes back to

    def close(self) -> None:
        self._folder.cleanup()

    def __enter__(self) -> CheckedBackup:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _known_migrations() -> frozenset[tuple[str, str]]:
    return frozenset((m.name, step.name) for m in MIGRATIONS for step in m._migrations)


def _foreign(facts: FileFacts) -> str | None:
    """Why an SQLite file is not a shop this program can open, or None."""
    if facts.application_id not in (0, APPLICATION_ID):  # 0: a shop from before the mark
        return "other_program"
    if not REQUIRED_TABLES <= facts.tables:
        return "not_a_shop"
    known = _known_migrations()
    if facts.migrations - known or facts.user_version > len(known):
        return "newer_version"
    return None


def _refuse_foreign(source: Path, copy: Path) -> int:
    """Read-only checks of the private copy; its page size when it is a shop."""
    try:
        facts = read_facts(copy)
    except sqlite3.DatabaseError as error:
        raise BackupError(source, "damaged", [str(error)]) from error
    if facts.integrity:
        raise BackupError(source, "damaged", list(facts.integrity))
    reason = _foreign(facts)
    if reason is not None:
        raise BackupError(source, reason)
    return facts.page_size


class ShopFileError(UserError, ValueError):
    """``path``, chosen to be opened as the shop, is not one; ``reason``: no_such_file,
    is_database, not_sqlite, other_program, not_a_shop, newer_version."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"shop_file.{reason}", path=Path(path))
        self.path, self.reason = Path(path), reason


def check_shop_file(path: str | Path, current: str | Path | None = None) -> Path:
    """``path`` once it is known to be a shop file this program opens (read-only, nothing
    changed): never the shop open now, another program's database or an unrelated file,
    which opening would turn into an empty shop."""
    path = Path(path)
    if not path.is_file():
        raise ShopFileError(path, "no_such_file")
    if database_clash(path, *([current] if current else [])) is not None:
        raise ShopFileError(path, "is_database")
    try:
        facts = read_facts(path, integrity=False)
    except sqlite3.DatabaseError as error:
        raise ShopFileError(path, "not_sqlite") from error
    reason = _foreign(facts)
    if reason is not None:
        raise ShopFileError(path, reason)
    return path


def check_backup(source: str | Path, now: datetime,
                 live: str | Path | None = None) -> CheckedBackup:
    """Recognise and verify ``source`` without changing it; BackupError says why not.

    The file is copied (with its -wal, if it has one) into a private folder beside
    ``live`` (so the space is on the disk the restore needs), and only the copy is
    opened: read-only first, then migrated and verified.
    """
    source = Path(source)
    if not source.is_file():
        raise BackupError(source, "no_such_file")
    if database_clash(source, *([live] if live else [])) is not None:
        raise BackupError(source, "is_database")
    kind = file_kind(source)
    if kind != "sqlite":
        raise BackupError(source, kind)
    folder = tempfile.TemporaryDirectory(prefix=".restore-check-",
                                         dir=Path(live).parent if live else source.parent)
    try:
        copy = Path(folder.name) / "candidate.db"
        shutil.copyfile(source, copy)
        if Path(str(source) + "-wal").is_file():
            shutil.copyfile(str(source) + "-wal", str(copy) + "-wal")
        size = _refuse_foreign(source, copy)
        try:
            shop = open_shop(copy)
            try:
                problems = verify(shop, str(copy), now)
                last_sale = sale_store.last_sale_at(shop.db)
            finally:
                shop.close()
        except sqlite3.DatabaseError as error:
            raise BackupError(source, "damaged", [str(error)]) from error
        if problems:
            raise BackupError(source, "verify_failed", problems)
        leave_wal(copy)
    except BaseException:
        folder.cleanup()
        raise
    return CheckedBackup(source, copy, size, folder, last_sale)


def sales_lost(shop: Shop, checked: CheckedBackup) -> int:
    """The sales and returns ``shop`` made after the backup's latest one: a restore of it
    takes them away (they stay in the kept .before-restore copy)."""
    return sale_store.sales_after(shop.db, checked.last_sale_at)


def backup(shop: Shop, out: str | Path) -> Path:
    """A verified copy of the shop at ``out`` (fsynced, file and folder)."""
    out = Path(out)
    if database_clash(out, shop.path) is not None:
        raise BackupError(out, "is_database")
    backup_to(shop.db, out)
    try:
        check_backup(out, shop.clock(), shop.path).close()  # the private copy on the local disk
    except BackupError as error:
        out.unlink(missing_ok=True)
        raise BackupError(out, error.reason, error.problems) from error
    return out


def kept_path(db_path: Path, now: datetime) -> Path:
    """``shop.db.before-restore-YYYYMMDD-HHMMSS``, with -2, -3… rather than reuse a name."""
    stem = f"{db_path.name}{KEPT_INFIX}{now.strftime('%Y%m%d-%H%M%S')}"
    path, n = db_path.with_name(stem), 1
    while path.exists():
        n += 1
        path = db_path.with_name(f"{stem}-{n}")
    return path


def restore(source: str | Path, db_path: str | Path, now: datetime,
            staff_id: int | None = None, staff_name: str = "") -> Path | None:
    """Check ``source``, then restore it into the shop at ``db_path``; the current data's
    kept copy is returned (None when there was no shop there)."""
    with check_backup(source, now, db_path) as checked:
        return restore_checked(checked, db_path, now, staff_id, staff_name)


def restore_checked(checked: CheckedBackup, db_path: str | Path, now: datetime,
                    staff_id: int | None = None, staff_name: str = "") -> Path | None:
    """Write a checked backup into the live database, in place, and audit it.

    Other writers are held off from before the current data is copied until the
    backup is in, so every sale is either in the kept copy or made on the restored
    shop; readers see the old shop or the new one.  The kept copy is fsynced with its
    folder; the restore itself commits with ``synchronous=FULL``.
    """
    db_path = Path(db_path)
    existed = db_path.exists()
    shop = open_shop(db_path, lambda: now)
    try:
        with restoring(shop.db) as touch:
            kept = kept_path(db_path, now) if existed else None
            if kept is not None:
                backup_to(shop.db, kept)
            if page_size(shop.db) != checked.page_size:
                set_page_size(checked.copy, page_size(shop.db))
            copy_into(shop.db, checked.copy, touch)
        _audit(shop, now, checked.source, kept, staff_id, staff_name)
        sync_folder(db_path.parent)
    finally:
        shop.close()
    return kept


def _audit(shop: Shop, now: datetime, source: Path, kept: Path | None, staff_id: int | None,
           staff_name: str) -> None:
    with write_transaction(shop.db):
        # the restored shop may not know the person who restored it: the name is kept
        same = staff_id is not None and pos_store.staff_by_id(shop.db, staff_id)
        who = staff_id if same and same.name == staff_name else None
        pos_store.append_audit(shop.db, now, who, AuditAction.RESTORE,
                               subject(SubjectKind.FILE, source.name),
                               {"file": str(source), "kept": str(kept) if kept else "",
                                "by": staff_name})
