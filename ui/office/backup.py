"""The owner's backup screen: a verified copy to a file, restoring from one, and when it was last done."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QGroupBox, QLabel, QMessageBox, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from loyalty import backup_reminder
from loyalty.backups import (BackupError, CheckedBackup, backup, check_backup, restore_checked,
                             sales_lost)
from loyalty.shop import Shop, open_shop
from pos.staff.pins import StaffError
from pos.staff.admin import require_owner
from pos.staff.model import Staff
from pos.wording import moment_text
from ui.widgets.file_dialogs import choose_open, choose_save


class _Job(QThread):
    """Copying and verifying a year of sales takes seconds; the window stays responsive."""

    failed = Signal(object)

    def __init__(self, work: Callable[[], object], parent: QWidget) -> None:
        super().__init__(parent)  # owned by the tab, so closing the window waits for it
        self.work = work
        self.result: object = None

    def run(self) -> None:
        try:
            self.result = self.work()
        except Exception as error:  # a full disk or a locked file: shown, never lost in a thread
            self.failed.emit(error)


def _backup_in_thread(db_path: str, out: str, shop: Shop) -> None:
    # SQLite connections belong to their thread, so the worker opens its own
    own = open_shop(db_path, shop.clock)
    try:
        backup(own, out)
    finally:
        own.close()


class BackupTab(QWidget):
    """``on_restored`` runs after a restore (default: quit, so the restored file is reopened)."""

    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None,
                 on_restored: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.on_restored = on_restored or QApplication.quit
        self.reopens = False  # on_restored opens the restored shop again (else the app quits)
        self.sale_open: Callable[[], bool] = lambda: False  # a sale under way at the till
        self.job: _Job | None = None
        self.question: QMessageBox | None = None
        self._failure: Exception | None = None
        self._failed_text = ""
        layout = QVBoxLayout(self)
        self.last = QLabel()
        self.last.setObjectName("status")
        self.last.setWordWrap(True)
        layout.addWidget(self.last)
        self.backup_button = QPushButton(self.tr("Back up to a file…"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(self.start_backup)
        layout.addWidget(self._box(self.tr("Back up"), self.tr(
            "A verified copy of the whole shop: members, cards, points, sales, staff and "
            "settings. Keep it on a USB stick or in the cloud, away from this computer."),
            self.backup_button))
        self.restore_button = QPushButton(self.tr("Restore from a file…"))
        self.restore_button.clicked.connect(self.start_restore)
        layout.addWidget(self._box(self.tr("Restore"), self.tr(
            "Replaces all the shop's data with a backup, after checking it. The current data "
            "is kept beside it in a .before-restore file with the date and time. The shop "
            "then opens again, with its login."),
            self.restore_button))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # SQLite reports no progress: a busy bar, not a fake percentage
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.show_last_backup()

    def _box(self, title: str, text: str, button: QPushButton) -> QGroupBox:
        box = QGroupBox(title)
        col = QVBoxLayout(box)
        label = QLabel(text)
        label.setWordWrap(True)
        col.addWidget(label)
        col.addWidget(button)
        return box

    def show_last_backup(self) -> None:
        settings, now = self.shop.settings, self.shop.clock()
        when = backup_reminder.last_backup_local(settings)
        days = backup_reminder.days_since_backup(settings, now)
        if when is None:
            text = self.tr("No backup has been made yet. Make one now.")
        else:
            ago = (self.tr("today") if days == 0 else
                   self.tr("%n day(s) ago", "", days or 0))
            text = self.tr("Last backup: {when} ({ago}).").format(
                when=moment_text(when, settings.timezone, settings.language), ago=ago)
            if backup_reminder.reminder_due(settings.last_backup_at, now):
                text += " " + self.tr("That is more than a week ago: make a new one.")
        due = backup_reminder.reminder_due(settings.last_backup_at, now)
        self._style(self.last, text, "error" if due else "info")

    # -- actions -----------------------------------------------------------

    def _owner_or_say(self) -> bool:
        try:
            require_owner(self.staff)
        except StaffError:
            self._style(self.status, self.tr("Only an owner can back up or restore."), "error")
            return False
        return True

    def start_backup(self) -> None:
        if not self._owner_or_say():
            return
        name = backup_reminder.suggested_file_name(self.shop.settings, self.shop.clock())
        chosen = choose_save(self, self.tr("Back up to"), str(Path.home() / name),
                             self.tr("Shop backups (*.db)"))
        if chosen:
            out = str(chosen)
            db_path = self.shop.path
            self._run(lambda: _backup_in_thread(db_path, out, self.shop),
                      self.tr("Copying and checking the backup…"), lambda: self._backed_up(out),
                      self.tr("The backup failed and no file was kept: {problem}"))

    def _backed_up(self, out: str) -> None:
        backup_reminder.record_backup(self.shop, self.staff.staff_id, out, self.shop.clock())
        self.show_last_backup()
        self._style(self.status, self.tr("Backup written and verified: {file}").format(file=out),
                    "info")

    def start_restore(self) -> None:
        """Choose a file, check it (in a worker), and only then ask whether to replace."""
        if not self._owner_or_say():
            return
        if self.sale_open():  # the restore would throw the basket away with the data
            self._style(self.status, self.tr(
                "Finish, park or void the sale at the till before restoring."), "error")
            return
        source = choose_open(self, self.tr("Restore from"),
                             self.tr("Shop backups (*.db);;All files (*)"), str(Path.home()))
        if source is not None:
            self.check_then_ask(source)

    def check_then_ask(self, source: Path) -> None:
        db_path, now = self.shop.path, self.shop.clock()
        self._run(lambda: check_backup(source, now, db_path), self.tr("Checking the backup…"),
                  lambda: self._ask_restore(self.job.result),
                  self.tr("Nothing was restored: {problem}"))

    def _ask_restore(self, checked: CheckedBackup) -> None:
        settings = self.shop.settings
        made = (self.tr("Its latest sale was made {when}.").format(when=moment_text(
            checked.last_sale_at, settings.timezone, settings.language))
            if checked.last_sale_at else self.tr("It holds no sales."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore"), self.tr(
            "{file} is a sound shop backup. {made} Replace ALL the shop's current data with "
            "it? Sales and returns made since, which will be gone: {lost} (the current data "
            "is kept in a .before-restore file).").format(
                file=checked.source.name, made=made, lost=sales_lost(self.shop, checked)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question = box
        box.finished.connect(lambda answer: self._answered(checked, answer))
        box.open()

    def _answered(self, checked: CheckedBackup, answer: int) -> None:
        if answer != QMessageBox.StandardButton.Yes:
            checked.close()
            self._style(self.status, self.tr("Nothing was restored."), "info")
            return
        db_path, now, staff = self.shop.path, self.shop.clock(), self.staff

        def work() -> object:
            try:
                return restore_checked(checked, db_path, now, staff.staff_id, staff.name)
            finally:
                checked.close()
        self._run(work, self.tr("Restoring…"), lambda: self._restored(str(checked.source)),
                  self.tr("Nothing was restored: {problem}"))

    def _restored(self, source: str) -> None:
        text = (self.tr("The shop was restored from {file}. It opens again now: log in to work "
                        "with the restored data.") if self.reopens else
                self.tr("The shop was restored from {file}. The application closes now: start "
                        "it again to work with the restored data.")).format(file=source)
        self._style(self.status, text, "info")
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(False)  # this window still holds the replaced file open
        QMessageBox.information(self, self.tr("Restore"), text)
        QTimer.singleShot(0, self.on_restored)  # once this window's own slot has returned

    def _run(self, work: Callable[[], object], busy: str, done: Callable[[], None],
             failed: str) -> None:
        self._failure, self._failed_text = None, failed
        self._style(self.status, busy, "info")
        self.progress.show()
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(False)
        self.job = _Job(work, self)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(lambda: self._finished(done))
        self.job.start()

    def _failed(self, error: Exception) -> None:
        self._failure = error

    def _finished(self, done: Callable[[], None]) -> None:
        self.progress.hide()
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(True)
        if self._failure is not None:
            problem = self.problem_text(self._failure)
            self._style(self.status, self._failed_text.format(problem=problem), "error")
        else:
            done()

    def problem_text(self, error: Exception) -> str:
        """Why a file is not a usable backup, in the owner's words (never SQLite's)."""
        if not isinstance(error, BackupError):
            return str(error)  # a full disk, a folder that cannot be written: the system's words
        name = error.path.name
        texts = {
            "no_such_file": self.tr("the file {file} does not exist."),
            "is_database": self.tr("{file} is the shop's own database, not a backup of it."),
            "empty": self.tr("{file} is empty: it is not a shop backup."),
            "not_sqlite": self.tr("{file} is not a shop backup (not a database file)."),
            "damaged": self.tr("{file} is damaged or incomplete."),
            "other_program": self.tr("{file} belongs to another program, not to this shop."),
            "not_a_shop": self.tr("{file} is a database, but not a shop backup."),
            "newer_version": self.tr("{file} was made by a newer version of this program; "
                                     "update the program first."),
            "verify_failed": self.tr("{file} failed the check: {problem}"),
        }
        text = texts.get(error.reason, self.tr("{file} cannot be used."))
        return text.format(file=name, problem=error.problems[0] if error.problems else "")

    @staticmethod
    def _style(label: QLabel, text: str, kind: str) -> None:
        label.setText(text)
        label.setProperty("kind", kind)
        label.style().unpolish(label)
        label.style().polish(label)
