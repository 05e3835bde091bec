"""One sync with the clinic server (SPEC §7), shared by `bedside sync` and the app.

Send what this laptop has that the server lacks (one server transaction; marked sent here
after it committed), then receive what others sent (read into a temporary inbox, stored in one
local transaction). Killed anywhere, nothing is half-applied on either side, and the next sync
repeats what was not completed: the server keeps a record once, this laptop too.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import datetime

from bedside.i18n import QT_TRANSLATE_NOOP, Context, fill
from bedside.server import connection, transfer
from bedside.server.connection import PasswordNeeded as PasswordNeeded
from bedside.server.connection import ServerError as ServerError
from bedside.store import Store, StoreError, conflicts, incoming, outgoing
from bedside.store.db import utc_now

SERVER_URL_SETTING = "server_url"  # a setting of the database: the clinic's server
OPERATIONS = Context("OPERATIONS")
_SYNCED = QT_TRANSLATE_NOOP("OPERATIONS", "sent %1, received %2, conflicts %3")
_PROBLEMS = QT_TRANSLATE_NOOP("OPERATIONS", ", integrity problems %1")


@dataclass(frozen=True)
class SyncResult:
    sent: int
    received: int
    conflicts: int
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # uid, kind, what
    at: str = ""  # when it completed (UTC, ISO)

    @property
    def line(self) -> str:
        """What the sync did, in a line in the language chosen."""
        return self._said(OPERATIONS.translated)

    @property
    def record(self) -> str:
        """The same line as the audit trail keeps it: in English, whatever the language."""
        return self._said(str)

    def _said(self, say: Callable[[str], str]) -> str:
        text = fill(say(_SYNCED), self.sent, self.received, self.conflicts)
        if self.problems:
            text += fill(say(_PROBLEMS), len(self.problems))
        return text


@dataclass(frozen=True)
class SyncStatus:
    """What the window shows: when the last sync completed, what waits to be sent, the
    conflicts to resolve, and whether a server is set at all."""

    server_set: bool
    last_sync: datetime | None
    visits_waiting: int
    conflicts: int
    problems: int = 0  # ids found with other content (by the server, here, or both)


def server_url(store: Store) -> str:
    return store.setting(SERVER_URL_SETTING)


def set_server_url(store: Store, url: str) -> str:
    """Keep ``url`` (checked; its password, if any, left out) as the database's server."""
    url = url.strip()
    if url:
        connection.parse(url)
        url = connection.without_password(url)
    if url != server_url(store):
        store.set_setting(SERVER_URL_SETTING, url)  # audited
    return url


def status(store: Store) -> SyncStatus:
    last = outgoing.state(store, outgoing.LAST_SYNC)
    return SyncStatus(bool(server_url(store)),
                      datetime.fromisoformat(str(last)) if last else None,
                      outgoing.visits_waiting(store), conflicts.count(store),
                      len({uid for _, uid, *_ in outgoing.problems(store)}))


def connection_label(store: Store) -> str:
    """The database's server as it may be shown (no password)."""
    return connection.redacted(server_url(store))


Link = transfer.Link  # the app's connection to the server, kept open between its syncs


def sync(store: Store, url: str | None = None, password: str | None = None,
         link: Link | None = None) -> SyncResult:
    """Send, then receive. ``url`` None: the database's server; ``link``: a connection kept
    open between syncs (else one for this sync). ServerError (nothing changed, or what was
    completed kept) or StoreError say why it stopped. When nothing is new on either side,
    the database is not written at all (the time of that sync is the result's)."""
    url = url or server_url(store)
    connection.parse(url)  # bad input: before anything is read or sent
    where = connection.redacted(url)
    sent, problems, received = 0, [], False
    opened = link.session(url, password) if link else transfer.session(url, password)
    with opened as server:
        own = outgoing.own_pushes(store)
        cursor = int(outgoing.state(store, outgoing.PULLED, 0))
        state, first = server.open(cursor, own)
        # Pushes are stored one at a time (transfer.PUSH_LOCK), so every record up to the
        # server's last one is read by the pull once it reaches its end, and the cursor may
        # pass them all; past this laptop's push too, when it follows them directly.
        seen = state.last_seq
        if (state.server_uid != outgoing.state(store, outgoing.SERVER)
                or state.last_seq < cursor):
            outgoing.forget_server(store, state.server_uid)  # (another or an older server)
            cursor, own = 0, []
            first = server.open(cursor, own)[1]
        if outgoing.anything_unsent(store):
            outgoing.give_audit_entries_ids(store)
            with store.snapshot():
                unsent = outgoing.read_unsent(store)
                with closing(unsent.records_read_ahead()) as batches:
                    pushed = server.push(store.laptop_uid, socket.gethostname(), unsent.uids,
                                         batches)
            outgoing.mark_sent(store, unsent, pushed.seqs, pushed.refused)
            sent, problems = pushed.stored, list(pushed.refused)
            if pushed.seqs and pushed.seqs[0] == state.last_seq + 1:
                seen = pushed.seqs[1]  # (no other laptop's record between: read or pushed)
            own = outgoing.own_pushes(store)
        for page in server.pages(cursor, own, first):
            if page and not received:
                incoming.open_inbox(store)
                received = True
            if page:
                incoming.add_to_inbox(store, page)
    if not (received or sent or problems):
        return SyncResult(0, 0, conflicts.count(store), at=utc_now())
    return _store_received(store, where, sent, problems, received, seen)


def _store_received(store: Store, where: str, sent: int, problems: list[tuple[str, str, str]],
                    received_any: bool, seen: int) -> SyncResult:
    if not received_any:
        incoming.open_inbox(store)
    with store.transaction(record_only=incoming.inbox_empty(store)):
        received = incoming.apply(store)
        outgoing.received_up_to(store, max(received.last_seq, seen))
        by_uid = {uid: (uid, kind, what) for uid, kind, what in received.problems + problems}
        result = SyncResult(sent, received.stored, conflicts.count(store), list(by_uid.values()),
                            at=outgoing.state(store, outgoing.LAST_SYNC))
        if sent or received.stored or result.problems:
            store.audit("sync", "server", where, new=result.record)
    return result


@dataclass(frozen=True)
class Attempt:
    """What the app's sync did: its result, or why it failed (one line), and the status the
    window shows afterwards."""

    status: SyncStatus
    result: SyncResult | None = None  # None: failed, or no server set
    failure: str = ""
    password_needed: bool = False  # the server asks for a password libpq did not find


def sync_beside(store: Store, password: str | None = None, link: Link | None = None
                ) -> Attempt:
    """The app's sync, run on a thread of its own while the screens go on: through a
    connection of its own to the database (``store`` itself is left to the GUI thread), with
    the database's server (through ``link``, kept open for the next); then the status. Never
    raises for a server or database that fails: the attempt says why."""
    with store.companion() as own:
        result, failure, needed = None, "", False
        if server_url(own):
            try:
                result = sync(own, None, password, link)
            except PasswordNeeded as e:
                failure, needed = str(e), True
            except (ServerError, StoreError) as e:
                failure = str(e)
        now = status(own)
        if result is not None:  # (a sync with nothing new wrote no time of its own)
            now = replace(now, last_sync=datetime.fromisoformat(result.at))
        return Attempt(now, result, failure, needed)


def has_unsent(store: Store) -> bool:
    """Whether this laptop holds something the server lacks (a quick look)."""
    return outgoing.anything_unsent(store)
