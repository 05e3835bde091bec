"""The rest of the visit on its own page: typed at the keyboard, saved with the draft on every
change, refused with its unit and range, signed and amended with the visit, never asked when
not chosen. Set BEDSIDE_SHOTS=/some/folder to keep the screenshots."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bedside.domain import Event, Measurements, Visit
from bedside.instruments import alsfrs_r
from bedside.store import events, visits

CTRL = Qt.KeyboardModifier.ControlModifier
ALL_FOURS = {i.key: 4 for i in alsfrs_r().slots(gastrostomy=False)}
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shot(tmp_path):
    folder = Path(os.environ.get("BEDSIDE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def save(widget, name):
        path = folder / f"visit_{name}.png"
        assert widget.grab().save(str(path))
        return path

    return save


def _start_with_measures(editor, press, alsfrs=True, mrc=False):
    page = editor.start_page
    page.do_alsfrs.setChecked(alsfrs)
    page.do_mrc.setChecked(mrc)
    page.do_measures.setChecked(True)
    press(editor, Qt.Key.Key_Return)  # Begin
    assert editor.stack.currentWidget() is editor.measures_page


def _type(editor, press, text):
    press(editor, *text)


def _saved(store):
    (draft,) = visits.drafts(store)
    return draft


def test_every_value_typed_at_the_keyboard_is_saved_with_the_draft(
        open_editor, press, store, layout_problems, shot, qtbot):
    editor = open_editor()
    _start_with_measures(editor, press)
    assert QApplication.focusWidget() is editor.measures_page.fields["fvc_l"]
    for value in ("2,85", "2.9"):  # the locale's separator or '.'
        _type(editor, press, value)
        press(editor, Qt.Key.Key_Return)
    press(editor, Qt.Key.Key_Down)  # position: sitting -> supine
    press(editor, Qt.Key.Key_Return)
    for value in ("45", "38", "210", "61.5", "162"):  # MIP, SNIP, PCF, weight, height
        _type(editor, press, value)
        press(editor, Qt.Key.Key_Tab)
    press(editor, Qt.Key.Key_Down)  # by telephone
    press(editor, Qt.Key.Key_Tab)
    press(editor, Qt.Key.Key_Down)  # a caregiver answered
    qtbot.wait(10)
    assert layout_problems(editor) == []
    shot(editor, "measures")
    draft = _saved(store)
    assert draft.measurements == Measurements(2.85, 2.9, "supine", 45, 38, 210, 61.5, 162)
    assert (draft.alsfrs_mode, draft.alsfrs_respondent) == ("telephone", "caregiver")
    press(editor, Qt.Key.Key_Return)  # the last field: on to the first item
    assert editor.stack.currentWidget() is editor.item_page
    press(editor, *"444444444444")
    assert editor.stack.currentWidget() is editor.review_page
    text = editor.review_page.measures_text.text()
    assert "FVC 2.85 L" in text and "Weight 61.5 kg" in text and "by telephone" in text
    assert layout_problems(editor) == []
    shot(editor, "review_with_measures")
    press(editor, Qt.Key.Key_Return)  # sign
    (signed,) = visits.for_patient(store, editor.patient.patient_id)
    assert signed.measurements.weight_kg == 61.5 and signed.alsfrs_mode == "telephone"


@pytest.mark.parametrize("field, typed, message", [
    ("fvc_l", "25", "FVC 25 L: must be 0.1-10 L"),
    ("weight_kg", "0", "Weight 0 kg: must be 20-300 kg"),
    ("height_cm", "3", "Height 3 cm: must be 100-250 cm"),
    ("height_cm", "300", "Height 300 cm: must be 100-250 cm"),
])
def test_an_implausible_value_is_refused_with_unit_and_range(
        open_editor, press, store, field, typed, message):
    editor = open_editor()
    _start_with_measures(editor, press)
    page = editor.measures_page
    page.fields[field].setFocus()
    _type(editor, press, typed)
    press(editor, Qt.Key.Key_Tab)
    assert page.problems[field].isVisible() and page.problems[field].text() == message
    press(editor, Qt.Key.Key_Return, modifier=CTRL)  # continue: refused, back to the field
    assert editor.stack.currentWidget() is page
    assert QApplication.focusWidget() is page.fields[field]
    assert getattr(_saved(store).measurements, field) is None  # nothing of it was stored
    press(editor, Qt.Key.Key_Backspace)  # cleared: nothing to refuse
    press(editor, Qt.Key.Key_Return, modifier=CTRL)
    assert editor.stack.currentWidget() is editor.item_page


def test_a_refused_value_keeps_the_value_saved_before(open_editor, press, store):
    editor = open_editor()
    _start_with_measures(editor, press)
    _type(editor, press, "2.5")
    press(editor, Qt.Key.Key_Tab)
    assert _saved(store).measurements.fvc_l == 2.5
    press(editor, Qt.Key.Key_Tab, modifier=SHIFT)
    _type(editor, press, "25")  # the whole value was selected: replaced
    press(editor, Qt.Key.Key_Tab)
    assert _saved(store).measurements.fvc_l == 2.5


def test_not_asked_when_not_chosen(open_editor, press, store):
    editor = open_editor()
    editor.start_page.do_mrc.setChecked(False)
    assert not editor.start_page.do_measures.isChecked()  # a first visit: not ticked
    press(editor, Qt.Key.Key_Return)
    assert editor.stack.currentWidget() is editor.item_page
    press(editor, Qt.Key.Key_Backspace)  # back from item 1: the start page, not the rest
    assert editor.stack.currentWidget() is editor.start_page


def test_measurements_alone_make_a_visit(open_editor, press, store):
    editor = open_editor()
    _start_with_measures(editor, press, alsfrs=False)
    assert not editor.measures_page.mode.isVisibleTo(editor.measures_page)  # no ALSFRS-R
    _type(editor, press, "2.1")
    press(editor, Qt.Key.Key_Return, modifier=CTRL)
    assert editor.stack.currentWidget() is editor.review_page
    assert editor.review_page.blockers.isHidden()
    press(editor, Qt.Key.Key_Return)
    (signed,) = visits.for_patient(store, editor.patient.patient_id)
    assert signed.measurements == Measurements(fvc_l=2.1, vc_position="sitting")
    assert not signed.alsfrs and not signed.mrc


def test_the_next_visit_asks_as_the_last_one_did_and_shows_what_it_measured(
        open_editor, press, store, patient, examiner):
    first = visits.save_draft(store, Visit(
        patient.patient_id, date(2024, 1, 10), examiner, alsfrs={"Q1_Speech": 3},
        measurements=Measurements(fvc_l=3.1, vc_position="sitting", weight_kg=64,
                                  height_cm=165)))
    visits.sign(store, first.visit_id, examiner)
    events.add(store, Event(patient.patient_id, date(2023, 9, 1), "medication_start",
                            "riluzole"))
    events.add(store, Event(patient.patient_id, date(2023, 12, 1), "niv_start",
                            hours_per_day=6))
    editor = open_editor()
    assert editor.start_page.do_measures.isChecked()  # as the last visit had it
    press(editor, Qt.Key.Key_Return)
    page = editor.measures_page
    assert editor.stack.currentWidget() is page
    assert "last 3.1 on 2024-01-10" in page.notes["fvc_l"].text()
    assert "165 cm is used" in page.notes["height_cm"].text()
    assert "Riluzole since 2023-09-01" in page.interventions.text()
    assert "NIV 6 h a day since 2023-12-01" in page.interventions.text()
    _type(editor, press, "2.8")
    press(editor, Qt.Key.Key_Tab)
    assert "% of predicted (GLI Global), z" in page.notes["fvc_l"].text()
    assert "(-0.30)" in page.notes["fvc_l"].text()


def test_amending_a_measurement_keeps_the_signed_version_and_audits_the_value(
        open_editor, press, store, patient, examiner):
    signed = visits.sign(store, visits.save_draft(store, Visit(
        patient.patient_id, date(2024, 1, 10), examiner, alsfrs=ALL_FOURS,
        measurements=Measurements(weight_kg=64))).visit_id, examiner)
    editor = open_editor(signed)
    editor.review_page.amend.emit("weight misread from the scale")
    press(editor, "b")
    assert editor.stack.currentWidget() is editor.measures_page
    page = editor.measures_page
    page.fields["weight_kg"].setFocus()
    _type(editor, press, "61.4")
    press(editor, Qt.Key.Key_Return, modifier=CTRL)
    assert editor.stack.currentWidget() is editor.review_page  # back where it was opened
    press(editor, Qt.Key.Key_Return)
    versions = visits.versions(store, visits.for_patient(store, patient.patient_id)[0].visit_id)
    assert [v.measurements.weight_kg for v in versions] == [61.4, 64]
    trail = store.conn.execute(
        "SELECT old_value, new_value FROM audit_log WHERE action = 'amend'"
        " AND field = 'weight_kg'").fetchall()
    assert trail == [("64", "61.4")]
