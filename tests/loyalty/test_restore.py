"""Restore never loses a shop: recognised without change, kept, written into the live file
while a till in another process keeps selling on it."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from builders import member_with_card, seed
from loyalty.backups import BackupError, backup, check_backup, restore
from loyalty.shop import open_shop
from loyalty.verify import verify
from pos.storage import store
from pos.staff.audit import AuditAction, SubjectKind, subject as about

TILL = Path(__file__).resolve().parent.parent / "till_loop.py"


def _basket_ids(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT basket_id FROM sales")}
    finally:
        conn.close()


def _seen_by_another_process(path: Path) -> set[str]:
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(' '.join(r[0] for r in c.execute('SELECT basket_id FROM sales'))); c.close()")
    out = subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60,
                         capture_output=True, text=True).stdout
    return set(out.split())


def test_a_till_selling_through_a_restore_loses_nothing(shop, db_path, tmp_path) -> None:
    seed(shop)
    _, card = member_with_card(shop)
    shop.save_settings(replace(shop.settings, name="Backed up"))
    copy = backup(shop, tmp_path / "backup.db")
    shop.save_settings(replace(shop.settings, name="Changed later"))
    stop = tmp_path / "stop"
    till = subprocess.Popen([sys.executable, str(TILL), str(db_path), card, str(stop)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[tuple[str, str]] = []
    reader = threading.Thread(target=lambda: lines.extend(
        tuple(line.split(maxsplit=1)) for line in till.stdout), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while len(lines) < 10 and time.monotonic() < deadline:
            time.sleep(0.05)
        kept = restore(copy, db_path, shop.clock())
        after = len(lines)
        while len(lines) < after + 10 and time.monotonic() < deadline + 60:
            time.sleep(0.05)
    finally:
        stop.touch()
        till.wait(timeout=120)
        reader.join(timeout=30)  # the only reader of stdout: communicate() would split lines
        err = till.stderr.read()
    assert till.returncode == 0, err
    acknowledged = {basket for basket, _ in lines}
    live, old = _seen_by_another_process(db_path), _basket_ids(kept)
    assert all(len(l) == 2 for l in lines), [l for l in lines if len(l) != 2]
    assert acknowledged <= live | old  # every sale the till acknowledged is somewhere
    assert not acknowledged & live & old  # and the restored shop holds none made before it
    made_after = acknowledged & live
    assert len(made_after) >= 10 and not made_after & _basket_ids(copy)
    assert lines[-1][1].strip() == "Backed up"  # the till now serves the restored settings
    assert shop.settings.name == "Backed up"  # so does this process's open shop
    assert verify(shop, str(db_path), shop.clock()) == []


def test_the_candidate_is_never_changed_and_no_file_is_left(shop, tmp_path) -> None:
    copy = backup(shop, tmp_path / "backup.db")
    before = copy.read_bytes()
    with check_backup(copy, shop.clock(), shop.path) as checked:
        assert checked.copy.exists()
    assert copy.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.db", "shop.db", "shop.db-shm",
                                                          "shop.db-wal"]


@pytest.mark.parametrize("damage, reason", [
    (lambda p: p.write_bytes(p.read_bytes()[:4096 * 3]), "damaged"),
    (lambda p: p.write_bytes(p.read_bytes()[:100]), "damaged"),
])
def test_a_truncated_backup_is_refused(shop, db_path, tmp_path, damage, reason) -> None:
    copy = backup(shop, tmp_path / "backup.db")
    damage(copy)
    with pytest.raises(BackupError) as refused:
        restore(copy, db_path, shop.clock())
    assert refused.value.reason == reason
    assert not list(tmp_path.glob("*before-restore*"))


def test_a_backup_from_before_the_application_id_is_still_a_shop(shop, db_path, tmp_path) -> None:
    copy = backup(shop, tmp_path / "backup.db")
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA application_id = 0")
    conn.execute("PRAGMA user_version = 0")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_application_id'")
    conn.commit()
    conn.close()
    kept = restore(copy, db_path, shop.clock())
    assert kept is not None and kept.exists()
    assert shop.db.execute("PRAGMA application_id").fetchone()[0] == 0x504F534C


def test_a_restore_is_audited_with_who_did_it(shop, db_path, tmp_path) -> None:
    from pos.staff.pins import add_staff
    owner = add_staff(shop.db, "Boris", "owner", "9999", shop.clock())
    copy = backup(shop, tmp_path / "backup.db")
    restore(copy, db_path, shop.clock(), owner.staff_id, owner.name)
    (entry,) = store.audit_entries(shop.db, action="restore")
    assert (entry.staff_name, entry.subject) == ("Boris", "file backup.db")


def test_a_backup_with_other_pages_and_an_awkward_folder_name_restores(tmp_path, clock) -> None:
    folder = tmp_path / "shop #1 ? test"
    folder.mkdir()
    shop = open_shop(folder / "shop.db", clock)
    try:
        seed(shop)
        copy = backup(shop, folder / "backup.db")
        conn = sqlite3.connect(copy, isolation_level=None)
        conn.execute("PRAGMA page_size = 1024")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA page_size").fetchone() == (1024,)
        conn.close()
        shop.save_settings(replace(shop.settings, name="Changed later"))
        restore(copy, shop.path, shop.clock())
        assert shop.settings.name != "Changed later"
        assert verify(shop, str(shop.path), shop.clock()) == []
    finally:
        shop.close()


def test_writers_wait_while_a_restore_holds_the_file(shop) -> None:
    from pos.storage.db import restoring, write_transaction
    done: list[float] = []

    def write() -> None:  # another till: a connection of its own, in its own thread
        other = open_shop(shop.path)
        try:
            with write_transaction(other.db):
                store.append_audit(other.db, other.clock(), None, AuditAction.BACKUP_MADE,
                                   about(SubjectKind.FILE, "waited"), {})
            done.append(time.monotonic())
        finally:
            other.close()
    with restoring(shop.db):
        writer = threading.Thread(target=write)
        writer.start()
        time.sleep(0.5)
        assert done == []  # held off while the restore copies
        released = time.monotonic()
    writer.join(timeout=30)
    assert done and done[0] >= released
    assert [e.subject for e in store.audit_entries(shop.db)] == ["file waited"]
