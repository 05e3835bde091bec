from __future__ import annotations

import csv

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from bedside.ui import menu_actions
from bedside.ui.main_window import MainWindow
from bedside.ui.opening import open_or_recover, recovery_available


def test_export_from_the_menu_starts_on_the_open_patient(qtbot, store, settings,
                                                        patient_with_visits, tmp_path,
                                                        monkeypatch):
    from bedside.domain import Patient
    from bedside.store import patients
    from bedside.ui.export_dialog import ExportDialog

    patients.add(store, Patient("P-2", "Other"))
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_patient("P-1")
    target = tmp_path / "out.csv"

    def run(dialog):  # what the user does in the dialog: choose the file, press Export
        assert dialog.one_patient.isChecked() and dialog.patient.currentData() == "P-1"
        dialog.path.setText(str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", run)
    window.export_action.trigger()
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["patient_id"], r["visit_date"], r["ALSFRS_R_Total"]) for r in rows] == [
        ("P-1", "2024-01-15", "46"), ("P-1", "2024-07-15", "39")]
    assert "Wrote 2 visits" in window.statusBar().currentMessage()


def test_history_of_changes_shows_the_patients_audit_trail(qtbot, store, settings,
                                                          patient_with_visits, monkeypatch):
    from bedside.ui.audit_view import AuditDialog

    shown = []
    monkeypatch.setattr(AuditDialog, "exec", lambda self: shown.append(self.visible_rows()))
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_patient("P-1")
    window.history_action.trigger()
    assert shown and any("signed" in row for row in shown[0])


def test_a_file_that_is_not_a_database_goes_to_recovery(qtbot, tmp_path, monkeypatch, db_path):
    bad = tmp_path / "letter.sqlite3"
    bad.write_text("Dear colleague,\n")
    said = []
    if recovery_available():  # the safety screens offer a backup; here the user picks one
        from bedside.ui import recovery

        def offer(parent, path, message, key=None):
            said.append(message)
            return db_path

        monkeypatch.setattr(recovery, "offer_recovery", offer)
        store = open_or_recover(None, bad)
        assert store is not None and store.path == db_path
        store.close()
    else:
        monkeypatch.setattr(QMessageBox, "critical",
                            staticmethod(lambda parent, title, text: said.append(text)))
        assert open_or_recover(None, bad) is None
    assert said and "not a Bedside database" in said[0]
    assert bad.read_text() == "Dear colleague,\n"


def test_settings_dialog_sets_the_protocol_new_visits_start_with(qtbot, store, request):
    from bedside.ui.settings import APPLICATION, ORGANIZATION, Settings
    from bedside.ui.visit.start_page import default_protocol

    # As the app makes them; Qt reads the config folder once per process, so the values are
    # taken back afterwards for the other tests.
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app_settings = Settings()
    before = {k: app_settings._q.value(k) for k in ("mrc/default_protocol",)}

    def restore():
        for key, value in before.items():
            if value is None:
                app_settings._q.remove(key)
            else:
                app_settings._q.setValue(key, value)
        app_settings.sync()
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])

    request.addfinalizer(restore)
    window = MainWindow(store, app_settings)
    qtbot.addWidget(window)
    dialog = menu_actions.SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.protocol.setCurrentIndex(dialog.protocol.findData("als_clinic"))
    qtbot.keyClicks(dialog.clinic, "ALS clinic Nord")
    dialog.save()
    assert default_protocol() == "als_clinic"
    assert store.setting("clinic_name") == "ALS clinic Nord"  # the PDF header reads it


def test_save_pdf_of_the_open_patients_latest_visit(qtbot, store, settings, patient_with_visits,
                                                    tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    assert not window.pdf_action.isEnabled()  # no patient open yet
    window.show_patient("P-1")
    assert window.pdf_action.isEnabled() and window.print_action.isEnabled()
    window.pdf_action.trigger()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "P-1" in text and "2024-07-15" in text


def test_save_pdf_and_print_name_the_visit_they_print(qtbot, store, settings,
                                                      patient_with_visits):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show_patient("P-1")
    window._name_summary_visit()  # as the File menu opens
    assert window.pdf_action.text() == "Save &PDF (visit of 2024-07-15)…"
    window.page.history.selectRow(1)  # the older visit, chosen in the history
    window._name_summary_visit()
    assert window.print_action.text() == "P&rint (visit of 2024-01-15)…"
