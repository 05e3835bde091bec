"""ALSFRS-R entry with the keyboard alone: rows stored, 5a/5b, not assessed, live totals."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from bedside import analysis
from bedside.domain import Event
from bedside.instruments import alsfrs_r
from bedside.store import events, visits

ANSWERS = "432143214321"  # item 1 = 4, item 2 = 3, ... item 12 = 1; total 30


def start_without_mrc(editor, press, qtbot):
    """On the start page: untick the MRC grading (Tab to it, Space), then Enter to begin."""
    page = editor.start_page
    page.do_mrc.setFocus()
    press(editor, Qt.Key.Key_Space)
    assert not page.do_mrc.isChecked()
    press(editor, Qt.Key.Key_Return)
    assert editor.stack.currentWidget() is editor.item_page


def test_whole_alsfrs_in_13_keystrokes_stores_the_right_rows(open_editor, press, store,
                                                              patient, examiner, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    assert "item 1 of 12" in editor.item_page.progress.text()
    keys = press(editor, *ANSWERS)
    assert editor.stack.currentWidget() is editor.review_page
    assert editor.review_page.scores.total_text() == "30 / 48"
    keys += press(editor, Qt.Key.Key_Return)  # sign and save
    assert keys == 13

    stored = visits.for_patient(store, patient.patient_id)
    assert len(stored) == 1
    v = stored[0]
    q = alsfrs_r()
    expected = {item.key: int(k) for item, k in zip(q.slots(False), ANSWERS, strict=True)}
    assert dict(v.alsfrs) == expected
    assert analysis.total(v.alsfrs) == 30
    assert v.status == "signed" and v.signed_by == examiner and v.examiner == examiner
    assert v.visit_date == date.today() and not v.mrc and v.mrc_protocol == ""
    assert editor.finished_with and editor.finished_with[0].visit_id == v.visit_id
    assert visits.drafts(store) == []
    # after signing the editor shows the signed visit read-only with its signature
    assert editor.review_page.read_only
    sig = editor.review_page.signature.text()
    assert examiner in sig and "attest" in sig


def test_keys_show_anchors_verbatim_and_go_back(open_editor, press, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    page = editor.item_page
    speech = alsfrs_r().item("Q1_Speech")
    assert [b.text_label.text() for b in page.anchors] == [a.text for a in speech.anchors]
    assert all(b.height() >= 44 for b in page.anchors)
    press(editor, "3", "2")
    assert "item 3 of 12" in page.progress.text()
    press(editor, Qt.Key.Key_Backspace)
    assert "item 2 of 12" in page.progress.text()
    assert page.chosen_score() == 2  # the chosen anchor is marked
    assert [b.mark.isVisible() for b in page.anchors] == [False, False, True, False, False]
    press(editor, Qt.Key.Key_Left)
    assert "item 1 of 12" in page.progress.text() and page.chosen_score() == 3


def test_gastrostomy_event_selects_5b_and_it_can_be_switched(open_editor, press, store,
                                                             patient, qtbot):
    events.add(store, Event(patient.patient_id, date.today() - timedelta(days=30),
                            "gastrostomy", "PEG"))
    editor = open_editor()
    assert "5b" in editor.start_page.gastrostomy.text()
    start_without_mrc(editor, press, qtbot)
    press(editor, "4", "4", "3", "3")
    page = editor.item_page
    assert page.title.text().startswith("5b.")
    assert [b.text_label.text() for b in page.anchors] == [
        a.text for a in alsfrs_r().item("Q5b_Cutting_with_Gastrostomy").anchors]
    press(editor, "g")  # switch to 5a on the page ...
    assert page.title.text().startswith("5a.")
    press(editor, "g")  # ... and back
    assert page.title.text().startswith("5b.")
    press(editor, *"22222222", Qt.Key.Key_Return)
    v = visits.for_patient(store, patient.patient_id)[0]
    assert v.alsfrs["Q5b_Cutting_with_Gastrostomy"] == 2
    assert "Q5a_Cutting_without_Gastrostomy" not in v.alsfrs
    assert analysis.kings_stage(v.alsfrs) == "4A+4B"


def test_not_assessed_with_reason_leaves_total_empty(open_editor, press, store, patient,
                                                     qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    press(editor, *"44444444")  # items 1-8
    press(editor, "n")
    assert editor.item_page.picker.isVisible()
    press(editor, "2")  # "patient declined"
    assert "item 10 of 12" in editor.item_page.progress.text()
    assert editor.item_page.scores.total_text() == "— / 48"
    assert "9" in editor.item_page.scores._total_need.text()
    press(editor, "4", "4", "4", Qt.Key.Key_Return)
    v = visits.for_patient(store, patient.patient_id)[0]
    assert "Q9_Climbing_Stairs" not in v.alsfrs
    assert v.not_assessed == {"Q9_Climbing_Stairs": "patient declined"}
    assert analysis.total(v.alsfrs) is None
    assert analysis.subscores(v.alsfrs)["bulbar"] == 12  # what does not read item 9 stands
    assert editor.review_page.scores.total_text() == "— / 48"


def test_open_item_blocks_signing_until_answered(open_editor, press, store, patient, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    press(editor, *"4444", Qt.Key.Key_Right, *"4444444")  # item 5 skipped
    assert editor.stack.currentWidget() is editor.review_page
    press(editor, Qt.Key.Key_Return)
    assert "5a" in editor.review_page.blockers.text()
    assert visits.for_patient(store, patient.patient_id) == []
    press(editor, "5")  # reopen item 5 by its number
    assert editor.item_page.title.text().startswith("5a.")
    press(editor, "3")  # answering a reopened item returns to the review
    assert editor.stack.currentWidget() is editor.review_page
    press(editor, Qt.Key.Key_Return)
    assert analysis.total(visits.for_patient(store, patient.patient_id)[0].alsfrs) == 47


def test_review_reopens_two_digit_items(open_editor, press, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    press(editor, *ANSWERS)
    press(editor, "1", "1")
    assert "item 11 of 12" in editor.item_page.progress.text()
    press(editor, "0")
    press(editor, "1", Qt.Key.Key_Return)
    assert "item 1 of 12" in editor.item_page.progress.text()
    press(editor, "0")
    assert editor.review_page.scores.total_text() == "24 / 48"


def test_draft_changed_carries_the_provisional_totals(open_editor, press, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    editor.emitted.clear()
    press(editor, *ANSWERS[:11])
    assert len(editor.emitted) == 11
    assert [len(v.alsfrs) for v in editor.emitted] == list(range(1, 12))
    assert analysis.total(editor.emitted[-1].alsfrs) is None
    assert analysis.subscores(editor.emitted[-1].alsfrs)["bulbar"] == 4 + 3 + 2
    assert all(v.status == "draft" and v.visit_id for v in editor.emitted)
    press(editor, ANSWERS[11])
    assert analysis.total(editor.emitted[-1].alsfrs) == 30


def test_draft_is_recovered_after_a_crash(open_editor, press, store, patient, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    press(editor, "4", "3", "2", "n", "1", "1")  # items 1-3, item 4 not assessed, item 5a
    draft_id = editor.emitted[-1].visit_id
    editor.hide()
    editor.deleteLater()  # the app dies: no signing, no goodbye
    qtbot.wait(1)

    drafts = visits.drafts(store)
    assert [d.visit_id for d in drafts] == [draft_id]
    resumed = open_editor(drafts[0])
    assert resumed.stack.currentWidget() is resumed.item_page
    assert "item 6 of 12" in resumed.item_page.progress.text()
    assert resumed.draft.answers["Q3_Swallowing"] == 2
    assert resumed.draft.not_assessed == {"Q4_Handwriting": "patient too tired"}
    press(resumed, Qt.Key.Key_Left)
    assert resumed.item_page.chosen_score() == 1
    press(resumed, "1", *"4444444", Qt.Key.Key_Return)
    v = visits.for_patient(store, patient.patient_id)[0]
    assert v.visit_id == draft_id and v.alsfrs["Q5a_Cutting_without_Gastrostomy"] == 1
    assert visits.drafts(store) == []


def test_a_date_already_taken_says_so(open_editor, press, store, patient, layout_problems,
                                      qtbot):
    first = open_editor()
    start_without_mrc(first, press, qtbot)
    press(first, *ANSWERS, Qt.Key.Key_Return)
    second = open_editor()
    second.start_page.setFocus()
    press(second, Qt.Key.Key_Return)
    assert second.stack.currentWidget() is second.start_page
    assert "already has a signed visit" in second.start_page.date_problem.text()
    assert layout_problems(second) == []
    assert second.start_page.open_button.isVisible()
    qtbot.mouseClick(second.start_page.open_button, Qt.MouseButton.LeftButton)
    assert second.review_page.read_only
    assert len(visits.drafts(store)) == 0


def test_an_examiner_name_over_its_limit_is_explained(open_editor, press, store):
    """Issue 17, finding 8: the start page applies the examiner's text limit."""
    editor = open_editor(examiner="E" * 101)
    press(editor, Qt.Key.Key_Return)
    assert editor.stack.currentWidget() is editor.start_page
    assert "at most 100 characters" in editor.start_page.examiner_problem.text()
    assert visits.drafts(store) == []


def test_notes_over_their_limit_are_explained_and_the_answers_still_saved(
        open_editor, press, store, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    press(editor, "4", "r")
    editor.review_page.notes.setPlainText("N" * 4001)
    editor._save_notes()  # (what the notes timer does)
    assert "at most 4000 characters" in editor.review_page.error.text()
    [draft] = visits.drafts(store)  # the draft keeps its answers (and could still be saved)
    assert draft.notes == "" and dict(draft.alsfrs)["Q1_Speech"] == 4


def test_closing_without_signing_keeps_the_draft(open_editor, press, store, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    press(editor, "4", "4", "r")
    qtbot.mouseClick(editor.review_page.close_button, Qt.MouseButton.LeftButton)
    assert editor.finished_with == [None]
    assert dict(visits.drafts(store)[0].alsfrs) == {"Q1_Speech": 4, "Q2_Salivation": 4}


def test_start_page_needs_an_examiner(open_editor, press, store, layout_problems, qtbot):
    editor = open_editor(examiner="")
    press(editor, Qt.Key.Key_Return)
    assert editor.stack.currentWidget() is editor.start_page
    assert "examiner's name" in editor.start_page.examiner_problem.text()
    assert layout_problems(editor) == []
    assert visits.drafts(store) == []  # bad input changes nothing
    editor.start_page.examiner.setFocus()
    qtbot.keyClicks(editor.start_page.examiner, "Dr. Late")
    press(editor, Qt.Key.Key_Return)
    assert editor.stack.currentWidget() is editor.item_page
    assert visits.drafts(store)[0].examiner == "Dr. Late"


def test_a_failed_save_is_shown_and_nothing_is_lost(open_editor, press, store, db_path, qtbot):
    import sqlite3

    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path, isolation_level=None)  # another program writing
    other.execute("BEGIN IMMEDIATE")
    press(editor, "3")
    assert editor.banner.isVisible() and "another Bedside window or command is writing" in \
        editor.banner.text()
    assert editor.draft.answers == {"Q1_Speech": 3}
    other.execute("ROLLBACK")
    other.close()
    press(editor, "2")
    assert not editor.banner.isVisible()
    assert dict(visits.drafts(store)[0].alsfrs) == {"Q1_Speech": 3, "Q2_Salivation": 2}


def test_review_reopens_an_item_with_a_click(open_editor, press, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    press(editor, *ANSWERS)
    review = editor.review_page
    rect = review.list.visualItemRect(review.list.item(6))
    qtbot.mouseClick(review.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "item 7 of 12" in editor.item_page.progress.text()
    assert editor.item_page.chosen_score() == 2
    qtbot.mouseClick(editor.item_page.anchors[0], Qt.MouseButton.LeftButton)  # a finger: 4
    assert editor.stack.currentWidget() is review
    assert review.scores.total_text() == "32 / 48"


def test_a_draft_can_be_discarded_with_a_reason(open_editor, press, store, qtbot):
    editor = open_editor()
    start_without_mrc(editor, press, qtbot)
    press(editor, "4", "r")
    review = editor.review_page
    qtbot.mouseClick(review.discard_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(review.amend_reason, Qt.Key.Key_Return)  # no reason: refused
    assert "needs a reason" in review.error.text() and len(visits.drafts(store)) == 1
    qtbot.keyClicks(review.amend_reason, "wrong patient")
    qtbot.keyClick(review.amend_reason, Qt.Key.Key_Return)
    assert visits.drafts(store) == [] and editor.finished_with == [None]
    audit = store.conn.execute(
        "SELECT reason FROM audit_log WHERE action = 'discard'").fetchall()
    assert audit == [("wrong patient",)]


def test_enter_begins_from_every_field_of_the_start_page(open_editor, press, qtbot):
    """The focus starts in the date with its text selected; Enter begins from any field."""
    from PySide6.QtWidgets import QApplication

    for n, field in enumerate(("date", "examiner", "do_alsfrs", "do_mrc", "protocol")):
        editor = open_editor()
        page = editor.start_page
        assert QApplication.focusWidget() is page.date
        assert page.date.selectedText() == page.date.text() == date.today().isoformat()
        page.date.setText((date.today() - timedelta(days=n)).isoformat())  # a day each
        getattr(page, field).setFocus()
        press(editor, Qt.Key.Key_Return)
        assert editor.stack.currentWidget() is not page, field
