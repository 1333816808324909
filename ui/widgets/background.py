"""Slow work off the GUI thread: a job with progress and cancel, and the bar that shows it."""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from loyalty.printing.card_pdf import CardPrintCancelled
from loyalty.shop import Shop, open_shop

# Called with (done, total); returning False asks the work to stop.
Progress = Callable[[int, int], bool]
Work = Callable[[Progress], object]


class Cancelled(Exception):
    """Raised by work whose progress callback said stop."""


CANCELS = (Cancelled, CardPrintCancelled)


def reopen(shop: Shop) -> Shop:
    """A second Shop on the same file and clock, for use inside one worker thread
    (SQLite connections stay in the thread that opened them)."""
    return open_shop(shop.path, shop.clock)


class Job(QObject):
    """Runs ``work(progress)`` once on a plain Python thread; exactly one of succeeded /
    failed / cancelled follows, then finished, all delivered on the GUI thread (the
    signals are queued to this object's thread)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._stop = True

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop

    def _run(self) -> None:
        try:
            try:
                result = self._work(self._progress)
            except CANCELS:
                self.cancelled.emit()
            except Exception as error:  # handed to the GUI thread, which says it in words
                self.failed.emit(error)
            else:
                if self._stop:
                    self.cancelled.emit()
                else:
                    self.succeeded.emit(result)
            self.finished.emit()
        except RuntimeError as error:
            # the window was closed without waiting (and its Job deleted): nobody to tell
            if "deleted" not in str(error):
                raise


def finish_threads(window: QWidget) -> None:
    """Before a window goes, stop what can be cancelled and wait for every worker it owns,
    so no result is delivered to a window that no longer exists."""
    for job in window.findChildren(Job):
        job.cancel()
    for job in window.findChildren(Job):
        job.wait()


class ProgressRow(QWidget):
    """A label, a progress bar and Cancel; hidden while nothing runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.job: Job | None = None
        self.hide()

    def start(self, text: str, work: Work, on_done: Callable[[object], None],
              on_error: Callable[[object], None], on_cancel: Callable[[], None]) -> Job:
        """Start ``work`` in a thread; the callbacks run on the GUI thread."""
        job = Job(work, self)
        self.job = job
        self.label.setText(text)
        self.bar.setRange(0, 0)
        job.progressed.connect(self._show)
        job.succeeded.connect(on_done)
        job.failed.connect(on_error)
        job.cancelled.connect(on_cancel)
        job.finished.connect(self._finished)
        self.cancel_button.clicked.connect(job.cancel)
        self.cancel_button.setEnabled(True)
        self.show()
        job.start()
        return job

    @property
    def running(self) -> bool:
        return self.job is not None

    def _show(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _finished(self) -> None:
        if self.job is not None:
            self.cancel_button.clicked.disconnect(self.job.cancel)
            self.job.deleteLater()
        self.job = None
        self.hide()
