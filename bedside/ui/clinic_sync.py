"""The clinic server in the window: a sync in the background (at start, soon after a change
that travels, every few minutes, and File > Sync now) that never holds up entry, and what the
status bar says of it ("synced 2 min ago", "offline: 3 visits waiting", the conflicts).

The sync runs on a worker thread with a connection of its own to the database
(bedside.operations.sync.sync_beside): the screens go on saving on theirs meanwhile.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit

from bedside.operations import sync as sync_op
from bedside.ui.background import BackgroundJob, Outcome

if TYPE_CHECKING:
    from bedside.operations.database import Store
    from bedside.ui.main_window import MainWindow

SYNC_EVERY_MS = 5 * 60 * 1000  # while the window is open
SOON_AFTER_CHANGE_MS = 3000  # a signature, then the next answers: one sync for them all
CLOCK_MS = 30 * 1000  # "synced 2 min ago" kept current


class ClinicSync(QObject):
    """The sync of the window's database with its clinic server (none set: nothing shown)."""

    received = Signal()  # records of other laptops were stored: the screens read again
    finished = Signal(object)  # an Attempt (tests and the status bar wait for it)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store: Store | None = None
        self.attempt: sync_op.Attempt | None = None  # the last one, for the label
        self.password: str | None = None  # typed once at Sync now; kept for this session only
        self._asked_by_person = False  # the running sync was File > Sync now
        self._again = False  # asked for while one ran: once more when it ends
        self.link = sync_op.Link()  # the server's connection, kept open between syncs
        self.job = BackgroundJob(self)
        self.job.done.connect(self._done)
        self.label = QLabel()  # put in the status bar once there is a server to speak of
        self.label.setObjectName("sync_status")
        self.label.linkActivated.connect(self._link)
        self.label.hide()
        self.every = QTimer(self)
        self.every.setInterval(SYNC_EVERY_MS)
        self.every.timeout.connect(self.start)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SOON_AFTER_CHANGE_MS)
        self.soon.timeout.connect(self._if_anything_unsent)
        self.clock = QTimer(self)
        self.clock.setInterval(CLOCK_MS)
        self.clock.timeout.connect(self._show)

    # -- when ------------------------------------------------------------------------------
    def set_store(self, store: Store | None) -> None:
        """The window shows ``store`` (or none): its server, if set, is synced now."""
        if store is not None and not store.is_open:  # (closed before this turn came)
            store = None
        self.store, self.attempt, self.password = store, None, None
        self._new_link()
        self.soon.stop()
        if store is None or not sync_op.server_url(store):
            self.every.stop()
            self.clock.stop()
            self.label.hide()
            return
        if self.label.parent() is None:  # (the window has no status bar until needed)
            self.window.statusBar().addPermanentWidget(self.label)
        self.every.start()
        self.clock.start()
        self.start()

    def after_change(self) -> None:
        """A screen saved something: a sync soon, when it made something to send."""
        if self.store is not None and self.every.isActive():
            self.soon.start()

    def _if_anything_unsent(self) -> None:
        if self.store is not None and self.store.is_open and sync_op.has_unsent(self.store):
            self.start()

    def sync_now(self) -> None:
        """File > Sync now: a server is asked for when none is set; the outcome is said."""
        if self.store is None or not self.store.is_open:
            return
        if not sync_op.server_url(self.store):
            from bedside.ui.menu_actions import edit_settings

            self.window.statusBar().showMessage(self.tr(
                "No clinic server is set for this database: enter it under Clinic server."),
                8000)
            edit_settings(self.window, focus="server")
            return  # (saving a server in the settings starts a sync)
        self.start(by_person=True)

    def start(self, by_person: bool = False) -> None:
        if self.store is None or not self.store.is_open:
            return
        if self.job.running:
            self._again = True
            self._asked_by_person |= by_person
            return
        self._asked_by_person = by_person
        self._again = False
        store, password, link = self.store, self.password, self.link
        self._show(syncing=True)
        self.job.start(lambda: (store, link, sync_op.sync_beside(store, password, link)),
                       name="bedside-sync")

    def wait(self) -> None:
        """Until a sync under way ends (the window closes; the database is swapped)."""
        self.job.wait()

    def close(self) -> None:
        """The window closes: a sync under way ends, then the server's connection."""
        self.job.wait()
        self.link.close()

    def _new_link(self) -> None:
        """Another database (or none): its syncs get a connection of their own; the old one
        is closed now, or by the sync still using it when that ends."""
        if not self.job.running:
            self.link.close()
        self.link = sync_op.Link()

    # -- what came of it -------------------------------------------------------------------
    def _done(self, outcome: Outcome) -> None:
        self.job.deliver(outcome)
        by_person = self._asked_by_person
        if outcome.error is not None:  # (a bug: the attempt says every expected failure)
            store, attempt = self.store, None
            failure = str(outcome.error)
        else:
            store, link, attempt = outcome.value
            failure = attempt.failure
            if link is not self.link:
                link.close()  # (the database it served was swapped meanwhile)
        if store is not self.store:
            return  # another database is shown now
        if attempt is not None:
            self.attempt = attempt
            if attempt.result is not None and attempt.result.received:
                self.received.emit()
            if attempt.password_needed and by_person and self._ask_password():
                self.start(by_person=True)
                return
            if attempt.result is None and self.password is not None and not \
                    attempt.password_needed and "password" in failure:
                self.password = None  # refused: asked again at the next Sync now
        self._show()
        if by_person:
            self._say(attempt, failure)
        self.finished.emit(attempt)
        if self._again:
            self.start(self._asked_by_person)

    def _ask_password(self) -> bool:
        where = sync_op.connection_label(self.store)
        password, ok = QInputDialog.getText(
            self.window, self.tr("Clinic server"),
            self.tr("The clinic server %1 asks for a password:").replace("%1", where),
            QLineEdit.EchoMode.Password)
        if ok and password:
            self.password = password
            return True
        return False

    def _say(self, attempt: sync_op.Attempt | None, failure: str) -> None:
        bar = self.window.statusBar()
        if attempt is not None and attempt.result is not None:
            r = attempt.result
            text = self.tr("Synced: %1 sent, %2 received, %3 conflicts.").replace(
                "%1", str(r.sent)).replace("%2", str(r.received)).replace(
                "%3", str(r.conflicts))
            if r.problems:
                text += " " + self.tr("%n integrity problem(s): see File > Conflicts.", "",
                                      len(r.problems))
            bar.showMessage(text, 15000)
        else:
            bar.showMessage(self.tr("Not synced: %1").replace("%1", failure), 15000)

    # -- the label -------------------------------------------------------------------------
    def _show(self, syncing: bool = False) -> None:
        if self.store is None:
            return
        a = self.attempt
        parts: list[str] = []
        if syncing:
            parts.append(self.tr("syncing…"))
        elif a is None:
            parts.append(self.tr("not synced yet"))
        elif a.result is not None and a.status.last_sync is not None:
            parts.append(self.tr("synced %1").replace("%1", self.ago(a.status.last_sync)))
        else:
            waiting = a.status.visits_waiting
            parts.append(self.tr("offline: %n visit(s) waiting", "", waiting) if waiting
                         else self.tr("offline"))
        if a is not None and a.status.conflicts:
            parts.append('<a href="conflicts">' + self.tr("%n conflict(s)", "",
                                                          a.status.conflicts) + "</a>")
        if a is not None and a.status.problems:
            parts.append('<a href="conflicts">' + self.tr("%n integrity problem(s)", "",
                                                          a.status.problems) + "</a>")
        self.label.setText(" · ".join(parts))
        self.label.setToolTip(a.failure if a is not None and a.failure else "")
        self.label.show()

    def _link(self, _href: str) -> None:
        from bedside.ui.conflicts_dialog import show_conflicts

        show_conflicts(self.window)

    def conflicts_resolved(self) -> None:
        """A person resolved a conflict: the count is read again (in the background)."""
        if self.every.isActive():
            self.start()

    def ago(self, when: datetime) -> str:
        """"just now", "2 min ago", "3 h ago", or the date: how long since ``when``."""
        seconds = (datetime.now(UTC) - when.astimezone(UTC)).total_seconds()
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%1 min ago").replace("%1", str(int(seconds // 60)))
        if seconds < 86400:
            return self.tr("%1 h ago").replace("%1", str(int(seconds // 3600)))
        return self.tr("on %1").replace("%1", when.astimezone().date().isoformat())
