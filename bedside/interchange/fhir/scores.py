"""FHIR R4 resources for the instruments and one visit's scores and measurements.

The ALSFRS-R Questionnaire (wording read from bedside.instruments, never retyped), a
QuestionnaireResponse per visit (with how it was obtained and who answered), and
Observations: ALSFRS-R total (LOINC 82953-1), the four subscores, the MRC grades (one
component per muscle and side), the MRC sum, and the visit's measurements (MEASURE_CODES)
with what is derived from them.
Resources are plain dicts in a fixed key order, so the JSON is byte-for-byte reproducible.
"""

from __future__ import annotations

import uuid
from functools import cache
from typing import Any, NamedTuple

from bedside.analysis import MeasuredVisit, mrc_sum, subscores, total
from bedside.domain import NOT_TESTED, Visit
from bedside.instruments import all_mrc_cells, alsfrs_r, cell_label, mrc_scale, protocols
from bedside.instruments.wording import Wording, worded

BASE = "http://bedside.local/fhir"  # the app's own namespace for canonical URLs and codes
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
QUESTIONNAIRE_VERSION = "1"
ANSWER_TEXT_EXT = f"{BASE}/StructureDefinition/answer-text"
WORDING_EXT = f"{BASE}/StructureDefinition/instrument-wording"
SUBSCORE_SYSTEM = f"{BASE}/CodeSystem/alsfrs-r-subscore"
MRC_SYSTEM = f"{BASE}/CodeSystem/mrc"
MRC_MUSCLE_SYSTEM = f"{BASE}/CodeSystem/mrc-muscle"
MRC_GRADE_SYSTEM = f"{BASE}/CodeSystem/mrc-grade"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE)


def resource_id(*parts: str) -> str:
    """A stable id (UUID v5) for the resource named by ``parts``."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


def visit_resource_id(pid: str, visit: Visit, what: str) -> str:
    """The id of one resource of a visit: named from the visit's id that travels (the
    QuestionnaireResponse is that id itself); a visit without one (de-identified) by its
    patient, date and ``what``."""
    if not visit.visit_uid:
        return resource_id(pid, "visit", visit.visit_date.isoformat(), what)
    return visit.visit_uid if what == "alsfrs-r" else resource_id(visit.visit_uid, what)


def ref(resource: dict[str, Any]) -> dict[str, str]:
    return {"reference": f"urn:uuid:{resource['id']}"}


def questionnaire_url() -> str:
    return f"{BASE}/Questionnaire/{alsfrs_r().id.replace('_', '-')}"


@cache
def questionnaire() -> dict[str, Any]:
    """The ALSFRS-R as a FHIR Questionnaire: integer items, each anchor as an answer option."""
    q = alsfrs_r()
    alternates = {k for alt in q.alternates for k in alt.keys}
    items = []
    for item in q.items:
        entry: dict[str, Any] = {
            "linkId": item.key,
            "prefix": item.number,
            "text": item.name,
            "type": "integer",
            "required": item.key not in alternates,
            "answerOption": [
                {"extension": [{"url": ANSWER_TEXT_EXT, "valueString": a.text}],
                 "valueInteger": a.score}
                for a in item.anchors
            ],
        }
        if item.help:
            entry["item"] = [{"linkId": f"{item.key}.help", "text": item.help,
                              "type": "display"}]
        items.append(entry)
    return {
        "resourceType": "Questionnaire",
        "id": resource_id("Questionnaire", q.id),
        "url": questionnaire_url(),
        "version": QUESTIONNAIRE_VERSION,
        "name": q.short_name.replace("-", "_"),
        "title": q.name,
        "status": "active",
        "subjectType": ["Patient"],
        "description": f"{q.citation}. {q.instruction} Items 5a and 5b are alternates: exactly "
                       "one is answered (5b for patients with a gastrostomy).",
        "code": [{"system": LOINC, "code": q.loinc_panel}],
        "item": items,
    }


def _category(code: str) -> list[dict[str, Any]]:
    return [{"coding": [{"system": OBS_CATEGORY, "code": code}]}]


def _observation(key: str, pid: str, visit: Visit, patient_ref: dict[str, str],
                 code: dict[str, Any], derived_from: dict[str, Any] | None) -> dict[str, Any]:
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "id": visit_resource_id(pid, visit, key),
        "status": "final",
        "category": _category("survey" if derived_from else "exam"),
        "code": code,
        "subject": patient_ref,
        "effectiveDateTime": visit.visit_date.isoformat(),
    }
    if derived_from is not None:
        obs["derivedFrom"] = [ref(derived_from)]
    return obs


def wording_extension(wording: Wording | None) -> dict[str, Any]:
    """Which wording of the ALSFRS-R the answers were given in: the clinic's (its id, title,
    version, language, date, source and licence holder), else the English original."""
    if wording is None:
        q = alsfrs_r()
        parts = [("id", "valueString", "original"), ("title", "valueString", q.name),
                 ("language", "valueCode", "en"), ("source", "valueString", q.citation)]
    else:
        parts = [("id", "valueString", wording.id), ("title", "valueString", wording.title),
                 ("version", "valueString", wording.version),
                 ("language", "valueCode", wording.language.replace("_", "-")),
                 ("date", "valueDate", wording.date.isoformat()),
                 ("source", "valueString", wording.source),
                 ("licenceHolder", "valueString", wording.licence_holder)]
    return {"url": WORDING_EXT, "extension": [{"url": url, kind: value}
                                              for url, kind, value in parts]}


def visit_resources(pid: str, visit: Visit, patient_ref: dict[str, str],
                    identified: bool, wording: Wording | None = None) -> list[dict[str, Any]]:
    """The QuestionnaireResponse and Observations of one visit, in a fixed order;
    ``wording``: the clinic's wording the visit was entered in (None: the English original),
    named by the response, whose item texts it gives."""
    q = worded(wording) if wording is not None else alsfrs_r()
    day = visit.visit_date.isoformat()
    out: list[dict[str, Any]] = []
    qr = None
    if visit.alsfrs:
        qr = {
            "resourceType": "QuestionnaireResponse",
            "id": visit_resource_id(pid, visit, "alsfrs-r"),
            "language": wording.language.replace("_", "-") if wording is not None else "en",
            "extension": [wording_extension(wording), *administration_extensions(visit)],
            "questionnaire": questionnaire_url(),
            "status": "completed",
            "subject": patient_ref,
            "authored": day,
        }
        if visit.alsfrs_respondent == "patient":
            qr["source"] = patient_ref
        if identified and visit.examiner:
            qr["author"] = {"display": visit.examiner}
        qr["item"] = [
            {"linkId": item.key, "text": item.name,
             "answer": [{"valueInteger": visit.alsfrs[item.key]}]}
            for item in q.items if item.key in visit.alsfrs
        ]
        out.append(qr)
        t = total(visit.alsfrs)
        if t is not None:
            obs = _observation("total", pid, visit, patient_ref, {
                "coding": [{"system": LOINC, "code": q.loinc_total}],
                "text": f"{q.short_name} total score",
            }, qr)
            obs["valueInteger"] = t
            out.append(obs)
        names = {d.key: d.name for d in q.domains}
        for domain, value in subscores(visit.alsfrs).items():
            if value is None:
                continue
            obs = _observation(f"subscore-{domain}", pid, visit, patient_ref, {
                "coding": [{"system": SUBSCORE_SYSTEM, "code": domain,
                            "display": names[domain]}],
                "text": f"{q.short_name} {names[domain].lower()} subscore",
            }, qr)
            obs["valueInteger"] = value
            out.append(obs)
    if visit.mrc:
        out.extend(_mrc_resources(pid, visit, patient_ref, identified))
    return out


def _mrc_resources(pid: str, visit: Visit, patient_ref: dict[str, str],
                   identified: bool) -> list[dict[str, Any]]:
    scale = mrc_scale()
    reasons = set(scale.not_tested_reasons)
    grades = _observation("mrc-grades", pid, visit, patient_ref, {
        "coding": [{"system": MRC_SYSTEM, "code": "grades", "display": "MRC muscle grades"}],
        "text": f"{scale.name}: grade per muscle and side",
    }, None)
    if visit.mrc_protocol in protocols():
        grades["method"] = {"coding": [{"system": f"{BASE}/CodeSystem/mrc-protocol",
                                        "code": visit.mrc_protocol,
                                        "display": protocols()[visit.mrc_protocol].name}]}
    components = []
    for cell in _cell_order(visit.mrc):
        g = visit.mrc[cell]
        comp: dict[str, Any] = {"code": {"coding": [{
            "system": MRC_MUSCLE_SYSTEM, "code": cell, "display": cell_label(cell)}]}}
        if g.code == NOT_TESTED:
            absent: dict[str, Any] = {"coding": [{"system": DATA_ABSENT, "code": "not-performed",
                                                  "display": "Not Performed"}]}
            if g.reason and (identified or g.reason in reasons):
                absent["text"] = f"{scale.not_tested_text}: {g.reason}"
            comp["dataAbsentReason"] = absent
        else:
            comp["valueCodeableConcept"] = {"coding": [{
                "system": MRC_GRADE_SYSTEM, "code": g.code, "display": scale.grade(g.code).text,
            }], "text": g.code}
        components.append(comp)
    grades["component"] = components
    out = [grades]
    s = mrc_sum(visit.mrc)
    if s is not None and s.graded:
        obs = _observation("mrc-sum", pid, visit, patient_ref, {
            "coding": [{"system": MRC_SYSTEM, "code": "sum", "display": "MRC sum"}],
            "text": "MRC sum: whole grades over the muscles graded (NT excluded)",
        }, None)
        obs["derivedFrom"] = [ref(grades)]
        obs["valueInteger"] = s.score
        obs["component"] = [
            _count("max-tested", "Maximum over the muscles graded", s.max_tested),
            _count("graded", "Muscles graded", s.graded),
            _count("not-tested", "Muscles not tested", s.not_tested),
        ]
        out.append(obs)
    return out


def _count(code: str, display: str, value: int) -> dict[str, Any]:
    return {"code": {"coding": [{"system": MRC_SYSTEM, "code": code, "display": display}]},
            "valueInteger": value}


def _cell_order(cells) -> list[str]:
    order = {c: n for n, c in enumerate(all_mrc_cells())}
    return sorted(cells, key=lambda c: (order.get(c, len(order)), c))


def age_observation(pid: str, visit: Visit, patient_ref: dict[str, str],
                    age: str) -> dict[str, Any]:
    """Age in whole years at the visit (de-identified exports: instead of the birth date)."""
    obs = _observation("age", pid, visit, patient_ref, {
        "coding": [{"system": LOINC, "code": "30525-0"}], "text": "Age at the visit"}, None)
    obs["category"] = _category("social-history")
    quantity: dict[str, Any] = {"value": int(age.rstrip("+")), "unit": "a", "system": UCUM,
                                "code": "a"}
    if age.endswith("+"):
        quantity = {"value": quantity["value"], "comparator": ">=", "unit": "a",
                    "system": UCUM, "code": "a"}
    obs["valueQuantity"] = quantity
    return obs


# The measurements of a visit as Observations. LOINC where a code was found for exactly what
# Bedside records (checked against the LOINC tables quoted by HL7 and the German Medical
# Informatics Initiative's lung function module); Bedside's own codes where LOINC has none
# (the z-score: see the HL7 pulmonary function test IG's list of gaps) or where the codes
# found were for something else (MIP and SNIP: the LOINC pressures are a ventilator's or an
# intubated patient's; peak cough flow is not the peak expiratory flow).
MEASURE_SYSTEM = f"{BASE}/CodeSystem/measurement"
SNOMED = "http://snomed.info/sct"
BODY_POSITION_EXT = "http://hl7.org/fhir/StructureDefinition/observation-bodyPosition"
POSITIONS = {"sitting": ("33586001", "Sitting position"),
             "supine": ("40199007", "Supine body position")}
MODE_EXT = f"{BASE}/StructureDefinition/alsfrs-mode-of-administration"
RESPONDENT_EXT = f"{BASE}/StructureDefinition/alsfrs-responded-by"


class _Code(NamedTuple):
    system: str
    code: str
    display: str
    unit: str  # UCUM
    category: str


MEASURE_CODES: dict[str, _Code] = {
    "fvc_l": _Code(LOINC, "19870-5", "Forced vital capacity [Volume] Respiratory system", "L",
                   "procedure"),
    "svc_l": _Code(LOINC, "19867-1", "Vital capacity [Volume] Respiratory system", "L",
                   "procedure"),
    "mip_cmh2o": _Code(MEASURE_SYSTEM, "mip", "Maximal inspiratory pressure (its size)",
                       "cm[H2O]", "procedure"),
    "snip_cmh2o": _Code(MEASURE_SYSTEM, "snip", "Sniff nasal inspiratory pressure (its size)",
                        "cm[H2O]", "procedure"),
    "peak_cough_flow_l_min": _Code(MEASURE_SYSTEM, "peak-cough-flow", "Peak cough flow",
                                   "L/min", "procedure"),
    "weight_kg": _Code(LOINC, "29463-7", "Body weight", "kg", "vital-signs"),
    "height_cm": _Code(LOINC, "8302-2", "Body height", "cm", "vital-signs"),
}
FVC_PERCENT = _Code(LOINC, "19872-1", "FVC measured/predicted", "%", "procedure")
SVC_PERCENT = _Code(LOINC, "98088-8", "Vital capacity/predicted VC Respiratory system by "
                    "Spirometry", "%", "procedure")
FVC_Z = _Code(MEASURE_SYSTEM, "fvc-z-score", "Forced vital capacity z-score", "{z-score}",
              "procedure")
BMI = _Code(LOINC, "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "vital-signs")
PRE_ILLNESS_WEIGHT = _Code(MEASURE_SYSTEM, "pre-illness-weight",
                           "Body weight before the illness began", "kg", "vital-signs")


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": unit}


def _measure(key: str, pid: str, visit: Visit, patient_ref: dict[str, str], code: _Code,
             value: float) -> dict[str, Any]:
    obs = _observation(key, pid, visit, patient_ref, {
        "coding": [{"system": code.system, "code": code.code, "display": code.display}],
        "text": code.display}, None)
    obs["category"] = _category(code.category)
    obs["valueQuantity"] = _quantity(value, code.unit)
    return obs


def measurement_resources(pid: str, visit: Visit, patient_ref: dict[str, str],
                          measured: MeasuredVisit) -> list[dict[str, Any]]:
    """An Observation per measurement of the visit, and per value derived from them: % of
    the predicted and z-score (the equations named in method), BMI (from the visit's
    height, which may have been measured at another visit)."""
    m = measured.measurements
    out: list[dict[str, Any]] = []
    by_field: dict[str, dict[str, Any]] = {}
    for name, code in MEASURE_CODES.items():
        value = getattr(m, name)
        if value is None:
            continue
        obs = _measure(name, pid, visit, patient_ref, code, value)
        if name in ("fvc_l", "svc_l") and m.vc_position in POSITIONS:
            sct, display = POSITIONS[m.vc_position]
            obs = {"extension": [{"url": BODY_POSITION_EXT, "valueCodeableConcept": {
                "coding": [{"system": SNOMED, "code": sct, "display": display}]}}], **obs}
        by_field[name] = obs
        out.append(obs)
    derived = []
    for vc, source, percent, z in ((measured.fvc, "fvc_l", FVC_PERCENT, FVC_Z),
                                   (measured.svc, "svc_l", SVC_PERCENT, None)):
        if vc is None or vc.percent_predicted is None or vc.z_score is None:
            continue
        for code, value, places in ((percent, vc.percent_predicted, 1),
                                    (z, vc.z_score, 2)):
            if code is None:
                continue
            obs = _measure(code.code, pid, visit, patient_ref, code, round(value, places))
            obs["method"] = {"text": f"{vc.reference.label}: {vc.reference.citation}"}
            obs["derivedFrom"] = [ref(by_field[source])]
            derived.append(obs)
    if measured.bmi is not None and "weight_kg" in by_field:
        obs = _measure("bmi", pid, visit, patient_ref, BMI, round(measured.bmi, 1))
        obs["derivedFrom"] = [ref(by_field["weight_kg"])]
        derived.append(obs)
    return out + derived


def administration_extensions(visit: Visit) -> list[dict[str, Any]]:
    """How the ALSFRS-R was obtained and who answered, on its QuestionnaireResponse (the
    standard completionMode extension's codes cannot say telephone or video)."""
    return [{"url": MODE_EXT, "valueCode": visit.alsfrs_mode},
            {"url": RESPONDENT_EXT, "valueCode": visit.alsfrs_respondent}]


def pre_illness_weight(patient_id: str, patient_uid: str, weight_kg: float,
                       patient_ref: dict[str, str]) -> dict[str, Any]:
    """The patient's weight before the illness (no date: it is remembered, not measured)."""
    code = PRE_ILLNESS_WEIGHT
    return {"resourceType": "Observation",
            "id": resource_id(patient_uid or patient_id, "pre-illness-weight"),
            "status": "final", "category": _category(code.category),
            "code": {"coding": [{"system": code.system, "code": code.code,
                                 "display": code.display}], "text": code.display},
            "subject": patient_ref, "valueQuantity": _quantity(weight_kg, code.unit)}
