from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bedside.store import patients
from bedside.ui.patient_dialog import PatientDialog


def _save(qtbot, dialog: PatientDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_patient_via_the_dialog_stores_a_row(qtbot, store):
    dialog = PatientDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.patient_id, "NEW-1")
    dialog.family_name.insert("García")  # QTest types ASCII only; accents as an IME would
    qtbot.keyClicks(dialog.given_name, "Ines")
    qtbot.keyClicks(dialog.birth_date, "1958-04-23")
    qtbot.keyClicks(dialog.onset_date, "2024-02-01")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.onset_region.setCurrentIndex(dialog.onset_region.findData("upper_limb"))
    _save(qtbot, dialog)
    stored = patients.get(store, "NEW-1")
    assert stored is not None
    assert (stored.family_name, stored.given_name) == ("García", "Ines")
    assert stored.birth_date == date(1958, 4, 23)
    assert stored.onset_region == "upper_limb"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_bad_date_message_beside_the_field_and_nothing_stored(qtbot, store):
    dialog = PatientDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.patient_id, "NEW-2")
    qtbot.keyClicks(dialog.birth_date, "1961-13-40")
    qtbot.keyClicks(dialog.onset_date, "2099-01-01")
    _save(qtbot, dialog)
    assert "YYYY-MM-DD" in dialog.grid.messages["birth_date"].text()
    assert "future" in dialog.grid.messages["onset_date"].text()
    assert dialog.grid.messages["patient_id"].text() == ""
    assert patients.get(store, "NEW-2") is None
    assert dialog.focusWidget() is dialog.birth_date


def test_missing_identifier_and_onset_before_birth(qtbot, store):
    dialog = PatientDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.birth_date, "1960-01-01")
    qtbot.keyClicks(dialog.onset_date, "1950-01-01")
    _save(qtbot, dialog)
    assert "required" in dialog.grid.messages["patient_id"].text()
    assert "before birth" in dialog.grid.messages["onset_date"].text()
    assert patients.all_patients(store) == []


def test_duplicate_identifier_is_refused_beside_it(qtbot, store, patient_with_visits):
    dialog = PatientDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.patient_id, "P-1")
    qtbot.keyClicks(dialog.family_name, "Other")
    _save(qtbot, dialog)
    assert "already exists" in dialog.grid.messages["patient_id"].text()
    assert patients.get(store, "P-1").family_name == "Müller"


def test_edit_refuses_onset_after_first_visit(qtbot, store, patient_with_visits):
    dialog = PatientDialog(store, patient_with_visits)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.patient_id.isReadOnly()
    dialog.onset_date.clear()
    dialog.diagnosis_date.clear()
    qtbot.keyClicks(dialog.onset_date, "2024-05-01")
    _save(qtbot, dialog)
    assert "first visit" in dialog.grid.messages["onset_date"].text()
    assert patients.get(store, "P-1").onset_date == date(2023, 1, 10)


def test_too_long_or_invisible_text_is_explained_beside_its_field(qtbot, store):
    """Issue 17, findings 8 and 9: the dialog applies the same text limits as the import."""
    dialog = PatientDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.patient_id.insert("X\u200b1")  # as a paste would bring it
    dialog.family_name.insert("F" * 3000)
    _save(qtbot, dialog)
    assert "invisible or control character" in dialog.grid.messages["patient_id"].text()
    assert "at most 100 characters" in dialog.grid.messages["family_name"].text()
    assert patients.all_patients(store) == []
