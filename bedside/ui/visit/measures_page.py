"""The rest of the visit on one page: vital capacities, the pressures and cough flow, weight
and height, and how the ALSFRS-R is taken and who answers.

Keyboard first: the first field has the focus, a typed value replaces what is there (digits
and '.' or the locale's decimal separator), Enter or Tab moves to the next field, Shift+Tab
back; Enter on the last field or Ctrl+Enter continues, Esc goes back. A value outside the
range Bedside accepts is refused beside its field, with the unit and range; the page does not
continue until it is corrected or cleared. The page only shows: the editor owns the draft.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bedside.analysis import (
    FIELD_RANGES,
    VitalCapacity,
    heights,
    intervention_text,
    measured,
    number_text,
    ongoing,
    previous,
    shown_number,
)
from bedside.domain import (
    ALSFRS_MODES,
    NO_MEASUREMENTS,
    RESPONDENTS,
    VC_POSITIONS,
    Measurements,
    Visit,
)
from bedside.domain.words import mode_label, position_label, respondent_label
from bedside.i18n import fill
from bedside.operations.visit_draft import MeasureContext
from bedside.ui.accessible import described
from bedside.ui.forms import BadNumber, NumberField
from bedside.ui.locale_text import date_text, signed_text
from bedside.ui.locale_text import number_text as locale_number
from bedside.ui.scrolling import scrolling_body
from bedside.ui.visit.style import TOUCH

SAVE_AFTER_MS = 600  # a value typed and left alone this long is saved, as when Enter is pressed
NUMBER_FIELDS = ("fvc_l", "svc_l", "mip_cmh2o", "snip_cmh2o", "peak_cough_flow_l_min",
                 "weight_kg", "height_cm")


class MeasuresPage(QWidget):
    changed = Signal()  # the values on the page differ from the draft's (all acceptable)
    done = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.context: MeasureContext | None = None
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self._edited)
        outer = QVBoxLayout(scrolling_body(self))  # scrolls where larger text needs it
        outer.setContentsMargins(16, 10, 16, 10)
        outer.setSpacing(4)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Breathing and weight"))
        self.title.setObjectName("pageTitle")
        self.who = QLabel()
        self.who.setObjectName("progress")
        self.who.setWordWrap(True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.title)
        head.addWidget(self.who, 1)
        outer.addLayout(head)
        self.interventions = QLabel()
        self.interventions.setObjectName("help")
        self.interventions.setWordWrap(True)
        self.interventions.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.interventions)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        outer.addLayout(grid)
        self.fields: dict[str, NumberField] = {}
        self.notes: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}
        names = {"fvc_l": self.tr("&FVC, L"), "svc_l": self.tr("&SVC, L"),
                 "mip_cmh2o": self.tr("&MIP, cmH2O"), "snip_cmh2o": self.tr("S&NIP, cmH2O"),
                 "peak_cough_flow_l_min": self.tr("Peak &cough flow, L/min"),
                 "weight_kg": self.tr("&Weight, kg"), "height_cm": self.tr("&Height, cm")}
        hints = {"fvc_l": self.tr("the best of the trials"),
                 "svc_l": self.tr("the best of the trials"),
                 "mip_cmh2o": self.tr("the pressure's size, without a minus sign"),
                 "snip_cmh2o": self.tr("the pressure's size, without a minus sign")}
        self.position = QComboBox()
        for code in VC_POSITIONS:
            self.position.addItem(position_label(code), code)
        self.mode = QComboBox()
        for code in ALSFRS_MODES:
            self.mode.addItem(mode_label(code), code)
        self.respondent = QComboBox()
        self.position.setToolTip(self.tr("The position the vital capacities were measured in"))
        self.mode.setToolTip(self.tr("How the ALSFRS-R was taken: in clinic, by telephone, by "
                                     "video or self-administered"))
        for code in RESPONDENTS:
            self.respondent.addItem(respondent_label(code), code)
        self.order: list[QWidget] = []  # the fields in the order Enter and Tab take them
        self._admin_rows: list[QWidget] = []
        row = 0
        for name in NUMBER_FIELDS:
            field = NumberField(width=110)
            field.setObjectName(name)
            field.setMinimumHeight(TOUCH)
            tip = self.tr("Accepted: %1").replace("%1", FIELD_RANGES[name].text)
            field.setToolTip(f"{tip}; {hints[name]}" if name in hints else tip)
            field.textEdited.connect(lambda _t: self._timer.start())
            field.editingFinished.connect(self._edited)
            self.fields[name] = field
            self._add_row(grid, row, names[name], field, name)
            row += 1
            if name == "svc_l":  # the position the vital capacities were measured in
                self._add_row(grid, row, self.tr("&Position"), self.position, "vc_position")
                row += 1
        # how the ALSFRS-R is taken and who answers: one row (the page fits beside the trend)
        answered = QLabel(self.tr("&answered by"))
        answered.setBuddy(self.respondent)
        described(self.respondent, self.tr("Who answered the ALSFRS-R: the patient or a "
                                           "caregiver"), self.tr("ALSFRS-R answered by"))

        both = QHBoxLayout()
        both.setContentsMargins(0, 0, 0, 0)
        both.addWidget(answered)
        both.addWidget(self.respondent)
        both.addStretch(1)
        holder = QWidget()
        holder.setLayout(both)
        self._admin_rows += self._add_row(grid, row, self.tr("ALSFRS-R &taken"), self.mode,
                                          "mode", beside=holder)
        self.order.append(self.respondent)
        self.respondent.installEventFilter(self)
        for combo in (self.position, self.mode, self.respondent):
            combo.setMinimumHeight(TOUCH)
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        for before, after in zip(self.order, self.order[1:], strict=False):
            QWidget.setTabOrder(before, after)  # as on screen, not as the widgets were made
        outer.addStretch(1)
        keys = QLabel(self.tr("Keys: digits, '.' or ',' · Enter or Tab: next · Shift+Tab: back "
                              "a field · empty: not measured · Ctrl+Enter: continue · Esc: "
                              "back"))
        keys.setObjectName("keys")
        keys.setWordWrap(True)
        outer.addWidget(keys)
        nav = QHBoxLayout()
        back = described(QPushButton(self.tr("← Back (Esc)")),
                         self.tr("Back to the page before; the values stay"))
        back.clicked.connect(self.back)
        self.continue_button = described(QPushButton(self.tr("Continue (Ctrl+Enter)")),
                                         self.tr("On to the ALSFRS-R items, or the review"))
        self.continue_button.clicked.connect(self.finish)
        for b in (back, self.continue_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        nav.addWidget(back)
        nav.addStretch(1)
        nav.addWidget(self.continue_button)
        outer.addLayout(nav)

    def _add_row(self, grid: QGridLayout, row: int, label: str, field: QWidget,
                 key: str, beside: QWidget | None = None) -> list[QWidget]:
        """A caption, its field and, beside it, what the value means or why it is refused
        (or ``beside``)."""
        caption = QLabel(label)
        caption.setBuddy(field)  # its underlined letter with Alt reaches the field
        described(field, field.toolTip(), label)
        note = QLabel()
        note.setObjectName("help")
        note.setWordWrap(True)
        problem = QLabel()
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.hide()
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(note)
        column.addWidget(problem)
        column.setContentsMargins(0, 0, 0, 0)
        holder = beside or QWidget()
        if beside is None:
            holder.setLayout(column)
        grid.addWidget(caption, row, 0)
        grid.addWidget(field, row, 1)
        grid.addWidget(holder, row, 2)
        self.notes[key] = note
        self.problems[key] = problem
        field.installEventFilter(self)
        self.order.append(field)
        return [caption, field, holder]

    # -- showing ---------------------------------------------------------------------------
    def load(self, *, who: str, measurements: Measurements, mode: str, respondent: str,
             ask_administration: bool, context: MeasureContext) -> None:
        """Show the draft's values; the mode and respondent only while the ALSFRS-R is
        recorded (``ask_administration``)."""
        self._loading = True
        self._timer.stop()
        self.context = context
        self.who.setText(who)
        for name, field in self.fields.items():
            value = getattr(measurements, name)
            field.setText("" if value is None else number_text(value))
        self.position.setCurrentIndex(max(0, self.position.findData(
            measurements.vc_position or VC_POSITIONS[0])))
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        self.respondent.setCurrentIndex(max(0, self.respondent.findData(respondent)))
        for w in self._admin_rows:
            w.setVisible(ask_administration)
        self._loading = False
        self.refresh()
        under_way = ongoing(context.events, context.visit_date)
        self.interventions.setText(
            self.tr("Interventions on this date: %1").replace(
                "%1", "; ".join(intervention_text(i) for i in under_way) if under_way
                else self.tr("none recorded (add them under Events)")))

    def focus_first(self) -> None:
        self.fields["fvc_l"].setFocus(Qt.FocusReason.TabFocusReason)

    def _fields_in_order(self) -> list[QWidget]:
        return [w for w in self.order if not w.isHidden()]

    # -- values ----------------------------------------------------------------------------
    def read(self, keep: Measurements = NO_MEASUREMENTS
             ) -> tuple[Measurements, dict[str, str]]:
        """The measurements on the page and the problems by field: each value outside its
        range, with the unit and range. A refused value is not taken: ``keep``'s stays."""
        values: dict[str, float | str | None] = {}
        problems: dict[str, str] = {}
        for name, field in self.fields.items():
            try:
                value = field.value()
            except BadNumber as e:
                problems[name], value = str(e), None
            if value is not None and (problem := FIELD_RANGES[name].problem(value)):
                problems[name], value = problem, None
            values[name] = getattr(keep, name) if name in problems else value
        if values["fvc_l"] is not None or values["svc_l"] is not None:
            values["vc_position"] = self.position.currentData()
        return Measurements(**values), problems  # type: ignore[arg-type]

    def administration(self) -> tuple[str, str]:
        return self.mode.currentData(), self.respondent.currentData()

    def refresh(self) -> None:
        """Each field's problem, or what its value means (% predicted, BMI, the previous
        measurement and the change)."""
        m, problems = self.read()
        for key, label in self.problems.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        if self.context is None:
            return
        c = self.context
        this = Visit(c.patient.patient_id, c.visit_date, measurements=m)
        mv = measured(c.patient, this, heights([*c.others, this]), c.lung)
        for name in NUMBER_FIELDS:
            parts = []
            value = getattr(m, name)
            if name == "fvc_l":
                parts.append(self._vc_text(mv.fvc))
            elif name == "svc_l":
                parts.append(self._vc_text(mv.svc))
            elif name == "weight_kg" and value is not None:
                if mv.bmi is not None:
                    parts.append(self.tr("BMI %1").replace("%1", locale_number(mv.bmi, 1)))
                if mv.weight_change_percent is not None:
                    parts.append(self.tr("%1% from before the illness").replace(
                        "%1", signed_text(mv.weight_change_percent, 1)))
            elif name == "height_cm" and value is None and mv.height_cm is not None:
                parts.append(self.tr("%1 cm is used (measured before)").replace(
                    "%1", shown_number(mv.height_cm)))
            before = previous(c.others, c.visit_date, name)
            if before is not None:
                day, was = before
                text = fill(self.tr("last %1 on %2"), shown_number(was), date_text(day))
                if value is not None:
                    text += f" ({signed_text(value - was, 2 if name.endswith('_l') else 1)})"
                parts.append(text)
            self.notes[name].setText(" · ".join(p for p in parts if p))

    def _vc_text(self, vc: VitalCapacity | None) -> str:
        if vc is None:
            return ""
        if vc.percent_predicted is None or vc.z_score is None:
            return self.tr("no % predicted: %1").replace("%1", vc.reason or "")
        return self.tr("%1% of predicted (%3), z %2").replace(
            "%1", locale_number(vc.percent_predicted, 0)).replace(
            "%2", signed_text(vc.z_score, 2)).replace(
            "%3", self.context.lung.name if self.context else "")

    def _edited(self) -> None:
        self._timer.stop()
        if self._loading:
            return
        self.refresh()
        self.changed.emit()

    def finish(self) -> None:
        """Continue, unless a value is refused: then its field has the focus."""
        self._edited()
        _, problems = self.read()
        if problems:
            first = next(n for n in NUMBER_FIELDS if n in problems)
            self.fields[first].setFocus(Qt.FocusReason.OtherFocusReason)
            self.fields[first].selectAll()
            return
        self.done.emit()

    # -- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and self._key(watched, event)):
            return True
        return super().eventFilter(watched, event)

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            fields = self._fields_in_order()
            if ctrl or watched is fields[-1] or watched not in fields:
                self.finish()
            else:
                self._edited()
                fields[fields.index(watched) + 1].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Escape:
            self._edited()
            self.back.emit()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if not self._key(self, event):
            super().keyPressEvent(event)
