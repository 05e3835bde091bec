"""File > Export...: the choices of `bedside export`, with progress for large exports.

Format (CSV visits with derived columns, or a FHIR R4 bundle), scope (every patient or one),
de-identification, the events file, and the destination. The file is written beside its
destination under a hidden name, owner-only (0600), and renamed into place only when
complete: a cancelled or failed export leaves nothing behind and never a half file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bedside.i18n import fill
from bedside.operations.database import Store
from bedside.operations.export import ExportError, ExportOptions, export_file, visits_in_scope
from bedside.operations.output import OutputRefused, check_output
from bedside.operations.patients import all_patients
from bedside.store.errors import StoreError
from bedside.ui.accessible import described
from bedside.ui.scrolling import dialog_column, fit_screen
from bedside.ui.style import TOUCH_PX, error_style


class ExportCancelled(Exception):
    """The user pressed Cancel on the progress dialog."""


class ExportDialog(QDialog):
    """Choose what to export and where; ``export()`` writes it and says what was written."""

    PROGRESS_EVERY = 100  # visits written between two steps of the progress bar

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        fit_screen(self, 520)
        form = QFormLayout()

        self.format = QComboBox()
        self.format.addItem(self.tr("CSV: one row per visit, with derived columns"), "csv")
        self.format.addItem(self.tr("FHIR R4 bundle (JSON)"), "fhir")
        form.addRow(self.tr("Format"), described(self.format, self.tr(
            "CSV: a spreadsheet-ready table; FHIR: for another clinical system"),
            self.tr("Format")))

        self.all_patients = QRadioButton(self.tr("All patients"))
        self.one_patient = QRadioButton(self.tr("One patient:"))
        self.all_patients.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_patients)
        group.addButton(self.one_patient)
        self.patient = QComboBox()
        for p in all_patients(store):
            label = (f"{p.display_name} ({p.patient_id})" if p.display_name != p.patient_id
                     else p.patient_id)
            self.patient.addItem(label, p.patient_id)
        self.patient.setEnabled(False)
        described(self.patient, self.tr("The patient to export"), self.tr("Patient"))
        described(self.all_patients, self.tr("Export every patient of the database"))
        described(self.one_patient, self.tr("Export only the patient chosen beside"))
        if self.patient.count() == 0:
            self.one_patient.setEnabled(False)
        scope = QVBoxLayout()
        scope.addWidget(self.all_patients)
        row = QHBoxLayout()
        row.addWidget(self.one_patient)
        row.addWidget(self.patient, 1)
        scope.addLayout(row)
        form.addRow(self.tr("Patients"), scope)

        self.deidentify = QCheckBox(self.tr("De-identify"))
        self.deidentify.setToolTip(self.tr(
            "No names, identifiers, birth dates (age at each visit instead, 90 and over as "
            "90+) or free text; each patient gets a stable pseudonym and all their dates move "
            "by the same number of days, so intervals stay true."))
        form.addRow("", self.deidentify)
        self.events = QCheckBox(self.tr("Events file instead of visits"))
        form.addRow("", described(self.events, self.tr(
            "Write the events (interventions and milestones) instead of the visits")))

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("file to write"))
        described(self.path, self.tr("The file the export is written to"), self.tr("Save to"))
        self.browse = described(QPushButton(self.tr("Choose…")), self.tr(
            "Choose the file to write"))
        dest = QHBoxLayout()
        dest.addWidget(self.path, 1)
        dest.addWidget(self.browse)
        form.addRow(self.tr("Save to"), dest)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        described(self.export_button, self.tr("Write the export"))
        described(self.buttons.addButton(QDialogButtonBox.StandardButton.Close),
                  self.tr("Close this window"))
        box = dialog_column(self, self.buttons)
        box.addLayout(form)
        box.addWidget(self.message)

        for w in (self.format, self.all_patients, self.one_patient, self.patient,
                  self.deidentify, self.events, self.path, *self.buttons.buttons(),
                  self.browse):
            w.setMinimumHeight(TOUCH_PX)  # a finger's size
        self.one_patient.toggled.connect(self.patient.setEnabled)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.browse.clicked.connect(self.choose_file)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        self._format_changed()

    # -- choices ---------------------------------------------------------------------------
    def options(self) -> ExportOptions:
        pid = self.patient.currentData() if self.one_patient.isChecked() else None
        fmt = self.format.currentData()
        return ExportOptions(format=fmt, patient_id=pid, deidentify=self.deidentify.isChecked(),
                             events=self.events.isChecked() and fmt == "csv")

    def _format_changed(self) -> None:
        csv = self.format.currentData() == "csv"
        self.events.setEnabled(csv)
        if not csv:
            self.events.setChecked(False)
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self._suffix())))

    def _suffix(self) -> str:
        return ".json" if self.format.currentData() == "fhir" else ".csv"

    def choose_file(self) -> None:
        o = self.options()
        suggested = self.path.text().strip() or str(
            Path.home() / f"bedside-{'events' if o.events else 'visits'}-"
            f"{'deidentified-' if o.deidentify else ''}{date.today().isoformat()}{self._suffix()}")
        pattern = (self.tr("FHIR bundle (*.json)") if o.format == "fhir"
                   else self.tr("CSV file (*.csv)"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested, pattern)
        if path:
            self.path.setText(path)

    # -- writing ---------------------------------------------------------------------------
    def export(self) -> bool:
        """Write the export; True when the file is complete on disk."""
        text = self.path.text().strip()
        if not text:
            self._say(self.tr("Choose where to save the export first (Choose…)."), error=True)
            return False
        path = Path(text).expanduser()
        try:
            check_output(path, self.store.path)
        except OutputRefused as e:
            self._say(str(e), error=True)
            return False
        options = self.options()
        total = max(1, visits_in_scope(self.store, options.patient_id))
        progress = QProgressDialog(self.tr("Writing the export…"), self.tr("Cancel"), 0, total,
                                   self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)

        def report(done: int) -> None:
            progress.setValue(min(done, total))
            if progress.wasCanceled():
                raise ExportCancelled

        try:
            counter = export_file(self.store, options, path, report, self.PROGRESS_EVERY)
        except ExportCancelled:
            self._say(self.tr("Export cancelled; nothing was written."), error=True)
            return False
        except (ExportError, StoreError) as e:
            self._say(self.tr("The export failed: %1. Nothing was written.").replace(
                "%1", str(e)), error=True)
            return False
        except OSError as e:
            self._say(fill(self.tr("Could not write %1: %2. Nothing was written; choose "
                                   "another place."), path, e.strerror or e), error=True)
            return False
        finally:
            progress.close()
        self.written = path
        who = self.tr("%n patient(s)", "", counter.patients)
        if options.events:
            done = fill(self.tr("Wrote %n event(s) of %1 to %2.", "", counter.events), who, path)
        else:
            done = fill(self.tr("Wrote %n visit(s) of %1 to %2.", "", counter.visits), who, path)
        if options.deidentify:
            done += " " + self.tr("De-identified: pseudonyms, shifted dates, no names.")
        self._say(done)
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(error_style() if error else "")
        self.message.setText(text)
