"""Adding, changing and deleting a patient's events (gastrostomy, NIV, death, ...)."""

from __future__ import annotations

from bedside.domain import Event
from bedside.operations.changes import Changed
from bedside.store import Store, events


def add_event(store: Store, event: Event) -> Changed:
    events.add(store, event)
    return Changed(event.patient_id, events=True)


def update_event(store: Store, event: Event) -> Changed:
    events.update(store, event)
    return Changed(event.patient_id, events=True)


def delete_event(store: Store, event: Event, reason: str) -> Changed:
    """Deleted with its reason in the audit log."""
    assert event.event_id is not None
    events.delete(store, event.event_id, reason)
    return Changed(event.patient_id, events=True)
