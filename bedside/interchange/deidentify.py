"""De-identification for exports: pseudonyms, per-patient date shifts, ages, no free text.

What goes: names, the clinic's identifier (replaced by a pseudonym), the birth date
(replaced by the age in whole years at each visit, 90 and over grouped as "90+"), the
examiner, visit notes, event labels (the event kind stays, and a drug's name when it is one
of the listed drugs) and not-assessed / not-tested reasons typed as free text (reasons from
the instrument's own list stay).

What stays true: every date of one patient moves by the same number of days, so intervals,
ΔFS (onset moves too), slopes and the order of visits and events are unchanged. The
measurements stay, and so do the values the lung function equations give (computed from the
exact age, which is not written).

Pseudonym and shift come from HMAC-SHA256 keyed with a secret kept in the database: the same
patient gets the same pseudonym in every export of that database; without the secret the
pseudonym cannot be computed from the identifier (nor the identifier from it).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bedside.analysis import decimal_age
from bedside.domain import INTERVENTION_DRUGS, Event, MrcCell, Patient, Visit
from bedside.instruments import mrc_scale
from bedside.interchange.patient_records import PatientRecord

MAX_SHIFT_DAYS = 180
AGE_CAP = 90  # ages from here up are reported as "90+"
PSEUDONYM_PREFIX = "ps-"


def age_text(birth: date | None, day: date) -> str | None:
    """Whole years on ``day``; "90+" from 90 on; None without a birth date."""
    if birth is None:
        return None
    years = day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
    return f"{AGE_CAP}+" if years >= AGE_CAP else str(years)


def _drug_label(e: Event) -> str:
    """A medication event keeps its label when it names one of the listed drugs (riluzole,
    ...): a fixed word, not free text. Every other label goes."""
    name = e.label.strip().casefold()
    return name if e.kind.startswith("medication") and name in INTERVENTION_DRUGS else ""


@dataclass(frozen=True)
class Deidentifier:
    """Keyed with the database's secret (hex text, as stored)."""

    secret: str

    def _digest(self, purpose: str, patient_id: str) -> bytes:
        msg = f"{purpose}\x00{patient_id}".encode()
        return hmac.new(self.secret.encode("utf-8"), msg, hashlib.sha256).digest()

    def pseudonym(self, patient_id: str) -> str:
        """'ps-' and 20 hex digits (80 bits) of HMAC-SHA256(secret, identifier)."""
        return PSEUDONYM_PREFIX + self._digest("pseudonym", patient_id).hex()[:20]

    def shift_days(self, patient_id: str) -> int:
        """The patient's date shift: -180..-1 or 1..180 days, never 0."""
        n = int.from_bytes(self._digest("date-shift", patient_id)[:8], "big") % (
            2 * MAX_SHIFT_DAYS)
        return n - MAX_SHIFT_DAYS if n < MAX_SHIFT_DAYS else n - MAX_SHIFT_DAYS + 1

    # -- records ---------------------------------------------------------------------------
    def record(self, rec: PatientRecord) -> PatientRecord:
        p = rec.patient
        delta = timedelta(days=self.shift_days(p.patient_id))
        pid = self.pseudonym(p.patient_id)

        def shift(day: date | None) -> date | None:
            return day + delta if day is not None else None

        patient = Patient(
            patient_id=pid,
            sex=p.sex,
            onset_date=shift(p.onset_date),
            onset_region=p.onset_region,
            diagnosis_date=shift(p.diagnosis_date),
            pre_illness_weight_kg=p.pre_illness_weight_kg,
        )
        ages = tuple(age_text(p.birth_date, v.visit_date) for v in rec.visits)
        visits = tuple(self._visit(v, pid, delta) for v in rec.visits)
        events = tuple(
            Event(pid, e.event_date + delta, e.kind, _drug_label(e),
                  hours_per_day=e.hours_per_day)
            for e in rec.events
        )
        exact = tuple(decimal_age(p.birth_date, v.visit_date) for v in rec.visits)
        return PatientRecord(patient, visits, events, ages, pseudonymous=True,
                             exact_ages=exact)

    @staticmethod
    def _visit(v: Visit, pid: str, delta: timedelta) -> Visit:
        reasons = set(mrc_scale().not_tested_reasons)
        mrc = {
            cell: g if g.reason in reasons or not g.reason else MrcCell(g.code)
            for cell, g in v.mrc.items()
        }
        return replace(
            v,
            patient_id=pid,
            visit_date=v.visit_date + delta,
            examiner="",
            notes="",
            not_assessed={k: "" for k in v.not_assessed},
            mrc=mrc,
            visit_id=None,
            visit_uid="",  # (an id that travels would link the export back to the record)
            signed_by="",
            signed_at=None,
            amend_reason="",
        )
