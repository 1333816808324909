"""Backing the shop up to a file and restoring it, each verified before it counts."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from loyalty.shop import Shop, open_shop
from loyalty.verify import verify
from pos.storage.db import backup_to
from pos.errors import UserError


class BackupError(UserError, RuntimeError):
    """The copy or the file to restore failed verification; ``problems`` says why."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__("backup.failed", path=path, problems=tuple(problems[:3]))
        self.path = path
        self.problems = problems


def check_file(path: str | Path, now) -> list[str]:
    """Open a copy of ``path`` (never the file itself) and verify it."""
    path = Path(path)
    probe = path.with_name(path.name + ".verify")
    try:
        shutil.copyfile(path, probe)
        shop = open_shop(probe)
        try:
            return verify(shop, str(probe), now)
        finally:
            shop.close()
    except Exception as error:  # a damaged or foreign file: report it, never crash
        return [f"not a readable shop database: {error}"]
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(probe) + suffix).unlink(missing_ok=True)


def backup(shop: Shop, out: str | Path) -> Path:
    out = Path(out)
    backup_to(shop.db, out)
    problems = check_file(out, shop.clock())
    if problems:
        out.unlink(missing_ok=True)
        raise BackupError(out, problems)
    return out


def restore(source: str | Path, db_path: str | Path, now) -> None:
    """Replace the shop at ``db_path`` with a verified backup; the current file is kept
    beside it as ``.before-restore`` in case the owner picked the wrong backup."""
    source, db_path = Path(source), Path(db_path)
    if not source.is_file():
        raise BackupError(source, ["no such file"])
    problems = check_file(source, now)
    if problems:
        raise BackupError(source, problems)
    staging = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(source, staging)
    os.chmod(staging, 0o600)  # the restored shop is as private as a new one
    if db_path.exists():
        keep = db_path.with_name(db_path.name + ".before-restore")
        tmp = open_shop(db_path)
        try:
            backup_to(tmp.db, keep)
        finally:
            tmp.close()
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(staging, db_path)
