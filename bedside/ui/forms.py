"""Form helpers: a field with its message beside it, date parsing, store errors by field."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QWidget

from bedside.analysis import Problem
from bedside.ui.style import ERROR_STYLE, TOUCH_PX


def tr(text: str) -> str:
    return QCoreApplication.translate("forms", text)


class BadDate(ValueError):
    pass


def parse_date(text: str) -> date | None:
    """'' -> None; an ISO date -> date; anything else -> BadDate with what to write."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadDate(
            tr("not a date: write it as YYYY-MM-DD, e.g. 1961-04-23")
        ) from None


class FieldGrid:
    """Rows of label | input | message; ``show`` puts each problem beside its field."""

    def __init__(self, parent: QWidget) -> None:
        self.layout = QGridLayout()
        self.layout.setColumnStretch(1, 1)
        self.layout.setColumnStretch(2, 1)
        self.layout.setHorizontalSpacing(12)
        self._parent = parent
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}

    def add(self, field: str, label: str, widget: QWidget) -> None:
        row = self.layout.rowCount()
        caption = QLabel(label, self._parent)
        caption.setBuddy(widget)
        widget.setMinimumHeight(TOUCH_PX)
        widget.setObjectName(field)
        widget.setAccessibleName(label.replace("&", ""))
        message = QLabel("", self._parent)
        message.setObjectName(f"{field}_message")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        message.setMinimumWidth(220)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout.addWidget(caption, row, 0)
        self.layout.addWidget(widget, row, 1)
        self.layout.addWidget(message, row, 2)
        self.inputs[field] = widget
        self.messages[field] = message

    def clear(self) -> None:
        for label in self.messages.values():
            label.clear()

    def show(self, field: str, text: str) -> bool:
        """Put ``text`` beside ``field``; False if there is no such field."""
        label = self.messages.get(field)
        if label is None:
            return False
        label.setText(f"{label.text()}\n{text}".strip())
        return True

    def show_problems(self, problems: Iterable[Problem], fallback: QLabel) -> bool:
        """Each problem beside its field (others in ``fallback``); True if any."""
        shown = False
        for p in problems:
            shown = True
            if not self.show(p.field, p.rule):
                fallback.setText(f"{fallback.text()}\n{p}".strip())
        return shown

    def show_store_error(self, message: str, fallback: QLabel) -> None:
        """A store refusal names the field as 'field=value:'; show it there if it does."""
        for field in self.inputs:
            if f"{field}=" in message:
                self.show(field, message.split(f"{field}=", 1)[1].split(":", 1)[-1].strip()
                          or message)
                return
        fallback.setText(message)

    def focus_first_problem(self) -> None:
        for field, label in self.messages.items():
            if label.text():
                self.inputs[field].setFocus(Qt.FocusReason.OtherFocusReason)
                return


def general_message(parent: QWidget) -> QLabel:
    """The line under a form for problems that belong to no single field."""
    label = QLabel("", parent)
    label.setObjectName("general_message")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def save_cancel_buttons(dialog: QDialog, save) -> QDialogButtonBox:
    """Save and Cancel, touch-sized: Save calls ``save``, Cancel rejects the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    for b in buttons.buttons():
        b.setMinimumHeight(TOUCH_PX)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons

