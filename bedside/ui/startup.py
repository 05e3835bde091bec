"""The app's start: the main window is painted first, then the database is opened.

1. The window shows menus and an empty patient list saying the database is being opened.
2. Once it has painted, ``steps.open`` runs on a worker thread: it finds the database, checks
   its header and schema without writing a byte (health.inspect), opens it for writing
   (migrations, the start-up backup). The GUI thread stays free meanwhile.
3. A refused database: the recovery offer (bedside.ui.recovery) over the window, or, without
   dialogs (--quit-after-start), ``failed`` with the message.
4. ``steps.sign_in`` on the GUI thread (a protected database asks for an examiner first).
5. The patients and their search keys are read on the worker thread, then the window shows the
   store with them (``ready``).
6. Every page of the file is checked on the worker thread (Store.check_contents: quick_check
   reads the whole file, so it waits until the patients are listed); ``checked`` says what it
   found. A damaged file is then refused as in 3: the window lets go of the store and the
   recovery offer comes over it.

The store opened by the worker is used by the GUI thread only after its outcome arrived; while
the worker reads the patients, the window has no store yet (its database actions are off).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal

from bedside.operations.listing import Listing, load_listing
from bedside.ui.background import BackgroundJob, Outcome

if TYPE_CHECKING:
    from bedside.operations.database import Store
    from bedside.ui.main_window import MainWindow

# Patients read before the list is shown (a screenful and more); the rest follow at once,
# so the list shows as soon with 50,000 patients as with 10,000.
FIRST_LISTED = 500


@dataclass(frozen=True)
class Opened:
    """What opening found: the store, or why ``path`` was refused (a StoreError's message)."""

    path: Path
    store: Store | None = None
    problem: str = ""
    locked: bool = False  # encrypted: an examiner must sign in before it can be read


@dataclass(frozen=True)
class StartupSteps:
    """``open`` runs on the worker thread (no Qt); ``sign_in`` on the GUI thread returns None
    once the store may be shown, else why not ("" when the user declined)."""

    open: Callable[[], Opened]
    sign_in: Callable[[Store], str | None]


class StartupSequence(QObject):
    """Drives the steps above for ``window``; ``ready`` or ``failed(message)`` ends it."""

    ready = Signal()
    checked = Signal(str)  # after ready: what the check of every page found ("" nothing)
    failed = Signal(str)

    def __init__(self, window: MainWindow, steps: StartupSteps, *, dialogs: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.steps = steps
        self.dialogs = dialogs
        self.store: Store | None = None  # opened, not yet shown by the window
        self.job = BackgroundJob(self)
        self._next: Callable[[Outcome], None] | None = None
        self._closed = False
        # ``done`` is emitted on the worker thread and this object lives on the GUI thread, so
        # the (automatic) connection is queued: ``_arrived`` runs on the GUI thread.
        self.job.done.connect(self._arrived)
        window.first_painted.connect(lambda: QTimer.singleShot(0, self.start))

    def start(self) -> None:
        """After the first paint."""
        self._run(self.steps.open, self._opened, "bedside-open")
        # PySide6 builds its Qt namespace now (~17 ms, see bedside.ui.style), while the worker
        # checks the file with the GIL released, rather than when the patients arrive.
        QtCore.Qt  # noqa: B018 (the attribute is read for its side effect)

    def _run(self, job: Callable[[], object], then: Callable[[Outcome], None],
             name: str) -> None:
        self._next = then
        self.job.start(job, name)

    def _arrived(self, outcome: Outcome) -> None:
        if self._closed:  # (delivered after the start was closed: the app has ended)
            return
        self.job.deliver(outcome)
        then, self._next = self._next, None
        if outcome.error is not None:
            self._fail_unexpected(outcome.error)
        elif then is not None:
            then(outcome)

    # -- the steps ---------------------------------------------------------------------------
    def _opened(self, outcome: Outcome) -> None:
        opened: Opened = outcome.value
        self.store = opened.store
        if self.store is None and opened.locked and self.dialogs:
            self.window.show_opening(self.tr("Sign in to see the patients."))
            from bedside.ui.opening import unlock_or_recover

            self.store = unlock_or_recover(self.window, opened.path)
            if self.store is None:  # the examiner closed the sign-in
                self.failed.emit("")
                return
        if self.store is None:
            self._refused(opened.path, opened.problem)
            return
        self._sign_in_and_list()

    def _refused(self, path: Path, problem: str) -> None:
        """The recovery offer over the window (the newest good backup), or ``failed``."""
        self.window.show_refused(problem)
        self.store = self._recover(path, problem) if self.dialogs else None
        if self.store is None:
            self.failed.emit("" if self.dialogs else problem)
            return
        self._sign_in_and_list(check=False)  # (a restored backup was checked whole)

    def _sign_in_and_list(self, check: bool = True) -> None:
        assert self.store is not None
        # Seen only while a sign-in dialog is up (without one, no paint comes in between).
        self.window.show_opening(self.tr("Sign in to see the patients."))
        why = self.steps.sign_in(self.store)
        if why is not None:
            self.failed.emit(why)
            return
        self.window.show_opening()  # again, after a recovery
        store = self.store
        self._run(lambda: _listing_or_damage(store, FIRST_LISTED),
                  lambda outcome: self._listed(outcome, check), "bedside-list")

    def _listed(self, outcome: Outcome, check: bool) -> None:
        """The first patients are in the list (``ready``); the rest are read next, then the
        whole file is checked."""
        store, self.store = self.store, None
        if isinstance(outcome.value, str):  # the file is damaged where the patients are
            store.close()
            self._refused(store.path, outcome.value)
            return
        self.window.set_store(store, outcome.value)
        self.ready.emit()
        if not outcome.value.complete:
            self._run(lambda: _listing_or_damage(store),
                      lambda rest: self._all_listed(store, rest, check), "bedside-list")
        else:
            self._all_listed(store, None, check)

    def _all_listed(self, store: Store, outcome: Outcome | None, check: bool) -> None:
        if outcome is not None and isinstance(outcome.value, Listing) and (
                self.window.store is store):  # (the query typed applies)
            self.window.patient_list.set_listing(outcome.value)
        if check:
            self._run(store.check_contents, lambda done: self._checked(store, done.value),
                      "bedside-check")
        else:
            self.checked.emit("")

    def _checked(self, store: Store, problem: str) -> None:
        if problem and self.window.store is store:  # damaged: refused as at the start
            self.window.let_go_of_store()
            store.close()
            self._refused(store.path, problem)
        self.checked.emit(problem)

    def _recover(self, path: Path, problem: str) -> Store | None:
        """The recovery offer over the window (newest good backup); the store it opened."""
        from bedside.ui.opening import recover

        return recover(self.window, path, problem)

    def _fail_unexpected(self, error: BaseException) -> None:
        traceback.print_exception(error, file=sys.stderr)
        message = self.tr("Bedside could not open the database: %1").replace("%1", str(error))
        if self.dialogs:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self.window, self.tr("Cannot open the database"), message)
        self.failed.emit(message)

    def close(self) -> None:
        """At exit: wait for a job still running; close a store never shown. An outcome still
        on its way (the check of every page, say) is then ignored."""
        self._closed = True
        left = self.job.wait()
        opened = left.value if left is not None and left.error is None else None
        for store in (self.store, getattr(opened, "store", None)):
            if store is not None and store is not self.window.store:
                store.close()
        self.store = None


def _listing_or_damage(store: Store, first: int = -1) -> Listing | str:
    """The patients of ``store``; or, when they cannot be read, what the check of every page
    says is damaged (raises as it was when the check finds nothing)."""
    try:
        return load_listing(store, first)
    except Exception:
        problem = store.check_contents()
        if problem:
            return problem
        raise
