"""Domain values: patients, visits, MRC cells and events."""

from bedside.lazy import exports

__getattr__, __dir__ = exports(__name__, {
    "batch": ("Grading", "VisitBatch", "layout_cells"),
    "model": ("EVENT_KINDS", "NOT_TESTED", "ONSET_REGIONS", "SEXES", "SIGNATURE_MEANING",
              "Event", "EventKind", "MrcCell", "OnsetRegion", "Patient", "Sex", "StoredVisit",
              "Visit", "VisitScores", "VisitStatus"),
})
