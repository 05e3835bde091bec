"""Interventions as a patient's events record them: each start with its stop, and which are
under way on a given day (non-invasive ventilation with its hours a day, the drugs, a
gastrostomy or tracheostomy, which stay)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bedside.analysis.measures import shown_number
from bedside.domain import Event
from bedside.domain.words import drug_label, event_label, labels
from bedside.i18n import fill, formats

PAIRING_DEFINITION = (
    "A start is ended by the first stop of the same intervention on or after its date: "
    "non-invasive ventilation by niv_stop, a drug by medication_stop with the same name "
    "(letter case and spaces around it aside). A gastrostomy or tracheostomy stays."
)
_STOP_OF = {"niv_start": "niv_stop", "medication_start": "medication_stop"}
LASTING = ("gastrostomy", "tracheostomy")


@dataclass(frozen=True)
class Intervention:
    kind: str  # the starting event's kind: niv_start, medication_start, gastrostomy, ...
    label: str  # the drug, or what the event says
    since: date
    until: date | None  # None: not stopped
    hours_per_day: float | None = None  # non-invasive ventilation's use


def _key(kind: str, label: str) -> tuple[str, str]:
    """What makes two events the same intervention: NIV is one; a drug is its name."""
    return kind, (" ".join(label.split()).casefold() if kind.startswith("medication") else "")


def interventions(events: Iterable[Event]) -> list[Intervention]:
    """PAIRING_DEFINITION over ``events``, in the order they started."""
    ordered = sorted(events, key=lambda e: (e.event_date, e.event_id or 0))
    out: list[Intervention] = []
    for e in ordered:
        if e.kind in LASTING:
            out.append(Intervention(e.kind, e.label, e.event_date, None))
        elif e.kind in _STOP_OF:
            stop_key = _key(_STOP_OF[e.kind], e.label)
            stop = min((s.event_date for s in ordered if s.event_date >= e.event_date
                        and _key(s.kind, s.label) == stop_key), default=None)
            out.append(Intervention(e.kind, e.label, e.event_date, stop, e.hours_per_day))
    return out


def ongoing(events: Iterable[Event], day: date) -> list[Intervention]:
    """The interventions under way on ``day``: started on or before it, not stopped by then
    (a later start of the same one replaces an earlier, e.g. NIV's new hours a day)."""
    current: dict[tuple[str, str], Intervention] = {}
    for i in interventions(events):
        if i.since <= day and (i.until is None or i.until > day):
            current[_key(i.kind, i.label)] = i
    return sorted(current.values(), key=lambda i: i.since)


def intervention_name(i: Intervention) -> str:
    """'NIV 8 h a day', 'Riluzole', 'Other (suctioning)', in the language chosen."""
    if i.kind == "niv_start":
        what = labels.tr("NIV")
        if i.hours_per_day is not None:
            what += " " + labels.tr("%1 h a day").replace("%1", shown_number(i.hours_per_day))
        return what
    if i.kind == "medication_start":
        return drug_label(i.label) or labels.tr("a medication")
    return event_label(i.kind) + (f" ({i.label})" if i.label else "")


def intervention_text(i: Intervention) -> str:
    """'NIV 8 h a day since 2020-01-10', 'Riluzole since 2019-06-10'."""
    return fill(labels.tr("%1 since %2"), intervention_name(i), formats.date_text(i.since))
