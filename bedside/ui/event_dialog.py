"""Add or change an event: an intervention of the fixed list (non-invasive ventilation with its
hours a day, gastrostomy, tracheostomy, riluzole, edaravone, tofersen, another drug, another
procedure; each drug and NIV started or stopped), or a death or other milestone."""

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

from bedside.analysis import event_problems, number_text
from bedside.domain import INTERVENTION_DRUGS, Event, Patient
from bedside.domain.words import drug_label, event_label, labels
from bedside.operations.changes import Changed
from bedside.operations.database import Store
from bedside.operations.events import add_event, update_event
from bedside.store.errors import StoreError
from bedside.ui.forms import (
    BadDate,
    BadNumber,
    DateField,
    FieldGrid,
    NumberField,
    general_message,
    parse_date,
    save_cancel_buttons,
)
from bedside.ui.scrolling import fit_screen


def choices() -> list[tuple[str, str]]:
    """The list as offered: its words and what each records, as the event's kind, or kind and
    listed drug ('medication_start:riluzole'). First letters choose: N(IV), G, T, R, E, M(edi-
    cation), P(rocedure), O(ther), D(eath)."""
    out = [(labels.tr("NIV (non-invasive ventilation) started"), "niv_start"),
           (labels.tr("NIV stopped"), "niv_stop"),
           (event_label("gastrostomy"), "gastrostomy"),
           (event_label("tracheostomy"), "tracheostomy")]
    for drug in INTERVENTION_DRUGS:
        out += [(labels.tr("%1 started").replace("%1", drug_label(drug)),
                 f"medication_start:{drug}"),
                (labels.tr("%1 stopped").replace("%1", drug_label(drug)),
                 f"medication_stop:{drug}")]
    out += [(labels.tr("Medication started (another drug: name it)"), "medication_start"),
            (labels.tr("Medication stopped (another drug: name it)"), "medication_stop"),
            (labels.tr("Procedure (another: name it)"), "procedure"),
            (event_label("other"), "other"),
            (event_label("death"), "death")]
    return out


def choice_of(event: Event) -> str:
    """The entry an event stored before is shown as (a listed drug in any letter case)."""
    name = event.label.strip().casefold()
    if event.kind.startswith("medication") and name in INTERVENTION_DRUGS:
        return f"{event.kind}:{name}"
    return event.kind


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
        # item 5b) that never happened. Typing an entry's first letters chooses it.
        self.kind = QComboBox(self)
        self.kind.setPlaceholderText(self.tr("choose the kind"))
        for text, key in choices():
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(-1)
        self.kind.currentIndexChanged.connect(self._chosen)
        self.event_date = DateField(self)
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("e.g. MSC transplantation, intrathecal"))
        self.hours = NumberField(self)
        self.hours.setToolTip(self.tr("Hours a day of non-invasive ventilation, more than 0 "
                                      "and at most 24"))
        self.grid.add("kind", self.tr("&What"), self.kind,
                      self.tr("What happened: gastrostomy, NIV, a medication, a procedure, "
                              "death or other"))
        self.grid.add("event_date", self.tr("&Date"), self.event_date)
        self.grid.add("label", self.tr("&Label"), self.label,
                      self.tr("A few words: the drug, the procedure (optional)"))
        self.grid.add("hours_per_day", self.tr("&Hours a day"), self.hours)
        self.general = general_message(self)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid.layout)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        if event is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(choice_of(event))))
            self.event_date.set_date(event.event_date)
            self.label.setText("" if ":" in choice_of(event) else event.label)
            if event.hours_per_day is not None:
                self.hours.setText(number_text(event.hours_per_day))
        else:
            self.event_date.set_date(date.today())
        self._chosen()

    def _choice(self) -> tuple[str, str] | None:
        """The kind chosen and its listed drug ('' for none); None before a choice."""
        key: str | None = self.kind.currentData()
        if key is None:
            return None
        kind, _, drug = key.partition(":")
        return kind, drug

    def _chosen(self) -> None:
        """The label is typed unless a listed drug names itself; hours only for NIV."""
        choice = self._choice()
        self.label.setEnabled(choice is None or not choice[1])
        self.hours.setEnabled(choice is not None and choice[0] == "niv_start")
        other_drug = choice is not None and choice[0].startswith("medication") and not choice[1]
        self.label.setPlaceholderText(
            self.tr("the drug's name (required)") if other_drug
            else self.tr("e.g. MSC transplantation, intrathecal"))

    def _event(self) -> Event | None:
        """The event the form describes; None (each problem shown) when it cannot be made."""
        try:
            day = parse_date(self.event_date.text())
        except BadDate as e:
            self.grid.show("event_date", str(e))
            day = None
        else:
            if day is None:
                self.grid.show("event_date", self.tr("the date is required"))
        choice = self._choice()
        if choice is None:
            self.grid.show("kind", self.tr("choose the kind of event"))
            return None
        kind, drug = choice
        hours = None
        if kind == "niv_start":
            try:
                hours = self.hours.value()
            except BadNumber as e:
                self.grid.show("hours_per_day", str(e))
                return None
        label = drug or self.label.text().strip()
        if kind.startswith("medication") and not label:
            self.grid.show("label", self.tr("name the drug"))
            return None
        if day is None:
            return None
        return Event(self.patient.patient_id, day, kind, label,  # type: ignore[arg-type]
                     hours_per_day=hours)

    def save(self) -> None:
        self.grid.clear()
        self.general.clear()
        event = self._event()
        if event is not None:
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
