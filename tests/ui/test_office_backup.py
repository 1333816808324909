"""The backup tab: a verified backup recorded in settings, a confirmed restore, refusals."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from loyalty.backups import check_file
from loyalty.shop import open_shop
from pos.storage import store
from pos.clock import to_db
from pos.staff.pins import add_staff
from ui.office.backup import BackupTab

NOW = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)


@pytest.fixture
def owner(shop):
    return add_staff(shop.db, "Boris", "owner", "9999", NOW)


@pytest.fixture
def restored() -> list[bool]:
    return []


@pytest.fixture
def tab(qtbot, shop, owner, restored):
    widget = BackupTab(shop, owner, on_restored=lambda: restored.append(True))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def dialogs(monkeypatch):
    """Answers the file dialogs and the confirmation the way a test sets them."""
    answers = {"save": "", "open": "", "confirm": QMessageBox.StandardButton.Yes}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answers["save"], ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (answers["open"], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers["confirm"])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    return answers


def _wait(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.job is not None and tab.job.isFinished() and tab.progress.isHidden(),
                    timeout=20_000)


def test_never_backed_up_is_a_reminder(tab) -> None:
    assert tab.last.text().startswith("No backup has been made yet")
    assert tab.last.property("kind") == "error"


def test_a_week_old_backup_is_a_reminder(qtbot, shop, owner, clock) -> None:
    shop.save_settings(replace(shop.settings, last_backup_at=to_db(clock.now - timedelta(days=10))))
    tab = BackupTab(shop, owner)
    qtbot.addWidget(tab)
    assert "10 day(s) ago" in tab.last.text() and "more than a week" in tab.last.text()


def test_backup_is_verified_and_recorded(qtbot, tab, shop, dialogs, tmp_path) -> None:
    dialogs["save"] = str(tmp_path / "copy.db")
    tab.backup_button.click()
    assert not tab.progress.isHidden()
    _wait(qtbot, tab)
    assert tab.progress.isHidden()
    assert tab.status.text() == f"Backup written and verified: {tmp_path / 'copy.db'}"
    assert check_file(tmp_path / "copy.db", shop.clock()) == []
    assert store.load_settings(shop.db).last_backup_at != ""
    assert tab.last.text().startswith("Last backup:") and "(today)" in tab.last.text()
    (entry,) = store.audit_entries(shop.db)
    assert (entry.staff_name, entry.action, entry.subject) == ("Boris", "backup_made",
                                                              str(tmp_path / "copy.db"))


def test_restore_asks_then_replaces_the_data(qtbot, tab, shop, dialogs, restored, tmp_path,
                                             db_path) -> None:
    dialogs["save"] = str(tmp_path / "copy.db")
    tab.backup_button.click()
    _wait(qtbot, tab)
    shop.save_settings(replace(shop.settings, name="Changed after the backup"))
    dialogs["confirm"] = QMessageBox.StandardButton.No
    dialogs["open"] = str(tmp_path / "copy.db")
    tab.restore_button.click()
    assert store.load_settings(shop.db).name == "Changed after the backup" and not restored
    dialogs["confirm"] = QMessageBox.StandardButton.Yes
    tab.restore_button.click()
    _wait(qtbot, tab)
    assert restored == [True] and "start it again" in tab.status.text()
    assert (tmp_path / "shop.db.before-restore").exists()
    fresh = open_shop(db_path)
    try:
        assert fresh.settings.name != "Changed after the backup"
    finally:
        fresh.close()


def test_a_broken_file_is_not_restored(qtbot, tab, shop, dialogs, restored, tmp_path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    dialogs["open"] = str(junk)
    tab.restore_button.click()
    _wait(qtbot, tab)
    assert tab.status.text().startswith("Nothing was restored") and not restored
    assert store.load_settings(shop.db).name == shop.settings.name


def test_a_cashier_is_refused(qtbot, shop, owner, dialogs) -> None:
    cashier = add_staff(shop.db, "Ivan", "cashier", "2222", NOW)
    tab = BackupTab(shop, cashier)
    qtbot.addWidget(tab)
    for button in (tab.backup_button, tab.restore_button):
        button.click()
        assert tab.status.text() == "Only an owner can back up or restore."
    assert tab.job is None and store.audit_entries(shop.db) == ()
