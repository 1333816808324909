"""Building the demo shop off the GUI thread, with a progress bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from loyalty.demo.demo import build_demo
from ui.widgets.background import Job


def build_demo_with_progress(path: Path, language: str, parent: QWidget | None = None) -> bool:
    """Build the demo shop at ``path`` showing progress; True when it is ready."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("DemoProgress", "Demo shop"))
    dialog.setLabelText(QCoreApplication.translate(
        "DemoProgress", "Preparing the demo bakery: members, cards and six months of sales…"))
    dialog.setCancelButton(None)
    dialog.setMinimumWidth(480)
    dialog.setRange(0, 0)
    # the worker opens its own connection: SQLite connections stay in their thread
    job = Job(lambda progress: build_demo(path, language=language, progress=progress), dialog)
    errors: list[object] = []
    job.progressed.connect(lambda done, total: (dialog.setRange(0, total),
                                                dialog.setValue(done)))
    job.failed.connect(errors.append)
    job.finished.connect(dialog.accept)
    QTimer.singleShot(0, job.start)  # starts once the dialog's event loop runs
    dialog.exec()
    job.wait()
    return not errors and path.exists()
