"""Work off the GUI thread: opening and reading the database while the window is on screen.

``BackgroundJob.start(job)`` runs ``job`` (store work only: no Qt object is touched) on a
thread of its own and delivers its ``Outcome`` on the GUI thread through ``done``. Whatever the
job opens (an SQLite connection, say) is handed over in the outcome and from then on used by
the GUI thread alone: the worker never touches it again, and the queued signal orders the
hand-over after everything the worker did.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Outcome:
    """What a job returned, or the exception it raised."""

    value: Any = None
    error: BaseException | None = None


class BackgroundJob(QObject):
    """One job at a time on a worker thread; ``done(Outcome)`` arrives on the GUI thread."""

    done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._busy = False
        self.pending: Outcome | None = None  # finished, not yet delivered (the loop ended)

    @property
    def running(self) -> bool:
        return self._busy

    def start(self, job: Callable[[], Any], name: str = "bedside-job") -> None:
        if self._busy:
            raise RuntimeError("a background job is already running")
        if self._thread is not None:
            self._thread.join()  # done: it has emitted its outcome and is ending
        self._busy = True
        self.pending = None
        self._thread = threading.Thread(target=self._work, args=(job,), name=name)
        self._thread.start()

    def _work(self, job: Callable[[], Any]) -> None:
        try:
            outcome = Outcome(value=job())
        except BaseException as e:  # delivered to the GUI thread, which decides
            outcome = Outcome(error=e)
        self.pending = outcome
        self._busy = False
        self.done.emit(outcome)  # queued: the receiver lives on the GUI thread

    def deliver(self, outcome: Outcome) -> Outcome:
        """Mark ``outcome`` as received (slots call this first)."""
        if self.pending is outcome:
            self.pending = None
        return outcome

    def wait(self) -> Outcome | None:
        """Block until the job ends; the outcome when it was never delivered (the event loop
        ended first), so that the caller can close what it opened."""
        if self._thread is not None:
            self._thread.join()
        return self.pending
