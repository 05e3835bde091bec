"""What the File menu does: open another database, export, summary PDF/print, settings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from bedside.instruments import protocols
from bedside.store import bulk
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


class ExportDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Export"))
        self.visits = QRadioButton(self.tr("Visits: CSV with derived columns"), self)
        self.events = QRadioButton(self.tr("Events: CSV"), self)
        self.visits.setChecked(True)
        pid = window.current_patient_id
        self.only = QCheckBox(self.tr("Only the open patient (%1)").replace("%1", pid or ""),
                              self)
        self.only.setEnabled(pid is not None)
        self.only.setChecked(pid is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.visits, self.events, self.only, buttons):
            w.setMinimumHeight(TOUCH_PX)
            layout.addWidget(w)


def export(window: MainWindow) -> None:
    dialog = ExportDialog(window)
    if not dialog.exec():
        return
    pid = window.current_patient_id if dialog.only.isChecked() else None
    suggested = ("events" if dialog.events.isChecked() else "visits") + (f"-{pid}" if pid else "")
    name, _ = QFileDialog.getSaveFileName(window, window.tr("Export to"),
                                          str(Path.home() / f"{suggested}.csv"),
                                          window.tr("CSV files (*.csv)"))
    if not name:
        return
    from bedside.interchange import csv_events, csv_visits  # only when exporting

    path = Path(name)
    tmp = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8", newline="") as out:
            if dialog.events.isChecked():
                count = csv_events.write_events(out, bulk.all_events(window.store, pid))
            else:
                count = csv_visits.write_visits(out, bulk.iter_current(window.store, pid),
                                                bulk.mrc_cells_in_use(window.store, pid))
        tmp.replace(path)
    except OSError as e:
        QMessageBox.warning(window, window.tr("Export"),
                            window.tr("%1: could not write the file (%2). Nothing was exported; "
                                      "choose another folder.").replace("%1", str(path))
                            .replace("%2", e.strerror or str(e)))
        return
    finally:
        tmp.unlink(missing_ok=True)
    window.statusBar().showMessage(window.tr("Exported %1 rows to %2").replace("%1", str(count))
                                   .replace("%2", str(path)), 8000)


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
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.clinic = QLineEdit(self.settings.get("clinic/name"), self)
        self.clinic.setObjectName("clinic_name")
        self.protocol = QComboBox(self)
        self.protocol.setObjectName("default_protocol")
        for pid, p in protocols().items():
            self.protocol.addItem(f"{p.name} ({len(p.cells)} cells)", pid)
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(
            self.settings.get("mrc/default_protocol"))))
        form = QFormLayout()
        form.addRow(self.tr("&Clinic name"), self.clinic)
        form.addRow(self.tr("Default &MRC protocol"), self.protocol)
        for w in (self.clinic, self.protocol):
            w.setMinimumHeight(TOUCH_PX)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.settings.set("clinic/name", self.clinic.text().strip())
        self.settings.set("mrc/default_protocol", self.protocol.currentData())
        self.settings.sync()
        self.accept()


def edit_settings(window: MainWindow) -> None:
    SettingsDialog(window).exec()
