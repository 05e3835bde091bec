"""Conflicts between laptops (SPEC §7): found from the records alone, so every laptop that holds
the same records lists the same conflicts, and each stays listed until a person resolves it
with a record that travels like any other:

- ``patients``: one identifier, several patient records (created on two laptops before either
  synced); resolved by a merge that keeps every visit and event of each (patient_merges) and
  a version of the details following every head;
- ``details``: a patient's details changed on two laptops from one version (two heads);
  resolved by a version following both, with the details picked or combined;
- ``visits``: two signed visits of one patient on one date; resolved by entering one of them
  in error (bedside.store.visits.enter_in_error);
- ``event``: an event changed (or deleted) on two laptops from one version; resolved by a
  version following both.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bedside.domain import Patient, Visit
from bedside.domain.uids import new_uid
from bedside.store import versions, visits
from bedside.store.db import Store, utc_now
from bedside.store.errors import StoreError
from bedside.store.migrations import CURRENT_VISIT
from bedside.store.rows import PATIENT_DETAILS, patient_values
from bedside.store.versions import EventVersion, PatientVersion

KINDS = ("patients", "details", "visits", "event")


@dataclass(frozen=True)
class OpenConflict:
    kind: str  # one of KINDS
    patient_id: str
    key: str  # patient_id; patient_id; "patient_id/visit date"; the event's uid
    # patients: the newest version of each record; details, event: the heads; visits: the
    # signed visits of that date. Newest first (the first is the one shown).
    choices: tuple[PatientVersion, ...] | tuple[Visit, ...] | tuple[EventVersion, ...]

    def choice_uid(self, n: int) -> str:
        """The id that travels of choice ``n`` (0-based)."""
        c = self.choices[n]
        if isinstance(c, Visit):
            return c.visit_uid
        if isinstance(c, PatientVersion) and self.kind == "patients":
            return c.patient_uid
        return c.version_uid


# Where to look: the marks (conflict_marks, set by triggers as rows arrive; see
# migrations._m008_conflict_marks), so that finding the conflicts does not grow with the
# database; or, with everywhere=True, every row (the marks checked against it in the tests).
_MARKED_PATIENTS = "(SELECT patient_ref FROM conflict_marks WHERE kind = 'patient')"
_MARKED_EVENTS = "(SELECT item FROM conflict_marks WHERE kind = 'event')"
_HEAD = ("NOT EXISTS (SELECT 1 FROM {t} c, json_each(c.parents) j WHERE c.{k} = v.{k}"
         " AND j.value = v.version_uid)")


def _unmerged_records(everywhere: bool) -> str:
    scope = "" if everywhere else f" AND v.patient_ref IN {_MARKED_PATIENTS}"
    return ("SELECT v.patient_ref FROM patient_versions v WHERE NOT EXISTS (SELECT 1 FROM"
            " patient_merges m WHERE m.patient_ref = v.patient_ref AND m.merged_uid ="
            f" v.patient_uid){scope} GROUP BY v.patient_ref"
            " HAVING count(DISTINCT v.patient_uid) > 1")


def _several_heads(t: str, k: str, everywhere: bool) -> str:
    marked = _MARKED_PATIENTS if k == "patient_ref" else _MARKED_EVENTS
    scope = (f"(SELECT {k} FROM {t} GROUP BY {k} HAVING count(*) > 1)" if everywhere
             else marked)
    return (f"SELECT v.{k} FROM {t} v WHERE v.{k} IN {scope} AND {_HEAD.format(t=t, k=k)}"
            f" GROUP BY v.{k} HAVING count(*) > 1")


def _same_day(everywhere: bool) -> str:
    marks = ("" if everywhere else " JOIN conflict_marks m ON m.kind = 'visits'"
             " AND m.patient_ref = v.patient_ref AND m.item = v.visit_date")
    return (f"SELECT v.patient_ref, v.visit_date FROM visits v INDEXED BY visits_one_current"
            f"{marks} WHERE {CURRENT_VISIT} AND v.status ="
            " 'signed' GROUP BY v.patient_ref, v.visit_date HAVING count(*) > 1")


def _identifier(store: Store, ref: int) -> str:
    return store.conn.execute("SELECT patient_id FROM patients WHERE id = ?",
                              (ref,)).fetchone()[0]


@dataclass(frozen=True)
class _Found:
    unmerged: list[int]  # patient rows holding several unmerged records
    details: list[int]  # patient rows whose details have several heads (and not above)
    same_day: list[tuple[int, str]]  # (patient row, date) with several signed visits
    events: list[str]  # event uids with several heads

    def marks(self, store: Store) -> set[tuple[str, int, str]]:
        """The marks (kind, patient row, item) these conflicts stand on."""
        out = {("patient", ref, "") for ref in self.unmerged + self.details}
        out |= {("visits", ref, day) for ref, day in self.same_day}
        for event_uid in self.events:
            out |= {("event", ref, event_uid) for (ref,) in store.conn.execute(
                "SELECT DISTINCT patient_ref FROM event_versions WHERE event_uid = ?",
                (event_uid,))}
        return out


def _found(store: Store, everywhere: bool = False) -> _Found:
    unmerged = [r[0] for r in store.conn.execute(_unmerged_records(everywhere))]
    details = [r[0] for r in store.conn.execute(
        _several_heads("patient_versions", "patient_ref", everywhere))
        if r[0] not in set(unmerged)]
    same_day = [(r[0], r[1]) for r in store.conn.execute(_same_day(everywhere))]
    events = [r[0] for r in store.conn.execute(
        _several_heads("event_versions", "event_uid", everywhere))]
    return _Found(unmerged, details, same_day, events)


def count(store: Store) -> int:
    """How many conflicts are listed (read from the marks: as quick with 10,000 patients
    as with ten)."""
    f = _found(store)
    return len(f.unmerged) + len(f.details) + len(f.same_day) + len(f.events)


def forget_settled(store: Store) -> None:
    """Forget the marks where no conflict stands (inside a transaction): after rows arrived,
    and after a person resolved one."""
    live = _found(store).marks(store)
    settled = [m for m in store.conn.execute(
        "SELECT kind, patient_ref, item FROM conflict_marks") if tuple(m) not in live]
    store.executemany("DELETE FROM conflict_marks WHERE kind = ? AND patient_ref = ?"
                      " AND item = ?", settled)


def listed(store: Store, patient_id: str | None = None, *,
           everywhere: bool = False) -> list[OpenConflict]:
    """Every conflict (of one patient), by patient identifier, then kind; ``everywhere``:
    found from every row rather than from the marks (the same list, read slowly)."""
    found = list(_all(store, _found(store, everywhere)))
    if patient_id is not None:
        found = [c for c in found if c.patient_id == patient_id]
    return sorted(found, key=lambda c: (c.patient_id, KINDS.index(c.kind), c.key))


def _all(store: Store, found: _Found) -> Iterator[OpenConflict]:
    for ref in found.unmerged:
        pid = _identifier(store, ref)
        records = sorted(versions.patient_record_heads(store, ref).values(),
                         key=lambda v: v.patient_uid)
        yield OpenConflict("patients", pid, pid, tuple(records))
    for ref in found.details:
        pid = _identifier(store, ref)
        yield OpenConflict("details", pid, pid, tuple(versions.patient_heads(store, ref)))
    for ref, day in found.same_day:
        pid = _identifier(store, ref)
        same_day = [v for v in visits.for_patient(store, pid) if v.visit_date.isoformat() == day]
        yield OpenConflict("visits", pid, f"{pid}/{day}", tuple(sorted(
            same_day, key=lambda v: (v.signed_at is not None, v.signed_at, v.visit_uid),
            reverse=True)))
    for event_uid in found.events:
        heads = versions.event_heads(store, event_uid)
        yield OpenConflict("event", heads[0].event.patient_id, event_uid, tuple(heads))


def open_conflict(store: Store, kind: str, key: str) -> OpenConflict | None:
    """The open conflict (``kind``, ``key``), or None."""
    return next((c for c in listed(store) if (c.kind, c.key) == (kind, key)), None)


def find(store: Store, kind: str, key: str) -> OpenConflict:
    c = open_conflict(store, kind, key)
    if c is not None:
        return c
    raise StoreError(f"there is no {kind} conflict {key!r} (resolved already, or mistyped); "
                     "`bedside conflicts` lists them")


def record_counts(store: Store, patient_uid: str) -> tuple[int, int]:
    """The signed visits and the events recorded for one patient record."""
    visits_of = store.conn.execute(
        "SELECT count(*) FROM visits v JOIN patients p ON p.id = v.patient_ref"
        " WHERE v.status = 'signed' AND coalesce(v.patient_uid, p.patient_uid) = ?"
        " AND v.patient_ref = (SELECT patient_ref FROM patient_versions WHERE patient_uid = ?"
        " LIMIT 1)", (patient_uid, patient_uid)).fetchone()[0]
    events_of = store.conn.execute(
        "SELECT count(*) FROM events e WHERE e.event_uid IN (SELECT event_uid FROM"
        " event_versions WHERE patient_uid = ?)", (patient_uid,)).fetchone()[0]
    return int(visits_of), int(events_of)


def _ref(store: Store, patient_id: str) -> int:
    return store.conn.execute("SELECT id FROM patients WHERE patient_id = ?",
                              (patient_id,)).fetchone()[0]


def _need_reason(reason: str) -> str:
    if not reason.strip():
        raise StoreError("resolving a conflict needs a reason (it is kept in the audit trail)")
    return reason.strip()


def merge(store: Store, patient_id: str, details: Patient, reason: str) -> None:
    """Merge every record of ``patient_id`` into the oldest (whose id the patient keeps):
    every visit and event of each stays, now one patient's; ``details`` are the patient's
    details from now on (a version following every head)."""
    reason = _need_reason(reason)
    with store.transaction():
        conflict = find(store, "patients", patient_id)
        ref = _ref(store, patient_id)
        uids = sorted(v.patient_uid for v in conflict.choices)
        kept = min(uids)
        merged_already = {r[0] for r in store.conn.execute(
            "SELECT merged_uid FROM patient_merges")}
        for merged in uids:
            if merged != kept and merged not in merged_already:
                store.execute(
                    "INSERT INTO patient_merges (merge_uid, patient_ref, kept_uid, merged_uid,"
                    " recorded_at, recorded_by, laptop_uid, reason) VALUES (?, ?, ?, ?, ?, ?,"
                    " ?, ?)", (new_uid(), ref, kept, merged, utc_now(), store.user,
                               store.laptop_uid, reason))
        heads = versions.patient_heads(store, ref)
        versions.record_patient_version(store, ref, kept, details,
                                        [h.version_uid for h in heads], reason)
        versions.refresh_patients(store, [ref])
        forget_settled(store)
        store.audit("merge", "patient", patient_id, old={"records": uids},
                    new={"kept": kept, **_details(details)}, reason=reason)


def resolve_details(store: Store, patient_id: str, details: Patient, reason: str) -> None:
    """The patient's details from now on: a version following every head (picked from one
    of them, or combined)."""
    reason = _need_reason(reason)
    with store.transaction():
        conflict = find(store, "details", patient_id)
        ref = _ref(store, patient_id)
        shown = conflict.choices[0]
        versions.record_patient_version(
            store, ref, shown.patient_uid, details,
            [h.version_uid for h in conflict.choices], reason)
        versions.refresh_patients(store, [ref])
        forget_settled(store)
        store.audit("resolve", "patient", patient_id,
                    old=[_details(h.patient) for h in conflict.choices],
                    new=_details(details), reason=reason)


def resolve_event(store: Store, event_uid: str, version_uid: str, reason: str) -> None:
    """The event from now on as version ``version_uid`` (one of the heads) has it."""
    reason = _need_reason(reason)
    with store.transaction():
        conflict = find(store, "event", event_uid)
        picked = next((h for h in conflict.choices if h.version_uid == version_uid), None)
        if picked is None:
            raise StoreError(f"{version_uid} is not one of the versions in conflict")
        versions.record_event_version(store, picked.event, [h.version_uid for h in
                                                            conflict.choices],
                                      deleted=picked.deleted, reason=reason)
        versions.refresh_events(store, [event_uid])
        forget_settled(store)
        store.audit("resolve", "event", f"{picked.event.patient_id}/{event_uid}",
                    old=[_event(h) for h in conflict.choices], new=_event(picked),
                    reason=reason)


def resolve_visits(store: Store, visit_uid: str, reason: str, signer: str) -> Visit:
    """The visit ``visit_uid`` (one of the visits of a date in conflict) entered in error."""
    with store.transaction():
        row = store.conn.execute("SELECT id FROM visits WHERE visit_uid = ?",
                                 (visit_uid,)).fetchone()
        if row is None:
            raise StoreError(f"no visit {visit_uid}")
        visit = visits.get(store, int(row[0]))
        find(store, "visits", f"{visit.patient_id}/{visit.visit_date.isoformat()}")
        withdrawn = visits.enter_in_error(store, visit.visit_id, reason, signer)
        forget_settled(store)
        return withdrawn


def _details(p: Patient) -> dict[str, str | None]:
    return dict(zip(PATIENT_DETAILS, patient_values(p)[1:-1], strict=True))


def _event(v: EventVersion) -> dict[str, str]:
    if v.deleted:
        return {"deleted": v.reason}
    return {"event_date": v.event.event_date.isoformat(), "kind": v.event.kind,
            "label": v.event.label}

