"""The export dialog, driven like a user: choices, destination, progress, the file on disk."""

from __future__ import annotations

import csv
import json
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from bedside.operations.demo import generate
from bedside.store import bulk
from bedside.ui.export_dialog import ExportDialog


@pytest.fixture
def filled(store):
    data = generate(4, seed=11)
    with store.transaction():
        bulk.insert(store, *data, source="demo")
    return data


@pytest.fixture
def dialog(qtbot, store, filled):
    d = ExportDialog(store)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_csv_export_of_everything_to_a_typed_path(qtbot, dialog, filled, tmp_path):
    target = tmp_path / "visits.csv"
    qtbot.keyClicks(dialog.path, str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == len(filled.visits)
    assert f"Wrote {len(filled.visits)} visits" in dialog.message.text()
    assert not list(tmp_path.glob(".*.partial"))


def test_fhir_deidentified_for_one_patient_chosen_with_keys(qtbot, dialog, filled, tmp_path,
                                                            monkeypatch):
    target = tmp_path / "one.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog.format.setFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_Down)  # CSV -> FHIR
    assert dialog.format.currentData() == "fhir"
    assert not dialog.events.isEnabled()
    qtbot.mouseClick(dialog.one_patient, Qt.MouseButton.LeftButton)
    assert dialog.patient.isEnabled()
    chosen = sorted(filled.patients, key=lambda p: (p.family_name, p.given_name,
                                                    p.patient_id))[1]
    dialog.patient.setFocus()
    qtbot.keyClick(dialog.patient, Qt.Key.Key_Down)
    assert dialog.patient.currentData() == chosen.patient_id
    dialog.deidentify.click()
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    bundle = json.loads(data)
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds.count("Patient") == 1
    n_visits = sum(v.patient_id == chosen.patient_id for v in filled.visits)
    assert kinds.count("QuestionnaireResponse") == sum(
        v.patient_id == chosen.patient_id and bool(v.alsfrs) for v in filled.visits)
    for secret in (chosen.patient_id, chosen.family_name, chosen.given_name):
        assert secret.encode() not in data
    if chosen.birth_date:
        assert chosen.birth_date.isoformat().encode() not in data
    assert f"Wrote {n_visits} visits of 1 patient to" in dialog.message.text()


def test_cancel_leaves_nothing_and_an_old_file_untouched(qtbot, dialog, tmp_path, monkeypatch):
    target = tmp_path / "visits.csv"
    target.write_text("the previous export\n")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in dialog.message.text()
    assert target.read_text() == "the previous export\n"
    assert not list(tmp_path.glob(".*.partial"))


def test_progress_is_reported_while_rows_are_written(qtbot, dialog, filled, tmp_path,
                                                     monkeypatch):
    seen: list[int] = []
    original = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue",
                        lambda self, v: (seen.append(v), original(self, v))[1])
    dialog.path.setText(str(tmp_path / "v.csv"))
    dialog.events.click()
    dialog.events.click()  # back to visits
    monkeypatch.setattr(dialog, "PROGRESS_EVERY", 1)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert seen == sorted(seen) and len(seen) > 3
    assert seen[-1] == len(filled.visits)


def test_missing_destination_or_folder_is_said_plainly(qtbot, dialog, tmp_path):
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Choose where to save" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "no" / "such" / "x.csv"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.message.text()
