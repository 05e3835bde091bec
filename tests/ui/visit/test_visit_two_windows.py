"""One draft open in two windows (Bedside started twice on one laptop): an answer given in
one is never undone by the other's next key; the other says so and shows what is stored."""

from __future__ import annotations

from datetime import date

from bedside.domain import Visit
from bedside.store import Store, visits
from tests.ui.visit.conftest import EXAMINER, PATIENT


def _shown(qtbot, editor):
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _focus(qtbot, editor):
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    editor.take_focus()


def test_the_second_window_keeps_the_firsts_answers_and_says_why(qtbot, store, patient,
                                                                 db_path, press):
    from bedside.ui.visit import VisitEditor

    draft = visits.save_draft(store, Visit(PATIENT.patient_id, date(2024, 3, 1), EXAMINER,
                                           alsfrs={"Q1_Speech": 4}))
    with Store.open(db_path) as elsewhere:
        one = _shown(qtbot, VisitEditor(store, PATIENT, draft, examiner=EXAMINER))
        two = _shown(qtbot, VisitEditor(elsewhere, PATIENT, draft, examiner=EXAMINER))
        assert one.stack.currentWidget() is one.item_page and one.index == 1  # item 2
        _focus(qtbot, two)
        press(two, "3", "2")  # items 2 and 3 in the second window
        _focus(qtbot, one)
        press(one, "1")  # item 2 in the first: refused, what the second saved is shown
        stored = visits.get(store, draft.visit_id).alsfrs
        assert stored == {"Q1_Speech": 4, "Q2_Salivation": 3, "Q3_Swallowing": 2}
        assert one.banner.isVisible() and "another Bedside window" in one.banner.text()
        assert one.stack.currentWidget() is one.item_page and one.index == 1
        press(one, "1")  # given again, knowingly: saved, and on to item 3
        assert visits.get(store, draft.visit_id).alsfrs["Q2_Salivation"] == 1
        assert not one.banner.isVisible() and one.index == 2
