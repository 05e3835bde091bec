"""Patients: add, change, look up. Every change is audited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bedside.domain import Patient
from bedside.domain.uids import new_uid
from bedside.store import versions
from bedside.store.db import Store, utc_now
from bedside.store.errors import Conflict, StoreError
from bedside.store.rows import (
    PATIENT_COLUMNS,
    PATIENT_SELECT,
    iso,
    patient_from_row,
    patient_values,
)


def _check(p: Patient) -> None:
    from bedside.analysis import patient_problems  # (not loaded to list the patients)

    problems = patient_problems(p, date.today())
    if problems:
        raise StoreError(f"patient {p.patient_id}: " + "; ".join(map(str, problems)))


def ref(store: Store, patient_id: str) -> int:
    row = store.conn.execute(
        "SELECT id FROM patients WHERE patient_id = ?", (patient_id,)
    ).fetchone()
    if row is None:
        raise StoreError(f"no patient with identifier {patient_id!r}")
    return int(row[0])


def get(store: Store, patient_id: str) -> Patient | None:
    row = store.conn.execute(f"{PATIENT_SELECT} WHERE patient_id = ?", (patient_id,)).fetchone()
    return None if row is None else patient_from_row(row)


def all_patients(store: Store) -> list[Patient]:
    cur = store.conn.execute(f"{PATIENT_SELECT} ORDER BY family_name, given_name, patient_id")
    return list(map(patient_from_row, cur))


def listed(store: Store, first: int = -1) -> list[tuple[str, str, str, str | None]]:
    """(identifier, family name, given name, birth date) of every patient (or of the
    ``first`` ones) in the order of the patient list, read from one index (patients_by_name
    holds all four): no table row is visited."""
    return store.conn.execute(
        "SELECT patient_id, family_name, given_name, birth_date FROM patients"
        " INDEXED BY patients_by_name ORDER BY family_name, given_name, patient_id LIMIT ?",
        (first,)).fetchall()


def count(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM patients").fetchone()[0])


def add(store: Store, p: Patient, reason: str = "") -> Patient:
    """Store a new patient; it gets its id that travels here (unless it came with one)."""
    _check(p)
    p = p if p.patient_uid else replace(p, patient_uid=new_uid())
    with store.transaction():
        if get(store, p.patient_id) is not None:
            raise Conflict(f"a patient with identifier {p.patient_id!r} already exists")
        ref = store.execute(
            f"INSERT INTO patients ({', '.join(PATIENT_COLUMNS)}, created_at)"
            f" VALUES ({', '.join('?' * (len(PATIENT_COLUMNS) + 1))})",
            patient_values(p) + (utc_now(),),
        ).lastrowid
        versions.record_patient_version(store, ref, p.patient_uid, p, (), reason)
        store.audit("create", "patient", p.patient_id, new=_as_dict(p), reason=reason)
    return p


def update(store: Store, p: Patient, reason: str = "") -> Patient:
    """Change a patient's details (the identifier stays); refuses dates that orphan visits."""
    _check(p)
    with store.transaction():
        old = get(store, p.patient_id)
        if old is None:
            raise StoreError(f"no patient with identifier {p.patient_id!r}")
        first = store.conn.execute(
            "SELECT min(visit_date) FROM visits WHERE patient_ref = ? AND status != 'superseded'",
            (ref(store, p.patient_id),),
        ).fetchone()[0]
        for name in ("birth_date", "onset_date"):
            day = getattr(p, name)
            if first and day and iso(day) > first:
                raise Conflict(
                    f"patient {p.patient_id}: {name}={day}: is after the first visit ({first}); "
                    "correct the visit first"
                )
        p = replace(p, patient_uid=old.patient_uid)  # (an id is given once, never changed)
        row = ref(store, p.patient_id)
        shown = versions.patient_heads(store, row)[0]  # a new version of what was shown
        versions.record_patient_version(store, row, shown.patient_uid, p,
                                        [shown.version_uid], reason)
        versions.refresh_patients(store, [row])
        before, after = _as_dict(old), _as_dict(p)
        for field, value in after.items():
            if before[field] != value:
                store.audit("update", "patient", p.patient_id, field=field,
                            old=before[field], new=value, reason=reason)
    return p


def _as_dict(p: Patient) -> dict[str, str | None]:
    return dict(zip(PATIENT_COLUMNS, patient_values(p), strict=True))
