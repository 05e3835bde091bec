"""MRC grading from the keyboard, signing, read-only signed visits and amendments."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bedside import analysis
from bedside.domain import MrcCell
from bedside.instruments import mrc_scale
from bedside.store import visits

CTRL = Qt.KeyboardModifier.ControlModifier


def begin(editor, press, alsfrs: bool, protocol: str = "mrc_sum_score"):
    page = editor.start_page
    page.protocol.setCurrentIndex(page.protocol.findData(protocol))
    if not alsfrs:
        page.do_alsfrs.setFocus()
        press(editor, Qt.Key.Key_Space)
    press(editor, Qt.Key.Key_Return)


def test_mrc_grid_with_modifiers_and_not_tested(open_editor, press, store, patient, qtbot):
    editor = open_editor()
    begin(editor, press, alsfrs=False)
    page = editor.mrc_page
    assert editor.stack.currentWidget() is page
    assert page.current_cell() == "shoulder_abduction_L"
    press(editor, "5", "4", "-")  # shoulder L = 5, shoulder R = 4-
    assert page.cell_text("shoulder_abduction_R") == "4-"
    assert mrc_scale().grade("4-").text in page.description.text()
    press(editor, "4", "+")  # elbow flexion L = 4+
    press(editor, "n")
    assert page.picker.isVisible()
    press(editor, "1")  # elbow flexion R: not tested, pain
    assert page.cell_text("elbow_flexion_R") == "NT (pain)"
    assert page.current_cell() == "wrist_extension_L"
    press(editor, "5", "+")  # 5+ is not a grade: refused, 5 kept
    assert "5+ is not an MRC grade" in page.problem.text()
    assert page.cell_text("wrist_extension_L") == "5"
    assert page.sum_labels["None"].text().startswith("18 / 20")
    assert "1 not tested" in page.sum_labels["None"].text()
    assert page.sum_labels["R"].text().startswith("4 / 5")
    press(editor, Qt.Key.Key_Down)  # arrows move: hip flexion R
    assert page.current_cell() == "hip_flexion_R"
    press(editor, "3", "-")
    assert page.cell_text("hip_flexion_R") == "3-"
    press(editor, Qt.Key.Key_Tab)
    assert page.current_cell() == "knee_extension_R"
    press(editor, Qt.Key.Key_Left, Qt.Key.Key_Up)
    assert page.current_cell() == "hip_flexion_L"
    assert "not graded yet" in page.description.text()
    # the draft holds every grade typed so far
    assert visits.drafts(store)[0].mrc["hip_flexion_R"] == MrcCell("3-")
    press(editor, Qt.Key.Key_Return, modifier=CTRL)
    assert editor.stack.currentWidget() is editor.review_page
    assert "21 / 25" in editor.review_page.mrc_text.text()
    press(editor, Qt.Key.Key_Return)

    v = visits.for_patient(store, patient.patient_id)[0]
    assert v.status == "signed" and not v.alsfrs and v.mrc_protocol == "mrc_sum_score"
    assert dict(v.mrc) == {
        "shoulder_abduction_L": MrcCell("5"), "shoulder_abduction_R": MrcCell("4-"),
        "elbow_flexion_L": MrcCell("4+"), "elbow_flexion_R": MrcCell("NT", "pain"),
        "wrist_extension_L": MrcCell("5"), "hip_flexion_R": MrcCell("3-"),
    }
    total = analysis.mrc_sum(v.mrc)
    assert str(total) == "21 / 25" and total.not_tested == 1


def test_unsided_muscles_take_one_cell(open_editor, press, qtbot):
    editor = open_editor()
    begin(editor, press, alsfrs=False, protocol="als_clinic")
    page = editor.mrc_page
    assert page.current_cell() == "neck_flexion"
    assert page.table.columnSpan(0, 0) == 2
    press(editor, "4", "3")
    assert page.cell_text("neck_flexion") == "4"
    assert page.cell_text("neck_extension") == "3"
    assert page.current_cell() == "shoulder_abduction_L"
    assert page.sum_labels[""].text().startswith("7 / 10")


def test_visit_with_both_parts_then_amendment_keeps_the_old_version(
        open_editor, press, store, patient, examiner, qtbot):
    editor = open_editor()
    begin(editor, press, alsfrs=True)
    press(editor, *"444444444444")
    assert editor.stack.currentWidget() is editor.mrc_page
    press(editor, *"555555555555")
    press(editor, Qt.Key.Key_Return, modifier=CTRL)
    press(editor, Qt.Key.Key_Return)
    signed = visits.for_patient(store, patient.patient_id)[0]
    assert analysis.total(signed.alsfrs) == 48 and str(analysis.mrc_sum(signed.mrc)) == "60 / 60"

    viewer = open_editor(signed, examiner="Dr. Second Reader")
    review = viewer.review_page
    assert review.read_only and review.amend_button.isVisible()
    assert not review.sign_button.isVisible()
    press(viewer, "1")  # read-only: typing a number changes nothing
    assert viewer.stack.currentWidget() is review
    qtbot.mouseClick(review.amend_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.amend_go, Qt.MouseButton.LeftButton)  # no reason yet: refused
    assert "needs a reason" in review.error.text()
    qtbot.keyClicks(review.amend_reason, "speech item transcribed wrongly")
    qtbot.keyClick(review.amend_reason, Qt.Key.Key_Return)
    assert not review.read_only
    assert visits.for_patient(store, patient.patient_id)[0].version == 1  # nothing signed yet
    press(viewer, Qt.Key.Key_Return)  # unchanged: refused
    assert "Nothing has changed" in review.blockers.text()
    press(viewer, "1", Qt.Key.Key_Return)  # reopen item 1
    press(viewer, "3")
    assert review.scores.total_text() == "47 / 48"
    press(viewer, Qt.Key.Key_Return)  # sign the amendment

    current = visits.for_patient(store, patient.patient_id)
    assert len(current) == 1
    new = current[0]
    assert new.version == 2 and new.alsfrs["Q1_Speech"] == 3
    assert new.amend_reason == "speech item transcribed wrongly"
    assert new.signed_by == "Dr. Second Reader" and new.examiner == examiner
    assert dict(new.mrc) == dict(signed.mrc)
    chain = visits.versions(store, new.visit_id)
    assert [v.version for v in chain] == [2, 1]
    assert chain[1].status == "superseded" and chain[1].alsfrs["Q1_Speech"] == 4
    assert viewer.finished_with[-1].visit_id == new.visit_id
    # the old version stays readable from the versions list
    assert review.versions.isVisible() and review.versions.count() == 2
    review.versions.setCurrentIndex(1)
    review.versions.activated.emit(1)
    assert "superseded" in review.title.text()
    assert "4 · Normal speech processes" in review.list.item(0).text()


def test_amendment_can_be_cancelled(open_editor, press, store, patient, qtbot):
    editor = open_editor()
    begin(editor, press, alsfrs=False)
    press(editor, "5")
    press(editor, Qt.Key.Key_Return, modifier=CTRL)
    press(editor, Qt.Key.Key_Return)
    review = editor.review_page
    assert review.read_only
    qtbot.mouseClick(review.amend_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(review.amend_reason, "typo")
    qtbot.keyClick(review.amend_reason, Qt.Key.Key_Return)
    assert review.close_button.text() == "Leave amendment"
    qtbot.mouseClick(review.close_button, Qt.MouseButton.LeftButton)
    assert review.read_only
    assert [v.version for v in visits.for_patient(store, patient.patient_id)] == [1]


def test_default_protocol_comes_from_settings(open_editor, tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    try:
        QSettings().setValue("mrc/default_protocol", "seven_groups")
        editor = open_editor()
        assert editor.start_page.protocol.currentData() == "seven_groups"
        QSettings().setValue("mrc/default_protocol", "no_such_protocol")
        assert open_editor().start_page.protocol.currentData() == "mrc_sum_score"
    finally:
        QSettings().remove("mrc/default_protocol")
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def test_notes_are_saved_with_the_draft_and_the_signature(open_editor, press, store, patient,
                                                           qtbot):
    editor = open_editor()
    begin(editor, press, alsfrs=False)
    press(editor, "4")
    press(editor, Qt.Key.Key_Return, modifier=CTRL)
    qtbot.keyClicks(editor.review_page.notes, "tired after the walk test")
    qtbot.waitUntil(lambda: visits.drafts(store)[0].notes == "tired after the walk test",
                    timeout=3000)
    editor.review_page.setFocus()
    press(editor, Qt.Key.Key_Return)
    assert visits.for_patient(store, patient.patient_id)[0].notes == "tired after the walk test"


def test_a_change_of_plan_never_drops_entered_grades(open_editor, press, store, qtbot):
    editor = open_editor()
    begin(editor, press, alsfrs=True)
    press(editor, "4", "4")  # two ALSFRS-R answers
    press(editor, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace)
    page = editor.start_page
    assert editor.stack.currentWidget() is page
    page.do_alsfrs.setFocus()
    press(editor, Qt.Key.Key_Space, Qt.Key.Key_Return)  # untick the ALSFRS-R: refused
    assert "already answered" in page.record_problem.text()
    assert dict(visits.drafts(store)[0].alsfrs) == {"Q1_Speech": 4, "Q2_Salivation": 4}
    press(editor, Qt.Key.Key_Space)
    page.protocol.setCurrentIndex(page.protocol.findData("als_clinic"))
    press(editor, Qt.Key.Key_Return)  # nothing graded yet: the protocol may change
    assert editor.stack.currentWidget() is editor.item_page
    press(editor, *"4444444444")
    assert editor.mrc_page.protocol.id == "als_clinic"
    press(editor, "5")
    editor.show_start()
    page.protocol.setCurrentIndex(page.protocol.findData("seven_groups"))
    press(editor, Qt.Key.Key_Return)
    assert "1 graded muscle cell would be left out" in page.protocol_problem.text()
    assert visits.drafts(store)[0].mrc_protocol == "als_clinic"
    assert "neck_flexion" in visits.drafts(store)[0].mrc


def test_an_amendment_survives_a_crash_and_is_resumed(open_editor, press, store, patient,
                                                     qtbot):
    editor = open_editor()
    begin(editor, press, alsfrs=False)
    press(editor, "5")  # shoulder abduction L = 5
    press(editor, Qt.Key.Key_Return, modifier=CTRL)
    press(editor, Qt.Key.Key_Return)  # signed, version 1
    review = editor.review_page
    qtbot.mouseClick(review.amend_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(review.amend_reason, "graded the wrong side")
    qtbot.keyClick(review.amend_reason, Qt.Key.Key_Return)
    qtbot.mouseClick(review.mrc_button, Qt.MouseButton.LeftButton)
    assert editor.stack.currentWidget() is editor.mrc_page
    press(editor, *[Qt.Key.Key_Up] * 8, Qt.Key.Key_Left)  # to the top left cell
    assert editor.mrc_page.current_cell() == "shoulder_abduction_L"
    press(editor, "4")  # shoulder abduction L = 4: the amendment is saved as a draft at once
    [draft] = visits.drafts(store)
    assert draft.amends is not None and draft.amend_reason == "graded the wrong side"
    assert draft.mrc["shoulder_abduction_L"] == MrcCell("4")
    # the app dies here: nothing signed, the editor is gone
    editor.close()
    editor.deleteLater()
    resumed = open_editor(visits.drafts(store)[0])
    assert resumed.draft.amending is not None
    assert resumed.draft.mrc["shoulder_abduction_L"] == MrcCell("4")
    if resumed.stack.currentWidget() is not resumed.review_page:
        press(resumed, Qt.Key.Key_Return, modifier=CTRL)
    press(resumed, Qt.Key.Key_Return)  # sign the amendment
    [current] = visits.for_patient(store, patient.patient_id)
    assert current.version == 2 and current.mrc["shoulder_abduction_L"] == MrcCell("4")
    assert current.amend_reason == "graded the wrong side"
    assert [v.version for v in visits.versions(store, current.visit_id)] == [2, 1]
    assert visits.drafts(store) == []
