"""Backup reminder: due when never backed up or older than a week; recording a backup."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from loyalty.backup_reminder import days_since_backup, record_backup, reminder_due
from pos.storage import store
from pos.clock import to_db
from pos.settings.model import ShopSettings

NOW = datetime(2026, 3, 10, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize(("last", "due"), [
    ("", True), ("garbage", True),
    (to_db(NOW - timedelta(days=7, seconds=1)), True),
    (to_db(NOW - timedelta(days=7)), False),
    (to_db(NOW - timedelta(hours=1)), False),
])
def test_reminder_due(last, due) -> None:
    assert reminder_due(last, NOW) is due


def test_days_since_counts_local_calendar_days() -> None:
    # 20:30 UTC on the 9th is already the 9th, 23:30 in Moscow; 9:00 UTC on the 10th is the 10th
    settings = ShopSettings(timezone="Europe/Moscow",
                            last_backup_at=to_db(datetime(2026, 3, 9, 20, 30, tzinfo=timezone.utc)))
    assert days_since_backup(settings, NOW) == 1
    assert days_since_backup(ShopSettings(), NOW) is None


def test_record_backup_keeps_the_time_and_audits(shop) -> None:
    record_backup(shop, None, "/backups/shop.db", NOW)
    assert store.load_settings(shop.db).last_backup_at == to_db(NOW)
    assert shop.settings.last_backup_at == to_db(NOW)
    assert not reminder_due(shop.settings.last_backup_at, NOW + timedelta(days=3))
    (entry,) = store.audit_entries(shop.db)
    assert (entry.action, entry.detail) == ("backup_made", {"file": "/backups/shop.db"})


def test_a_new_shop_counts_from_its_creation(shop) -> None:
    from loyalty.backup_reminder import backup_due
    created = store.created_at(shop.db)
    assert created is not None and abs(datetime.now(timezone.utc) - created) < timedelta(hours=1)
    # made a minute ago and never backed up: no week has passed without a backup yet
    assert not backup_due(shop, created + timedelta(minutes=1))
    assert backup_due(shop, created + timedelta(days=7, seconds=1))
    record_backup(shop, None, "/backups/shop.db", created + timedelta(days=6))
    assert not backup_due(shop, created + timedelta(days=8))
