"""Mapping between database rows and domain values."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from bedside.domain import MrcCell, Patient, Visit
from bedside.store.migrations import ALSFRS_COLUMNS


def to_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


PATIENT_COLUMNS = (
    "patient_id", "family_name", "given_name", "birth_date", "sex", "onset_date",
    "onset_region", "diagnosis_date",
)


def patient_from_row(row: Mapping[str, Any]) -> Patient:
    return Patient(
        patient_id=row["patient_id"],
        family_name=row["family_name"],
        given_name=row["given_name"],
        birth_date=to_date(row["birth_date"]),
        sex=row["sex"],
        onset_date=to_date(row["onset_date"]),
        onset_region=row["onset_region"],
        diagnosis_date=to_date(row["diagnosis_date"]),
    )


def patient_values(p: Patient) -> tuple:
    return (
        p.patient_id, p.family_name, p.given_name, iso(p.birth_date), p.sex,
        iso(p.onset_date), p.onset_region, iso(p.diagnosis_date),
    )


def answers_values(v: Visit) -> tuple:
    return tuple(v.alsfrs.get(k) for k in ALSFRS_COLUMNS) + (
        json.dumps(dict(v.not_assessed), ensure_ascii=False, sort_keys=True),
    )


VISIT_SELECT = (
    "SELECT v.id, p.patient_id, v.visit_date, v.examiner, v.notes, v.mrc_protocol, v.status,"
    " v.version, v.signed_by, v.signed_at, v.amend_reason, v.signature_meaning,"
    " v.previous_version, "
    + ", ".join(f"a.{c}" for c in ALSFRS_COLUMNS)
    + ", a.not_assessed FROM visits v JOIN patients p ON p.id = v.patient_ref"
    " LEFT JOIN alsfrs_answers a ON a.visit_id = v.id"
)
VISIT_COLUMN_COUNT = 13 + len(ALSFRS_COLUMNS) + 1


def visit_from_row(row: tuple, mrc: Mapping[str, MrcCell]) -> Visit:
    return SharedParts().visit(row, mrc)


_NO_REASONS: MappingProxyType = MappingProxyType({})


class SharedParts:
    """Builds the Visits of many rows, each distinct date and signing time parsed once and
    shared (they are frozen; an export reads 200,000 rows with a few thousand dates)."""

    def __init__(self) -> None:
        self.days: dict[str, date] = {}
        self.stamps: dict[str, datetime] = {}

    def visit(self, row: tuple, mrc: Mapping[str, MrcCell]) -> Visit:
        (vid, pid, vdate, examiner, notes, proto, status, version, signed_by, signed_at,
         amend_reason, meaning, previous) = row[:13]
        scores = row[13 : 13 + len(ALSFRS_COLUMNS)]
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
        not_assessed = row[13 + len(ALSFRS_COLUMNS)]
        return Visit.of_frozen(
            patient_id=pid,
            visit_date=day,
            examiner=examiner,
            notes=notes,
            alsfrs=answers,
            not_assessed=(MappingProxyType(json.loads(not_assessed)) if not_assessed
                          else _NO_REASONS),
            mrc=mrc,
            mrc_protocol=proto,
            status=status,
            version=version,
            visit_id=vid,
            signed_by=signed_by or "",
            signed_at=stamp,
            amend_reason=amend_reason or "",
            signature_meaning=meaning or "",
            amends=previous,
        )
