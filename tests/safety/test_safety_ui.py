"""The audit history dialog and the recovery dialog, driven like a user would."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QTimer  # noqa: E402

from bedside.domain import MrcCell  # noqa: E402
from bedside.store import Store, backup, events, health, patients, visits  # noqa: E402
from bedside.ui.audit_view import AuditDialog  # noqa: E402
from bedside.ui.recovery import RecoveryDialog, offer_recovery  # noqa: E402
from tests.safety.conftest import snapshot  # noqa: E402
from tests.safety.factory import day, event, patient, visit  # noqa: E402


@pytest.fixture
def history_store(store):
    patients.add(store, patient("P001"), reason="referral letter")
    patients.update(store, replace(patient("P001"), family_name="Roe"), reason="married name")
    v = visit("P001", day(5))
    d = visits.save_draft(store, v)
    s = visits.sign(store, d.visit_id, "Dr Test")
    mrc = dict(s.mrc)
    mrc["shoulder_abduction_L"] = MrcCell("2")
    visits.amend(store, s.visit_id, replace(s, mrc=mrc), "grade misread", "Dr Test")
    events.add(store, event("P001", 9))
    return store


def test_audit_dialog_shows_the_patient_history_newest_first(qtbot, history_store, tmp_path):
    dialog = AuditDialog(history_store, "patient", "P001")
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.visible_rows()
    assert rows[0][2].startswith("event #") and rows[0][3] == "created"
    amended = [r for r in rows if r[3] == "amended" and r[4] == "MRC Shoulder abduction, left"]
    assert amended and amended[0][6] == "2" and amended[0][7] == "grade misread"
    renamed = [r for r in rows if r[4] == "family name"]
    assert renamed[0][5:8] == ["Doe", "Roe", "married name"]
    assert all(r[1] == "tester" for r in rows)
    qtbot.keyClicks(dialog.filter, "misread")
    assert dialog.visible_rows() and all("grade misread" in r for r in dialog.visible_rows())
    dialog.grab().save(str(tmp_path / "audit.png"))


def test_audit_dialog_of_one_visit(qtbot, history_store):
    dialog = AuditDialog(history_store, "visit", f"P001/{day(5).isoformat()}")
    qtbot.addWidget(dialog)
    rows = dialog.visible_rows()
    assert {r[2] for r in rows} == {f"visit {day(5).isoformat()}"}
    assert {"draft saved", "signed", "amended"} == {r[3] for r in rows}
    assert any(r[4] == "Q1 Speech" for r in rows)
    assert "visit of P001" in dialog.windowTitle()


def test_recovery_restores_the_newest_backup_and_keeps_the_damaged_file(qtbot, filled_db):
    filled_db.write_bytes(filled_db.read_bytes()[:6000])
    damaged = filled_db.read_bytes()
    verdict = health.inspect(filled_db)
    dialog = RecoveryDialog(filled_db, verdict.problem)
    qtbot.addWidget(dialog)
    assert "cut off" in dialog.findChild(type(dialog.offer), "problem").text()
    assert "3 patients and 6 signed visits" in dialog.offer.text()
    assert dialog.restore_button.isVisible() or not dialog.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == filled_db
    aside = [b for b in backup.list_backups(filled_db) if b.reason == "set-aside"]
    assert aside and aside[0].path.read_bytes() == damaged
    with Store.open(filled_db) as s:
        assert len(patients.all_patients(s)) == 3


def test_recovery_of_a_newer_database_defaults_to_quit_and_changes_nothing(qtbot, filled_db):
    c = sqlite3.connect(filled_db)
    c.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    c.commit()
    c.close()
    before = snapshot(filled_db)
    dialog = RecoveryDialog(filled_db, health.inspect(filled_db).problem)
    qtbot.addWidget(dialog)
    assert dialog.quit_button.isDefault() and "newer version" in dialog.offer.text()
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen is None and snapshot(filled_db) == before


def test_offer_recovery_without_a_backup_offers_no_restore(qtbot, db_path):
    db_path.write_text("not a database\n")
    dialog = RecoveryDialog(db_path, health.inspect(db_path).problem)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden() and "No good backup" in dialog.offer.text()

    def press_quit():
        for w in qtbot_app_widgets():
            if isinstance(w, RecoveryDialog) and w.isVisible():
                w.quit_button.click()

    QTimer.singleShot(50, press_quit)
    assert offer_recovery(None, db_path, health.inspect(db_path).problem) is None
    assert db_path.read_text() == "not a database\n"


def qtbot_app_widgets():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()
