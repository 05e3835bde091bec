"""What a visit's measurements say: its vital capacities against the reference equations, BMI
and weight change; the measurement before it; and whether lung function or weight is overdue.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bedside.analysis.lung import LungEquations, VitalCapacity, decimal_age
from bedside.analysis.measures import bmi, height_for_visit, weight_change_percent
from bedside.domain import Measurements, Patient, Visit
from bedside.i18n import QT_TRANSLATE_NOOP

OVERDUE_DAYS = 90
LUNG_FUNCTION_FIELDS = ("fvc_l", "svc_l", "mip_cmh2o", "snip_cmh2o")
OVERDUE_DEFINITION = QT_TRANSLATE_NOOP(  # 90: OVERDUE_DAYS (tests/analysis check it)
    "ANALYSIS",
    "Overdue: nothing recorded at a signed visit in the last 90 days (the AAN's "
    "ALS quality measures ask for lung function at least every three months, and weight at "
    "the visits). Lung function: FVC, SVC, MIP or SNIP."
)
_NOT_GIVEN = object()


@dataclass(frozen=True)
class MeasuredVisit:
    """One visit's measurements with what follows from them; None where it cannot be said."""

    visit_date: date
    measurements: Measurements
    height_cm: float | None  # the visit's height (HEIGHT_FOR_VISIT_DEFINITION)
    fvc: VitalCapacity | None
    svc: VitalCapacity | None
    bmi: float | None
    weight_change_percent: float | None  # from the pre-illness weight


def heights(visits: Iterable[Visit]) -> list[tuple[date, float]]:
    """(date, cm) of every height measured at these visits: a patient's heights."""
    return [(v.visit_date, v.measurements.height_cm) for v in visits
            if v.measurements.height_cm is not None]


def measured(patient: Patient, visit: Visit, patient_heights: Sequence[tuple[date, float]],
             lung: LungEquations, age_years: float | None | object = _NOT_GIVEN
             ) -> MeasuredVisit:
    """``visit``'s measurements with their reference values. ``age_years``: the exact age at
    the visit where the patient's birth date is not at hand (a de-identified record)."""
    m = visit.measurements
    height = height_for_visit(patient_heights, visit.visit_date)
    age = (decimal_age(patient.birth_date, visit.visit_date) if age_years is _NOT_GIVEN
           else age_years)
    fvc, svc = lung.vital_capacities(patient.sex, age, height, m.fvc_l, m.svc_l)  # type: ignore[arg-type]
    return MeasuredVisit(visit.visit_date, m, height, fvc, svc, bmi(m.weight_kg, height),
                         weight_change_percent(m.weight_kg, patient.pre_illness_weight_kg))


def measured_history(patient: Patient, visits: Sequence[Visit], lung: LungEquations
                     ) -> list[MeasuredVisit]:
    """Every visit that measured something, oldest first."""
    all_heights = heights(visits)
    return [measured(patient, v, all_heights, lung)
            for v in sorted(visits, key=lambda v: v.visit_date) if v.has_measurements]


def previous(visits: Iterable[Visit], before: date, field: str) -> tuple[date, float] | None:
    """The latest measurement of ``field`` (a Measurements field) at a visit before
    ``before``, with its date."""
    found = [(v.visit_date, getattr(v.measurements, field)) for v in visits
             if v.visit_date < before and getattr(v.measurements, field) is not None]
    return max(found, default=None)


def last_measured(visits: Iterable[Visit], fields: Sequence[str]) -> date | None:
    """The date of the latest visit that measured any of ``fields``."""
    return max((v.visit_date for v in visits
                if any(getattr(v.measurements, f) is not None for f in fields)), default=None)


def overdue(visits: Sequence[Visit], today: date, death: date | None = None
            ) -> dict[str, date | None]:
    """OVERDUE_DEFINITION, of the signed ``visits``: 'lung function' and 'weight' when
    overdue, each with the date it was last measured (None: never). Nothing is overdue once
    a death is recorded."""
    if death is not None:
        return {}
    signed = [v for v in visits if v.status == "signed"]
    since = today - timedelta(days=OVERDUE_DAYS)
    out: dict[str, date | None] = {}
    for what, fields in (("lung function", LUNG_FUNCTION_FIELDS), ("weight", ("weight_kg",))):
        last = last_measured(signed, fields)
        if last is None or last < since:
            out[what] = last
    return out
