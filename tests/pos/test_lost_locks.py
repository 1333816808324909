"""Lost file locks: the connection notices before its next write and reopens (real processes).

On POSIX, closing any descriptor of the database file drops the process's locks;
another process that then closes the file checkpoints and deletes the WAL under us.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pos.storage import migrations as pos_migrations
from pos.storage import store
from pos.staff.audit import AuditAction, SubjectKind, subject as about
from pos.storage.db import StoreLostError, connect
from pos.storage.files import DatabaseFileError, database_clash, refuse_database_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")


def other_process_opens_and_closes(path: Path) -> None:
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT COUNT(*) FROM audit_log').fetchone(); c.close()")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def seen_by_another_process(path: Path) -> list[str]:
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print('\\n'.join(r[0] for r in c.execute('SELECT subject FROM audit_log "
            "ORDER BY audit_id'))); c.close()")
    out = subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60,
                         capture_output=True, text=True).stdout
    return out.splitlines()


def deleted_companions() -> list[str]:
    links = []
    for fd in os.listdir("/proc/self/fd") if Path("/proc/self/fd").exists() else ():
        try:
            links.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            pass
    return [link for link in links if link.endswith("(deleted)") and "shop.db" in link]


def write(db, subject: str, clock) -> None:
    from pos.storage.db import write_transaction
    with write_transaction(db):
        store.append_audit(db, clock(), None, AuditAction.BACKUP_MADE,
                           about(SubjectKind.FILE, subject), {})


def test_a_plain_open_and_close_in_this_process_is_survived(db_path, clock) -> None:
    db = connect(db_path, (pos_migrations.migrations,))
    try:
        write(db, "before", clock)
        open(db_path, "rb").close()  # what any file read of the database does: locks gone
        other_process_opens_and_closes(db_path)  # believes it is alone: WAL deleted
        write(db, "after", clock)  # the guard reopens first, so this reaches the file
        assert db.reopened == 1
        assert deleted_companions() == []
        write(db, "later", clock)
        assert seen_by_another_process(db_path) == ["file before", "file after", "file later"]
        # and the locks are really back: another process closing again deletes nothing
        other_process_opens_and_closes(db_path)
        write(db, "last", clock)
        assert db.reopened == 1 and seen_by_another_process(db_path)[-1] == "file last"
    finally:
        db.close()


def test_reads_after_lost_locks_see_the_file(db_path, clock) -> None:
    db = connect(db_path, (pos_migrations.migrations,))
    try:
        open(db_path, "rb").close()
        other_process_opens_and_closes(db_path)
        code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO "
                "audit_log (at, action, subject, detail) "
                "VALUES ('2026-03-10T09:00:00Z', 'x', 'theirs', '{}')\"); "
                "c.commit(); c.close()")
        subprocess.run([sys.executable, "-c", code, str(db_path)], check=True, timeout=60)
        subjects = [e.subject for e in store.audit_entries(db)]
        assert subjects == ["theirs"]
    finally:
        db.close()


def test_a_second_connection_of_the_process_makes_reopening_wait(db_path, clock) -> None:
    db, worker = connect(db_path), connect(db_path)
    try:
        open(db_path, "rb").close()
        other_process_opens_and_closes(db_path)
        # both share SQLite's lock record for the file: reopening beside it is not safe
        with pytest.raises(StoreLostError):
            db.execute("SELECT 1")
        worker.close()
        assert db.execute("SELECT COUNT(*) FROM audit_log").fetchone() == (0,)
        assert db.reopened == 1
    finally:
        db.close()


def test_the_database_and_its_companions_are_refused(db_path, tmp_path) -> None:
    db = connect(db_path)
    try:
        for name in ("shop.db", "shop.db-wal", "shop.db-shm", "shop.db-journal",
                     "shop.db.restoring"):
            with pytest.raises(DatabaseFileError):
                refuse_database_file(tmp_path / name)
        (tmp_path / "link.db").symlink_to(db_path)
        os.link(db_path, tmp_path / "hard.db")
        assert database_clash(tmp_path / "link.db") == db_path
        assert database_clash(tmp_path / "hard.db") == db_path
        (tmp_path / "sub").mkdir()
        assert database_clash(tmp_path / "sub" / ".." / "shop.db") == db_path
        assert refuse_database_file(tmp_path / "report.pdf") == tmp_path / "report.pdf"
    finally:
        db.close()
    assert database_clash(tmp_path / "shop.db-wal") is None  # closed: no longer in use
    assert database_clash(tmp_path / "shop.db", db_path) == db_path  # unless named


def test_writers_of_user_files_refuse_the_database(shop, db_path) -> None:
    from loyalty.reports.exports import export
    from pos.printing.pdf import write_receipt_pdf
    size = db_path.stat().st_size
    with pytest.raises(DatabaseFileError):
        export(shop, "members", db_path)
    with pytest.raises(DatabaseFileError):
        write_receipt_pdf(None, Path(str(db_path) + "-wal"))  # refused before rendering
    assert db_path.stat().st_size == size and store.load_settings(shop.db).name


def test_a_vanished_file_is_not_replaced_by_an_empty_shop(db_path, clock) -> None:
    db = connect(db_path, (pos_migrations.migrations,))
    try:
        moved = db_path.with_name("moved.db")
        db_path.rename(moved)
        with pytest.raises(StoreLostError):  # checked before every write transaction
            write(db, "nowhere", clock)
        assert not db_path.exists()
    finally:
        db.conn.close()
