"""File dialogs never open the shop's database: browsing its folder keeps the locks
(real processes)."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from pos.storage import store
from pos.staff.audit import AuditAction, SubjectKind, subject as about
from pos.storage.db import write_transaction
from ui.widgets import file_dialogs

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")


def _other_process_opens_and_closes(path: Path) -> None:
    # a real read: a connection that never opened the WAL would not checkpoint it on close
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT COUNT(*) FROM audit_log').fetchone(); c.close()")
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def _subjects_seen_elsewhere(path: Path) -> list[str]:
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(chr(10).join(r[0] for r in "
            "c.execute('SELECT subject FROM audit_log ORDER BY audit_id'))); c.close()")
    return subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60,
                          capture_output=True, text=True).stdout.splitlines()


def _browse(qtbot, dialog: QFileDialog, folder: Path) -> None:
    """Show the folder in the detailed view until every file's type has been asked for."""
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    qtbot.waitExposed(dialog)
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    dialog.reject()


def _audit(shop, subject: str) -> None:
    with write_transaction(shop.db):
        store.append_audit(shop.db, shop.clock(), None, AuditAction.BACKUP_MADE,
                           about(SubjectKind.FILE, subject), {})


def test_browsing_the_database_folder_keeps_the_locks(qtbot, shop, db_path) -> None:
    (db_path.parent / "notes.csv").write_text("a,b\n")
    _audit(shop, "before")
    _browse(qtbot, file_dialogs.make_dialog(None, "Export", str(db_path.parent), "CSV (*.csv)"),
            db_path.parent)
    _other_process_opens_and_closes(db_path)
    _audit(shop, "after")
    assert shop.db.reopened == 0  # the dialog never opened the file: no locks were lost
    assert _subjects_seen_elsewhere(db_path) == ["file before", "file after"]


def test_qts_own_icon_provider_loses_the_locks_and_the_guard_recovers(qtbot, shop,
                                                                     db_path) -> None:
    """The cause, kept as evidence: the stock provider sniffs shop.db's content."""
    _audit(shop, "before")
    dialog = QFileDialog(None, "Export", str(db_path.parent), "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    _browse(qtbot, dialog, db_path.parent)
    _other_process_opens_and_closes(db_path)
    _audit(shop, "after")
    assert shop.db.reopened == 1  # the WAL was gone: reopened instead of writing into it
    assert _subjects_seen_elsewhere(db_path) == ["file before", "file after"]


def test_a_real_save_dialog_returns_the_typed_file(qtbot, tmp_path) -> None:
    def type_and_accept() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QFileDialog) and w.isVisible())
        dialog.setDirectory(str(tmp_path))
        dialog.findChild(QLineEdit, "fileNameEdit").setText("members.csv")  # as typed
        dialog.accept()
    QTimer.singleShot(300, type_and_accept)
    chosen = file_dialogs.choose_save(None, "Export", "x.csv", "CSV (*.csv)")
    assert chosen == tmp_path / "members.csv"


@pytest.mark.parametrize("chooser", ["open", "save"])
def test_choosing_the_database_is_refused_with_one_line(qtbot, monkeypatch, shop, db_path,
                                                        chooser) -> None:
    said = []
    monkeypatch.setattr(file_dialogs, "run_dialog", lambda _dialog: str(db_path) + "-shm")
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    choose = (file_dialogs.choose_open if chooser == "open" else
              lambda *a: file_dialogs.choose_save(*a[:2], "cards.pdf", a[2]))
    assert choose(None, "Title", "PDF (*.pdf)") is None
    assert said == ["shop.db-shm is the shop's own database; choose another file."]


def test_the_icon_provider_types_files_by_name(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QFileInfo
    icons = file_dialogs.NameOnlyIcons()
    (tmp_path / "a.csv").write_text("x")
    assert "CSV" in icons.type(QFileInfo(str(tmp_path / "a.csv"))).upper()
    assert not icons.icon(QFileInfo(str(tmp_path / "a.csv"))).isNull()


def test_the_dialog_and_its_refusal_speak_russian(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox
    from ui.app import install_translator
    app = QApplication.instance()
    translators = install_translator(app, "ru")
    try:
        dialog = file_dialogs.make_dialog(None, "Экспорт", "", "CSV (*.csv)")
        qtbot.addWidget(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
        assert file_dialogs.refusal(Path("/x/shop.db")) == (
            "shop.db — это сама база данных магазина; выберите другой файл.")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
