"""Every file dialog of the application: Qt's own, reading names only, never the shop's database.

Why not the static ``QFileDialog.get…`` calls: to show a type and an icon, Qt's icon
provider asks ``QMimeDatabase`` about every file in the folder, and for a name that
does not settle the type (``shop.db``, ``shop.db-wal``) it opens the file and reads
it.  Closing that descriptor drops every POSIX lock this process holds on the file
(Linux and macOS), so browsing the shop's own folder once let the next till that
closed the database checkpoint and delete the WAL under this one: sales made
afterwards were shown but never stored.  A native dialog does the same in-process
(GTK reads files to guess their type), so the Qt dialog is used everywhere, with an
icon provider that looks at names only; then the chosen path is refused if it is the
database or one of its -wal/-shm/-journal files, for opening and for saving alike.
On Windows locks belong to handles and survive, but overwriting the shop is no better.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (QFileDialog, QFileIconProvider, QHeaderView, QMessageBox, QSplitter,
                               QTreeView, QWidget)

from pos.storage.files import database_clash

IconType = QAbstractFileIconProvider.IconType


class NameOnlyIcons(QFileIconProvider):
    """Folder or file icon, and a type from the extension: nothing is ever opened.
    Qt calls it on the GUI thread (QFileSystemModel asks when updates arrive)."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, what: QFileInfo | IconType) -> QIcon:  # type: ignore[override]
        if isinstance(what, QFileInfo):
            return super().icon(IconType.Folder if what.isDir() else IconType.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 (Qt's name)
        if info.isDir():
            if info.isRoot():
                return super().type(info)
            return QCoreApplication.translate("FileDialogs", "Folder")
        mime = self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        return mime.comment() or mime.name()


_ICONS: list[NameOnlyIcons] = []


def _icons() -> NameOnlyIcons:
    """One provider for every dialog, alive as long as the process: a dialog does not own
    its provider, and one freed before its (deleteLater'd) dialog would crash Qt."""
    if not _ICONS:
        _ICONS.append(NameOnlyIcons())
    return _ICONS[0]


def make_dialog(parent: QWidget | None, title: str, directory: str, filters: str) -> QFileDialog:
    """A Qt (never native) file dialog whose folder listing reads names only."""
    dialog = QFileDialog(parent, title, directory, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(_icons())
    # Qt's own Russian catalogue leaves these in English
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("FileDialogs", "Look in:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("FileDialogs",
                                                                     "File name:"),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("FileDialogs",
                                                                     "Files of type:")}
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    _widen(dialog)
    return dialog


def _widen(dialog: QFileDialog) -> None:
    """Room for the places list and for the size, type and date columns' headings."""
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None:
        splitter.setSizes([200, 700])
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:
        for column in (1, 2, 3):
            view.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def run_dialog(dialog: QFileDialog) -> str | None:
    """Show ``dialog`` modally; the chosen path, or None when cancelled.  (Tests replace it.)"""
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0]


def _chosen(parent: QWidget | None, dialog: QFileDialog) -> Path | None:
    name = run_dialog(dialog)
    dialog.deleteLater()
    if not name:
        return None
    if database_clash(name) is not None:
        QMessageBox.warning(parent, dialog.windowTitle(), refusal(Path(name)))
        return None
    return Path(name)


def refusal(path: Path) -> str:
    """The one line that says why a chosen file was refused."""
    return QCoreApplication.translate(
        "FileDialogs", "{file} is the shop's own database; choose another file.").format(
        file=path.name)


def choose_open(parent: QWidget | None, title: str, filters: str,
                directory: str = "") -> Path | None:
    dialog = make_dialog(parent, title, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen(parent, dialog)


def choose_save(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    dialog = make_dialog(parent, title, "", filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suggested:
        dialog.selectFile(suggested)
    return _chosen(parent, dialog)


def choose_folder(parent: QWidget | None, title: str, directory: str = "") -> Path | None:
    dialog = make_dialog(parent, title, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen(parent, dialog)
