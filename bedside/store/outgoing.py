"""What this laptop has that the clinic server lacks, and the sync's own state (sync_state).

Every kind of record is an append-only table (a signed visit is only ever superseded), so what
has been sent is "every row up to a mark" per table: rows written here after the mark travel
next time, rows received from the server (received_seq) never go back. The one exception is a
draft signed after the mark passed it: its signing puts it in sync_signed_later (a trigger).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from bedside.domain.uids import new_uids
from bedside.store import travel
from bedside.store.db import Store, utc_now

PULLED = "pulled"  # the server's sequence number this laptop has received up to
SERVER = "server"  # the id of the server the marks and the cursor belong to
LAST_SYNC = "last_sync"  # when the last sync completed (UTC, ISO)


def state(store: Store, name: str, default: object = None) -> object:
    row = store.conn.execute("SELECT value FROM sync_state WHERE name = ?", (name,)).fetchone()
    return default if row is None else row[0]


def set_state(store: Store, name: str, value: object) -> None:
    """(inside a transaction)"""
    store.execute("INSERT INTO sync_state (name, value) VALUES (?, ?) ON CONFLICT (name)"
                  " DO UPDATE SET value = excluded.value", (name, value))


def _mark(kind: travel.Kind) -> str:
    return f"sent:{kind.table}"


def _unsent_where(store: Store, kind: travel.Kind) -> str:
    a = kind.alias
    mark = int(state(store, _mark(kind), 0))
    where = f"{a}.{kind.row_id} > {mark} AND {a}.received_seq IS NULL AND {kind.travels}"
    if kind.name == "visit":
        where = (f"({where}) OR ({a}.id <= {mark} AND {a}.id IN"
                 " (SELECT visit_id FROM sync_signed_later))")
    return where


def give_audit_entries_ids(store: Store) -> int:
    """The audit entries that travel and have no id that travels yet get one, and this
    laptop's id (before they are first sent); how many."""
    rows = [r[0] for r in store.conn.execute(
        f"SELECT id FROM audit_log a WHERE entry_uid IS NULL AND {travel.AUDIT_TRAVELS}")]
    if rows:
        laptop = store.laptop_uid
        with store.transaction(record_only=True):
            store.executemany(
                "UPDATE audit_log SET entry_uid = ?, laptop_uid = ? WHERE id = ?",
                zip(new_uids(len(rows)), [laptop] * len(rows), rows, strict=True))
    return len(rows)


@dataclass
class Unsent:
    """What a push sends, read from one snapshot of the database: ``uids`` (kind, uid) in
    the order sent; ``records()`` yields (uid, kind, content) in that order."""

    store: Store
    uids: list[tuple[str, str]]
    marks: dict[str, int] = field(default_factory=dict)  # sync_state name -> highest id read
    signed_later: list[int] = field(default_factory=list)

    def records(self) -> Iterator[tuple[str, str, str]]:
        for kind in travel.kinds(self.store).values():
            yield from self.store.conn.execute(
                f"SELECT {kind.alias}.{kind.uid_column}, '{kind.name}', {kind.content}"
                f" FROM {kind.source} WHERE {_unsent_where(self.store, kind)}"
                f" ORDER BY {kind.alias}.{kind.row_id}")

    def records_read_ahead(self) -> ReadAhead:
        """records() in batches, read on a thread of its own from now on while the caller
        sends the batches before (call inside the caller's snapshot, and close it there)."""
        return ReadAhead(self.records())


class ReadAhead:
    """Batches of rows read on a thread of its own: SQLite makes each record's JSON without
    holding Python's lock, so reading and sending go on at once. The thread reads through
    the caller's connection while the caller only sends (no other use of it meanwhile)."""

    def __init__(self, rows: Iterator[tuple[str, str, str]]) -> None:
        self._batches: queue.Queue = queue.Queue(maxsize=_AHEAD)
        self._stop = threading.Event()
        self._rows = rows
        self._reader = threading.Thread(target=self._read, name="bedside-sync-read",
                                        daemon=True)
        self._reader.start()

    def _read(self) -> None:
        try:
            batch: list[tuple[str, str, str]] = []
            for row in self._rows:
                batch.append(row)
                if len(batch) == _BATCH:
                    if not self._put(batch):
                        return
                    batch = []
            self._put(batch)
            self._put(None)
        except BaseException as e:  # (raised on the caller's thread)
            self._put(e)

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._batches.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator[list[tuple[str, str, str]]]:
        while True:
            item = self._batches.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self) -> None:
        """Stop reading (the rows not read are left), and wait for the thread."""
        self._stop.set()
        self._reader.join()


_BATCH = 2000  # records a batch
_AHEAD = 4  # batches read ahead at most




def read_unsent(store: Store) -> Unsent:
    """The ids of what travels next (call inside store.snapshot(), and read records() there)."""
    out = Unsent(store, [])
    for kind in travel.kinds(store).values():
        a = kind.alias
        rows = store.conn.execute(
            f"SELECT {a}.{kind.row_id}, {a}.{kind.uid_column} FROM {kind.table} {a}"
            f" WHERE {_unsent_where(store, kind)} ORDER BY {a}.{kind.row_id}").fetchall()
        out.uids += [(kind.name, uid) for _, uid in rows]
        mark = int(state(store, _mark(kind), 0))
        above = [rid for rid, _ in rows if rid > mark]
        if above:
            out.marks[_mark(kind)] = max(above)
        if kind.name == "visit":
            out.signed_later = [rid for rid, _ in rows if rid <= mark]
    return out


def anything_unsent(store: Store) -> bool:
    """Whether a push has anything to send (the audit entries still without an id count)."""
    if store.conn.execute(f"SELECT 1 FROM audit_log a WHERE entry_uid IS NULL"
                          f" AND {travel.AUDIT_TRAVELS} LIMIT 1").fetchone():
        return True
    return any(store.conn.execute(
        f"SELECT 1 FROM {k.table} {k.alias} WHERE {_unsent_where(store, k)} LIMIT 1").fetchone()
        for k in travel.kinds(store).values())


def visits_waiting(store: Store) -> int:
    """Signed visits (and versions of visits) written here that the server does not have."""
    kind = travel.visit_kind(store)
    return int(store.conn.execute(
        f"SELECT count(*) FROM visits v WHERE {_unsent_where(store, kind)}").fetchone()[0])


def mark_sent(store: Store, sent: Unsent, pushed: tuple[int, int] | None,
              refused: list[tuple[str, str, str]]) -> None:
    """After the server committed a push: its rows are sent (``pushed``: the range of the
    server's sequence numbers the push was given, which the next pull leaves out); the
    records it refused are listed as integrity problems (uid, kind, what)."""
    with store.transaction(record_only=True):
        for name, mark in sent.marks.items():
            set_state(store, name, mark)
        if sent.signed_later:
            store.executemany("DELETE FROM sync_signed_later WHERE visit_id = ?",
                              [(i,) for i in sent.signed_later])
        if pushed is not None:
            store.execute("INSERT INTO sync_own_pushes (first_seq, last_seq) VALUES (?, ?)",
                          pushed)
        record_problems(store, refused, "server")


def record_problems(store: Store, problems: list[tuple[str, str, str]], found_by: str) -> None:
    """Integrity problems: the same id with other content (uid, kind, what); each once."""
    now = utc_now()
    for uid, kind, what in problems:
        if not store.conn.execute("SELECT 1 FROM sync_problems WHERE uid = ? AND found_by = ?",
                                  (uid, found_by)).fetchone():
            store.execute("INSERT INTO sync_problems (found_at, uid, kind, found_by, detail)"
                          " VALUES (?, ?, ?, ?, ?)", (now, uid, kind, found_by, what))


def problems(store: Store) -> list[tuple[str, str, str, str, str]]:
    """(found_at, uid, kind, found_by, detail) of every integrity problem, oldest first."""
    return store.conn.execute("SELECT found_at, uid, kind, found_by, detail FROM sync_problems"
                              " ORDER BY id").fetchall()


def own_pushes(store: Store) -> list[tuple[int, int]]:
    return store.conn.execute("SELECT first_seq, last_seq FROM sync_own_pushes"
                              " ORDER BY first_seq").fetchall()


def received_up_to(store: Store, last_seq: int) -> None:
    """After a pull: the cursor moves on to ``last_seq``; the sync completed now."""
    cursor = max(int(state(store, PULLED, 0)), last_seq)
    set_state(store, PULLED, cursor)
    store.execute("DELETE FROM sync_own_pushes WHERE last_seq <= ?", (cursor,))
    set_state(store, LAST_SYNC, utc_now())


def forget_server(store: Store, server_uid: str) -> None:
    """Another server, or this one restored from an older backup: everything is sent again
    (the server keeps what it has once) and received from the start."""
    with store.transaction(record_only=True):
        store.execute("DELETE FROM sync_state WHERE name LIKE 'sent:%' OR name = ?", (PULLED,))
        store.execute("DELETE FROM sync_own_pushes")
        store.execute("DELETE FROM sync_signed_later")  # (every row travels again)
        set_state(store, SERVER, server_uid)
