"""Building the demo shop off the GUI thread, with a progress bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from loyalty.demo import build_demo


class _DemoWorker(QThread):
    progressed = Signal(int, int)
    failed = Signal(str)

    def __init__(self, path: Path, language: str) -> None:
        super().__init__()
        self.path, self.language = path, language

    def run(self) -> None:
        try:  # the worker opens its own connection: SQLite connections stay in their thread
            build_demo(self.path, language=self.language,
                       progress=lambda done, total: self.progressed.emit(done, total))
        except Exception as error:  # shown to the person, never lost in a thread
            self.failed.emit(str(error))


def build_demo_with_progress(path: Path, language: str, parent: QWidget | None = None) -> bool:
    """Build the demo shop at ``path`` showing progress; True when it is ready."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(dialog.tr("Demo shop"))
    dialog.setLabelText(dialog.tr("Preparing the demo bakery: members, cards and six months "
                                  "of sales…"))
    dialog.setCancelButton(None)
    dialog.setMinimumWidth(480)
    dialog.setRange(0, 0)
    worker = _DemoWorker(path, language)
    errors: list[str] = []
    worker.progressed.connect(lambda done, total: (dialog.setRange(0, total),
                                                   dialog.setValue(done)))
    worker.failed.connect(errors.append)
    worker.finished.connect(dialog.accept)
    worker.start()
    dialog.exec()
    worker.wait()
    return not errors and path.exists()
