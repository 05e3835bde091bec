"""One patient: header, visit history, events, trends; hosts the visit being entered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bedside.domain import Patient, Visit
from bedside.i18n import fill
from bedside.operations import access, patients
from bedside.operations.changes import Changed
from bedside.operations.database import Store
from bedside.ui.accessible import described
from bedside.ui.events_panel import EventsPanel
from bedside.ui.locale_text import date_text
from bedside.ui.patient_dialog import PatientDialog
from bedside.ui.patient_header import PatientHeader
from bedside.ui.scrolling import WrappingColumn
from bedside.ui.settings import Settings
from bedside.ui.style import TAB_STYLE, TOUCH_PX
from bedside.ui.visit_history import VisitHistory

LEFT_MIN_WIDTH = 420
PLOT_MIN_WIDTH = 420  # the trend stays readable beside the visit list
EDITOR_WIDTH = 720  # the visit screens are laid out for about 700 px


class PatientPage(QWidget):
    changed = Signal(object)  # a Changed made here (the main window's patient_changed)
    editing_changed = Signal(bool)  # a visit editor opened (True) or closed (False)
    status_message = Signal(str)

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.patient: Patient | None = None
        self.visits: list[Visit] = []  # signed, oldest first
        self.drafts: list[Visit] = []
        self.editor: QWidget | None = None
        self._fit_when_shown = False  # widen the visit list once the page is laid out
        self.trends = None  # TrendPanel, built when first shown (imports pyqtgraph)
        self.mrc = None  # MrcTrendPanel, likewise
        self.measures = None  # MeasuresTrendPanel, likewise
        self._chart: patients.PatientChart | None = None  # what the plots show
        self._stale: set[QWidget] = set()  # plot panels not yet given the chart shown
        self._draft: Visit | None = None  # the visit being entered, as last saved

        self.header = PatientHeader(self)
        self.new_visit_button = QPushButton(self.tr("New &visit"), self)
        self.new_visit_button.setObjectName("new_visit")
        described(self.new_visit_button, self.tr("Start a visit: ALSFRS-R and MRC (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit &patient…"), self)
        described(self.edit_button, self.tr("Change this patient's details (Ctrl+E)"))
        for b in (self.new_visit_button, self.edit_button):
            b.setMinimumHeight(TOUCH_PX)
        self.new_visit_button.setStyleSheet("font-weight: bold; padding: 0 18px;")
        self.new_visit_button.clicked.connect(self.new_visit)
        self.edit_button.clicked.connect(self.edit_patient)

        self.history = VisitHistory(self)
        self.history.visit_opened.connect(self.open_visit)
        self.events = EventsPanel(store, self)
        self.events.changed.connect(self.changed)
        self.overview = QTabWidget(self)
        self.overview.setObjectName("overview_tabs")
        self.overview.setStyleSheet(TAB_STYLE)
        self.overview.addTab(self.history, self.tr("Visits"))
        self.overview.addTab(self.events, self.tr("Events"))
        self.overview.setTabToolTip(0, self.tr("The visits, newest first"))
        self.overview.setTabToolTip(1, self.tr("Interventions and milestones"))
        described(self.overview.tabBar(), self.tr("The patient's visits, or their events"),
                  self.tr("Visits and events"))
        self.left = QStackedWidget(self)
        self.left.addWidget(self.overview)
        # The left pane keeps the width it is given: an entry page whose text is longer than
        # the last one must not push the splitter (the trend would be resized and redrawn
        # on every answer).
        self.left.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.left.setMinimumWidth(LEFT_MIN_WIDTH)

        self.plots = QTabWidget(self)
        self.plots.setObjectName("plot_tabs")
        self.plots.setStyleSheet(TAB_STYLE)
        # three tabs: at large text they share the width, their names elided, rather than
        # scroll (each keeps its whole name in its tooltip)
        self.plots.setUsesScrollButtons(False)
        self.plots.setElideMode(Qt.TextElideMode.ElideRight)
        self._trend_slot = QLabel(self.tr("Loading the trend…"), self)
        self._mrc_slot = QLabel(self.tr("Loading the MRC grades…"), self)
        self._measures_slot = QLabel(self.tr("Loading breathing and weight…"), self)
        self.plots.addTab(self._trend_slot, self.tr("ALSFRS-R trend"))
        self.plots.addTab(self._mrc_slot, self.tr("MRC grades"))
        self.plots.addTab(self._measures_slot, self.tr("Breathing, weight"))
        self._tab_tips()
        self.plots.currentChanged.connect(self._plot_shown)
        described(self.plots.tabBar(), self.tr("The ALSFRS-R trend plot, the MRC grades, or "
                                               "breathing and weight"), self.tr("Plots"))

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(self.left)
        self.split.addWidget(self.plots)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([470, 560])
        self.split.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_visit_button)
        buttons.addWidget(self.edit_button)
        top.addLayout(buttons)
        layout = WrappingColumn(self)  # the header wraps at a narrow window or large text
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)

    # -- showing -------------------------------------------------------------------------
    def show_patient(self, patient_id: str) -> None:
        if self.editor is not None and self.patient and self.patient.patient_id != patient_id:
            self.leave_editor()
        chart = patients.chart(self.store, patient_id)
        if chart is not None:
            self.patient = chart.patient
            self.refresh(chart)

    def follow(self, changed: Changed) -> None:
        """A screen changed a patient's data: shown again when it is this patient."""
        if self.patient is not None and changed.patient_id == self.patient.patient_id:
            self.refresh()

    def _ensure_plots(self) -> None:
        if self.trends is not None:
            return
        from bedside.ui.measures_trend import MeasuresTrendPanel
        from bedside.ui.mrc_trend import MrcTrendPanel  # pyqtgraph: only when first shown
        from bedside.ui.trends import TrendPanel

        self.trends = TrendPanel(self.settings, self)
        self.mrc = MrcTrendPanel(self)
        self.measures = MeasuresTrendPanel(self)
        for _ in range(self.plots.count()):
            self.plots.removeTab(0)
        for slot in (self._trend_slot, self._mrc_slot, self._measures_slot):
            slot.deleteLater()
        self.plots.addTab(self.trends, self.tr("ALSFRS-R trend"))
        self.plots.addTab(self.mrc, self.tr("MRC grades"))
        self.plots.addTab(self.measures, self.tr("Breathing, weight"))
        self._tab_tips()

    def _tab_tips(self) -> None:
        self.plots.setTabToolTip(0, self.tr("The ALSFRS-R total and subscores over time"))
        self.plots.setTabToolTip(1, self.tr("The MRC grades of each muscle over time"))
        self.plots.setTabToolTip(2, self.tr("Vital capacity (% of predicted) and weight over "
                                            "time"))

    def refresh(self, chart: patients.PatientChart | None = None) -> None:
        """The patient's chart shown (read again when not given)."""
        if self.patient is None:
            return
        chart = chart or patients.chart(self.store, self.patient.patient_id)
        if chart is None:
            return
        self.patient = p = chart.patient
        self.visits, self.drafts, events = chart.visits, chart.drafts, chart.events
        self.header.show_patient(p, self.visits, events)
        self.history.show_visits(self.visits + self.drafts)
        if self.editor is None:
            self._fit_history()
        self.events.show_events(p, events)
        self._ensure_plots()
        # only the plot in view is drawn now; each of the others when its tab is chosen
        self._chart = chart
        self._stale = {self.trends, self.mrc, self.measures}
        self._fill_plot(self.plots.currentWidget())
        if self.isVisible():
            # the new texts and rows laid out before the page is painted, not after it
            # (each deferred layout would repaint the page once more)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.history.settle()

    def _plot_shown(self, index: int) -> None:
        self._fill_plot(self.plots.widget(index))
        if self.isVisible():
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _fill_plot(self, panel: QWidget | None) -> None:
        """Give ``panel`` the chart shown, when it does not have it yet."""
        if panel not in self._stale or self._chart is None:
            return
        self._stale.discard(panel)
        chart = self._chart
        if panel is self.trends:
            self.trends.show_patient(chart.patient, chart.visits, chart.events)
            if self.editor is not None:  # the star of the visit being entered stays
                self.trends.set_provisional(self._draft)
        elif panel is self.mrc:
            self.mrc.show_visits(chart.visits, chart.events)
        elif panel is self.measures:
            self.measures.show_patient(chart.patient, chart.visits, chart.events, chart.lung)

    # -- actions ---------------------------------------------------------------------------
    def edit_patient(self) -> None:
        if self.patient is None:
            return
        dialog = PatientDialog(self.store, self.patient, self)
        if dialog.exec() and dialog.changed is not None:
            self.changed.emit(dialog.changed)

    def add_event(self) -> None:
        self.overview.setCurrentWidget(self.events)
        self.events.add()

    def new_visit(self) -> None:
        if self.patient is None:
            return
        if self.drafts:
            draft = self.drafts[-1]
            answer = QMessageBox.question(
                self, self.tr("Unsigned visit"),
                self.tr("A visit of %1 is saved as a draft and not signed yet. Resume it?")
                .replace("%1", date_text(draft.visit_date)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Yes:
                self.open_visit(draft)
                return
        self.open_visit(None)

    def open_visit(self, visit: Visit | None) -> None:
        """Open the visit editor: a new visit (None), a draft to resume, a signed one to read."""
        if self.patient is None:
            return
        if self.editor is not None:
            self.editor.take_focus()
            return
        try:
            from bedside.ui.visit import VisitEditor
        except ImportError:
            QMessageBox.information(
                self, self.tr("Visit entry"),
                self.tr("The visit entry screens are not part of this build, so visits can "
                        "be viewed here but not entered."))
            return
        editor = VisitEditor(self.store, self.patient, visit, examiner=self._examiner(),
                             settings=self.settings, parent=self)
        editor.draft_changed.connect(self._draft_changed)
        editor.finished.connect(self._editor_finished)
        self.editor = editor
        self.header.show_overdue(False)  # its room goes to the entry screens, as the list's
        self.left.addWidget(editor)
        self.left.setCurrentWidget(editor)
        self._overview_sizes = self.split.sizes()
        self.plots.setCurrentWidget(self.trends)
        self.new_visit_button.setEnabled(False)
        self.editing_changed.emit(True)  # the main window hides the patient list
        self._give_editor_room()
        if visit is not None and visit.status == "draft":
            self._draft_changed(visit)
        editor.take_focus()  # the date, the item shown, the grid or the review: keys work

    def _fit_history(self) -> None:
        """Widen the visit list (never narrow it) so each visit's row, its examiner too, shows
        without scrolling sideways, as long as the trend keeps PLOT_MIN_WIDTH."""
        if not self.isVisible():  # not laid out yet: when it is shown
            self._fit_when_shown = True
            return
        self._fit_when_shown = False
        sizes = self.split.sizes()
        around = self.left.width() - self.history.width()  # the tab frame and margins
        wanted = self.history.width_needed() + around
        room = sum(sizes) - PLOT_MIN_WIDTH
        if sizes[0] < wanted and sizes[0] < room:
            left = min(wanted, room)
            self.split.setSizes([left, sum(sizes) - left])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._fit_when_shown and self.editor is None:
            QTimer.singleShot(0, self, self._fit_history)

    def _give_editor_room(self) -> None:
        """The entry screens get the width they are laid out for; the trend the rest. At
        once, and the editor laid out before the page is painted: from the event loop the
        trend's resize and repaint would land in the examiner's first key press."""
        self.split.setSizes(
            [EDITOR_WIDTH, max(LEFT_MIN_WIDTH, sum(self.split.sizes()) - EDITOR_WIDTH)])
        if self.isVisible():
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _examiner(self) -> str:
        """The signed-in examiner on a protected database; else the name last typed on
        this computer's start page."""
        if access.is_protected(self.store):
            return self.store.user
        return self.settings.get("visit/last_examiner")

    def _draft_changed(self, visit: object) -> None:
        self._draft = visit if isinstance(visit, Visit) else None
        if self.trends is not None:
            self.trends.set_provisional(self._draft)

    def _editor_finished(self, visit: object) -> None:
        """A signed Visit: the editor stays open showing it, the page and plots follow.
        None: the editor was closed (a draft, if any, stays saved)."""
        self.changed.emit(Changed(self.patient.patient_id, visits=True))
        if isinstance(visit, Visit):
            self._draft = None
            if self.trends is not None:
                self.trends.set_provisional(None)
            self.status_message.emit(fill(self.tr("Visit of %1 signed by %2."),
                                          date_text(visit.visit_date), visit.signed_by or ""))
            return
        self.close_editor(self.tr("Visit closed; the unsigned draft stays saved in the visit "
                                  "history.") if self.drafts else self.tr("Visit closed."))

    def leave_editor(self) -> None:
        """Close the editor as its own Close does (notes typed a moment ago are saved first);
        used when the window closes or another patient or database is opened."""
        if self.editor is None:
            return
        self.editor.start_page.close_requested.emit()  # the editor's Close: flush, finished
        if self.editor is not None:  # e.g. an amendment was being written: nothing stored
            self.close_editor(self.tr("Visit closed."))

    def close_editor(self, message: str = "") -> None:
        if self.editor is None:
            return
        editor, self.editor = self.editor, None
        self.header.show_overdue(True)
        self.left.removeWidget(editor)
        editor.deleteLater()
        self.left.setCurrentWidget(self.overview)
        if getattr(self, "_overview_sizes", None):
            self.split.setSizes(self._overview_sizes)
        self.new_visit_button.setEnabled(True)
        self._draft = None
        if self.trends is not None:
            self.trends.set_provisional(None)
        self.editing_changed.emit(False)
        if message:
            self.status_message.emit(message)

    def selected_visit(self) -> Visit | None:
        """The visit a summary is about: the one selected in the history, else the latest."""
        row = self.history.currentRow()
        if row >= 0 and self.history.selectionModel().hasSelection():
            v = self.history.visit_at(row)
            if v.status == "signed":
                return v
        return self.visits[-1] if self.visits else None

    def selected_visit_id(self) -> int | None:
        v = self.selected_visit()
        return v.visit_id if v else None
