"""Domain values: patients, visits, MRC cells and events."""

from bedside.domain.batch import Grading, VisitBatch, layout_cells
from bedside.domain.model import (
    EVENT_KINDS,
    NOT_TESTED,
    ONSET_REGIONS,
    SEXES,
    SIGNATURE_MEANING,
    Event,
    EventKind,
    MrcCell,
    OnsetRegion,
    Patient,
    Sex,
    StoredVisit,
    Visit,
    VisitScores,
    VisitStatus,
)

__all__ = [
    "EVENT_KINDS", "NOT_TESTED", "ONSET_REGIONS", "SEXES", "SIGNATURE_MEANING", "Event",
    "EventKind", "MrcCell", "OnsetRegion", "Patient", "Sex", "StoredVisit", "Visit", "VisitScores",
    "VisitStatus", "Grading", "VisitBatch", "layout_cells",
]
