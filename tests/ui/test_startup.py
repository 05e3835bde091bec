"""The start as a user sees it: the window first, saying the database is being opened; then
the patients, the banners, the recovery offer, sign-in and the offer of unsigned drafts."""

from __future__ import annotations

import argparse
import threading
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from bedside.app import open_database, run, sign_in
from bedside.domain import Patient, Visit
from bedside.store import Store, accounts, backup, bulk, health, patients, visits
from bedside.ui.main_window import MainWindow
from bedside.ui.recovery import RecoveryDialog
from bedside.ui.signin import SignInDialog
from bedside.ui.startup import StartupSequence, StartupSteps


def _fill(db_path) -> None:
    with Store.open(db_path) as s:
        for p in (Patient("A-1", "Müller", "José", date(1960, 1, 1)),
                  Patient("A-2", "Muller", "Anna", date(1970, 1, 1)),
                  Patient("C-3", "Smith", "Peter", date(1950, 2, 2))):
            patients.add(s, p)


def _sequence(qtbot, settings, db_path, *, gate: threading.Event | None = None,
              dialogs: bool = True):
    window = MainWindow(None, settings)
    qtbot.addWidget(window)

    def opening():
        if gate is not None:
            assert gate.wait(10)
        return open_database(str(db_path), False)

    steps = StartupSteps(open=opening, sign_in=lambda s: sign_in(s, window, not dialogs))
    sequence = StartupSequence(window, steps, dialogs=dialogs)
    return window, sequence


def _shown(window: MainWindow) -> list[str]:
    model = window.patient_list.model
    return [model.patient_at(r).patient_id for r in range(model.rowCount())]


def _when(condition, then, timeout_ms: int = 10000) -> None:
    """Do ``then()`` as soon as ``condition()`` holds (e.g. a modal dialog is up). Should it
    fail or never come, the modal dialog is closed so that the test fails instead of hanging."""
    waited = {"ms": 0}

    def poll() -> None:
        if condition():
            try:
                then()
            except BaseException:
                _close_modal()
                raise
        elif waited["ms"] < timeout_ms:
            waited["ms"] += 20
            QTimer.singleShot(20, poll)
        else:
            _close_modal()

    QTimer.singleShot(20, poll)


def _close_modal() -> None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()


def _top(kind):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def test_the_window_is_on_screen_before_the_database_is_opened(qtbot, settings, db_path):
    _fill(db_path)
    gate = threading.Event()
    window, sequence = _sequence(qtbot, settings, db_path, gate=gate)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    panel = window.patient_list
    qtbot.waitUntil(lambda: sequence.job.running)
    assert panel.opening.isVisible() and panel.opening.text() == "Opening the database…"
    assert panel.count.text() == "Opening the database…"
    assert window.menuBar().actions()[0].text() == "&File"
    assert not panel.new_button.isEnabled() and not window.export_action.isEnabled()
    assert not window.banner.isVisible() and window.windowTitle() == "Bedside"
    qtbot.keyClicks(panel.search, "muller jo")  # typing may start before the patients are in
    with qtbot.waitSignal(sequence.ready, timeout=10000):
        gate.set()
    assert not panel.opening.isVisible()
    assert _shown(window) == ["A-1"] and panel.count.text() == "1 of 3 patients"
    assert window.windowTitle() == f"Bedside — {db_path.name}"
    assert window.banner.isVisible() and "no examiner accounts" in window.banner_text.text()
    assert panel.new_button.isEnabled() and window.export_action.isEnabled()
    panel.search.clear()
    assert len(_shown(window)) == 3
    sequence.close()



def test_the_first_patients_are_listed_and_the_rest_follow(qtbot, settings, db_path,
                                                           monkeypatch):
    """Only the first patients are read before the list is shown (their count is not: it
    would grow with the database); the rest, and the count, follow at once, and a search
    then finds every patient."""
    import bedside.ui.startup as startup

    monkeypatch.setattr(startup, "FIRST_LISTED", 2)
    _fill(db_path)
    window, sequence = _sequence(qtbot, settings, db_path)
    panel = window.patient_list
    seen = {}
    sequence.ready.connect(lambda: seen.update(
        shown=_shown(window), total=panel.model.total_count, count=panel.count.text()))
    with qtbot.waitSignal(sequence.checked, timeout=15000):
        window.show()
    assert seen == {"shown": ["A-2", "A-1"], "total": None, "count": ""}
    assert panel.model.total_count == 3 and panel.count.text() == "3 patients"
    qtbot.keyClicks(panel.search, "smith")
    assert _shown(window) == ["C-3"] and panel.count.text() == "1 of 3 patients"
    window.store.close()

def test_a_damaged_database_offers_the_backup_over_the_window(qtbot, settings, db_path):
    _fill(db_path)
    with Store.open(db_path) as s:
        s.backup()
    db_path.write_bytes(db_path.read_bytes()[:6000])  # cut off
    damaged = db_path.read_bytes()
    window, sequence = _sequence(qtbot, settings, db_path)
    seen = {}

    def restore() -> None:
        dialog = _top(RecoveryDialog)
        seen["list says"] = window.patient_list.opening.text()
        seen["problem"] = dialog.findChild(type(dialog.offer), "problem").text()
        seen["parent"] = dialog.parentWidget()
        dialog.restore_button.click()

    _when(lambda: _top(RecoveryDialog) is not None, restore)
    with qtbot.waitSignal(sequence.ready, timeout=15000):
        window.show()
    assert "cut off" in seen["problem"] and seen["parent"] is window
    assert seen["list says"] == "The database cannot be opened."
    assert sorted(_shown(window)) == ["A-1", "A-2", "C-3"]
    aside = [b for b in backup.list_backups(db_path) if b.reason == "set-aside"]
    assert aside and aside[0].path.read_bytes() == damaged
    window.store.close()


def _damage_a_page_of_visits(db_path) -> bytes:
    """Garbage over one page of the visits table: the header, the schema and the patient
    list read as before; only a check of every page finds it."""
    import sqlite3

    from bedside.operations.demo import generate

    with Store.open(db_path) as s, s.transaction():
        bulk.insert(s, *generate(30, seed=4), source="demo")
    with Store.open(db_path) as s:
        s.backup()
    with sqlite3.connect(db_path) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        page = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = 'visits'"
                            " AND pagetype = 'leaf'").fetchone()[0]
    data = bytearray(db_path.read_bytes())
    data[(page - 1) * size : page * size] = bytes(range(256)) * (size // 256)
    db_path.write_bytes(bytes(data))
    return bytes(data)


def test_damage_found_after_the_list_is_shown_offers_the_backup(qtbot, settings, db_path):
    damaged = _damage_a_page_of_visits(db_path)
    window, sequence = _sequence(qtbot, settings, db_path)
    seen = {}

    def restore() -> None:
        dialog = _top(RecoveryDialog)
        seen["store while offered"] = window.store
        seen["problem"] = dialog.findChild(type(dialog.offer), "problem").text()
        dialog.restore_button.click()

    with qtbot.waitSignal(sequence.ready, timeout=15000):
        window.show()
    assert window.patient_list.model.total_count == 30  # listed before the check ended
    _when(lambda: _top(RecoveryDialog) is not None, restore)
    with qtbot.waitSignal(sequence.checked, timeout=30000) as checked:
        pass
    assert "damaged" in checked.args[0] and "damaged" in seen["problem"]
    assert seen["store while offered"] is None  # nothing of the damaged file stays in use
    qtbot.waitUntil(lambda: window.store is not None and window.patient_list.model.total_count
                    == 30, timeout=15000)
    aside = [b for b in backup.list_backups(db_path) if b.reason == "set-aside"]
    assert aside and aside[0].path.read_bytes() == damaged
    assert window.store.check_contents() == ""
    window.store.close()


def test_quit_after_start_ends_with_the_message_when_the_check_finds_damage(db_path, capsys):
    _damage_a_page_of_visits(db_path)
    code = run(argparse.Namespace(db=str(db_path), demo=False, quit_after_start=True))
    for window in QApplication.topLevelWidgets():  # (run() leaves its window to the process)
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()
    captured = capsys.readouterr()
    assert code == 1 and "damaged" in captured.err
    assert "startup_ms=" not in captured.out



def test_quit_after_start_waits_for_the_check_of_a_large_file(db_path, capsys, monkeypatch):
    """The time limit of --quit-after-start covers the paint and the patients listed; the
    check of every page that follows takes as long as the file is large."""
    import time

    import bedside.app

    _fill(db_path)
    monkeypatch.setattr(bedside.app, "PAINT_TIMEOUT_MS", 3000)
    checked = Store.check_contents

    def slow_check(store):
        time.sleep(4)
        return checked(store)

    monkeypatch.setattr(Store, "check_contents", slow_check)
    code = run(argparse.Namespace(db=str(db_path), demo=False, quit_after_start=True))
    for window in QApplication.topLevelWidgets():  # (run() leaves its window to the process)
        if isinstance(window, MainWindow):
            window.close()
            window.deleteLater()
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "startup_ms=" in captured.out and "ready_ms=" in captured.out

def test_declining_the_recovery_ends_the_start_and_changes_nothing(qtbot, settings, db_path):
    db_path.write_text("not a database\n")
    window, sequence = _sequence(qtbot, settings, db_path)
    _when(lambda: _top(RecoveryDialog) is not None, lambda: _top(RecoveryDialog).quit_button
          .click())
    with qtbot.waitSignal(sequence.failed, timeout=10000) as failed:
        window.show()
    assert failed.args == [""] and window.store is None
    assert db_path.read_text() == "not a database\n"


def test_without_dialogs_a_damaged_database_fails_with_its_message(qtbot, settings, db_path):
    db_path.write_text("not a database\n")
    window, sequence = _sequence(qtbot, settings, db_path, dialogs=False)
    with qtbot.waitSignal(sequence.failed, timeout=10000) as failed:
        window.show()
    assert "not a Bedside database" in failed.args[0] and str(db_path) in failed.args[0]
    assert _top(RecoveryDialog) is None


def test_a_protected_database_asks_for_sign_in_before_any_patient(qtbot, settings, db_path):
    _fill(db_path)
    with Store.open(db_path) as s:
        accounts.create(s, "Dr Keller", "long enough")
    window, sequence = _sequence(qtbot, settings, db_path)
    seen = {}

    def sign() -> None:
        dialog = _top(SignInDialog)
        seen["listed"] = window.patient_list.model.rowCount()
        seen["says"] = window.patient_list.opening.text()
        seen["parent"] = dialog.parentWidget()
        dialog.form.name.setCurrentText("Dr Keller")
        dialog.form.password.setText("long enough")
        dialog._accept()

    _when(lambda: _top(SignInDialog) is not None, sign)
    with qtbot.waitSignal(sequence.ready, timeout=15000):
        window.show()
    assert seen == {"listed": 0, "says": "Sign in to see the patients.", "parent": window}
    assert window.store.user == "Dr Keller" and len(_shown(window)) == 3
    assert not window.banner.isVisible()  # protected: no invitation to set up accounts
    window.store.close()


def test_closing_the_sign_in_shows_nothing(qtbot, settings, db_path):
    _fill(db_path)
    with Store.open(db_path) as s:
        accounts.create(s, "Dr Keller", "long enough")
    window, sequence = _sequence(qtbot, settings, db_path)
    _when(lambda: _top(SignInDialog) is not None, lambda: _top(SignInDialog).reject())
    with qtbot.waitSignal(sequence.failed, timeout=15000):
        window.show()
    assert window.patient_list.model.rowCount() == 0 and window.store is None
    sequence.close()  # the store opened for the sign-in is closed


def test_a_failed_automatic_backup_is_shown(qtbot, settings, db_path):
    _fill(db_path)
    folder = backup.backup_dir(db_path)
    for old in folder.iterdir():
        old.unlink()
    folder.rmdir()
    folder.write_text("a file where the backups folder should be\n")
    window, sequence = _sequence(qtbot, settings, db_path)
    with qtbot.waitSignal(sequence.ready, timeout=10000):
        window.show()
    assert window.warning.isVisible()
    assert "automatic backup failed" in window.warning.text()
    assert len(_shown(window)) == 3
    window.store.close()


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_the_app_offers_an_unsigned_draft_once_the_list_is_in(qtbot, db_path, answer):
    _fill(db_path)
    with Store.open(db_path) as s:
        visits.save_draft(s, Visit("A-1", date(2025, 2, 1), "Dr. K", alsfrs={"Q1_Speech": 3}))
    seen = {}

    def respond() -> None:
        box = QApplication.activeModalWidget()
        window = _top(MainWindow)
        seen["text"] = box.text()
        seen["listed"] = window.patient_list.model.rowCount()
        later = next(b for b in box.buttons()
                     if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        (box.defaultButton() if answer == "yes" else later).click()  # Resume is the default
        QTimer.singleShot(0, lambda: (seen.update(patient=window.current_patient_id),
                                      window.close()))

    _when(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), respond)
    code = run(argparse.Namespace(db=str(db_path), demo=False, quit_after_start=False))
    assert code == 0
    assert "A visit of Müller, José (A-1) dated 2025-02-01" in seen["text"]
    assert seen["listed"] == 3
    assert seen["patient"] == ("A-1" if answer == "yes" else None)
    with Store.open(db_path) as s:
        assert len(visits.drafts(s)) == 1  # resumed or not, never lost


def test_closing_the_window_while_the_database_opens_quits_cleanly(qtbot, db_path,
                                                                   monkeypatch):
    _fill(db_path)
    gate = threading.Event()  # the check is still running when the window is closed
    import bedside.app as app_module

    real_open = app_module.open_database

    def slow_open(*args):
        assert gate.wait(10)
        return real_open(*args)

    def close_when_painted() -> None:
        window = _top(MainWindow)
        if window is None or not window.patient_list.is_opening:
            QTimer.singleShot(10, close_when_painted)
            return
        window.close()
        gate.set()

    monkeypatch.setattr(app_module, "open_database", slow_open)
    QTimer.singleShot(0, close_when_painted)
    code = run(argparse.Namespace(db=str(db_path), demo=False, quit_after_start=False))
    assert code == 0
    assert not health.open_here(db_path)  # the store opened after the close was closed
    with Store.open(db_path) as s:
        assert len(patients.all_patients(s)) == 3


def test_an_encrypted_database_is_listed_first_then_checked_once(qtbot, settings, db_path,
                                                                 monkeypatch):
    """As a plain one: after sign-in only its header and schema are checked before the
    patients are listed; the check of every page follows, and damage it finds offers the
    backups this key opens."""
    from bedside.operations.demo import generate
    from bedside.store import encryption
    from bedside.ui.signin import UnlockDialog

    name, password = "Dr Keller", "long enough password"
    with encryption.create_encrypted(db_path, name, password) as s, s.transaction():
        bulk.insert(s, *generate(30, seed=4), source="demo")
    with encryption.open_signed_in(db_path, name, password) as s:
        s.backup()
        root = s.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'visits'"
                              ).fetchone()[0]
    data = bytearray(db_path.read_bytes())
    data[(root - 1) * 4096 + 200 : (root - 1) * 4096 + 264] = b"\xff" * 64
    db_path.write_bytes(bytes(data))

    def sign_in_dialog(dialog):
        dialog.password.setText(password)
        dialog._accept()
        return dialog.result()

    def sign_in_again(dialog):  # (the restored backup: its examiners sign in to it)
        dialog.form.name.setCurrentText(name)
        dialog.form.password.setText(password)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", sign_in_dialog)
    monkeypatch.setattr(SignInDialog, "exec", sign_in_again)
    window, sequence = _sequence(qtbot, settings, db_path)
    seen = {}

    def restore() -> None:
        dialog = _top(RecoveryDialog)
        seen["listed while offered"] = seen.get("listed")
        seen["newest offered"] = dialog.newest is not None
        dialog.restore_button.click()

    sequence.ready.connect(lambda: seen.setdefault(
        "listed", window.patient_list.model.total_count))
    _when(lambda: _top(RecoveryDialog) is not None, restore, timeout_ms=30000)
    with qtbot.waitSignal(sequence.checked, timeout=30000) as checked:
        window.show()
    assert "damaged" in checked.args[0] or "cannot be read" in checked.args[0]
    assert seen["listed while offered"] == 30  # listed before the check of every page
    assert seen["newest offered"]  # the encrypted backup, opened with the same key
    qtbot.waitUntil(lambda: window.store is not None and window.store.encrypted
                    and window.patient_list.model.total_count == 30, timeout=15000)
    assert window.store.check_contents() == ""
    window.store.close()
