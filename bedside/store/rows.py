"""Mapping between database rows and domain values."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from bedside.domain import MEASUREMENT_FIELDS, NO_MEASUREMENTS, Measurements, Patient, Visit
from bedside.store import mrc_rows
from bedside.store.migrations import ALSFRS_COLUMNS


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# A patient's columns, as Patient names its fields; the uid is given once and never changed.
PATIENT_COLUMNS = (
    "patient_id", "family_name", "given_name", "birth_date", "sex", "onset_date",
    "onset_region", "diagnosis_date", "pre_illness_weight_kg", "patient_uid",
)
PATIENT_DETAILS = PATIENT_COLUMNS[1:-1]  # what an update may change
PATIENT_SELECT = f"SELECT {', '.join(PATIENT_COLUMNS)} FROM patients"


def patient_from_row(row: Sequence[Any]) -> Patient:
    """A patient from its PATIENT_COLUMNS, in that order."""
    (pid, family, given, birth, sex, onset, region, diagnosis, weight, uid) = row
    return Patient(pid, family, given, to_date(birth), sex, to_date(onset), region,
                   to_date(diagnosis), uid, weight)


def patient_values(p: Patient) -> tuple:
    return (
        p.patient_id, p.family_name, p.given_name, iso(p.birth_date), p.sex,
        iso(p.onset_date), p.onset_region, iso(p.diagnosis_date), p.pre_illness_weight_kg,
        p.patient_uid,
    )


def not_assessed_text(reasons: Mapping[str, str]) -> str | None:
    """The not-assessed reasons of a visit as stored: a JSON object, NULL for none."""
    if not reasons:
        return None
    return json.dumps(dict(reasons), ensure_ascii=False, sort_keys=True)


# A visit's columns besides its answers and grades: how the ALSFRS-R was obtained, then its
# measurements (as Measurements names them).
EXTRA_COLUMNS = ("alsfrs_mode", "alsfrs_respondent", *MEASUREMENT_FIELDS)

# A visit row as read: the visit, its signature (an imported visit's is its import's), then
# its answers, reasons, grades and EXTRA_COLUMNS. VISIT_FROM is joined by callers that need
# more.
VISIT_SELECT = (
    "SELECT v.id, p.patient_id, v.visit_date, v.examiner, v.notes, v.mrc_protocol, v.status,"
    " v.version, coalesce(v.signed_by, i.imported_by), coalesce(v.signed_at, i.imported_at),"
    " v.amend_reason, coalesce(v.signature_meaning, i.signature_meaning), v.previous_version,"
    " v.visit_uid, "
    + ", ".join(f"v.{c}" for c in ALSFRS_COLUMNS)
    + ", v.not_assessed, v.mrc_layout, v.mrc_grades, v.mrc_not_tested, v.alsfrs_wording, "
    + ", ".join(f"v.{c}" for c in EXTRA_COLUMNS)
)
VISIT_FROM = (" FROM visits v JOIN patients p ON p.id = v.patient_ref"
              " LEFT JOIN imports i ON i.id = v.import_ref")
_AT_SCORES = 14
_AT_REASONS = _AT_SCORES + len(ALSFRS_COLUMNS)
_AT_EXTRA = _AT_REASONS + 5
VISIT_COLUMN_COUNT = _AT_EXTRA + len(EXTRA_COLUMNS)

_NO_REASONS: MappingProxyType = MappingProxyType({})


class SharedParts:
    """Builds the Visits of many rows, each distinct date and signing time parsed once and
    shared (they are frozen; an export reads 200,000 rows with a few thousand dates)."""

    def __init__(self, layouts: mrc_rows.Layouts) -> None:
        self.layouts = layouts
        self.days: dict[str, date] = {}
        self.stamps: dict[str, datetime] = {}

    def visit(self, row: Sequence[Any]) -> Visit:
        (vid, pid, vdate, examiner, notes, proto, status, version, signed_by, signed_at,
         amend_reason, meaning, previous, uid) = row[:_AT_SCORES]
        scores = row[_AT_SCORES:_AT_REASONS]
        answers = MappingProxyType(
            {k: s for k, s in zip(ALSFRS_COLUMNS, scores, strict=True) if s is not None})
        day = self.days.get(vdate)
        if day is None:
            day = self.days[vdate] = date.fromisoformat(vdate)
        stamp = None
        if signed_at:
            stamp = self.stamps.get(signed_at)
            if stamp is None:
                stamp = self.stamps[signed_at] = datetime.fromisoformat(signed_at)
        not_assessed, layout, grades, not_tested, wording = row[_AT_REASONS:_AT_EXTRA]
        mode, respondent, *measured = row[_AT_EXTRA:VISIT_COLUMN_COUNT]
        return Visit.of_frozen(
            patient_id=pid,
            visit_date=day,
            examiner=examiner,
            notes=notes,
            alsfrs=answers,
            not_assessed=(MappingProxyType(json.loads(not_assessed)) if not_assessed
                          else _NO_REASONS),
            mrc=mrc_rows.grades_of(self.layouts, layout, grades, not_tested),
            mrc_protocol=proto,
            status=status,
            version=version,
            visit_id=vid,
            signed_by=signed_by or "",
            signed_at=stamp,
            amend_reason=amend_reason or "",
            signature_meaning=meaning or "",
            amends=previous,
            visit_uid=uid,
            alsfrs_wording=wording or "",
            alsfrs_mode=mode,
            alsfrs_respondent=respondent,
            measurements=measurements_of(measured),
        )


def measurements_of(values: Sequence[Any]) -> Measurements:
    """The Measurements of a row's MEASUREMENT_FIELDS columns (one shared value for none)."""
    if not any(v is not None for v in values):
        return NO_MEASUREMENTS
    return Measurements(*values)
