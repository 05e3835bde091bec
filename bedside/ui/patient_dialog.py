"""New and edit patient, with each validation message beside its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)

from bedside.analysis import number_text, patient_problems
from bedside.domain import ONSET_REGIONS, SEXES, Patient
from bedside.domain.words import region_label, sex_label
from bedside.operations.changes import Changed
from bedside.operations.database import Store
from bedside.operations.patients import add_patient, update_patient
from bedside.store.errors import Conflict, StoreError
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
from bedside.ui.scrolling import dialog_column, fit_screen

DATE_FIELDS = ("birth_date", "onset_date", "diagnosis_date")


class PatientDialog(QDialog):
    """Adds a patient (``patient`` None) or changes one; the row is written on OK only."""

    def __init__(self, store: Store, patient: Patient | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.original = patient
        self.changed: Changed | None = None  # once saved
        self.setWindowTitle(self.tr("New patient") if patient is None
                            else self.tr("Edit patient %1").replace("%1", patient.patient_id))
        fit_screen(self, 720)
        self.grid = FieldGrid(self)
        g = self.grid
        self.patient_id = QLineEdit(self)
        self.family_name = QLineEdit(self)
        self.given_name = QLineEdit(self)
        self.birth_date = DateField(self)
        self.sex = QComboBox(self)
        for s in SEXES:
            self.sex.addItem(sex_label(s), s)
        self.onset_date = DateField(self)
        self.onset_region = QComboBox(self)
        for r in ONSET_REGIONS:
            self.onset_region.addItem(region_label(r), r)
        self.diagnosis_date = DateField(self)
        self.pre_illness_weight_kg = NumberField(self)
        self.pre_illness_weight_kg.setToolTip(self.tr("What the patient weighed before the "
                                                      "illness began, in kg: weight changes "
                                                      "are given against it"))
        g.add("patient_id", self.tr("&Identifier"), self.patient_id,
              self.tr("The clinic's identifier of the patient (required)"))
        g.add("family_name", self.tr("&Family name"), self.family_name,
              self.tr("As in the patient's documents"))
        g.add("given_name", self.tr("&Given name"), self.given_name,
              self.tr("As in the patient's documents"))
        g.add("birth_date", self.tr("&Birth date"), self.birth_date)
        g.add("sex", self.tr("&Sex"), self.sex, self.tr("Female, male, other or unknown"))
        g.add("onset_date", self.tr("&Onset of symptoms"), self.onset_date)
        g.add("onset_region", self.tr("Onset &region"), self.onset_region,
              self.tr("Where the first symptoms were: bulbar, upper or lower limb, "
                      "respiratory, generalized"))
        g.add("diagnosis_date", self.tr("&Diagnosis date"), self.diagnosis_date)
        g.add("pre_illness_weight_kg", self.tr("&Weight before the illness (kg)"),
              self.pre_illness_weight_kg)
        self.general = general_message(self)
        buttons = save_cancel_buttons(self, self.save)
        self.buttons = buttons
        layout = dialog_column(self, buttons)
        layout.addLayout(g.layout)
        layout.addWidget(self.general)
        if patient is not None:
            self._fill(patient)
        else:  # nothing is assumed about a new patient
            self.sex.setCurrentIndex(self.sex.findData("unknown"))
            self.onset_region.setCurrentIndex(self.onset_region.findData("unknown"))

    def _fill(self, p: Patient) -> None:
        self.patient_id.setText(p.patient_id)
        self.patient_id.setReadOnly(True)
        self.patient_id.setToolTip(self.tr("The identifier cannot be changed"))
        self.family_name.setText(p.family_name)
        self.given_name.setText(p.given_name)
        for name in DATE_FIELDS:
            getattr(self, name).set_date(getattr(p, name))
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.sex)))
        self.onset_region.setCurrentIndex(max(0, self.onset_region.findData(p.onset_region)))
        if p.pre_illness_weight_kg is not None:
            self.pre_illness_weight_kg.setText(number_text(p.pre_illness_weight_kg))

    def _read(self) -> tuple[Patient, bool]:
        """The patient the form describes (unreadable dates as None) and whether all dates read;
        messages for unreadable dates are shown."""
        dates: dict[str, date | None] = {}
        ok = True
        for name in DATE_FIELDS:
            try:
                dates[name] = parse_date(getattr(self, name).text())
            except BadDate as e:
                self.grid.show(name, str(e))
                dates[name] = None
                ok = False
        try:
            weight = self.pre_illness_weight_kg.value()
        except BadNumber as e:
            self.grid.show("pre_illness_weight_kg", str(e))
            weight, ok = None, False
        return Patient(
            patient_id=self.patient_id.text().strip(),
            family_name=self.family_name.text().strip(),
            given_name=self.given_name.text().strip(),
            sex=self.sex.currentData(),
            onset_region=self.onset_region.currentData(),
            pre_illness_weight_kg=weight,
            **dates,
        ), ok

    def save(self) -> None:
        self.grid.clear()
        self.general.clear()
        patient, dates_ok = self._read()
        problems = self.grid.show_problems(patient_problems(patient, date.today()), self.general)
        if dates_ok and not problems:
            try:
                if self.original is None:
                    self.changed = add_patient(self.store, patient)
                elif patient != self.original:
                    self.changed = update_patient(self.store, patient)
                else:
                    self.changed = Changed(patient.patient_id)  # nothing to write
            except Conflict as e:
                if self.original is None and "already exists" in str(e):
                    self.grid.show("patient_id", str(e))
                else:
                    self.grid.show_store_error(str(e), self.general)
            except StoreError as e:
                self.grid.show_store_error(str(e), self.general)
            else:
                self.accept()
                return
        self.grid.focus_first_problem()
