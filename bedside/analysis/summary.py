"""Everything derived from one visit, computed in one place for the screen, PDF and exports."""

from __future__ import annotations

from dataclasses import dataclass

from bedside.analysis.alsfrs import (
    delta_fs,
    kings_stage,
    missing_items,
    mitos_stage,
    subscores,
    total,
)
from bedside.analysis.mrc import MrcSum, mrc_sum
from bedside.domain import Patient, Visit


@dataclass(frozen=True)
class VisitSummary:
    total: int | None
    subscores: dict[str, int | None]
    missing: tuple[str, ...]
    delta_fs: float | None
    kings_stage: str | None
    mitos_stage: int | None
    mrc: MrcSum | None


def summarize(visit: Visit, patient: Patient | None) -> VisitSummary:
    answers = visit.alsfrs
    t = total(answers) if answers else None
    return VisitSummary(
        total=t,
        subscores=subscores(answers),
        missing=tuple(missing_items(answers)),
        delta_fs=delta_fs(t, patient.onset_date if patient else None, visit.visit_date),
        kings_stage=kings_stage(answers),
        mitos_stage=mitos_stage(answers),
        mrc=mrc_sum(visit.mrc),
    )
