"""Events (interventions and milestones) of a patient; a death event ends the record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bedside.analysis import death_problems, event_problems, number_text
from bedside.domain import Event
from bedside.domain.uids import new_uid
from bedside.store import patients, versions
from bedside.store.db import Store
from bedside.store.errors import Conflict, StoreError
from bedside.store.rows import iso, to_date


def for_patient(store: Store, patient_id: str) -> list[Event]:
    cur = store.conn.execute(
        "SELECT e.id, e.event_date, e.kind, e.label, e.event_uid, e.hours_per_day FROM events e"
        " JOIN patients p ON p.id = e.patient_ref WHERE p.patient_id = ?"
        " ORDER BY e.event_date, e.kind, e.label, e.event_uid",
        (patient_id,),
    )
    return [Event(patient_id, date.fromisoformat(d), k, lbl, eid, uid, hours)
            for eid, d, k, lbl, uid, hours in cur]


def death_date(store: Store, patient_id: str) -> date | None:
    row = store.conn.execute(
        "SELECT min(e.event_date) FROM events e JOIN patients p ON p.id = e.patient_ref"
        " WHERE p.patient_id = ? AND e.kind = 'death'",
        (patient_id,),
    ).fetchone()
    return to_date(row[0])


def _check(store: Store, e: Event) -> None:
    patient = patients.get(store, e.patient_id)
    if patient is None:
        raise StoreError(f"no patient with identifier {e.patient_id!r}")
    problems = event_problems(e, patient, date.today())
    if problems:
        raise StoreError(f"event of {e.patient_id}: " + "; ".join(map(str, problems)))
    if store.conn.execute(  # the same patient, date, kind and label: the same event (SPEC §3)
            "SELECT 1 FROM events WHERE patient_ref = ? AND event_date = ? AND kind = ?"
            " AND label = ? AND id IS NOT ?", (patients.ref(store, e.patient_id),
                                               iso(e.event_date), e.kind, e.label,
                                               e.event_id)).fetchone():
        raise Conflict(f"{e.patient_id} already has this event ({e.kind} {e.label!r} on "
                       f"{e.event_date}); it is recorded once")
    if e.kind == "death":
        ref = patients.ref(store, e.patient_id)
        other = store.conn.execute(
            "SELECT min(event_date) FROM events WHERE patient_ref = ? AND kind = 'death'"
            " AND id IS NOT ?", (ref, e.event_id)).fetchone()[0]
        last = store.conn.execute(
            "SELECT max(visit_date) FROM visits WHERE patient_ref = ?"
            " AND status != 'superseded'", (ref,)).fetchone()[0]
        conflicts = death_problems(e, to_date(other), to_date(last))
        if conflicts:
            raise Conflict("; ".join(map(str, conflicts)))


def _as_dict(e: Event) -> dict[str, str]:
    out = {"event_date": e.event_date.isoformat(), "kind": e.kind, "label": e.label}
    if e.hours_per_day is not None:
        out["hours_per_day"] = number_text(e.hours_per_day)
    return out


def audit_key(e: Event) -> str:
    """An event's key in the audit log: its patient and its id that travels (the same on
    every laptop; entries of schema 4 and before name the event's local row id)."""
    return f"{e.patient_id}/{e.event_uid}"


def add(store: Store, e: Event, reason: str = "") -> Event:
    """Store a new event: its first version, shown (every change of it is a new version)."""
    with store.transaction():
        _check(store, e)
        e = replace(e, event_uid=e.event_uid or new_uid())
        versions.record_event_version(store, e, (), reason=reason)
        versions.refresh_events(store, [e.event_uid])
        e = _get_by_uid(store, e.event_uid)
        store.audit("create", "event", audit_key(e), new=_as_dict(e), reason=reason)
    return e


_SELECT = ("SELECT p.patient_id, e.event_date, e.kind, e.label, e.id, e.event_uid,"
           " e.hours_per_day FROM events e JOIN patients p ON p.id = e.patient_ref")


def _get(store: Store, event_id: int) -> Event:
    row = store.conn.execute(f"{_SELECT} WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        raise StoreError(f"no event with id {event_id}")
    return Event(row[0], date.fromisoformat(row[1]), *row[2:])


def _get_by_uid(store: Store, event_uid: str) -> Event:
    row = store.conn.execute(f"{_SELECT} WHERE e.event_uid = ?", (event_uid,)).fetchone()
    return Event(row[0], date.fromisoformat(row[1]), *row[2:])


def _new_version(store: Store, old: Event, new: Event, *, deleted: bool = False,
                 reason: str = "") -> None:
    """A version of ``old`` following the one shown (another laptop's concurrent version, if
    any, stays a head of its own: bedside.store.conflicts lists the two)."""
    shown = versions.event_heads(store, old.event_uid)[0]
    versions.record_event_version(store, replace(new, event_uid=old.event_uid),
                                  [shown.version_uid], deleted=deleted, reason=reason)
    versions.refresh_events(store, [old.event_uid])


def update(store: Store, e: Event, reason: str = "") -> Event:
    if e.event_id is None:
        raise StoreError("an event must be stored before it can be changed")
    with store.transaction():
        old = _get(store, e.event_id)
        _check(store, e)
        _new_version(store, old, e, reason=reason)
        store.audit("update", "event", audit_key(old), old=_as_dict(old), new=_as_dict(e),
                    reason=reason)
    return replace(e, event_uid=old.event_uid)


def delete(store: Store, event_id: int, reason: str) -> None:
    if not reason.strip():
        raise StoreError("deleting an event needs a reason")
    with store.transaction():
        old = _get(store, event_id)
        _new_version(store, old, old, deleted=True, reason=reason)
        store.audit("delete", "event", audit_key(old), old=_as_dict(old), reason=reason)
