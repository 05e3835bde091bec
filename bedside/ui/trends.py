"""The ALSFRS-R trend: total and subscores over dates, events, expected course, slopes.

Imports pyqtgraph, so the patient page imports this module only when a plot is first shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from bedside.analysis import (
    DELTA_FS_DEFINITION,
    MAX_TOTAL,
    baseline_delta_fs,
    projected_total,
    projected_zero_date,
    slopes_around,
    subscores,
    total,
    trend_window,
)
from bedside.analysis.provisional import ProvisionalScores, provisional_scores
from bedside.domain import Event, Patient, Visit
from bedside.domain.words import event_label, resource_text
from bedside.i18n import fill
from bedside.instruments import alsfrs_r
from bedside.ui.accessible import described
from bedside.ui.date_axis import LocalDateAxis, cache_axes
from bedside.ui.flow_layout import FlowLayout
from bedside.ui.language import TrContext
from bedside.ui.legend_icon import LEGEND_ICON_WIDTH, legend_icon
from bedside.ui.locale_text import date_text, number_text, signed_text
from bedside.ui.plot_time import SECONDS_PER_MONTH, x_of
from bedside.ui.scrolling import WrappingColumn
from bedside.ui.settings import Settings
from bedside.ui.style import (
    EVENT_COLOR,
    PROVISIONAL_COLOR,
    SERIES_COLORS,
    SERIES_LINES,
    TOUCH_PX,
    high_contrast,
)

ANALYSIS = TrContext("ANALYSIS")

pg.setConfigOptions(antialias=True, background="w", foreground="k", exitCleanup=False)
EVENT_LABEL_CHARS = 30  # a longer label is cut ("…"): beside a narrow trend it ran off the plot


def event_marker_text(number: int, event: Event) -> str:
    """The marker's label, numbered as on the printed summary (events by date, from 1), so
    two events of one kind read apart; cut to EVENT_LABEL_CHARS (whole in the events tab)."""
    text = f"{number} {event_label(event.kind)}" + (f": {event.label}" if event.label else "")
    if len(text) > EVENT_LABEL_CHARS:
        text = text[: EVENT_LABEL_CHARS - 1].rstrip() + "…"
    return text


def fit_segment(points: Sequence[tuple[date, int]], slope: float) -> tuple[list, list]:
    """The least-squares line (through the mean point) across the points' dates."""
    xs = [x_of(d) for d, _ in points]
    mx = sum(xs) / len(xs)
    my = sum(t for _, t in points) / len(points)
    ends = [min(xs), max(xs)]
    return ends, [my + slope * (x - mx) / SECONDS_PER_MONTH for x in ends]


class TrendPanel(QWidget):
    """Toggles above a date-axis plot; ``set_provisional`` moves the visit being entered."""

    SERIES = ("total", "bulbar", "fine_motor", "gross_motor", "respiratory")

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.patient: Patient | None = None
        self.visits: list[Visit] = []
        self.events: list[Event] = []
        names = {"total": self.tr("Total")}
        names.update({d.key: resource_text(d.name) for d in alsfrs_r().domains})
        self.toggles: dict[str, QCheckBox] = {}
        toggle_row = QWidget(self)  # its own widget: it grows by the rows it wraps into
        toggles = FlowLayout(toggle_row, spacing=12)  # wraps when the panel is narrow
        for key in (*self.SERIES, "projection"):
            box = QCheckBox(names.get(key, self.tr("Expected (ΔFS)")), self)
            box.setObjectName(f"toggle_{key}")
            box.setMinimumHeight(TOUCH_PX)
            box.setChecked(settings.get(f"plot/{key}"))
            box.toggled.connect(lambda on, k=key: self._toggle(k, on))
            color = SERIES_COLORS.get(key, EVENT_COLOR)
            shade = "" if high_contrast() else f"color: {color};"
            box.setStyleSheet(f"QCheckBox {{ {shade} font-weight: bold; }}")
            box.setIcon(legend_icon(color, *SERIES_LINES.get(key, ("DashLine", ""))))
            box.setIconSize(QSize(LEGEND_ICON_WIDTH, 16))
            box.setAccessibleDescription(self.tr("Shows or hides this line of the trend plot"))
            toggles.addWidget(box)
            self.toggles[key] = box
        self.toggles["projection"].setToolTip(
            self.tr("Dashed line: %1 at onset, falling at the ΔFS of the first complete "
                    "visit.").replace("%1", str(MAX_TOTAL)) + "\n"
            + ANALYSIS.translated(DELTA_FS_DEFINITION))

        slope_row = QHBoxLayout()
        caption = QLabel(self.tr("Slope around event:"), self)
        self.event_choice = QComboBox(self)
        self.event_choice.setObjectName("slope_event")
        described(self.event_choice, self.tr("Choose an event to draw the ALSFRS-R slope "
                                             "before and after it"),
                  self.tr("Slope around event"))
        self.event_choice.setMinimumHeight(TOUCH_PX)
        self.event_choice.setMinimumWidth(220)
        caption.setBuddy(self.event_choice)
        self.event_choice.currentIndexChanged.connect(self._draw_slopes)
        self.slope_text = QLabel(self)
        self.slope_text.setObjectName("slope_text")
        self.slope_text.setWordWrap(True)
        self.whole_course = QCheckBox(self.tr("Whole course"), self)
        self.whole_course.setObjectName("whole_course")
        self.whole_course.setMinimumHeight(TOUCH_PX)
        self.whole_course.setToolTip(self.tr("From onset to today; unticked, the plot opens on "
                                             "the visits' own dates"))
        self.whole_course.setChecked(settings.get("plot/whole_course"))
        self.whole_course.toggled.connect(self._whole_course_toggled)
        toggles.addWidget(self.whole_course)  # with the display toggles: the event choice
        slope_row.addWidget(caption)  # keeps the row's width for the event's whole name
        slope_row.addWidget(self.event_choice, 1)

        self.plot = pg.PlotWidget(axisItems={"bottom": LocalDateAxis(orientation="bottom")})
        self.plot.setObjectName("alsfrs_plot")
        self.plot.setAccessibleName(self.tr("ALSFRS-R trend plot"))
        self.plot.setAccessibleDescription(self.tr(
            "The ALSFRS-R total and subscores over the visit dates. The same values are in the "
            "Visits table beside the plot, one row per visit."))
        item = self.plot.getPlotItem()
        item.setLabel("left", self.tr("ALSFRS-R"))
        item.showGrid(x=False, y=True, alpha=0.2)
        item.setYRange(0, MAX_TOTAL, padding=0.03)
        item.setLimits(yMin=-3, yMax=MAX_TOTAL + 4)
        # zoom and pan in time only: the score axis stays 0-48 with its labels
        item.setMouseEnabled(x=True, y=False)
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, MAX_TOTAL + 1, 12)],
                                       [(v, "") for v in range(0, MAX_TOTAL + 1, 4)]])
        cache_axes(item)
        self.curves: dict[str, pg.PlotDataItem] = {}
        for key in self.SERIES:
            width = 3 if key == "total" else 2
            dash, symbol = SERIES_LINES[key]
            curve = pg.PlotDataItem(
                [], [], pen=pg.mkPen(SERIES_COLORS[key], width=width,
                                     style=getattr(Qt.PenStyle, dash)), symbol=symbol,
                symbolSize=7 if key == "total" else 8, symbolBrush=SERIES_COLORS[key],
                symbolPen=None, name=names[key])
            item.addItem(curve)
            self.curves[key] = curve
        self.names = names
        # The curves are drawn from a cached image while only the provisional point moves.
        for data in self.curves.values():
            data.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            data.scatter.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.projection = pg.PlotDataItem(
            [], [], pen=pg.mkPen(EVENT_COLOR, width=2, style=Qt.PenStyle.DashLine),
            name=self.tr("Expected"))
        item.addItem(self.projection)
        self.slope_lines = [pg.PlotDataItem([], [], pen=pg.mkPen("#111111", width=3))
                            for _ in range(2)]
        for line in self.slope_lines:
            item.addItem(line)
        self.provisional = pg.ScatterPlotItem(
            size=16, symbol="star", pen=pg.mkPen(PROVISIONAL_COLOR, width=2),
            brush=pg.mkBrush(PROVISIONAL_COLOR))
        self.provisional.setZValue(10)
        # the axes are fixed (0-48, the patient's dates): moving the point must not make the
        # view recompute its bounds, only repaint around the point
        item.addItem(self.provisional, ignoreBounds=True)
        self.provisional_label = pg.TextItem("", color=PROVISIONAL_COLOR, anchor=(1, 1),
                                             fill=pg.mkBrush(255, 255, 255, 220))
        item.addItem(self.provisional_label, ignoreBounds=True)
        self.onset_mark = pg.ScatterPlotItem(size=11, symbol="d", pen=pg.mkPen(EVENT_COLOR),
                                             brush=pg.mkBrush(255, 255, 255))
        item.addItem(self.onset_mark, ignoreBounds=True)
        self.onset_text = pg.TextItem(self.tr("onset"), color=EVENT_COLOR, anchor=(-0.05, 0))
        item.addItem(self.onset_text, ignoreBounds=True)
        self._range: tuple[date, date] | None = None
        self._chosen_event: tuple | None = None  # kept while the patient is redrawn
        self.event_lines: list[pg.InfiniteLine] = []
        self._events_drawn: tuple = ()  # what the event lines show, to keep them while it holds
        self.expected_text = ""
        self.provisional_scores: ProvisionalScores | None = None
        self._provisional_visit: Visit | None = None
        self._filled: set[str] = set()

        layout = WrappingColumn(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toggle_row)
        layout.addLayout(slope_row)
        layout.addWidget(self.slope_text)  # under its row, as wide as the panel: two lines
        # at most where beside the row it made a column of eight beside a narrow trend
        layout.addWidget(self.plot, 1)

    # -- data ----------------------------------------------------------------------------
    def show_patient(self, patient: Patient, visits: Sequence[Visit],
                     events: Sequence[Event]) -> None:
        """``visits``: the signed visits, oldest first."""
        self.patient = patient
        self.visits = [v for v in visits if v.status == "signed"]
        self.events = sorted(events, key=lambda e: e.event_date)
        self._filled = set()  # the series given this patient's points
        self._fill_series([k for k in self.SERIES if self.toggles[k].isChecked()])
        for key, curve in self.curves.items():
            curve.setVisible(self.toggles[key].isChecked())
        self._draw_projection()
        kept = self._chosen_event if self._chosen_event and \
            self._chosen_event[0] == patient.patient_id else None
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        self.event_choice.addItem(self.tr("(choose an event)"), None)
        for n, e in enumerate(self.events, start=1):
            self.event_choice.addItem(f"{n}  {date_text(e.event_date)}  {event_label(e.kind)} "
                                      f"{e.label}".strip(), e.event_date)
            if kept and kept[1:] == (e.event_date, e.kind, e.label):
                self.event_choice.setCurrentIndex(n)
        self.event_choice.blockSignals(False)
        self._draw_slopes()
        self.set_provisional(None)
        self._fit_x()

    def _fill_series(self, keys: Sequence[str]) -> None:
        """Give the series ``keys`` this patient's points; a series ticked off (the subscores
        are by default) is given them when it is ticked."""
        keys = [k for k in keys if k not in self._filled]
        if not keys:
            return
        with_subscores = any(k != "total" for k in keys)
        xs: dict[str, list[float]] = {k: [] for k in keys}
        ys: dict[str, list[int]] = {k: [] for k in keys}
        for v in self.visits:
            if not v.alsfrs:
                continue
            x = x_of(v.visit_date)
            values = subscores(v.alsfrs) if with_subscores else {}
            values["total"] = total(v.alsfrs)
            for key in keys:
                if values.get(key) is not None:
                    xs[key].append(x)
                    ys[key].append(values[key])
        for key in keys:
            self.curves[key].setData(xs[key], ys[key])
            self._filled.add(key)

    def _fit_x(self, also: date | None = None) -> None:
        """The dates shown (analysis.trend_window; ``also``: a date that must be in view, the
        visit being entered), onset marked when in view, the event labels placed for them."""
        p = self.patient
        onset = p.onset_date if p else None
        days = [v.visit_date for v in self.visits] + ([also] if also else [])
        lo, hi, with_onset = trend_window(days, [e.event_date for e in self.events], onset,
                                          self.whole_course.isChecked(), date.today())
        self._range = (lo, hi)
        pad = max(15, (hi - lo).days // 30)
        self.plot.getPlotItem().setXRange(x_of(lo - timedelta(days=pad)),
                                          x_of(hi + timedelta(days=pad)), padding=0)
        if with_onset and onset is not None:
            self.onset_mark.setData([x_of(onset)], [MAX_TOTAL])
            self.onset_text.setPos(x_of(onset), MAX_TOTAL)
            self.onset_text.setText(self.tr("onset"))  # its date is in the header and PDF
        else:
            self.onset_mark.setData([], [])
            self.onset_text.setText("")
        self._draw_events(lo + (hi - lo) / 2)

    def _whole_course_toggled(self, on: bool) -> None:
        self.settings.set("plot/whole_course", on)
        self._fit_x()

    def _draw_events(self, middle: date) -> None:
        """A dotted line per event, numbered, its label on the side of the line where the
        plot has more room (``middle``: the middle of the dates shown)."""
        drawn = tuple((e.event_date, e.kind, e.label, e.event_date > middle)
                      for e in self.events)
        if drawn == self._events_drawn:  # the page shown again, the dates shown moved: kept
            return
        self._events_drawn = drawn
        item = self.plot.getPlotItem()
        for line in self.event_lines:
            item.removeItem(line)
        self.event_lines = []
        for n, e in enumerate(self.events):
            side = 1 if e.event_date > middle else 0  # late events: label left of the line
            line = pg.InfiniteLine(
                pos=x_of(e.event_date), angle=90, movable=False,
                pen=pg.mkPen(EVENT_COLOR, width=1, style=Qt.PenStyle.DotLine),
                label=event_marker_text(n + 1, e),
                labelOpts={"position": 0.97 - 0.09 * (n % 4), "color": EVENT_COLOR,
                           "fill": pg.mkBrush(255, 255, 255, 210),
                           "anchors": [(side, 0.5), (side, 0.5)]})
            line.setToolTip(f"{n + 1}  {date_text(e.event_date)}  {event_label(e.kind)} "
                            f"{e.label}".strip())
            item.addItem(line)
            self.event_lines.append(line)

    def _draw_projection(self) -> None:
        p = self.patient
        base = baseline_delta_fs(p, self.visits) if p else None
        self.expected_text = ""
        if p is None or p.onset_date is None or base is None:
            self.projection.setData([], [])
            self.toggles["projection"].setToolTip(self.tr("No expected course: it needs the "
                                                          "onset date and a complete visit."))
            return
        rate, _ = base
        end = max([v.visit_date for v in self.visits] + [date.today()])
        days = [p.onset_date]
        zero = projected_zero_date(p.onset_date, rate)
        if zero is not None and zero < end:
            days.append(zero)
        days.append(end)
        self.projection.setData([x_of(d) for d in days],
                                [projected_total(p.onset_date, d, rate) for d in days])
        self.projection.setVisible(self.toggles["projection"].isChecked())
        # The toggles, coloured as their lines, are the legend: no box over the data.
        self.expected_text = fill(self.tr("Dashed: expected course, %1 at onset falling %2 "
                                          "points/month (ΔFS at the first complete visit)."),
                                  MAX_TOTAL, number_text(rate, 2))
        self.toggles["projection"].setToolTip(
            self.expected_text + "\n" + ANALYSIS.translated(DELTA_FS_DEFINITION))

    def _complete_points(self) -> list[tuple[date, int]]:
        out = []
        for v in self.visits:
            t = total(v.alsfrs) if v.alsfrs else None
            if t is not None:
                out.append((v.visit_date, t))
        return out

    def _draw_slopes(self) -> None:
        split = self.event_choice.currentData()
        index = self.event_choice.currentIndex()
        if self.patient is not None:  # the choice stays while the patient is redrawn
            e = self.events[index - 1] if split is not None else None
            self._chosen_event = (self.patient.patient_id, e.event_date, e.kind, e.label) \
                if e else None
        for line in self.slope_lines:
            line.setData([], [])
        if split is None:
            self.slope_text.setText(self.expected_text or self.tr(
                "Choose an event for the ALSFRS-R slope before and after it."))
            return
        before, after, pts_b, pts_a = slopes_around(self._complete_points(), split)
        parts = []
        for n, (name, slope, pts) in enumerate(((self.tr("before (its day included)"), before,
                                                  pts_b),
                                                (self.tr("after"), after, pts_a))):
            if slope is None:
                parts.append(self.tr("%1: too few visits").replace("%1", name))
                continue
            xs, ys = fit_segment(pts, slope)
            self.slope_lines[n].setData(xs, ys)
            parts.append(fill(self.tr("%1: %2 points/month (%n visit(s))", "", len(pts)),
                              name, signed_text(slope, 2)))
        self.slope_text.setText("   ".join(parts))

    # -- the visit being entered -------------------------------------------------------------
    def set_provisional(self, visit: Visit | None) -> None:
        """Show ``visit`` (a draft being entered) as a provisional point; None hides it."""
        self._provisional_visit = visit
        if visit is not None and self._range and not (
                self._range[0] <= visit.visit_date <= self._range[1]):
            # its date in view from the start of the visit (its first save), so that an
            # answer only moves the star: a new range regenerates the axis and event lines
            self._fit_x(also=visit.visit_date)
        if visit is None or not visit.alsfrs:
            self.provisional_scores = None
            self.provisional.setData([], [])
            self.provisional_label.setText("")
            return
        s = provisional_scores(visit, self.visits)
        self.provisional_scores = s
        x = x_of(visit.visit_date)
        if s.total is None:  # nothing to carry forward: no point until every item is in
            self.provisional.setData([], [])
            self.provisional_label.setText(fill(
                self.tr("this visit: %1 of %2 answered; no total until all are (no earlier "
                        "complete visit to carry forward)"), s.answered, s.of))
            self.provisional_label.setPos(x, MAX_TOTAL)
            return
        xs, ys = [x], [s.total]
        for key in self.SERIES[1:]:
            if self.toggles[key].isChecked() and s.subscores.get(key) is not None:
                xs.append(x)
                ys.append(s.subscores[key])
        self.provisional.setData(xs, ys)
        text = (self.tr("this visit: %1").replace("%1", str(s.total)) if s.complete else
                fill(self.tr("this visit ≈ %1 (%2 of %3 answered; the rest as on %4)"),
                     s.total, s.answered, s.of, date_text(s.carried_from)))
        self.provisional_label.setText(text)
        self.provisional_label.setPos(x, s.total + 1)

    def provisional_position(self) -> tuple[float, float] | None:
        """Where the provisional total point is drawn (x in epoch seconds), for tests."""
        data = self.provisional.data
        if len(data) == 0:
            return None
        return float(data["x"][0]), float(data["y"][0])

    # -- toggles -----------------------------------------------------------------------------
    def _toggle(self, key: str, on: bool) -> None:
        self.settings.set(f"plot/{key}", on)
        if key == "projection":
            self.projection.setVisible(on)
            self._fit_x()
        else:
            if on:
                self._fill_series([key])
            self.curves[key].setVisible(on)
            self.set_provisional(self._provisional_visit)

