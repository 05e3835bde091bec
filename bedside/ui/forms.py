"""Form helpers: a field with its message beside it, date parsing, store errors by field."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QWidget

from bedside.analysis import Problem
from bedside.i18n import fill
from bedside.ui.accessible import described
from bedside.ui.language import TrContext
from bedside.ui.locale_text import date_text
from bedside.ui.style import TOUCH_PX, error_style

forms = TrContext("forms")


class BadDate(ValueError):
    pass


class BadNumber(ValueError):
    pass


def decimal_separators(locale: QLocale | None = None) -> str:
    """What a typed number may use as its decimal separator: '.', ',' and the locale's."""
    return "".join(dict.fromkeys("." + "," + (locale or QLocale()).decimalPoint()))


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """'' -> None; digits with one decimal separator (decimal_separators: '2.85', '2,85')
    -> the number; anything else -> BadNumber saying how to write it."""
    text = text.strip()
    if not text:
        return None
    separators = decimal_separators(locale)
    plain = "".join("." if ch in separators else ch for ch in text)
    if plain.count(".") <= 1 and plain.replace(".", "").isdigit() and plain.isascii():
        return float(plain)
    raise BadNumber(forms.tr("not a number: type digits, with '.' or ',' before the decimals"))


class NumberField(QLineEdit):
    """A measurement typed as text: only digits and a decimal separator get in, the whole
    value is selected when the field is reached from the keyboard (a typed value replaces
    it), and Enter moves on as Tab does (the form decides where: ``entered``)."""

    def __init__(self, parent: QWidget | None = None, width: int = 120) -> None:
        super().__init__(parent)
        separators = "".join("\\" + ch for ch in decimal_separators())
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(f"[0-9]{{0,5}}([{separators}][0-9]{{0,3}})?"), self))
        self.setMaximumWidth(width)
        self.setMinimumWidth(width)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def value(self) -> float | None:
        return parse_number(self.text())

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()


def _locale_formats(locale: QLocale) -> list[str]:
    """The locale's short date form, with a four-digit year first where it has two."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short and "yy" in short:
        return [short.replace("yy", "yyyy"), short]
    return [short]


def date_example(locale: QLocale | None = None) -> str:
    """How a date may be typed here: '2020-05-15 or 15.05.2020' (the locale's short form,
    with a four-digit year)."""
    locale = locale or QLocale()
    local = QDate(2020, 5, 15).toString(_locale_formats(locale)[0])
    return "2020-05-15" if local == "2020-05-15" else fill(forms.tr("%1 or %2"), "2020-05-15",
                                                           local)


def parse_date(text: str, locale: QLocale | None = None, today: date | None = None
               ) -> date | None:
    """'' -> None; YYYY-MM-DD, or the clinic locale's short form (15.05.2020, 5/15/20) -> date;
    anything else -> BadDate with what to write. A two-digit year is the latest such year not
    after this one: every date Bedside asks for (visit, birth, onset, event) is in the past."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    locale = locale or QLocale()
    base = (today or date.today()).year - 99
    for fmt in _locale_formats(locale):
        day = locale.toDate(text, fmt, base)
        if day.isValid():
            return day.toPython()
    raise BadDate(forms.tr("not a date: write it as YYYY-MM-DD (%1)").replace(
        "%1", date_example(locale)))


class DateField(QLineEdit):
    """A date typed as text: the whole date selected when the field is reached from the
    keyboard (or given the focus), so a typed date replaces it entirely. (QDateEdit types into
    one section at a time: a typed year jumped ahead and the old year stayed.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(date_example())
        self.setToolTip(forms.tr("Type the whole date: %1").replace("%1", date_example()))

    def set_date(self, day: date | None) -> None:
        self.setText(date_text(day))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()


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

    def add(self, field: str, label: str, widget: QWidget, description: str = "") -> None:
        """A row: ``label`` names ``widget`` (to a screen reader too), ``description`` says
        what goes in it."""
        row = self.layout.rowCount()
        caption = QLabel(label, self._parent)
        caption.setBuddy(widget)
        widget.setMinimumHeight(TOUCH_PX)
        widget.setObjectName(field)
        widget.setAccessibleName(label.replace("&", ""))
        widget.setAccessibleDescription(description or (widget.toolTip() or label.replace(
            "&", "")))
        message = QLabel("", self._parent)
        message.setObjectName(f"{field}_message")
        message.setStyleSheet(error_style())
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
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    return label


def save_cancel_buttons(dialog: QDialog, save) -> QDialogButtonBox:
    """Save and Cancel, touch-sized: Save calls ``save``, Cancel rejects the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    described(buttons.button(QDialogButtonBox.StandardButton.Save),
              forms.tr("Check and save what the form says"))
    described(buttons.button(QDialogButtonBox.StandardButton.Cancel),
              forms.tr("Close the form; nothing is saved"))
    for b in buttons.buttons():
        b.setMinimumHeight(TOUCH_PX)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons

