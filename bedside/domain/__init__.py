"""Domain values: patients, visits, MRC cells and events."""

from bedside.lazy import exports

__getattr__, __dir__ = exports(__name__, {
    "batch": ("Grading", "VisitBatch", "layout_cells"),
    "model": ("ALSFRS_MODES", "DEFAULT_MODE", "DEFAULT_RESPONDENT", "EVENT_KINDS",
              "INTERVENTION_DRUGS", "MEASUREMENT_FIELDS", "NO_MEASUREMENTS", "NOT_TESTED",
              "ONSET_REGIONS", "RESPONDENTS", "SEXES", "SIGNATURE_MEANING", "VC_POSITIONS",
              "Event", "EventKind", "Measurements", "MrcCell", "OnsetRegion", "Patient", "Sex",
              "StoredVisit", "Visit", "VisitScores", "VisitStatus"),
})
