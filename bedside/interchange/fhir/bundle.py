"""FHIR R4 export (SPEC §4): one Bundle (type collection, JSON) from patient records.

Per patient, in this order: Patient, the ALS Condition (onset, diagnosis, region of onset),
the pre-illness weight, then per visit (oldest first) its QuestionnaireResponse and
Observations (fhir.scores: scores, then measurements), then the events: gastrostomy, NIV
start (with its hours a day) and stop, tracheostomy and other procedures as Procedure,
medication start/stop as MedicationStatement, "other" as an Observation; a death sets
Patient.deceasedDateTime. The ALSFRS-R Questionnaire comes first in the Bundle.

Output is reproducible: a patient, visit (its QuestionnaireResponse) or event has its id that
travels as its resource id, and the resources derived from them UUID v5 of that id and what
they are (de-identified exports, which carry no such ids: of the pseudonym, date and what);
references are ``urn:uuid:`` full URLs, no timestamps; one entry per line, so two exports
diff cleanly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TextIO

from bedside.analysis import LungEquations, heights, measured
from bedside.domain import Event, Patient
from bedside.instruments.wording import Wording
from bedside.interchange.fhir.scores import (
    BASE,
    UCUM,
    age_observation,
    measurement_resources,
    pre_illness_weight,
    questionnaire,
    ref,
    resource_id,
    visit_resources,
)
from bedside.interchange.patient_records import Counter, PatientRecord, write_ordered

IDENTIFIER_SYSTEM = f"{BASE}/patient-id"
PSEUDONYM_SYSTEM = f"{BASE}/pseudonym"
EVENT_SYSTEM = f"{BASE}/CodeSystem/event-kind"
SNOMED = "http://snomed.info/sct"
ALS_SNOMED = "86044005"  # Amyotrophic lateral sclerosis (disorder)
ASSERTED_DATE_EXT = "http://hl7.org/fhir/StructureDefinition/condition-assertedDate"
ONSET_REGION_EXT = f"{BASE}/StructureDefinition/onset-region"

EVENT_TEXT = {
    "gastrostomy": "Gastrostomy",
    "niv_start": "Non-invasive ventilation started",
    "niv_stop": "Non-invasive ventilation stopped",
    "tracheostomy": "Tracheostomy",
    "medication_start": "Medication started",
    "medication_stop": "Medication stopped",
    "procedure": "Procedure",
    "death": "Death",
    "other": "Other event",
}
PROCEDURE_KINDS = ("gastrostomy", "niv_start", "niv_stop", "tracheostomy", "procedure")
NIV_HOURS_EXT = f"{BASE}/StructureDefinition/niv-hours-per-day"


def _patient(rec: PatientRecord) -> dict[str, Any]:
    p = rec.patient
    res: dict[str, Any] = {"resourceType": "Patient",
                           "id": p.patient_uid or resource_id(p.patient_id)}
    system = PSEUDONYM_SYSTEM if rec.pseudonymous else IDENTIFIER_SYSTEM
    res["identifier"] = [{"system": system, "value": p.patient_id}]
    if not rec.pseudonymous and (p.family_name or p.given_name):
        name: dict[str, Any] = {}
        if p.family_name:
            name["family"] = p.family_name
        if p.given_name:
            name["given"] = [p.given_name]
        res["name"] = [name]
    res["gender"] = p.sex  # Bedside's sexes are FHIR's administrative-gender codes
    if p.birth_date and not rec.pseudonymous:
        res["birthDate"] = p.birth_date.isoformat()
    death = rec.death_date
    if death is not None:
        res["deceasedDateTime"] = death.isoformat()
    return res


def _condition(p: Patient, patient_ref: dict[str, str]) -> dict[str, Any] | None:
    if p.onset_date is None and p.diagnosis_date is None and p.onset_region == "unknown":
        return None
    res: dict[str, Any] = {"resourceType": "Condition",
                           "id": resource_id(p.patient_uid or p.patient_id, "condition", "als")}
    ext = []
    if p.diagnosis_date:
        ext.append({"url": ASSERTED_DATE_EXT, "valueDateTime": p.diagnosis_date.isoformat()})
    if p.onset_region != "unknown":
        ext.append({"url": ONSET_REGION_EXT, "valueCode": p.onset_region})
    if ext:
        res["extension"] = ext
    res["code"] = {"coding": [{"system": SNOMED, "code": ALS_SNOMED}],
                   "text": "Amyotrophic lateral sclerosis"}
    res["subject"] = patient_ref
    if p.onset_date:
        res["onsetDateTime"] = p.onset_date.isoformat()
    return res


def _event(e: Event, n: int, patient_ref: dict[str, str]) -> dict[str, Any] | None:
    if e.kind == "death":
        return None  # Patient.deceasedDateTime
    day = e.event_date.isoformat()
    rid = e.event_uid or resource_id(e.patient_id, "event", day, e.kind, str(n))
    code = {"coding": [{"system": EVENT_SYSTEM, "code": e.kind,
                        "display": EVENT_TEXT[e.kind]}],
            "text": e.label or EVENT_TEXT[e.kind]}
    if e.kind in PROCEDURE_KINDS:
        res: dict[str, Any] = {"resourceType": "Procedure", "id": rid}
        if e.hours_per_day is not None:  # the ventilation's use from then on
            res["extension"] = [{"url": NIV_HOURS_EXT, "valueQuantity": {
                "value": e.hours_per_day, "unit": "h/d", "system": UCUM, "code": "h/d"}}]
        res.update(status="completed", code=code, subject=patient_ref, performedDateTime=day)
        return res
    if e.kind in ("medication_start", "medication_stop"):
        started = e.kind == "medication_start"
        return {"resourceType": "MedicationStatement", "id": rid,
                "status": "active" if started else "stopped",
                "category": {"coding": [{"system": EVENT_SYSTEM, "code": e.kind,
                                         "display": EVENT_TEXT[e.kind]}]},
                "medicationCodeableConcept": {"text": e.label or "Medication not named"},
                "subject": patient_ref,
                "effectivePeriod": {"start": day} if started else {"end": day}}
    return {"resourceType": "Observation", "id": rid, "status": "final", "code": code,
            "subject": patient_ref, "effectiveDateTime": day}


def record_resources(rec: PatientRecord, wordings: Mapping[str, Wording] | None = None,
                     lung: LungEquations | None = None) -> Iterator[dict[str, Any]]:
    """Every resource of one patient, in the documented order; ``lung``: the reference
    equations of % predicted and z-scores (GLI Global unless given)."""
    patient = _patient(rec)
    yield patient
    pref = ref(patient)
    p = rec.patient
    pid = p.patient_id
    condition = _condition(p, pref)
    if condition is not None:
        yield condition
    if p.pre_illness_weight_kg is not None:
        yield pre_illness_weight(pid, p.patient_uid, p.pre_illness_weight_kg, pref)
    lung = lung or LungEquations()
    patient_heights = heights(rec.visits)
    for n, visit in enumerate(rec.visits):
        if rec.ages is not None and rec.ages[n] is not None:
            yield age_observation(pid, visit, pref, rec.ages[n])
        wording = (wordings or {}).get(visit.alsfrs_wording) if visit.alsfrs_wording else None
        yield from visit_resources(pid, visit, pref, identified=not rec.pseudonymous,
                                   wording=wording)
        if visit.has_measurements:
            age = {} if rec.exact_ages is None else {"age_years": rec.exact_ages[n]}
            yield from measurement_resources(
                pid, visit, pref, measured(p, visit, patient_heights, lung, **age))
    seen: dict[tuple, int] = {}
    for e in rec.events:
        key = (e.event_date, e.kind)
        seen[key] = seen.get(key, 0) + 1
        res = _event(e, seen[key], pref)
        if res is not None:
            yield res


def _entry_line(resource: dict[str, Any]) -> str:
    entry = {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":"))


def bundle_id(scope: str) -> str:
    return resource_id("Bundle", scope)


def write_bundle(out: TextIO, records: Iterable[PatientRecord], *, scope: str = "all",
                 reorder: bool = False, counter: Counter | None = None,
                 wordings: Mapping[str, Wording] | None = None,
                 lung: LungEquations | None = None) -> Counter:
    """Write the Bundle as JSON. ``reorder`` sorts patients by (pseudonymous) identifier.

    Memory holds one patient's resources at a time (plus, when reordering, an index).
    """
    counter = counter or Counter()
    head = {"resourceType": "Bundle", "id": bundle_id(scope), "type": "collection"}
    out.write(json.dumps(head, separators=(",", ":"))[:-1] + ',"entry":[\n')
    out.write(_entry_line(questionnaire()))

    def chunks() -> Iterator[tuple[str, str]]:
        for rec in records:
            lines = [",\n" + _entry_line(r) for r in record_resources(rec, wordings, lung)]
            counter.add(rec)
            yield rec.patient.patient_id, "".join(lines)

    write_ordered(out, chunks(), reorder)
    out.write("\n]}\n")
    counter.done()
    return counter
