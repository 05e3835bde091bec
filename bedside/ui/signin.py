"""Sign-in and first-account dialogs for a database protected by examiner accounts."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bedside.operations import access
from bedside.operations.database import Store, open_database
from bedside.store.errors import SignInFailed, StoreError
from bedside.ui.accessible import described
from bedside.ui.language import TrContext
from bedside.ui.scrolling import WrappingColumn, fit_screen
from bedside.ui.style import TOUCH_PX, error_style

signin = TrContext("signin")

SIGN_IN_MIN_WIDTH = 380  # the intro line and the fields read without wrapping


class SignInForm(QWidget):
    """Name and password; ``try_sign_in`` checks them against the store (throttled, audited)."""

    def __init__(self, store: Store, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.name = QComboBox(editable=True)
        self.name.addItems(access.examiner_names(store))
        if name:
            self.name.setCurrentText(name)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        for w in (self.name, self.password):
            w.setMinimumHeight(TOUCH_PX)
        described(self.name, self.tr("The examiner signing in"), self.tr("Examiner"))
        described(self.password, self.tr("The examiner's password"), self.tr("Password"))
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(error_style())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Examiner"), self.name)
        form.addRow(self.tr("Password"), self.password)
        column.addLayout(form)
        column.addWidget(self.message)
        # never squeezed below its fields (a layout with wrapping text around it asks its
        # height at a width and is told the fields' natural 22 px, not their 44)
        self.setMinimumHeight(column.sizeHint().height())
        self._wait = QTimer(self, singleShot=True)

    def waiting(self) -> bool:
        return self._wait.isActive()

    def try_sign_in(self) -> bool:
        """True when signed in; otherwise the message says why and, after repeated
        failures, how long to wait before the next try (the form is not frozen meanwhile)."""
        if self.waiting():
            return False
        name = self.name.currentText().strip()
        if wait_turn(self, self.store.path, name, self.message, self._wait):
            return False
        try:  # (its turn has come: the check does not wait, the window stays responsive)
            access.sign_in(self.store, name, self.password.text())
        except StoreError as e:
            self.password.clear()
            wait_turn(self, self.store.path, name, self.message, self._wait,
                      str(e).capitalize() + ".")
            return False
        self.password.clear()
        self.message.clear()
        return True


def wait_turn(widget: QWidget, db_path: Path, name: str, message: QLabel, timer: QTimer,
              said: str = "") -> bool:
    """Show ``said`` and, when this name must wait before its next sign-in attempt (failures,
    here or in another window or command), how long; the form is held meanwhile."""
    delay = access.wait_before(db_path, name)
    wait = signin.tr("Try again in %n s.", "", math.ceil(delay)) if delay > 0 else ""
    if said or wait:
        message.setText(" ".join(t for t in (said, wait) if t))
    if delay > 0:
        timer.start(int(delay * 1000))
    return delay > 0


def sign_in_buttons(dialog: QDialog, sign_in: Callable[[], None]) -> QDialogButtonBox:
    """Sign in and Cancel, touch-sized; neither is a default button, so Return in the
    password field signs in and nothing else."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(signin.tr("Sign in"))
    described(buttons.button(QDialogButtonBox.StandardButton.Ok),
              signin.tr("Sign in with the name and password given (Enter)"))
    described(buttons.button(QDialogButtonBox.StandardButton.Cancel),
              signin.tr("Close without signing in"))
    for b in buttons.buttons():
        b.setMinimumHeight(TOUCH_PX)
        b.setAutoDefault(False)
    buttons.accepted.connect(sign_in)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SignInDialog(QDialog):
    """Asked before a protected database shows anything, and to confirm a signature."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, name: str = "",
                 purpose: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to Bedside"))
        self.setMinimumWidth(SIGN_IN_MIN_WIDTH)
        self.form = SignInForm(store, self, name)
        intro = QLabel(purpose or self.tr("This database is protected. Sign in to continue."),
                       wordWrap=True)
        buttons = sign_in_buttons(self, self._accept)
        self.form.password.returnPressed.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.form.password.setFocus()

    def _accept(self) -> None:
        if self.form.try_sign_in():
            self.accept()


class CreateAccountDialog(QDialog):
    """First-run setup (or a signed-in examiner adding a colleague)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        fit_screen(self, 480)
        first = not access.is_protected(store)
        self.setWindowTitle(self.tr("Set up examiner accounts") if first
                            else self.tr("Add an examiner"))
        self.name = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(error_style())
        explain = QLabel(self.tr(
            "Once this database has an account, the app and every command ask for sign-in. "
            "Passwords have at least %n characters.", "", access.MIN_PASSWORD_LENGTH)
            if first else "", wordWrap=True)
        self.encrypt = QCheckBox(self.tr("Encrypt the database file"))
        self.encrypt_note = QLabel(self.tr(
            "Without a signed-in examiner it cannot be read at all (a copy of the unencrypted "
            "file is kept in the backups folder)."), wordWrap=True)
        self.encrypt.setVisible(first and not store.encrypted)
        self.encrypt_note.setVisible(first and not store.encrypted)
        self.encrypt.setMinimumHeight(TOUCH_PX)
        described(self.encrypt, self.tr("Encrypt the database with this account's key"))
        described(self.name, self.tr("The new examiner's name, as it signs visits"),
                  self.tr("Name"))
        described(self.password, self.tr("At least %n characters", "",
                                         access.MIN_PASSWORD_LENGTH), self.tr("Password"))
        described(self.repeat, self.tr("The same password again"), self.tr("Repeat password"))
        self.credentials: tuple[str, str] | None = None  # kept only when encrypting next
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        form.addRow(self.encrypt)
        for w in (self.name, self.password, self.repeat):
            w.setMinimumHeight(TOUCH_PX)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        described(buttons.button(QDialogButtonBox.StandardButton.Ok),
                  self.tr("Create the examiner's account"))
        described(buttons.button(QDialogButtonBox.StandardButton.Cancel),
                  self.tr("Close; no account is made"))
        for b in buttons.buttons():
            b.setMinimumHeight(TOUCH_PX)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        fields = QWidget()
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        fields.setMinimumHeight(form.sizeHint().height())  # (as the sign-in form's fields)
        layout = WrappingColumn(self)
        layout.addWidget(explain)
        layout.addWidget(fields)
        layout.addWidget(self.encrypt_note)  # (a wrapping row in the form was cut off)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        first = not access.is_protected(self.store)
        try:  # (the first examiner set up is signed in)
            access.add_examiner(self.store, self.name.text(), self.password.text())
        except StoreError as e:
            self.message.setText(str(e).capitalize() + ".")
            return
        if first and self.encrypt.isChecked():
            self.credentials = (self.name.text().strip(), self.password.text())
        self.accept()


class UnlockDialog(QDialog):
    """Sign-in to an encrypted database, before anything of it can be read: the examiners
    come from its keys file, the password unlocks the key (bedside.operations.access).
    ``store`` is the opened, signed-in store once accepted."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.store: Store | None = None
        self.key: bytes | None = None  # unlocked, though the database did not open
        self.problem = ""  # why it did not open (damaged, say): recovery is offered next
        self.setWindowTitle(self.tr("Sign in to Bedside"))
        self.setMinimumWidth(SIGN_IN_MIN_WIDTH)
        self.name = QComboBox(editable=True)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        described(self.name, self.tr("The examiner signing in"), self.tr("Examiner"))
        described(self.password, self.tr("The examiner's password"), self.tr("Password"))
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(error_style())
        try:
            self.name.addItems(access.examiners_of_encrypted(self.path))
        except StoreError as e:  # the keys file is damaged: say so, sign-in cannot work
            self.message.setText(str(e))
        for w in (self.name, self.password):
            w.setMinimumHeight(TOUCH_PX)
        intro = QLabel(self.tr("This database is encrypted. Sign in to open it."), wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Examiner"), self.name)
        form.addRow(self.tr("Password"), self.password)
        buttons = sign_in_buttons(self, self._accept)
        self.password.returnPressed.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._wait = QTimer(self, singleShot=True)
        self.password.setFocus()

    def _accept(self) -> None:
        if self._wait.isActive():
            return
        name = self.name.currentText().strip()
        password = self.password.text()
        if wait_turn(self, self.path, name, self.message, self._wait):
            return
        try:
            key = access.unlock(self.path, name, password)
        except SignInFailed as e:
            self.password.clear()
            wait_turn(self, self.path, name, self.message, self._wait,
                      str(e).capitalize() + ".")
            return
        except StoreError as e:  # the keys file itself cannot be used
            self.password.clear()
            self.message.setText(str(e))
            return
        self.password.clear()
        try:
            self.store = open_database(self.path, key=key)
        except StoreError as e:  # unlocked, but the file is damaged: recovery comes next
            self.key, self.problem = key, str(e)
            self.reject()
            return
        try:
            access.sign_in_unlocked(self.store, name, password)
        except StoreError as e:
            self.store.close()
            self.store = None
            self.message.setText(str(e))
            return
        self.accept()
