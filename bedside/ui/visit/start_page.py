"""Visit start page: date, examiner, what to record and the MRC protocol; problems beside fields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bedside.domain import Visit
from bedside.domain.words import protocol_text
from bedside.instruments import protocols
from bedside.operations.visit_draft import DEFAULT_PROTOCOL, VisitDraft
from bedside.ui.accessible import described
from bedside.ui.forms import BadDate, DateField, parse_date
from bedside.ui.scrolling import scrolling_body
from bedside.ui.settings import Settings
from bedside.ui.visit.style import TOUCH


@dataclass(frozen=True)
class StartChoice:
    visit_date: date | None  # None: the typed text is not a date (date_error says why)
    examiner: str
    do_alsfrs: bool
    do_mrc: bool
    protocol_id: str
    date_error: str = ""
    do_measures: bool = False


def default_protocol(settings: Settings | None = None) -> str:
    """The clinic's default muscle protocol (Settings), for a patient never graded."""
    value = (settings or Settings()).get("mrc/default_protocol")
    return value if value in protocols() else DEFAULT_PROTOCOL


class StartPage(QWidget):
    begin = Signal()
    open_existing = Signal(object)  # the Visit already on the chosen date
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._taken: Visit | None = None
        outer = QVBoxLayout(scrolling_body(self))  # scrolls where larger text needs it
        outer.setContentsMargins(24, 16, 24, 16)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        outer.addLayout(form)

        self.date = DateField()
        self.date.setObjectName("visit_date")
        self.date.setAccessibleName(self.tr("Visit date"))
        self.date.setMinimumHeight(TOUCH)
        self.date.setMinimumWidth(180)
        self.date_problem = self._problem_label()
        self.open_button = QPushButton(self.tr("Open that visit"))
        self.open_button.clicked.connect(lambda: self.open_existing.emit(self._taken))
        described(self.open_button, self.tr("Open the visit already on this date"))
        self.open_button.hide()
        form.addRow(self.tr("Visit date"), self._beside(self.date, self.date_problem,
                                                         self.open_button))

        self.examiner = QLineEdit()
        self.examiner.setMinimumHeight(TOUCH)
        self.examiner.setMinimumWidth(260)
        self.examiner.setPlaceholderText(self.tr("name of the examiner who signs"))
        described(self.examiner, self.tr("The name of the examiner who signs the visit"),
                  self.tr("Examiner"))
        self.examiner.returnPressed.connect(self.begin)
        self.examiner_problem = self._problem_label()
        form.addRow(self.tr("Examiner"), self._beside(self.examiner, self.examiner_problem))

        self.do_alsfrs = QCheckBox(self.tr("ALSFRS-R (12 items)"))
        self.do_mrc = QCheckBox(self.tr("MRC muscle grading"))
        described(self.do_alsfrs, self.tr("Record the twelve ALSFRS-R items at this visit"))
        described(self.do_mrc, self.tr("Grade the muscles of the chosen protocol at this visit"))
        for box in (self.do_alsfrs, self.do_mrc):
            box.setMinimumHeight(TOUCH)
            box.setChecked(True)
        self.protocol = QComboBox()
        self.protocol.setMinimumHeight(TOUCH)
        described(self.protocol, self.tr("The muscles graded at this visit"),
                  self.tr("MRC protocol"))
        for pid, proto in protocols().items():
            self.protocol.addItem(protocol_text(proto), pid)
        self.do_mrc.toggled.connect(self.protocol.setEnabled)
        self.do_measures = QCheckBox(self.tr("Breathing, weight, how the ALSFRS-R is taken"))
        self.do_measures.setObjectName("do_measures")
        described(self.do_measures, self.tr("Record vital capacity, weight and how the "
                                            "ALSFRS-R is taken at this visit, on a page of "
                                            "their own"))
        self.do_measures.setMinimumHeight(TOUCH)
        self.record_problem = self._problem_label()
        form.addRow(self.tr("Record"), self._beside(self.do_alsfrs, self.record_problem))
        self.protocol_problem = self._problem_label()
        form.addRow("", self._beside(self.do_mrc, self.protocol, self.protocol_problem))
        self.measures_problem = self._problem_label()
        form.addRow("", self._beside(self.do_measures, self.measures_problem))

        self.gastrostomy = QLabel()
        self.gastrostomy.setObjectName("notice")
        self.gastrostomy.setWordWrap(True)
        outer.addWidget(self.gastrostomy)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addStretch(1)
        row = QHBoxLayout()
        close = described(QPushButton(self.tr("Close")), self.tr(
            "Close the visit; what is entered stays saved as a draft"))
        close.clicked.connect(self.close_requested)
        self.begin_button = described(QPushButton(self.tr("Begin (Enter)")), self.tr(
            "Check the date and the examiner and begin the visit (Enter)"))
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self.begin)
        row.addWidget(close)
        row.addStretch(1)
        row.addWidget(self.begin_button)
        outer.addLayout(row)

    def _problem_label(self) -> QLabel:
        lbl = QLabel()
        lbl.setObjectName("problem")
        lbl.setWordWrap(True)
        return lbl

    def _beside(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w, 1 if w.objectName() == "problem" else 0)
        if not any(w.objectName() == "problem" for w in widgets):
            row.addStretch(1)
        return box

    # -- draft <-> fields ------------------------------------------------------------------
    def load(self, draft: VisitDraft, title: str) -> None:
        self.title.setText(title)
        self.date.set_date(draft.visit_date)
        self.examiner.setText(draft.examiner)
        self.do_alsfrs.setChecked(draft.do_alsfrs)
        self.do_mrc.setChecked(draft.do_mrc)
        self.do_measures.setChecked(draft.do_measures)
        self.protocol.setEnabled(draft.do_mrc)
        index = self.protocol.findData(draft.protocol_id)
        self.protocol.setCurrentIndex(max(index, 0))
        self.clear_problems()

    def values(self) -> StartChoice:
        try:
            day, error = parse_date(self.date.text()), ""
            if day is None:
                error = self.tr("the visit date is required")
        except BadDate as e:
            day, error = None, str(e)
        return StartChoice(day, self.examiner.text().strip(), self.do_alsfrs.isChecked(),
                           self.do_mrc.isChecked(), self.protocol.currentData(), error,
                           self.do_measures.isChecked())

    def focus_date(self) -> None:
        """The visit date with its whole text selected: a typed date replaces it."""
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)
        self.date.selectAll()

    def apply(self, draft: VisitDraft) -> None:
        """Copy the fields into the draft, once the editor has checked them."""
        v = self.values()
        assert v.visit_date is not None
        draft.set_visit_date(v.visit_date)
        draft.examiner = v.examiner
        draft.do_alsfrs = v.do_alsfrs
        draft.do_mrc = v.do_mrc
        draft.do_measures = v.do_measures
        draft.set_protocol(v.protocol_id)

    def clear_problems(self) -> None:
        for lbl in (self.date_problem, self.examiner_problem, self.record_problem,
                    self.protocol_problem, self.measures_problem):
            lbl.clear()
        self.open_button.hide()
        self.error.hide()
        self._taken = None

    def show_gastrostomy(self, text: str) -> None:
        self.gastrostomy.setText(text)
        self.gastrostomy.setVisible(bool(text))

    def show_date_problem(self, text: str, taken: Visit | None = None) -> None:
        self.date_problem.setText(text)
        self._taken = taken
        self.open_button.setText(self.tr("Resume that draft") if taken and taken.status == "draft"
                                 else self.tr("Open that visit"))
        self.open_button.setVisible(taken is not None)

    def show_examiner_problem(self, text: str) -> None:
        self.examiner_problem.setText(text)

    def show_record_problem(self, text: str) -> None:
        self.record_problem.setText(text)

    def show_protocol_problem(self, text: str) -> None:
        self.protocol_problem.setText(text)

    def show_measures_problem(self, text: str) -> None:
        self.measures_problem.setText(text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.begin.emit()
            return
        super().keyPressEvent(event)
