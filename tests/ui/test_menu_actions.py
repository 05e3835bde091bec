from __future__ import annotations

import csv

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bedside.ui import menu_actions
from bedside.ui.main_window import MainWindow
from bedside.ui.opening import open_or_recover, recovery_available


def test_export_writes_the_open_patients_visits(qtbot, store, settings, patient_with_visits,
                                                tmp_path, monkeypatch):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_patient("P-1")
    target = tmp_path / "out.csv"
    monkeypatch.setattr(menu_actions.ExportDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.export_action.trigger()
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["patient_id"], r["visit_date"], r["ALSFRS_R_Total"]) for r in rows] == [
        ("P-1", "2024-01-15", "46"), ("P-1", "2024-07-15", "39")]
    assert "Exported 2 rows" in window.statusBar().currentMessage()


def test_a_file_that_is_not_a_database_is_explained(qtbot, tmp_path, monkeypatch):
    if recovery_available():
        return  # the recovery dialog takes over: tested with it
    bad = tmp_path / "letter.sqlite3"
    bad.write_text("Dear colleague,\n")
    said = []
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
    before = {k: app_settings._q.value(k) for k in ("mrc/default_protocol", "clinic/name")}

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
    assert Settings().get("clinic/name") == "ALS clinic Nord"
