"""The patient page's header: who, how long ill, where the disease stands, with definitions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from bedside.analysis import (
    DELTA_FS_DEFINITION,
    KINGS_DEFINITION,
    MAX_TOTAL,
    MITOS_DEFINITION,
    OVERDUE_DEFINITION,
    SLOPE_DEFINITION,
    kings_stage_text,
    months_between,
    overdue,
    summarize,
    total_slope,
)
from bedside.domain import Event, Patient, Visit
from bedside.domain.words import region_label, sex_label
from bedside.i18n import fill
from bedside.ui.language import TrContext
from bedside.ui.locale_text import date_text, number_text, signed_text
from bedside.ui.style import color, muted_style

header = TrContext("header")
ANALYSIS = TrContext("ANALYSIS")  # the definitions bedside.analysis writes


def duration_text(months: float) -> str:
    whole = int(months)
    years, rest = divmod(whole, 12)
    if years:
        return fill(header.tr("%1 y %2 mo"), years, rest)
    return header.tr("%1 mo").replace("%1", str(whole))


def overdue_text(due: dict[str, date | None], today: date) -> str:
    """'Lung function overdue: last measured 2024-01-10, 150 days ago. Weight overdue: never
    recorded.'"""
    names = {"lung function": header.tr("Lung function"), "weight": header.tr("Weight")}
    parts = []
    for what, last in due.items():
        if last is None:
            parts.append(header.tr("%1 overdue: never recorded.").replace("%1", names[what]))
        else:
            parts.append(fill(header.tr("%1 overdue: last measured %2, %3 days ago."),
                              names[what], date_text(last), (today - last).days))
    return " ".join(parts)


def latest_scored(visits: Sequence[Visit]) -> Visit | None:
    """The newest visit with a complete ALSFRS-R total."""
    for v in reversed(visits):
        if v.alsfrs and summarize(v, None).total is not None:
            return v
    return None


class PatientHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self)
        self.name.setObjectName("patient_name")
        self.name.setWordWrap(True)  # a long name takes lines, never the window's width
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("patient_details")
        self.values: dict[str, QLabel] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        top = QHBoxLayout()  # the name takes what the details leave
        top.addWidget(self.name, 1)
        top.addWidget(self.details)
        layout.addLayout(top, 0, 0, 1, 7)
        fields = [
            ("age", self.tr("Age"), ""),
            ("duration", self.tr("Disease duration"), self.tr("Time since symptom onset")),
            ("total", self.tr("Latest ALSFRS-R"),
             self.tr("Total of the newest complete ALSFRS-R (0-%1, %1 = normal)").replace(
                 "%1", str(MAX_TOTAL))),
            ("delta_fs", self.tr("ΔFS"), ANALYSIS.translated(DELTA_FS_DEFINITION)),
            ("slope", self.tr("Slope"), ANALYSIS.translated(SLOPE_DEFINITION)),
            ("kings", self.tr("King's stage"), ANALYSIS.translated(KINGS_DEFINITION)),
            ("mitos", self.tr("MiToS stage"), ANALYSIS.translated(MITOS_DEFINITION)),
        ]
        for col, (key, caption, definition) in enumerate(fields):
            title = QLabel(caption, self)
            title.setStyleSheet(muted_style())
            title.setWordWrap(True)  # a language with longer words takes two lines
            value = QLabel("", self)
            value.setWordWrap(True)
            value.setObjectName(f"header_{key}")
            vfont = value.font()
            vfont.setPointSizeF(vfont.pointSizeF() * 1.25)
            value.setFont(vfont)
            if definition:
                for w in (title, value):
                    w.setToolTip(definition)
                value.setAccessibleDescription(definition)
            layout.addWidget(title, 1, col)
            layout.addWidget(value, 2, col)
            self.values[key] = value
        # Lung function or weight not measured in the last 90 days, said plainly
        self.overdue = QLabel(self)
        self.overdue.setObjectName("overdue")
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet(f"color: {color('notice')}; background: {color('notice_bg')};"
                                   f" border: 1px solid {color('notice')};"
                                   " padding: 4px 6px; border-radius: 4px;")
        definition = ANALYSIS.translated(OVERDUE_DEFINITION)
        self.overdue.setToolTip(definition)
        self.overdue.setAccessibleDescription(definition)
        self.overdue.hide()
        self._overdue_shown = True  # False while a visit is entered beside the trend
        layout.addWidget(self.overdue, 3, 0, 1, len(fields))

    def show_patient(self, p: Patient, visits: Sequence[Visit], events: Sequence[Event],
                     today: date | None = None) -> None:
        today = today or date.today()
        death = next((e.event_date for e in events if e.kind == "death"), None)
        until = death or today
        self.name.setText(f"{p.display_name}  ·  {p.patient_id}")
        details = [sex_label(p.sex), self.tr("onset region unknown") if p.onset_region ==
                   "unknown" else self.tr("%1 onset").replace("%1", region_label(p.onset_region))]
        if p.diagnosis_date:
            details.append(self.tr("diagnosed %1").replace("%1", date_text(p.diagnosis_date)))
        if death:
            details.append(self.tr("died %1").replace("%1", date_text(death)))
        self.details.setText("  ·  ".join(details))
        age = p.age_on(until)
        self.values["age"].setText(self.tr("%1 y").replace("%1", str(age)) if age is not None
                                   else self.tr("birth date unknown"))
        self.values["duration"].setText(
            duration_text(months_between(p.onset_date, until)) if p.onset_date
            else self.tr("onset unknown"))
        self._show_overdue(overdue(visits, today, death), today)
        latest = latest_scored(visits)
        if latest is None:
            for key in ("total", "delta_fs", "slope", "kings", "mitos"):
                self.values[key].setText("—")
            self.values["total"].setText(self.tr("no complete visit"))
            return
        s = summarize(latest, p)
        self.values["total"].setText(
            f"{s.total} / {MAX_TOTAL}  ({date_text(latest.visit_date)})")
        self.values["delta_fs"].setText(
            self.tr("%1 lost/month").replace("%1", number_text(s.delta_fs, 2))
            if s.delta_fs is not None else self.tr("needs onset date"))
        slope = total_slope(visits)
        self.values["slope"].setText(
            self.tr("%1 /month").replace("%1", signed_text(slope, 2)) if slope is not None
            else self.tr("needs 2 complete visits a month apart"))
        self.values["kings"].setText(kings_stage_text(s.kings_stage))
        self.values["mitos"].setText(str(s.mitos_stage) if s.mitos_stage is not None
                                     else self.tr("not computed"))

    def _show_overdue(self, due: dict[str, date | None], today: date) -> None:
        self.overdue.setText(overdue_text(due, today))
        self.overdue.setVisible(bool(due) and self._overdue_shown)

    def show_overdue(self, shown: bool) -> None:
        """Say what is overdue (when anything is), or not: while a visit is entered, the
        entry screens take the room."""
        self._overdue_shown = shown
        self.overdue.setVisible(shown and bool(self.overdue.text()))
