"""The backup tab: a verified backup recorded in settings, a confirmed restore, refusals."""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from loyalty.backups import check_backup
from pos.storage import store
from pos.clock import to_db
from pos.staff.pins import add_staff
from ui.office.backup import BackupTab
from ui.widgets import file_dialogs

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
    answers = {"save": "", "open": "", "warnings": []}

    def chosen(dialog: QFileDialog) -> str:
        save = dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        return answers["save" if save else "open"]
    monkeypatch.setattr(file_dialogs, "run_dialog", chosen)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, _t, text: answers["warnings"].append(text))
    return answers


def _answer(qtbot, tab, button: QMessageBox.StandardButton) -> None:
    qtbot.waitUntil(lambda: tab.question is not None and tab.question.isVisible(), timeout=20_000)
    tab.question.button(button).click()


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
    check_backup(tmp_path / "copy.db", shop.clock()).close()  # raises unless a sound shop
    assert store.load_settings(shop.db).last_backup_at != ""
    assert tab.last.text().startswith("Last backup:") and "(today)" in tab.last.text()
    (entry,) = store.audit_entries(shop.db)
    assert (entry.staff_name, entry.action, entry.subject) == ("Boris", "backup_made",
                                                              "file copy.db")
    assert entry.detail == {"file": str(tmp_path / "copy.db")}  # the folder too


def test_restore_checks_asks_then_replaces_the_data_in_place(qtbot, tab, shop, dialogs,
                                                              restored, tmp_path) -> None:
    dialogs["save"] = str(tmp_path / "copy.db")
    tab.backup_button.click()
    _wait(qtbot, tab)
    shop.save_settings(replace(shop.settings, name="Changed after the backup"))
    dialogs["open"] = str(tmp_path / "copy.db")
    tab.restore_button.click()
    _wait(qtbot, tab)
    _answer(qtbot, tab, QMessageBox.StandardButton.Cancel)
    assert tab.status.text() == "Nothing was restored."
    assert store.load_settings(shop.db).name == "Changed after the backup" and not restored
    tab.restore_button.click()
    _wait(qtbot, tab)
    assert "copy.db is a sound shop backup" in tab.question.text()
    _answer(qtbot, tab, QMessageBox.StandardButton.Yes)
    _wait(qtbot, tab)
    qtbot.waitUntil(lambda: restored == [True])
    assert "start it again" in tab.status.text()
    # written into the live file: this very connection sees the restored shop
    assert shop.settings.name != "Changed after the backup"
    (kept,) = tmp_path.glob("shop.db.before-restore-*")
    entry = store.audit_entries(shop.db, action="restore")[0]
    assert (entry.staff_name, entry.subject, entry.detail["kept"]) == ("Boris", "file copy.db",
                                                                      str(kept))
    assert not list(tmp_path.glob(".restore-check-*"))  # the private copy is gone


@pytest.mark.parametrize("content, reason", [
    (b"", "is empty: it is not a shop backup."),
    (b"not a database at all" * 100, "is not a shop backup (not a database file)."),
    ("foreign", "is a database, but not a shop backup."),
    ("other_app", "belongs to another program, not to this shop."),
])
def test_a_file_that_is_no_shop_backup_is_refused_before_asking(qtbot, tab, shop, dialogs,
                                                                 restored, tmp_path, content,
                                                                 reason) -> None:
    candidate = tmp_path / "candidate.db"
    if isinstance(content, bytes):
        candidate.write_bytes(content)
    else:
        conn = sqlite3.connect(candidate)
        conn.execute("CREATE TABLE notes (text)")
        if content == "other_app":
            conn.execute("PRAGMA application_id = 1234")
        conn.commit()
        conn.close()
    before = candidate.read_bytes()
    name = shop.settings.name
    dialogs["open"] = str(candidate)
    tab.restore_button.click()
    _wait(qtbot, tab)
    assert tab.status.text() == f"Nothing was restored: candidate.db {reason}"
    assert tab.status.property("kind") == "error"
    assert tab.question is None and not restored  # never asked "are you sure"
    assert candidate.read_bytes() == before  # the candidate itself is never changed
    assert store.load_settings(shop.db).name == name and not list(tmp_path.glob("*before-restore*"))


def test_the_shops_own_file_is_refused_in_the_dialog(qtbot, tab, shop, dialogs, db_path) -> None:
    dialogs["open"] = str(db_path)
    tab.restore_button.click()
    assert dialogs["warnings"] == ["shop.db is the shop's own database; choose another file."]
    assert tab.job is None and tab.question is None
    dialogs["save"] = str(db_path) + "-wal"
    tab.backup_button.click()
    assert dialogs["warnings"][-1] == "shop.db-wal is the shop's own database; choose another file."
    assert tab.job is None


def test_a_cashier_is_refused(qtbot, shop, owner, dialogs) -> None:
    cashier = add_staff(shop.db, "Ivan", "cashier", "2222", NOW)
    tab = BackupTab(shop, cashier)
    qtbot.addWidget(tab)
    for button in (tab.backup_button, tab.restore_button):
        button.click()
        assert tab.status.text() == "Only an owner can back up or restore."
    assert tab.job is None and store.audit_entries(shop.db) == ()


def _till_office(qtbot, seeded, switched: list):
    """A till as the app runs it (it can take over a shop), its owner's back office open."""
    from ui.till.window import TillWindow
    till = TillWindow(seeded.shop, seeded.owner, on_switch=switched.append)
    qtbot.addWidget(till)
    till.show()
    till.navigation.open_office()
    office = till.navigation.opened
    office.tabs.setCurrentWidget(office.tab("BackupTab"))
    return till, office.tab("BackupTab")


def test_no_restore_with_a_sale_under_way_at_the_till(qtbot, seeded, dialogs,
                                                      tmp_path) -> None:
    """A QA tester restored with a basket open at the till: the basket was gone, unsaid."""
    till, backup_tab = _till_office(qtbot, seeded, [])
    till.till.enter_code("4600000000018")
    dialogs["open"] = str(tmp_path / "never-asked.db")
    backup_tab.restore_button.click()
    assert backup_tab.status.text() == ("Finish, park or void the sale at the till before "
                                        "restoring.")
    assert backup_tab.job is None and backup_tab.question is None
    assert till.till.basket.lines


def test_a_restore_from_the_tills_office_opens_the_restored_shop_again(qtbot, seeded, dialogs,
                                                                      tmp_path) -> None:
    switched: list = []
    till, backup_tab = _till_office(qtbot, seeded, switched)
    dialogs["save"] = dialogs["open"] = str(tmp_path / "copy.db")
    backup_tab.backup_button.click()
    _wait(qtbot, backup_tab)
    seeded.shop.save_settings(replace(seeded.shop.settings, name="Changed after the backup"))
    from builders import sell
    from pos import basket as b
    sell(seeded.shop, b.add_product(b.new_basket(), store.product_by_barcode(
        seeded.shop.db, "4600000000018")))
    backup_tab.restore_button.click()
    _wait(qtbot, backup_tab)
    # what goes back and what is lost, before the owner says yes
    assert "It holds no sales." in backup_tab.question.text()
    assert "which will be gone: 1 (" in backup_tab.question.text()
    _answer(qtbot, backup_tab, QMessageBox.StandardButton.Yes)
    _wait(qtbot, backup_tab)
    assert "It opens again now" in backup_tab.status.text()
    qtbot.waitUntil(lambda: len(switched) == 1)
    reopened = switched[0]
    try:
        assert reopened.path == seeded.shop.path
        assert reopened.settings.name != "Changed after the backup"
    finally:
        reopened.close()
