"""What an operation changed of one patient's data (Anki's OpChanges).

The main window has one signal that carries it; the patient list, the patient page and its
plots follow that signal, whichever screen made the change.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changed:
    patient_id: str
    details: bool = False  # the patient's own fields (name, dates): the list's row, the header
    visits: bool = False  # a visit or draft saved, signed, amended or discarded
    events: bool = False  # an event added, changed or deleted
