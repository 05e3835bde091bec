"""An encrypted database in the app: sign in before it opens, encrypt at first-account setup,
the idle lock still hides patient data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bedside.domain import Patient
from bedside.store import Store, encryption, patients
from bedside.ui.opening import open_or_recover
from bedside.ui.signin import CreateAccountDialog, UnlockDialog

NAME = "Dr Keller"
PASSWORD = "long enough password"


def make_encrypted(db_path):
    store = encryption.create_encrypted(db_path, NAME, PASSWORD)
    patients.add(store, Patient("P-1", "Zebrowskaja", "Anastasia", date(1961, 4, 2)))
    store.close()


def type_and_enter(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_unlock_dialog_wrong_password_opens_nothing_right_one_opens(qtbot, db_path):
    make_encrypted(db_path)
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    assert [dialog.name.itemText(i) for i in range(dialog.name.count())] == [NAME]
    type_and_enter(qtbot, dialog.password, "wrong password")
    assert dialog.store is None and dialog.result() == 0
    assert "wrong password" in dialog.message.text() and dialog.password.text() == ""
    type_and_enter(qtbot, dialog.password, PASSWORD)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.store is not None and dialog.store.signed_in == NAME
    assert [p.family_name for p in patients.all_patients(dialog.store)] == ["Zebrowskaja"]
    failed = dialog.store.conn.execute(
        "SELECT who FROM audit_log WHERE action = 'sign-in failed'").fetchall()
    assert failed == [(NAME,)]  # the wrong password, audited once the database was open
    dialog.store.close()


def test_opening_an_encrypted_database_asks_for_sign_in_first(qtbot, db_path, monkeypatch):
    make_encrypted(db_path)
    asked = []

    def sign_in(dialog):
        asked.append(dialog.windowTitle())
        type_and_enter(qtbot, dialog.password, PASSWORD)
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", sign_in)
    store = open_or_recover(None, db_path)
    assert asked == ["Sign in to Bedside"]
    assert store is not None and store.encrypted and store.signed_in == NAME
    store.close()
    monkeypatch.setattr(UnlockDialog, "exec", lambda dialog: 0)  # Cancel
    assert open_or_recover(None, db_path) is None


def test_first_account_setup_can_encrypt_the_open_database(qtbot, db_path, settings,
                                                           monkeypatch):
    from bedside.ui.main_window import MainWindow

    store = Store.open(db_path)
    patients.add(store, Patient("P-1", "Zebrowskaja", "Anastasia", date(1961, 4, 2)))
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))

    def fill_in(dialog):
        assert dialog.encrypt.isVisibleTo(dialog)
        for field, text in ((dialog.name, NAME), (dialog.password, PASSWORD),
                            (dialog.repeat, PASSWORD)):
            field.setFocus()
            qtbot.keyClicks(field, text)
        dialog.encrypt.setChecked(True)
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(CreateAccountDialog, "exec", fill_in)
    window.set_up_accounts()
    assert window.store.encrypted and window.store.signed_in == NAME
    assert b"Zebrowskaja" not in db_path.read_bytes()
    assert told and "is now encrypted" in told[0] and "before-encrypt" in told[0]
    assert window.patient_list.isVisible()
    assert window.idle_lock is not None  # a protected database locks when idle
    window.close()
    window.store.close()


def test_idle_lock_on_an_encrypted_database(qtbot, db_path, settings):
    from bedside.ui.main_window import MainWindow

    make_encrypted(db_path)
    store = encryption.open_signed_in(db_path, NAME, PASSWORD)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_patient("P-1")
    lock = window.idle_lock
    assert lock is not None
    lock.lock()
    assert lock.is_locked and "Zebrowskaja" not in window.windowTitle()
    assert window.grab().toImage().pixelColor(5, 40).name() == "#2b3a42"
    type_and_enter(qtbot, lock.cover.form.password, "wrong password")
    assert lock.is_locked
    type_and_enter(qtbot, lock.cover.form.password, PASSWORD)
    assert not lock.is_locked
    window.close()
    store.close()


def test_a_damaged_encrypted_database_is_recovered_after_sign_in(qtbot, db_path, monkeypatch):
    from bedside.ui.recovery import RecoveryDialog

    make_encrypted(db_path)
    with encryption.open_signed_in(db_path, NAME, PASSWORD) as store:
        store.backup()
    with open(db_path, "r+b") as fh:  # damage a page inside the file
        fh.seek(2 * 4096 + 100)
        fh.write(b"\xff" * 64)
    damaged = db_path.read_bytes()

    def sign_in(dialog):
        type_and_enter(qtbot, dialog.password, PASSWORD)
        return dialog.result()

    offered = []

    def restore_newest(dialog):
        offered.append((dialog.newest is not None, dialog.offer.text()))
        dialog._restore_newest()
        return dialog.result()

    monkeypatch.setattr(UnlockDialog, "exec", sign_in)
    monkeypatch.setattr(RecoveryDialog, "exec", restore_newest)
    store = open_or_recover(None, db_path)
    assert offered and offered[0][0] and "1 patient and" in offered[0][1]
    assert store is not None and store.encrypted
    assert [p.family_name for p in patients.all_patients(store)] == ["Zebrowskaja"]
    store.close()
    kept = [p for p in (db_path.parent / "backups").glob("*set-aside.sqlite3")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the damaged file is kept
