"""When the owner should be reminded to back up, and recording that a backup was made."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from loyalty.shop import Shop
from pos.staff.audit import AuditAction, SubjectKind, subject
from pos.storage import store
from pos.clock import from_db, to_db
from pos.storage.db import write_transaction
from pos.settings.model import ShopSettings

REMINDER_DAYS = 7


def last_backup(settings: ShopSettings) -> datetime | None:
    """The last verified backup's instant, or None when there never was one (or it is unreadable)."""
    try:
        return from_db(settings.last_backup_at) if settings.last_backup_at else None
    except ValueError:
        return None


def reminder_due(last_backup_at: str, now: datetime, created_at: datetime | None = None) -> bool:
    """Due when the last backup is older than REMINDER_DAYS, or when none was ever made and
    the shop (created at ``created_at``, when known) is older than that: a shop made a
    minute ago has had no week without a backup."""
    last = last_backup(ShopSettings(last_backup_at=last_backup_at)) or created_at
    return last is None or now - last > timedelta(days=REMINDER_DAYS)


def backup_due(shop: Shop, now: datetime) -> bool:
    """The reminder for this shop: a new shop counts from its creation."""
    return reminder_due(shop.settings.last_backup_at, now, store.created_at(shop.db))


def days_since_backup(settings: ShopSettings, now: datetime) -> int | None:
    """Whole local calendar days since the last backup (0 = today), None when never."""
    last = last_backup(settings)
    if last is None:
        return None
    tz = ZoneInfo(settings.timezone)
    return (now.astimezone(tz).date() - last.astimezone(tz).date()).days


def last_backup_local(settings: ShopSettings) -> datetime | None:
    last = last_backup(settings)
    return last.astimezone(ZoneInfo(settings.timezone)) if last else None


def record_backup(shop: Shop, staff_id: int | None, path: str, at: datetime) -> ShopSettings:
    """After a verified backup: remember its time and audit who made it, where."""
    settings = replace(shop.settings, last_backup_at=to_db(at))
    with write_transaction(shop.db):
        store.append_audit(shop.db, at, staff_id, AuditAction.BACKUP_MADE,
                           subject(SubjectKind.FILE, Path(path).name), {"file": path})
        shop.save_settings(settings)
    return settings


def suggested_file_name(settings: ShopSettings, now: datetime) -> str:
    """``shop-backup-2026-03-10.db``: sorts by date in any file manager."""
    return f"shop-backup-{now.astimezone(ZoneInfo(settings.timezone)).date().isoformat()}.db"
