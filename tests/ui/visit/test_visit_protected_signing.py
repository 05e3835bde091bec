"""On a protected database a signature asks for the signed-in examiner's password again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bedside.store import accounts, visits
from bedside.ui.signin import SignInDialog

ANSWERS = "432143214321"


def answer_all_and_sign(editor, press, qtbot, dialog_password, monkeypatch):
    seen = []

    def fake_exec(dialog):  # the modal dialog, answered with real key presses
        seen.append(dialog.form.name.currentText())
        dialog.form.password.setFocus()
        qtbot.keyClicks(dialog.form.password, dialog_password)
        qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    editor.start_page.do_mrc.setFocus()  # ALSFRS-R only: untick MRC, then begin
    press(editor, Qt.Key.Key_Space, Qt.Key.Key_Return)
    press(editor, *ANSWERS)
    press(editor, Qt.Key.Key_Return)
    return seen


def test_signing_needs_the_password_and_records_the_signed_in_examiner(
        open_editor, press, store, patient, qtbot, monkeypatch):
    accounts.create(store, "Dr Keller", "long enough")
    accounts.sign_in(store, "Dr Keller", "long enough", sleep=lambda s: None)
    editor = open_editor()
    seen = answer_all_and_sign(editor, press, qtbot, "long enough", monkeypatch)
    assert seen == ["Dr Keller"]
    [v] = visits.for_patient(store, patient.patient_id)
    assert v.status == "signed" and v.signed_by == "Dr Keller"


def test_a_wrong_password_signs_nothing_and_keeps_the_draft(
        open_editor, press, store, patient, qtbot, monkeypatch):
    accounts.create(store, "Dr Keller", "long enough")
    accounts.sign_in(store, "Dr Keller", "long enough", sleep=lambda s: None)
    editor = open_editor()
    answer_all_and_sign(editor, press, qtbot, "not it at all", monkeypatch)
    assert visits.for_patient(store, patient.patient_id) == []
    [draft] = visits.drafts(store)
    assert len(draft.alsfrs) == 12
    assert "not confirmed" in editor.review_page.error.text()
