"""Sign-in dialog, first-account setup and the idle lock, driven with real key presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from bedside.store import accounts
from bedside.ui.idle_lock import IdleLock
from bedside.ui.signin import CreateAccountDialog, SignInDialog


def type_into(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_first_account_setup_signs_the_creator_in(qtbot, store):
    dialog = CreateAccountDialog(store)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.name, "Dr Keller")
    type_into(qtbot, dialog.password, "long enough")
    type_into(qtbot, dialog.repeat, "long enoug")
    dialog._accept()
    assert "differ" in dialog.message.text() and not accounts.has_accounts(store)
    type_into(qtbot, dialog.repeat, "h")
    dialog._accept()
    assert accounts.names(store) == ["Dr Keller"] and store.user == "Dr Keller"


def test_wrong_password_opens_nothing_and_says_so(qtbot, store):
    accounts.create(store, "Dr Keller", "long enough")
    store.user = "nobody"
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.form.password, "wrong one")
    qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
    assert dialog.result() == 0 and store.user == "nobody"
    assert "wrong password" in dialog.form.message.text()
    type_into(qtbot, dialog.form.password, "long enough")
    qtbot.keyClick(dialog.form.password, Qt.Key.Key_Return)
    assert dialog.result() == SignInDialog.DialogCode.Accepted and store.user == "Dr Keller"


def test_idle_lock_hides_patient_data_and_keeps_the_screen_underneath(qtbot, store):
    accounts.create(store, "Dr Keller", "long enough")
    accounts.sign_in(store, "Dr Keller", "long enough", sleep=lambda s: None)
    window = QMainWindow()
    window.setWindowTitle("Bedside — Müller, Zoë (P001)")
    data = QLabel("ALSFRS-R total 41 for Müller, Zoë")
    window.setCentralWidget(data)
    window.resize(1366, 768)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(store, window, minutes=0.002)  # 120 ms
    qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
    assert "Müller" not in window.windowTitle()
    cover = lock.cover
    assert cover.geometry() == window.rect() and cover.isVisible()
    shot = window.grab().toImage()
    assert shot.pixelColor(5, 5).name() == "#2b3a42"  # the cover, not the data, is painted
    type_into(qtbot, cover.form.password, "long enough")
    qtbot.keyClick(cover.form.password, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert window.centralWidget() is data and "Müller" in window.windowTitle()


def test_unprotected_database_passes_and_protected_one_asks(qtbot, store, monkeypatch):
    from bedside.ui import protection

    assert protection.ensure_signed_in(store) and protection.confirm_signature(store)
    accounts.create(store, "Dr Keller", "long enough")
    accounts.sign_in(store, "Dr Keller", "long enough", sleep=lambda s: None)
    asked: list[str] = []

    def fake_exec(dialog):
        asked.append(dialog.form.name.currentText())
        type_into(qtbot, dialog.form.password, "wrong password")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    assert not protection.confirm_signature(store)
    assert asked == ["Dr Keller"]
