"""What the File menu does: open another database, export, summary PDF/print, settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from bedside.analysis import (
    DEFAULT_EQUATIONS,
    GLI_2012_DEFAULT_GROUP,
    LungEquations,
    equation_names,
    group_names,
)
from bedside.instruments import protocols
from bedside.operations.lung_setting import lung_equations, set_lung_equations
from bedside.operations.summary import clinic_name, set_clinic_name
from bedside.ui.opening import open_or_recover
from bedside.ui.style import TOUCH_PX

if TYPE_CHECKING:
    from bedside.ui.main_window import MainWindow


def open_database(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, window.tr("Open database"), str(window.store.path.parent),
        window.tr("Bedside databases (*.sqlite3 *.db);;All files (*)"))
    if not name:
        return
    store = open_or_recover(window, Path(name))
    if store is None:
        return
    from bedside.ui.protection import ensure_signed_in

    if not ensure_signed_in(store, window):  # a protected database shows nothing before
        store.close()
        return
    old = window.store
    window.demo = False
    window.set_store(store)
    old.close()
    window.statusBar().showMessage(window.tr("Opened %1").replace("%1", str(store.path)), 8000)


def export(window: MainWindow) -> None:
    """The export dialog of bedside.ui.export_dialog, on the open patient when there is one."""
    from bedside.ui.export_dialog import ExportDialog

    dialog = ExportDialog(window.store, window)
    pid = window.current_patient_id
    if pid is not None and dialog.one_patient.isEnabled():
        dialog.one_patient.setChecked(True)
        dialog.patient.setCurrentIndex(max(0, dialog.patient.findData(pid)))
    dialog.exec()
    if dialog.written is not None:
        window.statusBar().showMessage(dialog.message.text(), 8000)


def show_history(window: MainWindow) -> None:
    """Patient > History of changes: the audit trail of the open patient's record."""
    pid = window.current_patient_id
    if pid is None:
        return
    from bedside.ui.audit_view import AuditDialog

    AuditDialog(window.store, "patient", pid, window).exec()


def _summary_target(window: MainWindow) -> tuple[str, int] | None:
    page = window.page
    pid = window.current_patient_id
    if page is None or pid is None:
        return None
    visit_id = page.selected_visit_id()
    if visit_id is None:
        QMessageBox.information(window, window.tr("Visit summary"),
                                window.tr("This patient has no signed visit to summarise."))
        return None
    return pid, visit_id


def save_pdf(window: MainWindow) -> None:
    target = _summary_target(window)
    if target is not None:
        from bedside.ui.summary_actions import save_summary_pdf

        save_summary_pdf(window, window.store, *target)


def print_summary(window: MainWindow) -> None:
    target = _summary_target(window)
    if target is not None:
        from bedside.ui.summary_actions import print_summary as do_print

        do_print(window, window.store, *target)


class SettingsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.settings = window.settings
        self.store = window.store
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        # The clinic's name belongs to the database (every printed summary shows it);
        # the protocol is this computer's preference.
        self.clinic = QLineEdit(clinic_name(self.store), self)
        self.clinic.setToolTip(self.tr("Printed at the top of every visit summary; stored in "
                                       "the database, for everyone using it"))
        self.clinic.setObjectName("clinic_name")
        self.protocol = QComboBox(self)
        self.protocol.setObjectName("default_protocol")
        for pid, p in protocols().items():
            self.protocol.addItem(f"{p.name} ({len(p.cells)} cells)", pid)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(
            self.settings.get("mrc/default_protocol"))))
        # The reference equations change what every % predicted means: the database's.
        lung = lung_equations(self.store)
        self.equations = QComboBox(self)
        self.equations.setObjectName("lung_equations")
        for key, name in equation_names().items():
            self.equations.addItem(
                self.tr("%1 (race-neutral; the default)").replace("%1", name)
                if key == DEFAULT_EQUATIONS else name, key)
        self.equations.setCurrentIndex(max(0, self.equations.findData(lung.equations)))
        self.equations.setToolTip(self.tr("The reference equations of every % predicted and "
                                          "z-score of vital capacity; stored in the database, "
                                          "for everyone using it"))
        self.group = QComboBox(self)
        self.group.setObjectName("lung_group")
        others = [e for e in equation_names() if e != DEFAULT_EQUATIONS]
        for key, name in group_names(others[0]).items():
            self.group.addItem(name, key)
        self.group.setCurrentIndex(max(0, self.group.findData(
            lung.group or GLI_2012_DEFAULT_GROUP)))
        self.equations.currentIndexChanged.connect(self._equations_chosen)
        self._equations_chosen()
        form = QFormLayout()
        form.addRow(self.tr("&Clinic name"), self.clinic)
        form.addRow(self.tr("Default &MRC protocol"), self.protocol)
        form.addRow(self.tr("&Lung function reference"), self.equations)
        form.addRow(self.tr("GLI-2012 &group"), self.group)
        for w in (self.clinic, self.protocol, self.equations, self.group):
            w.setMinimumHeight(TOUCH_PX)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _equations_chosen(self) -> None:
        self.group.setEnabled(self.equations.currentData() != DEFAULT_EQUATIONS)

    def save(self) -> None:
        set_clinic_name(self.store, self.clinic.text().strip())
        equations = self.equations.currentData()
        choice = LungEquations(equations, None if equations == DEFAULT_EQUATIONS
                               else self.group.currentData())
        if choice != lung_equations(self.store):
            set_lung_equations(self.store, choice)  # audited
        self.settings.set("mrc/default_protocol", self.protocol.currentData())
        self.settings.sync()
        self.accept()


def edit_settings(window: MainWindow) -> None:
    SettingsDialog(window).exec()
