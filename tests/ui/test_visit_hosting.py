"""The patient page hosts the visit editor: the live trend follows the answers, signing
refreshes the page, an unsigned draft is offered again after a crash."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bedside.domain import Visit
from bedside.store import visits
from bedside.ui.main_window import MainWindow
from bedside.ui.plot_time import x_of
from tests.ui.helpers import show_active


def _press(qtbot, window, *keys):
    for key in keys:
        target = QApplication.focusWidget() or window
        qtbot.keyClick(target, key)


def _open(qtbot, store, settings) -> MainWindow:
    window = MainWindow(store, settings)
    window.resize(1366, 768)
    show_active(qtbot, window)
    window.patient_list.select("P-1")
    window.show_patient("P-1")
    return window


def test_new_visit_moves_the_provisional_point_and_signing_refreshes(
        qtbot, store, settings, patient_with_visits):
    settings.set("visit/last_examiner", "Dr. Keller")
    window = _open(qtbot, store, settings)
    page = window.page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None and page.left.currentWidget() is editor
    assert not window.patient_list.isVisible()  # the list gives its room to the entry screens
    editor.start_page.do_mrc.setChecked(False)
    editor.start_page.do_mrc.setFocus()
    _press(qtbot, window, Qt.Key.Key_Return)
    assert editor.stack.currentWidget() is editor.item_page
    today = x_of(date.today())
    _press(qtbot, window, "4")  # speech 4: the rest carried forward from the 39 visit
    assert page.trends.provisional_position() == (today, 42.0)
    _press(qtbot, window, "0")  # salivation 0 (was 4)
    assert page.trends.provisional_position() == (today, 38.0)
    _press(qtbot, window, *"4444444444")
    assert page.trends.provisional_position() == (today, 44.0)
    _press(qtbot, window, Qt.Key.Key_Return)  # sign
    signed = visits.for_patient(store, "P-1")
    assert len(signed) == 3 and signed[-1].visit_date == date.today()
    assert page.history.text(0, 1) == "44"
    assert page.header.values["total"].text().startswith("44 / 48")
    assert page.trends.provisional_position() is None
    assert list(page.trends.curves["total"].yData) == [46, 39, 44]


def test_a_draft_left_by_a_crash_is_offered_and_resumed(qtbot, store, settings,
                                                        patient_with_visits, monkeypatch):
    visits.save_draft(store, Visit("P-1", date(2025, 2, 1), "Dr. K",
                                   alsfrs={"Q1_Speech": 2, "Q2_Salivation": 1}))
    asked = []

    def press_enter(box):  # Enter presses the default button: it must be Resume
        asked.append(box.text())
        assert box.defaultButton().text().replace("&", "") == "Resume"
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_enter)
    window = MainWindow(store, settings)
    show_active(qtbot, window)
    window.offer_drafts()
    assert asked and "2025-02-01" in asked[0] and "Müller, José" in asked[0]
    assert window.current_patient_id == "P-1"
    editor = window.page.editor
    assert editor is not None
    assert editor.draft.visit_date == date(2025, 2, 1)
    assert window.page.trends.provisional_position() == (x_of(date(2025, 2, 1)), 37.0)


def test_closing_the_editor_keeps_the_draft_in_the_history(qtbot, store, settings,
                                                           patient_with_visits):
    draft = visits.save_draft(store, Visit("P-1", date(2025, 2, 1), "Dr. K",
                                           alsfrs={"Q1_Speech": 2}))
    window = _open(qtbot, store, settings)
    window.page.open_visit(draft)
    window.page.editor.finished.emit(None)
    assert window.page.editor is None
    assert window.page.history.text(0, 7) == "draft"
    assert window.patient_list.isVisible()


def test_notes_typed_just_before_closing_the_window_are_kept(qtbot, store, settings,
                                                             patient_with_visits):
    draft = visits.save_draft(store, Visit("P-1", date(2025, 2, 1), "Dr. K",
                                           alsfrs={"Q1_Speech": 2}))
    window = _open(qtbot, store, settings)
    window.page.open_visit(draft)
    editor = window.page.editor
    editor.show_review()
    editor.review_page.notes.setPlainText("patient tired after item 3")
    window.close()  # before the notes' save timer fires
    (kept,) = visits.drafts(store, "P-1")
    assert kept.notes == "patient tired after item 3"


def test_the_hosted_screens_show_everything_at_1366x768(qtbot, store, settings,
                                                        patient_with_visits):
    """Beside the trend the editor gets about 720x580: every page still shows all of its
    text (the MRC page's title wrapped, its grade wording scrolled, not cut off)."""
    from tests.ui.layout_check import layout_problems

    settings.set("visit/last_examiner", "Dr. Keller")
    window = _open(qtbot, store, settings)
    page = window.page
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.width() <= 730 and editor.height() < 600
    assert layout_problems(editor) == [], "start page"
    assert not editor.start_page.do_mrc.isChecked()  # as at the patient's last visit
    editor.start_page.do_mrc.setChecked(True)
    editor.start_page.do_mrc.setFocus()
    _press(qtbot, window, Qt.Key.Key_Return, *"4321")
    qtbot.wait(10)
    found = layout_problems(editor)
    assert found == [], found
    _press(qtbot, window, *"43214321")
    qtbot.wait(10)
    assert editor.stack.currentWidget() is editor.mrc_page
    assert layout_problems(editor) == [], "MRC page"
    mrc = editor.mrc_page
    assert mrc.title.wordWrap() and mrc.title.height() >= mrc.title.heightForWidth(
        mrc.title.width())
    _press(qtbot, window, "0")  # the last whole grade: its wording scrolled into view
    bar = mrc.legend_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > bar.maximum() // 2
    _press(qtbot, window, Qt.Key.Key_Return)
    window.page.editor.show_review()  # Ctrl+Enter reaches the grid at a real keyboard
    qtbot.wait(10)
    review = editor.review_page
    assert layout_problems(editor) == [], "review page"
    # all twelve answers and each whole anchor, without scrolling
    assert review.list.count() == 12 and review.list.verticalScrollBar().maximum() == 0
    assert "visit of" in review.title.text()


def test_an_mrc_only_visit_reviews_and_discards_at_1366x768(qtbot, store, settings,
                                                            patient_with_visits):
    from tests.ui.layout_check import layout_problems

    settings.set("visit/last_examiner", "Dr. Keller")
    window = _open(qtbot, store, settings)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.page.editor
    editor.start_page.do_alsfrs.setChecked(False)
    editor.start_page.do_mrc.setChecked(True)
    editor.start_page.do_mrc.setFocus()
    _press(qtbot, window, Qt.Key.Key_Return, *"5555")
    editor.show_review()
    qtbot.wait(10)
    review = editor.review_page
    assert not review.list.isVisible() and review.alsfrs_note.isVisible()
    assert layout_problems(editor) == [], "MRC-only review"
    review.ask_discard()
    qtbot.wait(10)
    assert layout_problems(editor) == [], "discard reason open"
    assert review.scores.isHidden() or review.scores.height() >= review.scores.minimumSizeHint(
    ).height()


def test_breathing_and_weight_hosted_at_1366x768_then_plotted(qtbot, store, settings,
                                                             patient_with_visits, tmp_path):
    """The rest of the visit beside the trend (about 720 px wide): every label whole, the
    review with its measurements too; once signed, the patient's breathing and weight plot
    has the new point and the page no longer says they are overdue."""
    import os

    from tests.ui.visit.conftest import layout_problems

    shots = os.environ.get("BEDSIDE_SHOTS") or str(tmp_path)
    settings.set("visit/last_examiner", "Dr. Keller")
    window = _open(qtbot, store, settings)
    page = window.page
    assert "Lung function overdue: never recorded." in page.header.overdue.text()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    editor.start_page.do_measures.setChecked(True)
    editor.start_page.do_measures.setFocus()
    _press(qtbot, window, Qt.Key.Key_Return)
    assert editor.stack.currentWidget() is editor.measures_page
    _press(qtbot, window, *"2.4", Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Return,
           *"41", Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Return, *"63.2",
           Qt.Key.Key_Return, *"171")
    qtbot.wait(10)
    assert layout_problems(editor) == [], "measures page"
    window.grab().save(os.path.join(shots, "hosted_measures.png"))
    _press(qtbot, window, Qt.Key.Key_Return, Qt.Key.Key_Return, Qt.Key.Key_Return)
    assert editor.stack.currentWidget() is editor.item_page
    _press(qtbot, window, *"444444444444")
    qtbot.wait(10)
    assert editor.stack.currentWidget() is editor.review_page
    assert layout_problems(editor) == [], "review page with measurements"
    window.grab().save(os.path.join(shots, "hosted_review_measures.png"))
    _press(qtbot, window, Qt.Key.Key_Return)  # sign
    (signed,) = [v for v in visits.for_patient(store, "P-1") if v.visit_date == date.today()]
    assert (signed.measurements.fvc_l, signed.measurements.mip_cmh2o,
            signed.measurements.weight_kg, signed.measurements.height_cm) == (2.4, 41, 63.2, 171)
    page.plots.setCurrentWidget(page.measures)
    qtbot.wait(10)
    points = page.measures.points()
    assert [x for x, _ in points["fvc"]] == [x_of(date.today())]
    assert points["kg"] == [(x_of(date.today()), 63.2)]
    assert page.header.overdue.isHidden()
    window.grab().save(os.path.join(shots, "hosted_breathing_plot.png"))


def test_why_a_visit_cannot_be_signed_is_in_view_beside_the_sign_button(
        qtbot, store, settings, patient_with_visits):
    """At 1366x768, a visit recording everything, two answers given, R: the review says
    which items have no answer, and that and Sign are on screen without scrolling."""
    settings.set("visit/last_examiner", "Dr. Keller")
    window = _open(qtbot, store, settings)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.page.editor
    for box in (editor.start_page.do_alsfrs, editor.start_page.do_measures,
                editor.start_page.do_mrc):
        box.setChecked(True)
    editor.start_page.do_mrc.setFocus()
    _press(qtbot, window, Qt.Key.Key_Return)  # Begin: breathing and weight first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # none measured: on to the items
    _press(qtbot, window, "3", "4", Qt.Key.Key_R)
    _press(qtbot, window, Qt.Key.Key_Return)  # refused: ten items have no answer
    review = editor.review_page
    assert editor.stack.currentWidget() is review
    assert visits.for_patient(store, "P-1")[-1].visit_date != date.today()  # not signed
    assert "have no answer" in review.blockers.text()
    for widget in (review.blockers, review.sign_button):
        assert widget.isVisible()
        seen = widget.visibleRegion().boundingRect()
        assert seen.size() == widget.size(), f"{widget.objectName() or widget.text()} cut"
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert window.rect().contains(corner), f"{widget.text()[:30]!r} below the window"


def test_tab_leaves_the_patient_list_for_the_visit_history(qtbot, store, settings,
                                                           patient_with_visits):
    """The lists choose rows: Tab goes on to the next part of the window, not cell by cell
    (forty patients were 120 Tab stops), so the visit history is reached from the list."""
    window = _open(qtbot, store, settings)
    window.patient_list.table.setFocus()
    seen = []
    for _ in range(30):
        _press(qtbot, window, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is window.page.history:
            break
    assert seen[-1] is window.page.history, [w.objectName() for w in seen]
    assert seen.count(window.patient_list.table) == 0
    _press(qtbot, window, Qt.Key.Key_Return)  # the newest visit opens, read-only
    assert window.page.editor is not None
    assert window.page.editor.shown == visits.for_patient(store, "P-1")[-1]
