"""Records received from the clinic server, stored as they were sent (SPEC §7).

The records of one pull are put in a temporary inbox (no lock on the database meanwhile), then
stored in one transaction: a record whose id is here already is left out (same content) or
listed as an integrity problem (other content), never merged; the others are inserted kind by
kind with set-based SQL, what they refer to found by its id that travels; the shown details of
the patients and events they touch are refreshed (bedside.store.versions). Before the
transaction ends, every stored row must give back the content it came with: a field this
version of Bedside cannot store (a newer one wrote it) stops the pull, nothing received.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from bedside.store import conflicts, mrc_rows, outgoing, travel, versions
from bedside.store.db import Store
from bedside.store.errors import StoreError

INBOX = "temp.sync_inbox"


class IncomingRefused(StoreError):
    """What the server sent cannot be stored faithfully; nothing of it was stored."""


@dataclass
class Received:
    stored: int = 0
    already_here: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # uid, kind, what
    last_seq: int = 0


def open_inbox(store: Store) -> None:
    store.execute("CREATE TEMP TABLE IF NOT EXISTS sync_inbox (seq INTEGER PRIMARY KEY,"
                  " uid TEXT NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL)")
    store.execute(f"DELETE FROM {INBOX}")


def add_to_inbox(store: Store, rows: Iterable[tuple[int, str, str, str]]) -> None:
    """(seq, uid, kind, content) rows, as the server sent them."""
    store.executemany(f"INSERT INTO {INBOX} (seq, uid, kind, content) VALUES (?, ?, ?, ?)",
                      rows)


def inbox_empty(store: Store) -> bool:
    return store.conn.execute(f"SELECT 1 FROM {INBOX} LIMIT 1").fetchone() is None


def _extract(key: str) -> str:
    return f"json_extract(s.content, '$.\"{key}\"')"


_RECORD_REF = ("(SELECT r.patient_ref FROM patient_versions r WHERE r.patient_uid = {}"
               " LIMIT 1)")
_IDENTIFIER_REF = "(SELECT p.id FROM patients p WHERE p.patient_id = {})"
_IMPORT_REF = "(SELECT i.id FROM imports i WHERE i.import_uid = {})"


def apply(store: Store) -> Received:
    """Store what the inbox holds (inside store.transaction())."""
    kinds = travel.kinds(store)
    out = Received(last_seq=int(store.conn.execute(
        f"SELECT coalesce(max(seq), 0) FROM {INBOX}").fetchone()[0]))
    unknown = store.conn.execute(
        f"SELECT DISTINCT kind FROM {INBOX} WHERE kind NOT IN"
        f" ({', '.join('?' * len(kinds))})", tuple(kinds)).fetchall()
    if unknown:
        raise IncomingRefused(
            f"the server holds records of a kind this Bedside does not know "
            f"({', '.join(k for (k,) in unknown)}): a newer Bedside sent them. Update Bedside "
            f"on this laptop; nothing was received")
    for kind in kinds.values():
        _leave_out_what_is_here(store, kind, out)
    first_seq = store.conn.execute(f"SELECT min(seq) FROM {INBOX}").fetchone()[0]
    if first_seq is None:
        return out
    _insert_plain(store, kinds["import"])
    _store_wordings(store, kinds["wording"], out)
    refs = _store_patient_versions(store, kinds["patient"])
    _insert_plain(store, kinds["merge"], {"patient_ref": _IDENTIFIER_REF.format(
        _extract("patient_id"))})
    _store_visits(store, kinds["visit"], first_seq)
    event_uids = _store_event_versions(store, kinds["event"])
    _insert_plain(store, kinds["audit"])
    versions.refresh_patients(store, refs)
    versions.refresh_events(store, event_uids)
    conflicts.forget_settled(store)
    for kind in kinds.values():
        _check_stored_as_sent(store, kind)
    out.stored = int(store.conn.execute(f"SELECT count(*) FROM {INBOX}").fetchone()[0])
    return out


def _leave_out_what_is_here(store: Store, kind: travel.Kind, out: Received) -> None:
    a = kind.alias
    rows = store.conn.execute(
        f"SELECT s.seq, s.uid, ({kind.content}) IS s.content FROM {INBOX} s"
        f" JOIN {kind.table} {a} ON {a}.{kind.uid_column} = s.uid{kind.joins}"
        " WHERE s.kind = ?", (kind.name,)).fetchall()
    for seq, uid, same in rows:
        if same:
            out.already_here += 1
        else:
            out.problems.append((uid, kind.name, f"the server's {kind.name} {uid} differs from "
                                 "the one of that id stored here; both were kept as they are"))
        store.execute(f"DELETE FROM {INBOX} WHERE seq = ?", (seq,))
    if out.problems:
        outgoing.record_problems(store, out.problems, "laptop")


def _insert_plain(store: Store, kind: travel.Kind, extra: dict[str, str] | None = None) -> None:
    """INSERT every record of ``kind`` in the inbox, in the server's order: each field into
    its column, ``extra`` columns from their SQL, received_seq the record's number."""
    columns = {f.column: f.into for f in kind.fields if f.column is not None}
    columns.update(extra or {})
    columns["received_seq"] = "s.seq"
    store.execute(
        f"INSERT INTO {kind.table} ({', '.join(columns)}) SELECT {', '.join(columns.values())}"
        f" FROM {INBOX} s WHERE s.kind = ? ORDER BY s.seq", (kind.name,))


def _store_wordings(store: Store, kind: travel.Kind, out: Received) -> None:
    """Wordings, added here as received now. One that shares its language and version with
    another here (two laptops added different words under one label) is stored all the same,
    since visits point at it, and listed as an integrity problem."""
    _insert_plain(store, kind, {"added_at": "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"})
    clashes = store.conn.execute(
        "SELECT w.wording_uid, w.title, w.language, w.version FROM instrument_wordings w"
        f" WHERE w.received_seq IN (SELECT seq FROM {INBOX} WHERE kind = 'wording')"
        " AND EXISTS (SELECT 1 FROM instrument_wordings o WHERE o.wording_id != w.wording_id"
        " AND (o.instrument, o.language, o.version) = (w.instrument, w.language, w.version))"
    ).fetchall()
    found = [(uid, "wording", f"the wording {title!r} received has the language and version "
              f"of another one here ({language}, version {version}) with other words: both "
              f"are kept, each visit names its own; add the right one under a version of its "
              f"own (bedside instrument add)")
             for uid, title, language, version in clashes]
    if found:
        out.problems.extend(found)
        outgoing.record_problems(store, found, "laptop")


def _store_patient_versions(store: Store, kind: travel.Kind) -> set[int]:
    """A patient identifier not known here gets its row (shown details refreshed after);
    returns the rows whose versions arrived."""
    pid = _extract("patient_id")
    store.execute(
        "INSERT INTO patients (patient_uid, patient_id, created_at)"
        f" SELECT {_extract('patient_uid')}, {pid}, {_extract('recorded_at')} FROM {INBOX} s"
        f" WHERE s.seq IN (SELECT min(seq) FROM {INBOX} WHERE kind = 'patient'"
        f" GROUP BY json_extract(content, '$.patient_id')) AND NOT EXISTS"
        f" (SELECT 1 FROM patients p WHERE p.patient_id = {pid}) ORDER BY s.seq")
    _insert_plain(store, kind, {"patient_ref": _IDENTIFIER_REF.format(pid)})
    return {r[0] for r in store.conn.execute(
        f"SELECT DISTINCT patient_ref FROM patient_versions WHERE received_seq IN"
        f" (SELECT seq FROM {INBOX} WHERE kind = 'patient')")}


def _refuse_unknown_patients(store: Store, kind: str) -> None:
    row = store.conn.execute(
        f"SELECT s.uid, {_extract('patient_uid')} FROM {INBOX} s WHERE s.kind = ? AND NOT EXISTS"
        f" (SELECT 1 FROM patient_versions r WHERE r.patient_uid = {_extract('patient_uid')})"
        " LIMIT 1", (kind,)).fetchone()
    if row:
        raise IncomingRefused(f"the server's {kind} {row[0]} belongs to patient {row[1]}, of "
                              "whom it holds no record; nothing was received")


def _store_visits(store: Store, kind: travel.Kind, first_seq: int) -> None:
    """Visit versions, oldest version number first (an amendment names the version it
    replaces); a replaced version is then superseded, one entered in error is from the
    start."""
    _refuse_unknown_patients(store, "visit")
    store.execute("CREATE TEMP TABLE IF NOT EXISTS sync_layouts (cells TEXT PRIMARY KEY,"
                  " layout INTEGER NOT NULL)")
    store.execute("DELETE FROM temp.sync_layouts")
    lay = mrc_rows.layouts(store)
    for (cells,) in store.conn.execute(
            f"SELECT DISTINCT {_extract('mrc_cells')} FROM {INBOX} s WHERE s.kind = 'visit'"
            f" AND {_extract('mrc_cells')} IS NOT NULL").fetchall():
        store.execute("INSERT INTO temp.sync_layouts (cells, layout) VALUES (?, ?)",
                      (cells, lay.id_for(tuple(json.loads(cells)))))
    uid = _extract("patient_uid")
    extra = {
        "patient_uid": uid,
        "patient_ref": _RECORD_REF.format(uid),
        "previous_version": f"(SELECT x.id FROM visits x WHERE x.visit_uid = "
                            f"{_extract('previous')})",
        "import_ref": _IMPORT_REF.format(_extract("import")),
        "mrc_layout": f"(SELECT t.layout FROM temp.sync_layouts t WHERE t.cells = "
                      f"{_extract('mrc_cells')})",
        "status": f"CASE WHEN {_extract('entered_in_error')} = 1 THEN 'superseded'"
                  " ELSE 'signed' END",
        "received_seq": "s.seq",
    }
    columns = {f.column: f.into for f in kind.fields if f.column is not None}
    columns.update(extra)
    version = next(f.into for f in kind.fields if f.column == "version")
    for (number,) in store.conn.execute(
            f"SELECT DISTINCT {version} FROM {INBOX} s WHERE s.kind = 'visit' ORDER BY 1"
    ).fetchall():
        store.execute(
            f"INSERT INTO visits ({', '.join(columns)}) SELECT {', '.join(columns.values())}"
            f" FROM {INBOX} s WHERE s.kind = 'visit' AND {version} = ? ORDER BY s.seq",
            (number,))
    store.execute(
        "UPDATE visits SET status = 'superseded' WHERE status = 'signed' AND id IN"
        " (SELECT previous_version FROM visits WHERE received_seq >= ?"
        " AND previous_version IS NOT NULL)", (first_seq,))


def _store_event_versions(store: Store, kind: travel.Kind) -> set[str]:
    _refuse_unknown_patients(store, "event")
    _insert_plain(store, kind, {"patient_ref": _RECORD_REF.format(_extract("patient_uid")),
                                "import_ref": _IMPORT_REF.format(_extract("import"))})
    return {r[0] for r in store.conn.execute(
        f"SELECT DISTINCT {_extract('event')} FROM {INBOX} s WHERE s.kind = 'event'")}


def _check_stored_as_sent(store: Store, kind: travel.Kind) -> None:
    a = kind.alias
    row = store.conn.execute(
        f"SELECT s.uid, s.content, ({kind.content}) FROM {INBOX} s"
        f" JOIN {kind.table} {a} ON {a}.{kind.uid_column} = s.uid{kind.joins}"
        f" WHERE s.kind = ? AND ({kind.content}) IS NOT s.content LIMIT 1",
        (kind.name,)).fetchone()
    if row:
        sent, stored = json.loads(row[1]), json.loads(row[2])
        differ = sorted(k for k in set(sent) | set(stored) if sent.get(k) != stored.get(k))
        raise IncomingRefused(
            f"the server's {kind.name} {row[0]} cannot be stored here as it was sent (fields "
            f"{', '.join(differ)}): a newer Bedside wrote it. Update Bedside on this laptop; "
            f"nothing was received")
