"""Rules a patient, visit or event must satisfy, checked in one place for every way in.

Each problem names the field, the value and the rule, so the CSV import can prefix a line
number and the screens can show it beside the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bedside.analysis.measures import FIELD_RANGES, PLAUSIBLE, number_text
from bedside.domain import (
    ALSFRS_MODES,
    EVENT_KINDS,
    NOT_TESTED,
    ONSET_REGIONS,
    RESPONDENTS,
    SEXES,
    VC_POSITIONS,
    Event,
    Measurements,
    Patient,
    Visit,
)
from bedside.domain.text import shown, text_rule_broken
from bedside.i18n import Context, fill
from bedside.instruments import all_mrc_cells, alsfrs_r, mrc_scale, protocols

NIV_HOURS_MAX = 24


@dataclass(frozen=True)
class Problem:
    field: str
    value: str
    rule: str

    def __str__(self) -> str:
        return f"{self.field}={self.value}: {self.rule}" if self.field else self.rule


RULES = Context("RULES")


def one_of(codes: tuple[str, ...]) -> str:
    return RULES.tr("must be one of %1").replace("%1", "|".join(codes))


def text_problems(**fields: str) -> list[Problem]:
    """Each text field (given by its name) that breaks the rules of bedside.domain.text: too
    long, or holding a control or invisible character. The value is quoted safely."""
    return [Problem(name, shown(value), rule) for name, value in fields.items()
            if (rule := text_rule_broken(name, value)) is not None]


def patient_problems(p: Patient, today: date) -> list[Problem]:
    out: list[Problem] = []
    if not p.patient_id.strip():
        out.append(Problem("patient_id", "", RULES.tr("patient identifier is required")))
    out += text_problems(patient_id=p.patient_id, family_name=p.family_name,
                         given_name=p.given_name)
    if p.sex not in SEXES:
        out.append(Problem("sex", p.sex, one_of(SEXES)))
    if p.onset_region not in ONSET_REGIONS:
        out.append(
            Problem("onset_region", p.onset_region, one_of(ONSET_REGIONS))
        )
    for name in ("birth_date", "onset_date", "diagnosis_date"):
        day = getattr(p, name)
        if day is not None and day > today:
            out.append(Problem(name, day.isoformat(), RULES.tr("date is in the future")))
    if p.birth_date and p.onset_date and p.onset_date < p.birth_date:
        out.append(Problem("onset_date", p.onset_date.isoformat(),
                           RULES.tr("onset is before birth")))
    if p.birth_date and p.diagnosis_date and p.diagnosis_date < p.birth_date:
        out.append(Problem("diagnosis_date", p.diagnosis_date.isoformat(),
                           RULES.tr("diagnosis is before birth")))
    if p.onset_date and p.diagnosis_date and p.diagnosis_date < p.onset_date:
        out.append(Problem("diagnosis_date", p.diagnosis_date.isoformat(),
                           RULES.tr("diagnosis is before onset")))
    if p.pre_illness_weight_kg is not None:
        problem = PLAUSIBLE["weight"].problem(p.pre_illness_weight_kg)
        if problem:
            out.append(Problem("pre_illness_weight_kg", _value_text(p.pre_illness_weight_kg),
                               problem))
    return out


def _value_text(value: object) -> str:
    return number_text(value) if isinstance(value, float | int) and not isinstance(
        value, bool) else str(value)


def measurement_problems(m: Measurements) -> list[Problem]:
    """Each measurement outside the range Bedside accepts (its unit and range named), and a
    position given without a vital capacity it describes."""
    out = [Problem(name, _value_text(value), problem)
           for name, value in m._asdict().items()
           if name in FIELD_RANGES and value is not None
           and (problem := FIELD_RANGES[name].problem(value))]
    if m.vc_position is not None:
        if m.vc_position not in VC_POSITIONS:
            out.append(Problem("vc_position", str(m.vc_position), one_of(VC_POSITIONS)))
        elif m.fvc_l is None and m.svc_l is None:
            out.append(Problem("vc_position", m.vc_position, RULES.tr(
                "a position is given with the vital capacity measured in it (fvc_l or svc_l)")))
    return out


def visit_date_bounds(
    patient: Patient, today: date, death: date | None = None
) -> tuple[date, date]:
    """The first and last visit date visit_date_problems accepts for this patient: a file of
    200,000 visits is checked by comparing each date with these, and only a date outside is
    explained by visit_date_problems."""
    first = max(d for d in (patient.birth_date, patient.onset_date, date.min) if d is not None)
    last = today if death is None else min(today, death)
    return first, last


def visit_date_problems(
    day: date, patient: Patient, today: date, death: date | None = None
) -> list[Problem]:
    out: list[Problem] = []
    value = day.isoformat()
    if day > today:
        out.append(Problem("visit_date", value, RULES.tr("visit date is in the future")))
    if patient.birth_date and day < patient.birth_date:
        out.append(Problem("visit_date", value, RULES.tr("visit is before birth (%1)").replace(
            "%1", str(patient.birth_date))))
    if patient.onset_date and day < patient.onset_date:
        out.append(Problem("visit_date", value, RULES.tr("visit is before onset (%1)").replace(
            "%1", str(patient.onset_date))))
    if death and day > death:
        out.append(Problem("visit_date", value, RULES.tr(
            "visit is after the recorded death (%1)").replace("%1", str(death))))
    return out


def visit_problems(
    v: Visit, patient: Patient, today: date, death: date | None = None
) -> list[Problem]:
    q = alsfrs_r()
    out = visit_date_problems(v.visit_date, patient, today, death)
    out += text_problems(examiner=v.examiner, notes=v.notes)
    if v.alsfrs_mode not in ALSFRS_MODES:
        out.append(Problem("Mode_of_Administration", str(v.alsfrs_mode),
                           one_of(ALSFRS_MODES)))
    if v.alsfrs_respondent not in RESPONDENTS:
        out.append(Problem("ALSFRS_Responded_By", str(v.alsfrs_respondent),
                           one_of(RESPONDENTS)))
    out += measurement_problems(v.measurements)
    known = set(q.keys)
    for key, score in v.alsfrs.items():
        if key not in known:
            out.append(Problem(key, str(score), RULES.tr("not an ALSFRS-R item")))
        elif isinstance(score, bool) or not isinstance(score, int):
            out.append(Problem(key, str(score), RULES.tr("score must be a whole number 0-4")))
        elif not q.min_score <= score <= q.max_score:
            out.append(Problem(key, str(score), fill(RULES.tr("score must be %1-%2"),
                                                     q.min_score, q.max_score)))
    for alt in q.alternates:
        if all(k in v.alsfrs for k in alt.keys):
            out.append(
                Problem(
                    alt.with_gastrostomy,
                    str(v.alsfrs[alt.with_gastrostomy]),
                    fill(RULES.tr("only one of %1 and %2 may be filled"),
                         alt.without_gastrostomy, alt.with_gastrostomy),
                )
            )
    for key in v.not_assessed:
        if key not in known:
            out.append(Problem(key, "", RULES.tr("not an ALSFRS-R item")))
    scale = mrc_scale()
    codes = set(scale.codes) | {NOT_TESTED}
    cells = set(all_mrc_cells())
    if v.mrc_protocol:
        if v.mrc_protocol not in protocols():
            out.append(Problem("mrc_protocol", v.mrc_protocol,
                               RULES.tr("unknown muscle protocol")))
        else:
            cells = set(protocols()[v.mrc_protocol].cells)
    for cell, grade in v.mrc.items():
        if cell not in cells:
            rule = (RULES.tr("not a muscle of protocol %1").replace("%1", v.mrc_protocol)
                    if v.mrc_protocol else RULES.tr("not a muscle of any protocol"))
            out.append(Problem(f"MRC_{cell}", grade.code, rule))
        elif grade.code not in codes:
            out.append(Problem(f"MRC_{cell}", grade.code,
                               RULES.tr("grade must be 0-5, 3-, 3+, 4-, 4+, 5- or NT")))
    return out


def event_problems(e: Event, patient: Patient, today: date) -> list[Problem]:
    out = text_problems(label=e.label)
    value = e.event_date.isoformat()
    if e.kind not in EVENT_KINDS:
        out.append(Problem("kind", e.kind, one_of(EVENT_KINDS)))
    if e.event_date > today:
        out.append(Problem("event_date", value, RULES.tr("event date is in the future")))
    if patient.birth_date and e.event_date < patient.birth_date:
        out.append(Problem("event_date", value, RULES.tr("event is before birth (%1)").replace(
            "%1", str(patient.birth_date))))
    return out + niv_hours_problems(e.kind, e.hours_per_day)


def niv_hours_problems(kind: str, hours: float | None) -> list[Problem]:
    """Hours a day are said of a start of non-invasive ventilation, more than 0 and at most
    24."""
    if hours is None:
        return []
    if kind != "niv_start":
        return [Problem("hours_per_day", _value_text(hours), RULES.tr(
            "hours a day are given with the start of non-invasive ventilation (niv_start) only"))]
    if isinstance(hours, bool) or not isinstance(hours, int | float) \
            or not 0 < hours <= NIV_HOURS_MAX:
        return [Problem("hours_per_day", _value_text(hours), RULES.tr(
            "NIV use must be more than 0 and at most %1 hours a day").replace(
            "%1", str(NIV_HOURS_MAX)))]
    return []


def death_problems(e: Event, death: date | None, last_visit: date | None) -> list[Problem]:
    """A death ends the record: one per patient, and no visit dated after it.

    ``death`` is the patient's recorded death other than ``e``; ``last_visit`` the latest visit.
    """
    if e.kind != "death":
        return []
    out: list[Problem] = []
    if death is not None:
        out.append(Problem("kind", "death", fill(RULES.tr(
            "patient %1 already has a recorded death (%2)"), e.patient_id, death)))
    if last_visit is not None and last_visit > e.event_date:
        out.append(Problem("event_date", e.event_date.isoformat(), RULES.tr(
            "a death cannot be recorded before the patient's visit of %1").replace(
            "%1", str(last_visit))))
    return out

