"""The Qt binding itself: PySide6 6.12.0 dropped a reference to True on every Signal.emit,
which crashed the app after a few hundred signals; this fails on any such release."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int, int)


def test_emitting_signals_leaves_reference_counts_alone(qapp) -> None:
    emitter = _Emitter()
    received: list[tuple[int, int]] = []
    emitter.changed.connect(lambda a, b: received.append((a, b)))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(50):
        emitter.changed.emit(n, n)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 50
