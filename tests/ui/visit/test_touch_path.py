"""A whole visit with a finger: every answer, grade, modifier, not-tested reason, clearing and
signing is a button to touch; no key is needed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from bedside.store import visits


def _tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.width() >= 44 and widget.height() >= 44, widget
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _key(page, code: str) -> QPushButton:
    return next(b for b in page.findChildren(QPushButton) if b.text() == code)


def _tap_cell(qtbot, page, cell: str) -> None:
    row, col = page._positions[cell]
    table = page.table
    rect = table.visualRect(table.model().index(row, col))
    assert rect.height() >= 44
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_whole_visit_is_entered_and_signed_by_touch(qtbot, open_editor, store, patient):
    editor = open_editor()
    start, items, mrc, review = (editor.start_page, editor.item_page, editor.mrc_page,
                                 editor.review_page)
    _tap(qtbot, start.begin_button)
    assert editor.stack.currentWidget() is items
    for n in range(12):
        score = (4, 3, 2, 1, 0)[n % 5]
        anchor = next(b for b in items.anchors if b.score.text() == str(score))
        _tap(qtbot, anchor)
    assert editor.stack.currentWidget() is mrc
    cells = editor.draft.protocol.cells
    _tap_cell(qtbot, mrc, cells[0])
    _tap(qtbot, _key(mrc, "5"))
    _tap_cell(qtbot, mrc, cells[1])
    _tap(qtbot, _key(mrc, "4-"))
    _tap_cell(qtbot, mrc, cells[2])
    _tap(qtbot, _key(mrc, "3"))
    _tap_cell(qtbot, mrc, cells[2])
    _tap(qtbot, mrc.findChild(QPushButton, "clearKey"))
    _tap_cell(qtbot, mrc, cells[3])
    _tap(qtbot, _key(mrc, "NT"))
    reason = next(b for b in mrc.picker.findChildren(QPushButton) if "pain" in b.text())
    _tap(qtbot, reason)
    done = next(b for b in mrc.findChildren(QPushButton) if "review" in b.text().lower())
    _tap(qtbot, done)
    assert editor.stack.currentWidget() is review
    _tap(qtbot, review.sign_button)
    signed = visits.for_patient(store, patient.patient_id)
    assert len(signed) == 1 and signed[0].visit_date == date.today()
    assert signed[0].alsfrs["Q1_Speech"] == 4 and signed[0].alsfrs["Q2_Salivation"] == 3
    grades = signed[0].mrc
    assert grades[cells[0]].code == "5" and grades[cells[1]].code == "4-"
    assert cells[2] not in grades
    assert not grades[cells[3]].tested and grades[cells[3]].reason == "pain"
