"""An inline reason picker: why an item was not assessed, or a muscle not tested.

Shown in place (no modal dialog, so it works with one hand and in tests): keys 1-n pick a reason,
the last choice ("other") asks for a few words, Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.words import reason_text
from bedside.ui.accessible import described
from bedside.ui.flow_layout import FlowLayout
from bedside.ui.style import pt


class ReasonPicker(QFrame):
    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonPicker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._reasons: list[str] = []
        self._buttons: list[QPushButton] = []
        box = QVBoxLayout(self)
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setStyleSheet(f"font-weight: bold; font-size: {pt(11)};")
        box.addWidget(self._title)
        self._grid = FlowLayout()  # wraps where the reasons are long (or the text large)
        box.addLayout(self._grid)
        row = QHBoxLayout()
        self._other = QLineEdit()
        self._other.setPlaceholderText(self.tr("Other reason: type it, then Enter"))
        self._other.setMinimumHeight(44)
        described(self._other, self.tr("A reason in your own words; Enter records it"),
                  self.tr("Other reason"))
        self._other.returnPressed.connect(self._other_done)
        row.addWidget(self._other, 1)
        cancel = described(QPushButton(self.tr("Cancel (Esc)")), self.tr(
            "Close without a reason; nothing is recorded (Esc)"))
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self._cancel)
        row.addWidget(cancel)
        box.addLayout(row)
        self._problem = QLabel()
        self._problem.setObjectName("problem")
        box.addWidget(self._problem)
        self.hide()

    def ask(self, title: str, reasons: list[str] | tuple[str, ...]) -> None:
        """Show the picker with ``reasons``, the English words that are stored (shown in the
        interface language); the last one may be "other", which asks for text."""
        self._title.setText(title)
        self._reasons = list(reasons)
        for b in self._buttons:
            self._grid.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        for n, reason in enumerate(self._reasons):
            b = QPushButton(f"{n + 1}  {reason_text(reason)}")
            b.setAccessibleName(reason_text(reason))
            b.setAccessibleDescription(self.tr("Key %1 picks this reason").replace(
                "%1", str(n + 1)))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setStyleSheet("text-align: left;")
            b.clicked.connect(lambda _=False, i=n: self._pick(i))
            self._grid.addWidget(b)
            self._buttons.append(b)
        self._other.clear()
        self._problem.clear()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _is_other(self, n: int) -> bool:
        return self._reasons[n].strip().lower() == "other"  # the resources' word for it

    def _pick(self, n: int) -> None:
        if self._is_other(n):
            self._other.setFocus(Qt.FocusReason.OtherFocusReason)
            self._problem.setText(self.tr("Type the reason, then press Enter."))
            return
        self._finish(self._reasons[n])

    def _other_done(self) -> None:
        text = self._other.text().strip()
        if not text:
            self._problem.setText(self.tr("A reason is needed: type a few words or pick one."))
            return
        self._finish(text)

    def _finish(self, reason: str) -> None:
        self.hide()
        self.chosen.emit(reason)

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._cancel()
            return
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(self._reasons):
            self._pick(int(text) - 1)
            return
        event.accept()  # keys meant for the page must not act while a reason is asked
