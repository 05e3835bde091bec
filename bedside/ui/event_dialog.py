"""Add or change an event (gastrostomy, NIV, medication, procedure, death, ...)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bedside.analysis import event_problems
from bedside.domain import EVENT_KINDS, Event, Patient
from bedside.domain.words import event_label
from bedside.operations.changes import Changed
from bedside.operations.database import Store
from bedside.operations.events import add_event, update_event
from bedside.store.errors import StoreError
from bedside.ui.forms import (
    BadDate,
    DateField,
    FieldGrid,
    general_message,
    parse_date,
    save_cancel_buttons,
)
from bedside.ui.scrolling import fit_screen


class EventDialog(QDialog):
    """Writes the event on Save only; a refused change leaves the database as it was."""

    def __init__(self, store: Store, patient: Patient, event: Event | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.patient = patient
        self.original = event
        self.changed: Changed | None = None  # once saved
        self.setWindowTitle(self.tr("New event") if event is None else self.tr("Edit event"))
        fit_screen(self, 640)
        self.grid = FieldGrid(self)
        # No kind is preselected: an unchanged default recorded a gastrostomy (King's 4A,
        # item 5b) that never happened. Typing a kind's first letter chooses it.
        self.kind = QComboBox(self)
        self.kind.setPlaceholderText(self.tr("choose the kind"))
        for k in EVENT_KINDS:
            self.kind.addItem(event_label(k), k)
        self.kind.setCurrentIndex(-1)
        self.event_date = DateField(self)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. MSC transplantation, intrathecal"))
        self.grid.add("kind", self.tr("&Kind"), self.kind,
                      self.tr("What happened: gastrostomy, NIV, a medication, a procedure, "
                              "death or other"))
        self.grid.add("event_date", self.tr("&Date"), self.event_date)
        self.grid.add("label", self.tr("&Label"), self.label,
                      self.tr("A few words: the drug, the procedure (optional)"))
        self.general = general_message(self)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid.layout)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        if event is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind)))
            self.event_date.set_date(event.event_date)
            self.label.setText(event.label)
        else:
            self.event_date.set_date(date.today())

    def save(self) -> None:
        self.grid.clear()
        self.general.clear()
        try:
            day = parse_date(self.event_date.text())
        except BadDate as e:
            self.grid.show("event_date", str(e))
            day = None
        else:
            if day is None:
                self.grid.show("event_date", self.tr("the date is required"))
        kind = self.kind.currentData()
        if kind is None:
            self.grid.show("kind", self.tr("choose the kind of event"))
        if day is not None and kind is not None:
            event = Event(self.patient.patient_id, day, kind, self.label.text().strip())
            if self.original is not None:
                event = replace(event, event_id=self.original.event_id)
            if not self.grid.show_problems(event_problems(event, self.patient, date.today()),
                                           self.general):
                try:
                    if self.original is None:
                        self.changed = add_event(self.store, event)
                    else:
                        self.changed = update_event(self.store, event)
                except StoreError as e:
                    self.grid.show_store_error(str(e), self.general)
                else:
                    self.accept()
                    return
        self.grid.focus_first_problem()
