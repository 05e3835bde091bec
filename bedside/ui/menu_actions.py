"""What the File menu does: open another database, export, summary PDF/print, settings."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from bedside.analysis import (
    DEFAULT_EQUATIONS,
    GLI_2012_DEFAULT_GROUP,
    LungEquations,
    equation_names,
    group_names,
)
from bedside.domain.words import protocol_text
from bedside.i18n import NATIVE_NAMES, resolve, shipped_languages
from bedside.instruments import protocols
from bedside.operations import sync as sync_op
from bedside.operations.lung_setting import lung_equations, set_lung_equations
from bedside.operations.summary import clinic_name, set_clinic_name
from bedside.ui import language
from bedside.ui.accessible import described
from bedside.ui.appearance import TEXT_SCALES
from bedside.ui.language import TrContext
from bedside.ui.opening import open_or_recover
from bedside.ui.scrolling import dialog_column, fit_screen
from bedside.ui.style import TOUCH_PX, error_style, muted_style

menu_actions = TrContext("menu_actions")

if TYPE_CHECKING:
    from bedside.ui.main_window import MainWindow


def open_database(window: MainWindow) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window, menu_actions.tr("Open database"), str(window.store.path.parent),
        menu_actions.tr("Bedside databases (*.sqlite3 *.db);;All files (*)"))
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
    window.statusBar().showMessage(menu_actions.tr("Opened %1").replace("%1", str(store.path)),
                                   8000)


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
        QMessageBox.information(window, menu_actions.tr("Visit summary"),
                                menu_actions.tr("This patient has no signed visit to summarise."))
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
        fit_screen(self, 520)
        # The clinic's name belongs to the database (every printed summary shows it);
        # the protocol is this computer's preference.
        self.clinic = QLineEdit(clinic_name(self.store), self)
        self.clinic.setToolTip(self.tr("Printed at the top of every visit summary; stored in "
                                       "the database, for everyone using it"))
        self.clinic.setObjectName("clinic_name")
        self.clinic.setAccessibleName(self.tr("Clinic name"))
        self.protocol = QComboBox(self)
        self.protocol.setObjectName("default_protocol")
        described(self.protocol, self.tr("The muscle protocol of a patient never graded"),
                  self.tr("Default MRC protocol"))
        for pid, p in protocols().items():
            self.protocol.addItem(protocol_text(p), pid)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(
            self.settings.get("mrc/default_protocol"))))
        # The clinic's server belongs to the database too (without a password: libpq's
        # password file, or the app asks at File > Sync now).
        self.server = QLineEdit(sync_op.server_url(self.store), self)
        self.server.setObjectName("server_url")
        self.server.setAccessibleName(self.tr("Clinic server"))
        self.server.setPlaceholderText("host=db.clinic.example dbname=bedside user=laptop3 "
                                       "sslmode=verify-full")
        self.server.setToolTip(self.tr("The clinic's PostgreSQL server this database syncs "
                                       "with (a libpq connection string or URI); empty: none"))
        self.server_error = QLabel(self)
        self.server_error.setObjectName("server_error")
        self.server_error.setWordWrap(True)
        self.server_error.setStyleSheet(error_style())
        self.server_error.hide()
        self.server_changed = False
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
        described(self.group, self.tr("The group GLI-2012 reports against (GLI Global needs "
                                      "none)"), self.tr("GLI-2012 group"))
        others = [e for e in equation_names() if e != DEFAULT_EQUATIONS]
        for key, name in group_names(others[0]).items():
            self.group.addItem(name, key)
        self.group.setCurrentIndex(max(0, self.group.findData(
            lung.group or GLI_2012_DEFAULT_GROUP)))
        self.equations.currentIndexChanged.connect(self._equations_chosen)
        self._equations_chosen()
        # This computer's display preferences: they take effect at the next start.
        self.language = QComboBox(self)
        self.language.setObjectName("interface_language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The system's (%1)").replace(
            "%1", NATIVE_NAMES.get(resolve(language.system_code()), "English")), "")
        for code in shipped_languages():
            self.language.addItem(NATIVE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            self.settings.get("interface/language"))))
        self.language.setToolTip(self.tr(
            "The language of the screens, the printed summary and the messages. The "
            "ALSFRS-R and MRC wording is the clinic's own: see Instrument wording."))
        self.text_scale = QComboBox(self)
        self.text_scale.setObjectName("text_scale")
        self.text_scale.setAccessibleName(self.tr("Text size"))
        for percent in TEXT_SCALES:
            self.text_scale.addItem(f"{percent} %", str(percent))
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(
            self.settings.get("display/text_scale"))))
        self.text_scale.setToolTip(self.tr("Text size, as a share of the system's"))
        self.high_contrast = QCheckBox(self.tr("&High contrast: white on black"), self)
        self.high_contrast.setObjectName("high_contrast")
        self.high_contrast.setChecked(self.settings.get("display/high_contrast"))
        self.high_contrast.setToolTip(self.tr("White text on black, yellow for what is chosen "
                                              "or has the focus"))
        later = QLabel(self.tr("Language, text size and contrast take effect when Bedside is "
                               "started again."), self)
        later.setWordWrap(True)
        later.setStyleSheet(muted_style())
        form = QFormLayout()
        form.addRow(self.tr("&Clinic name"), self.clinic)
        form.addRow(self.tr("Default &MRC protocol"), self.protocol)
        form.addRow(self.tr("&Lung function reference"), self.equations)
        form.addRow(self.tr("GLI-2012 &group"), self.group)
        form.addRow(self.tr("Clinic ser&ver"), self.server)
        form.addRow("", self.server_error)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Text size"), self.text_scale)
        form.addRow("", self.high_contrast)
        form.addRow(later)
        for w in (self.clinic, self.protocol, self.server, self.equations, self.group,
                  self.language, self.text_scale, self.high_contrast):
            w.setMinimumHeight(TOUCH_PX)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        described(buttons.button(QDialogButtonBox.StandardButton.Save),
                  self.tr("Save the settings"))
        described(buttons.button(QDialogButtonBox.StandardButton.Cancel),
                  self.tr("Close; nothing is changed"))
        for b in buttons.buttons():
            b.setMinimumHeight(TOUCH_PX)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        # the fields scroll where the screen is shorter (200 %), the buttons stay in view
        dialog_column(self, buttons).addLayout(form)

    def _equations_chosen(self) -> None:
        self.group.setEnabled(self.equations.currentData() != DEFAULT_EQUATIONS)

    def save(self) -> None:
        before = sync_op.server_url(self.store)
        try:
            kept = sync_op.set_server_url(self.store, self.server.text())
        except sync_op.ServerError as e:
            self.server_error.setText(str(e))
            self.server_error.show()
            self.server.setFocus()
            return
        self.server_changed = kept != before
        set_clinic_name(self.store, self.clinic.text().strip())
        equations = self.equations.currentData()
        choice = LungEquations(equations, None if equations == DEFAULT_EQUATIONS
                               else self.group.currentData())
        if choice != lung_equations(self.store):
            set_lung_equations(self.store, choice)  # audited
        self.settings.set("mrc/default_protocol", self.protocol.currentData())
        self.settings.set("interface/language", self.language.currentData())
        self.settings.set("display/text_scale", self.text_scale.currentData())
        self.settings.set("display/high_contrast", self.high_contrast.isChecked())
        self.settings.sync()
        self.accept()


def edit_settings(window: MainWindow, focus: str = "") -> None:
    dialog = SettingsDialog(window)
    if focus == "server":
        dialog.server.setFocus()
    if dialog.exec() and dialog.server_changed:
        window.clinic_sync.set_store(window.store)  # the new server is synced at once
