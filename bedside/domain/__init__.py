"""Domain values: patients, visits, MRC cells and events."""

from bedside.domain.batch import Grading, VisitBatch, layout_cells
from bedside.domain.model import (
    ALSFRS_MODES,
    DEFAULT_MODE,
    DEFAULT_RESPONDENT,
    EVENT_KINDS,
    INTERVENTION_DRUGS,
    MEASUREMENT_FIELDS,
    NO_MEASUREMENTS,
    NOT_TESTED,
    ONSET_REGIONS,
    RESPONDENTS,
    SEXES,
    SIGNATURE_MEANING,
    VC_POSITIONS,
    Event,
    EventKind,
    Measurements,
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
    "ALSFRS_MODES", "INTERVENTION_DRUGS", "DEFAULT_MODE", "DEFAULT_RESPONDENT",
    "MEASUREMENT_FIELDS", "NO_MEASUREMENTS",
    "RESPONDENTS", "VC_POSITIONS", "Measurements",
    "EVENT_KINDS", "NOT_TESTED", "ONSET_REGIONS", "SEXES", "SIGNATURE_MEANING", "Event",
    "EventKind", "MrcCell", "OnsetRegion", "Patient", "Sex", "StoredVisit", "Visit", "VisitScores",
    "VisitStatus", "Grading", "VisitBatch", "layout_cells",
]
