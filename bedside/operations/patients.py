"""A patient's chart as the screens show it, and the changes of a patient's details."""

from __future__ import annotations

from dataclasses import dataclass

from bedside.analysis import LungEquations
from bedside.domain import Event, Patient, Visit
from bedside.operations.changes import Changed
from bedside.operations.lung_setting import lung_equations
from bedside.store import Store, events, patients, visits
from bedside.store.audit_log import AuditEntry as AuditEntry  # one line of a history
from bedside.store.audit_log import history as history  # of a patient (visits, events too)
from bedside.store.patients import all_patients as all_patients


@dataclass(frozen=True)
class PatientChart:
    """Everything the patient page shows of one patient, read together."""

    patient: Patient
    visits: list[Visit]  # signed, oldest first
    drafts: list[Visit]  # unsigned
    events: list[Event]
    lung: LungEquations  # the clinic's reference equations for % predicted


def chart(store: Store, patient_id: str) -> PatientChart | None:
    patient = patients.get(store, patient_id)
    if patient is None:
        return None
    return PatientChart(patient, visits.for_patient(store, patient_id),
                        visits.drafts(store, patient_id), events.for_patient(store, patient_id),
                        lung_equations(store))


def add_patient(store: Store, patient: Patient) -> Changed:
    """Conflict when the identifier is taken; StoreError when the database refuses."""
    return Changed(patients.add(store, patient).patient_id, details=True)


def update_patient(store: Store, patient: Patient) -> Changed:
    patients.update(store, patient)
    return Changed(patient.patient_id, details=True)


def unsigned_visits(store: Store) -> list[tuple[Visit, Patient | None]]:
    """Every visit left unsigned (a crash, a power cut), with its patient."""
    return [(draft, patients.get(store, draft.patient_id)) for draft in visits.drafts(store)]
