"""Versions of a patient's details and of an event: immutable rows that travel, each naming
the versions it follows (``parents``). ``patients`` and ``events`` hold what is shown: the
newest head of each graph (a version no other follows; newest by the time it was recorded,
then by its id), so every laptop holding the same versions shows the same (SPEC §7).

Two heads mean two laptops changed the same version: both are kept, the newer shown, and the
conflict is listed (bedside.store.conflicts) until a person picks or combines them, which
records a version following every head.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bedside.domain import Event, Patient
from bedside.domain.uids import new_uid
from bedside.store.db import Store, utc_now
from bedside.store.errors import StoreError
from bedside.store.rows import PATIENT_DETAILS, iso, patient_from_row, patient_values, to_date

_NEWEST_FIRST = "ORDER BY v.recorded_at DESC, v.version_uid DESC"


@dataclass(frozen=True)
class PatientVersion:
    version_uid: str
    patient_uid: str
    patient: Patient  # the details of this version (patient_uid: the record it belongs to)
    recorded_at: datetime
    recorded_by: str
    laptop_uid: str
    reason: str


@dataclass(frozen=True)
class EventVersion:
    version_uid: str
    event: Event  # as this version has it
    deleted: bool
    recorded_at: datetime
    recorded_by: str
    reason: str


def parents_text(parents: Iterable[str]) -> str:
    return json.dumps(sorted(set(parents)), separators=(",", ":"))


def _heads_sql(table: str, key: str) -> str:
    """The versions of one patient (``key`` patient_ref) or event (event_uid) that no other
    version of it follows, newest first."""
    return (f"FROM {table} v WHERE v.{key} = ? AND NOT EXISTS (SELECT 1 FROM {table} c,"
            f" json_each(c.parents) j WHERE c.{key} = v.{key} AND j.value = v.version_uid)"
            f" {_NEWEST_FIRST}")


_PATIENT_VERSION_COLUMNS = ("v.version_uid, v.patient_uid, p.patient_id, "
                            + ", ".join(f"v.{c}" for c in PATIENT_DETAILS)
                            + ", v.recorded_at, v.recorded_by, v.laptop_uid, v.reason")


def _patient_version(row: Sequence) -> PatientVersion:
    uid, puid, pid = row[:3]
    at, by, laptop, reason = row[-4:]
    patient = patient_from_row((pid, *row[3:3 + len(PATIENT_DETAILS)], puid))
    return PatientVersion(uid, puid, patient, datetime.fromisoformat(at), by, laptop,
                          reason or "")


def patient_heads(store: Store, ref: int) -> list[PatientVersion]:
    sql = (f"SELECT {_PATIENT_VERSION_COLUMNS} "
           + _heads_sql("patient_versions", "patient_ref").replace(
               "FROM patient_versions v", "FROM patient_versions v JOIN patients p"
               " ON p.id = v.patient_ref", 1))
    return [_patient_version(r) for r in store.conn.execute(sql, (ref,))]


def patient_record_heads(store: Store, ref: int) -> dict[str, PatientVersion]:
    """The newest version of each patient record (patient uid) under one identifier."""
    rows = store.conn.execute(
        f"SELECT {_PATIENT_VERSION_COLUMNS} FROM patient_versions v JOIN patients p"
        f" ON p.id = v.patient_ref WHERE v.patient_ref = ? {_NEWEST_FIRST}", (ref,))
    out: dict[str, PatientVersion] = {}
    for row in rows:
        version = _patient_version(row)
        out.setdefault(version.patient_uid, version)
    return out


def record_patient_version(store: Store, ref: int, patient_uid: str, p: Patient,
                           parents: Iterable[str], reason: str = "") -> str:
    """A new version of the details of patient row ``ref`` (inside a transaction)."""
    uid = new_uid()
    store.execute(
        "INSERT INTO patient_versions (version_uid, patient_uid, patient_ref, parents, "
        f"{', '.join(PATIENT_DETAILS)}, recorded_at, recorded_by, laptop_uid, reason)"
        f" VALUES (?, ?, ?, ?, {', '.join('?' * len(PATIENT_DETAILS))}, ?, ?, ?, ?)",
        (uid, patient_uid, ref, parents_text(parents), *patient_values(p)[1:-1],
         utc_now(), store.user, store.laptop_uid, reason or None))
    return uid


def refresh_patients(store: Store, refs: Iterable[int]) -> None:
    """Show the newest head of each patient's versions; the patient's id that travels is the
    oldest of its records' ids (the one a merge keeps). A visit already recorded for the
    patient is given the id it was recorded under before that changes."""
    sets = ", ".join(f"{c} = ?" for c in PATIENT_DETAILS)
    for ref in refs:
        heads = patient_heads(store, ref)
        if not heads:
            continue
        shown = heads[0].patient
        canonical, current = store.conn.execute(
            "SELECT (SELECT min(patient_uid) FROM patient_versions WHERE patient_ref = ?),"
            " patient_uid FROM patients WHERE id = ?", (ref, ref)).fetchone()
        if canonical != current:
            store.execute("UPDATE visits SET patient_uid = ? WHERE patient_ref = ?"
                          " AND patient_uid IS NULL AND status != 'draft'", (current, ref))
        store.execute(
            f"UPDATE patients SET {sets}, patient_uid = ? WHERE id = ?",
            (*patient_values(shown)[1:-1], canonical, ref))


# -- events ---------------------------------------------------------------------------------
_EVENT_VERSION_COLUMNS = ("v.version_uid, p.patient_id, v.event_date, v.kind, v.label,"
                          " v.event_uid, v.deleted, v.recorded_at, v.recorded_by, v.reason,"
                          " (SELECT e.id FROM events e WHERE e.event_uid = v.event_uid),"
                          " v.hours_per_day")


def _event_version(row: Sequence) -> EventVersion:
    uid, pid, day, kind, label, event_uid, deleted, at, by, reason, eid, hours = row
    return EventVersion(uid, Event(pid, to_date(day), kind, label, eid, event_uid, hours),
                        bool(deleted), datetime.fromisoformat(at), by, reason or "")


def event_heads(store: Store, event_uid: str) -> list[EventVersion]:
    sql = (f"SELECT {_EVENT_VERSION_COLUMNS} "
           + _heads_sql("event_versions", "event_uid").replace(
               "FROM event_versions v", "FROM event_versions v JOIN patients p"
               " ON p.id = v.patient_ref", 1))
    return [_event_version(r) for r in store.conn.execute(sql, (event_uid,))]


def record_event_version(store: Store, e: Event, parents: Iterable[str], *,
                         deleted: bool = False, reason: str = "") -> str:
    """A new version of event ``e.event_uid`` (inside a transaction); the patient's row and
    record are the patient's as stored."""
    row = store.conn.execute("SELECT id, patient_uid FROM patients WHERE patient_id = ?",
                             (e.patient_id,)).fetchone()
    if row is None:
        raise StoreError(f"no patient with identifier {e.patient_id!r}")
    uid = new_uid()
    store.execute(
        "INSERT INTO event_versions (version_uid, event_uid, patient_uid, patient_ref, parents,"
        " event_date, kind, label, hours_per_day, deleted, recorded_at, recorded_by,"
        " laptop_uid, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, e.event_uid, row[1], row[0], parents_text(parents), iso(e.event_date), e.kind,
         e.label, e.hours_per_day, int(deleted), utc_now(), store.user, store.laptop_uid,
         reason or None))
    return uid


def refresh_events(store: Store, event_uids: Iterable[str]) -> None:
    """Show each event as its newest head has it (a head that deletes it: not shown); where
    and when it came in are its first version's (an import, or the time it was recorded)."""
    for event_uid in event_uids:
        heads = event_heads(store, event_uid)
        if not heads:
            continue
        head = store.conn.execute(
            "SELECT patient_ref, event_date, kind, label, hours_per_day, deleted FROM"
            " event_versions WHERE version_uid = ?", (heads[0].version_uid,)).fetchone()
        if head[5]:
            store.execute("DELETE FROM events WHERE event_uid = ?", (event_uid,))
            continue
        first = store.conn.execute(
            "SELECT import_ref, recorded_at FROM event_versions WHERE event_uid = ?"
            " AND parents = '[]' ORDER BY recorded_at, version_uid LIMIT 1",
            (event_uid,)).fetchone()
        import_ref, created_at = (first[0], None) if first[0] is not None else (None, first[1])
        store.execute(
            "INSERT INTO events (event_uid, patient_ref, event_date, kind, label, hours_per_day,"
            " import_ref, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_uid)"
            " DO UPDATE SET patient_ref = excluded.patient_ref, event_date = excluded.event_date,"
            " kind = excluded.kind, label = excluded.label,"
            " hours_per_day = excluded.hours_per_day",
            (event_uid, *head[:5], import_ref, created_at))
