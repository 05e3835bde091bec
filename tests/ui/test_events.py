from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from bedside.store import events
from bedside.ui.event_dialog import EventDialog
from bedside.ui.main_window import MainWindow
from tests.ui.helpers import show_active


def _save(qtbot, dialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_add_event_with_the_keyboard(qtbot, store, patient_with_visits):
    dialog = EventDialog(store, patient_with_visits)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("gastrostomy"))
    dialog.event_date.clear()
    qtbot.keyClicks(dialog.event_date, "2024-09-02")
    qtbot.keyClicks(dialog.label, "PEG")
    _save(qtbot, dialog)
    stored = [e for e in events.for_patient(store, "P-1") if e.kind == "gastrostomy"]
    assert [(e.event_date, e.label) for e in stored] == [(date(2024, 9, 2), "PEG")]


def test_a_new_event_has_no_kind_until_one_is_chosen(qtbot, store, patient_with_visits):
    dialog = EventDialog(store, patient_with_visits)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentData() is None and dialog.kind.currentText() == ""
    _save(qtbot, dialog)
    assert "choose the kind" in dialog.grid.messages["kind"].text()
    assert len(events.for_patient(store, "P-1")) == 1  # nothing stored
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "p")  # the first letter chooses: Procedure
    assert dialog.kind.currentData() == "procedure"


def test_event_bad_date_is_shown_beside_it_and_not_stored(qtbot, store, patient_with_visits):
    dialog = EventDialog(store, patient_with_visits)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    dialog.event_date.clear()
    qtbot.keyClicks(dialog.event_date, "1950-01-01")  # before birth
    _save(qtbot, dialog)
    assert "before birth" in dialog.grid.messages["event_date"].text()
    dialog.event_date.clear()
    qtbot.keyClicks(dialog.event_date, "02/09/2024")
    _save(qtbot, dialog)
    assert "YYYY-MM-DD" in dialog.grid.messages["event_date"].text()
    assert len(events.for_patient(store, "P-1")) == 1


def test_edit_event_changes_the_row(qtbot, store, patient_with_visits):
    original = events.for_patient(store, "P-1")[0]
    dialog = EventDialog(store, patient_with_visits, original)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.label.text() == "MSC transplantation, intrathecal"
    dialog.label.clear()
    qtbot.keyClicks(dialog.label, "MSC transplantation, second dose")
    _save(qtbot, dialog)
    (changed,) = events.for_patient(store, "P-1")
    assert changed.event_id == original.event_id
    assert changed.label == "MSC transplantation, second dose"


def test_delete_asks_a_reason_and_the_page_refreshes(qtbot, store, settings, patient_with_visits,
                                                     monkeypatch):
    window = MainWindow(store, settings)
    show_active(qtbot, window)
    window.show_patient("P-1")
    panel = window.page.events
    assert panel.table.rowCount() == 1
    assert window.page.trends.event_choice.count() == 2  # "(choose)" + the event
    panel.table.selectRow(0)
    asked = []

    def reason(*args, **kwargs):
        asked.append(args[2])
        return ("entered on the wrong patient", True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(reason))
    window.page.overview.setCurrentWidget(panel)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)  # the keyboard alone
    assert asked and "Reason (required)" in asked[0]
    assert events.for_patient(store, "P-1") == []
    assert panel.table.rowCount() == 0
    assert window.page.trends.event_choice.count() == 1
    audit = store.conn.execute(
        "SELECT reason FROM audit_log WHERE action = 'delete' AND entity = 'event'").fetchall()
    assert audit == [("entered on the wrong patient",)]
