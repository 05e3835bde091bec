"""The Qt binding must not corrupt the interpreter: PySide6 6.12.0 lost a reference to True on
every Signal.emit() from Python, so the app aborted after a few thousand repaints or answers."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)
    ping = Signal()


def test_emitting_signals_keeps_true_alive():
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for n in range(500):
        emitter.changed.emit(n)
        emitter.ping.emit()
    assert abs(sys.getrefcount(True) - before) < 50
