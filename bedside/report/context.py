"""What a visit summary is computed from: the visit, the history up to it, its summary values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bedside.analysis import (
    LungEquations,
    MeasuredVisit,
    VisitSummary,
    measured_history,
    nearby,
    summarize,
)
from bedside.domain import Event, Patient, Visit
from bedside.instruments import Questionnaire, alsfrs_r
from bedside.instruments.wording import Wording, worded


@dataclass(frozen=True)
class SummaryContext:
    """The summarised visit and the record as it stood on its date.

    ``history`` holds the visits up to and including this one, oldest first: a summary printed
    again later shows the same trend and the same comparisons as on the day of the visit.
    """

    patient: Patient
    visit: Visit
    history: tuple[Visit, ...]
    events: tuple[Event, ...]
    summary: VisitSummary
    previous_alsfrs: Visit | None  # the latest earlier visit with ALSFRS-R answers
    previous_mrc: Visit | None  # the latest earlier visit with MRC grades
    # what this visit did not record, from another visit in the 31 days before it
    nearby_alsfrs: Visit | None = None
    nearby_mrc: Visit | None = None
    wording: Wording | None = None  # the clinic's wording the visit was entered in; None: English
    lung: LungEquations = LungEquations()  # the clinic's reference equations
    # every visit up to this one that measured something, with what follows (oldest first)
    measured: tuple[MeasuredVisit, ...] = ()

    @property
    def questionnaire(self) -> Questionnaire:
        """The ALSFRS-R as the visit's wording words it."""
        return worded(self.wording) if self.wording is not None else alsfrs_r()


def build_context(patient: Patient, visits: Sequence[Visit], events: Sequence[Event],
                  visit: Visit, wording: Wording | None = None,
                  lung: LungEquations | None = None) -> SummaryContext:
    if visit.patient_id != patient.patient_id:
        raise ValueError(f"visit of {visit.patient_id} given with patient {patient.patient_id}")
    earlier = sorted((v for v in visits if v.visit_date < visit.visit_date),
                     key=lambda v: v.visit_date)
    history = (*earlier, visit)
    lung = lung or LungEquations()
    return SummaryContext(
        patient=patient,
        visit=visit,
        history=history,
        events=tuple(sorted((e for e in events if e.event_date <= visit.visit_date),
                            key=lambda e: e.event_date)),
        summary=summarize(visit, patient),
        previous_alsfrs=next((v for v in reversed(earlier) if v.has_alsfrs), None),
        previous_mrc=next((v for v in reversed(earlier) if v.has_mrc), None),
        nearby_alsfrs=nearby(earlier, visit, "alsfrs"),
        nearby_mrc=nearby(earlier, visit, "mrc"),
        wording=wording,
        lung=lung,
        # (heights too only up to the visit: a height measured later would change it)
        measured=tuple(measured_history(patient, history, lung)),
    )
