"""Lock the window after an idle time: patient data is hidden until an examiner signs in.

The lock is an opaque cover over the window's contents; whatever is underneath (a visit
being entered, with its draft already saved) stays exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bedside.operations.access import idle_minutes
from bedside.operations.database import Store
from bedside.ui.accessible import described
from bedside.ui.signin import SignInForm
from bedside.ui.style import TOUCH_PX, pt

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class LockCover(QWidget):
    unlocked = Signal()

    def __init__(self, store: Store, window: QWidget) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setStyleSheet("LockCover { background: #2b3a42; } QLabel { color: white; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        title = QLabel(self.tr("Bedside is locked"), wordWrap=True)
        title.setStyleSheet(f"font-size: {pt(16)}; font-weight: bold; color: white;")
        note = QLabel(self.tr("Locked after inactivity. Sign in to continue; a visit in "
                              "progress is kept as it was."), wordWrap=True)
        self.form = SignInForm(store, self, name=store.user)
        white = self.form.palette()  # (a style sheet here made the form's rows overlap)
        white.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.form.setPalette(white)
        button = described(QPushButton(self.tr("Unlock")), self.tr(
            "Sign in again and go on where you were (Enter)"))
        button.setMinimumHeight(TOUCH_PX)
        button.clicked.connect(self._unlock)
        self.form.password.returnPressed.connect(self._unlock)
        box = QWidget(self)
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        for w in (title, note, self.form, button):
            inner.addWidget(w)
        outer = QVBoxLayout(self)
        outer.addWidget(box, alignment=Qt.AlignmentFlag.AlignCenter)  # at its full height
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.form.password.setFocus()

    def _unlock(self) -> None:
        if self.form.try_sign_in():
            self.hide()
            self.unlocked.emit()


class IdleLock(QObject):
    """Watches the application's input; locks ``window`` after the store's idle setting."""

    locked = Signal()

    def __init__(self, store: Store, window: QWidget, minutes: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.cover = LockCover(store, window)
        self.cover.unlocked.connect(self._restart)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(int((minutes or idle_minutes(store)) * 60_000))
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self._title = ""
        self.timer.start()

    @property
    def is_locked(self) -> bool:
        return self.cover.isVisible()

    def lock(self) -> None:
        if self.is_locked:
            return
        self._title = self.window.windowTitle()
        self.window.setWindowTitle("Bedside")  # a title may name the patient
        self.cover.cover()
        self.locked.emit()

    def _restart(self) -> None:
        self.window.setWindowTitle(self._title)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize and obj is self.window and self.is_locked:
            self.cover.setGeometry(self.window.rect())
        if event.type() in _ACTIVITY and not self.is_locked:
            self.timer.start()
        return False
