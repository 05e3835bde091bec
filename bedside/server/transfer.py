"""The sync's transfers with the clinic server (SPEC §7): what the server is, a push, a pull.

A push is one transaction holding an advisory lock, so pushes are stored one at a time: the
sequence numbers they give records follow the order they commit in, and a laptop that has
received every record up to number N never misses one committed later with a smaller number.
The push asks which of its ids the server holds (and their content), then COPYs the others
straight into ``records``: an id the server holds with the same content is already there,
with other content it is refused and recorded in integrity_problems, never merged.

A pull reads the records after the laptop's cursor, in pages, leaving out the laptop's own
pushes. Opening a session reads what the server is and the first page in one round trip
(pipeline mode): a sync with nothing new on either side needs no other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bedside.i18n import Context, fill
from bedside.server import schema
from bedside.server.connection import (
    ServerError,
    connect,
    first_line,
    open_connection,
    redacted,
)

if TYPE_CHECKING:
    import psycopg

SERVER = Context("SERVER")
PUSH_LOCK = 0x62656473696465  # "bedside": one push at a time
PAGE = 20_000  # records a pull reads at a time

Record = tuple[str, str, str]  # uid, kind, content
Received = tuple[int, str, str, str]  # seq, uid, kind, content

_STATE = ("SELECT (SELECT max(version) FROM bedside_schema),"
          " (SELECT server_uid::text FROM bedside_server LIMIT 1),"
          " (SELECT coalesce(max(seq), 0) FROM records)")
_LAST = 2**63 - 1


def _copy_text(content: str) -> str:
    """A record's content as a field of COPY's text format: its backslashes doubled. (Its
    JSON, made by SQLite, has no raw tab, newline or carriage return: JSON escapes them.)"""
    return content.replace("\\", "\\\\")


_PULL_PART = ("(SELECT seq, uid::text, kind, content FROM records WHERE seq BETWEEN %s AND %s"
              " ORDER BY seq LIMIT %s)")


def _pull(cursor: int, own: Sequence[tuple[int, int]]) -> tuple[str, tuple]:
    """The query of a page after ``cursor`` leaving out this laptop's own pushes (``own``, the
    ranges of sequence numbers they were given): a range scan of the index between each of
    them, merged in order, so that what the laptop sent costs the pull nothing to pass."""
    gaps, start = [], cursor + 1
    for first, last in sorted(own):
        if first > start:
            gaps.append((start, first - 1))
        start = max(start, last + 1)
    gaps.append((start, _LAST))
    sql = " UNION ALL ".join([_PULL_PART] * len(gaps))
    params = tuple(x for lo, hi in gaps for x in (lo, hi, PAGE))
    return f"SELECT * FROM ({sql}) AS page ORDER BY seq LIMIT {PAGE}", params


@dataclass(frozen=True)
class ServerState:
    version: int
    server_uid: str
    last_seq: int


@dataclass(frozen=True)
class Pushed:
    stored: int
    already_there: int
    refused: list[tuple[str, str, str]]  # uid, kind, what
    seqs: tuple[int, int] | None  # the sequence numbers the records stored were given


class Session:
    def __init__(self, conn: psycopg.Connection, where: str) -> None:
        self.conn = conn
        self.where = where

    def open(self, cursor: int, own: Sequence[tuple[int, int]]
             ) -> tuple[ServerState, list[Received]]:
        """What the server is, and the first page of what it has after ``cursor`` (one
        round trip); refuses a server without Bedside's schema or with a newer one."""
        import psycopg

        try:
            with self.conn.pipeline():
                state = self.conn.execute(_STATE)
                page = self.conn.execute(*_pull(cursor, own))
            version, server_uid, last_seq = state.fetchone()
            first = page.fetchall()
        except psycopg.errors.UndefinedTable:
            schema.require_current(0, self.where)
            raise
        except psycopg.Error as e:
            found = _version_or_none(self.conn)
            if found is not None:
                schema.require_current(found, self.where)
            raise ServerError(fill(SERVER.tr("the clinic server %1 refused the sync: %2; "
                                             "nothing was changed"),
                                   self.where, first_line(e))) from None
        schema.require_current(int(version or 0), self.where)
        return ServerState(int(version), server_uid, int(last_seq)), first

    def pages(self, cursor: int, own: Sequence[tuple[int, int]],
              first: list[Received]) -> Iterator[list[Received]]:
        """The pages of a pull, the first one given (read by open)."""
        page = first
        while True:
            yield page
            if len(page) < PAGE:
                return
            page = self.conn.execute(*_pull(page[-1][0], own)).fetchall()

    def push(self, laptop_uid: str, name: str, uids: Sequence[tuple[str, str]],
             batches: Iterable[Sequence[Record]]) -> Pushed:
        """Send what the server lacks of the records (in ``batches``; their ids, in order,
        are ``uids``) as one transaction."""
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
            cur.execute("INSERT INTO laptops (laptop_uid, name, last_push) VALUES (%s, %s,"
                        " now()) ON CONFLICT (laptop_uid) DO UPDATE SET name = excluded.name,"
                        " last_push = excluded.last_push", (laptop_uid, name))
            push_id = cur.execute("SELECT nextval(pg_get_serial_sequence('pushes', 'id'))"
                                  ).fetchone()[0]
            before = cur.execute("SELECT coalesce(max(seq), 0) FROM records").fetchone()[0]
            present = dict(cur.execute(  # (the ids as one text: one parameter to send)
                "SELECT uid::text, content FROM records WHERE uid ="
                " ANY(string_to_array(%s, ',')::uuid[])",
                (",".join(uid for _, uid in uids),)).fetchall())
            stored = already = 0
            refused: list[tuple[str, str, str]] = []
            with cur.copy("COPY records (uid, kind, content, push_id) FROM STDIN") as copy:
                for batch in batches:
                    lines = []
                    for uid, kind, content in batch:
                        have = present.get(uid)
                        if have is None:
                            lines.append(f"{uid}\t{kind}\t{_copy_text(content)}\t{push_id}\n")
                        elif have == content:
                            already += 1
                        else:
                            refused.append((uid, kind, content))
                    copy.write("".join(lines))  # (a batch as COPY's text, written at once)
                    stored += len(lines)
            if refused:
                cur.executemany("INSERT INTO integrity_problems (uid, kind, push_id,"
                                " content_sent) VALUES (%s, %s, %s, %s)",
                                [(uid, kind, push_id, content) for uid, kind, content in refused])
            after = cur.execute("SELECT coalesce(max(seq), 0) FROM records").fetchone()[0]
            seqs = (before + 1, after) if stored else None
            cur.execute("INSERT INTO pushes (id, laptop_uid, stored, already_there, refused,"
                        " first_seq, last_seq) VALUES (%s, %s, %s, %s, %s, %s, %s)",
                        (push_id, laptop_uid, stored, already, len(refused),
                         *(seqs or (None, None))))
        what = ("the server holds another record with this id (sent before by another "
                "laptop); this laptop's was refused and kept here")
        return Pushed(stored, already, [(u, k, what) for u, k, _ in refused], seqs)


def _version_or_none(conn: psycopg.Connection) -> int | None:
    import psycopg

    try:
        row = conn.execute("SELECT max(version) FROM bedside_schema").fetchone()
        return int(row[0] or 0)
    except psycopg.Error:
        return None


@contextmanager
def session(url: str, password: str | None = None) -> Iterator[Session]:
    """A session with the server at ``url`` (ServerError says why not; nothing changed)."""
    with connect(url, password, autocommit=True) as conn, _said(url):
        yield Session(conn, redacted(url))


@contextmanager
def _said(url: str) -> Iterator[None]:
    """A failure of the server or of the connection to it, as a ServerError."""
    import psycopg

    try:
        yield
    except psycopg.OperationalError as e:
        raise ServerError(fill(SERVER.tr(
            "the connection to the clinic server %1 was lost (%2); what was not "
            "committed was not changed, and the next sync repeats it"),
            redacted(url), first_line(e))) from None
    except psycopg.Error as e:
        raise ServerError(fill(SERVER.tr("the clinic server %1 refused the sync: %2; "
                                         "nothing was changed"),
                               redacted(url), first_line(e))) from None


class Link:
    """A connection to the server kept open from one sync to the next (the app's), so that a
    sync finding nothing new costs one round trip, not a TCP and SCRAM handshake as well. It
    is opened again when the URL or password changes, or when it was lost: a connection the
    server closed while idle is readable (its last words, or the end of the stream), which a
    poll sees without a round trip."""

    def __init__(self) -> None:
        self._conn: psycopg.Connection | None = None
        self._key: tuple[str, str | None] | None = None

    @contextmanager
    def session(self, url: str, password: str | None = None) -> Iterator[Session]:
        import psycopg

        if self._key != (url, password) or not self._usable():
            self.close()
            self._conn = open_connection(url, password, autocommit=True)
            self._key = (url, password)
        try:
            with _said(url):
                yield Session(self._conn, redacted(url))
        except BaseException:
            if self._conn is not None and (self._conn.broken or self._conn.closed or
                                           self._conn.info.transaction_status !=
                                           psycopg.pq.TransactionStatus.IDLE):
                self.close()
            raise

    def _usable(self) -> bool:
        import select

        conn = self._conn
        if conn is None or conn.closed or conn.broken:
            return False
        try:
            readable, _, _ = select.select([conn.fileno()], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn, self._key = None, None
