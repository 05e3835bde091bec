"""MRC grades per muscle over visits (a heatmap) and the MRC sum beneath, sharing the visits.

Imports pyqtgraph and numpy: loaded only when the MRC trend is first shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bedside.analysis import mrc_sum
from bedside.domain import NOT_TESTED, Event, Visit
from bedside.domain.words import event_label, muscle_cell_text
from bedside.i18n import fill
from bedside.instruments import all_mrc_cells, mrc_scale, protocols
from bedside.ui.date_axis import cache_axes
from bedside.ui.locale_text import date_text
from bedside.ui.style import EVENT_COLOR, SERIES_COLORS, TOUCH_PX

GRADE_COLORS = [(0.0, (165, 0, 38)), (2.5, (254, 204, 92)), (5.0, (26, 152, 80))]


@cache  # a few codes, read for every muscle of every visit
def grade_number(code: str) -> float:
    """The whole grade with modifiers a third apart (4- = 3.67), NaN for not tested."""
    if code == NOT_TESTED:
        return float("nan")
    value = mrc_scale().grade(code).value
    return value - 0.33 if code.endswith("-") else value + 0.33 if code.endswith("+") else value


def event_position(day, visits: Sequence[Visit]) -> float:
    """Where a date falls on the visit-index axis (between the visits around it)."""
    days = [v.visit_date for v in visits]
    if day <= days[0]:
        return -0.5
    if day >= days[-1]:
        return len(days) - 0.5
    for i in range(len(days) - 1):
        if days[i] <= day < days[i + 1]:
            return i + (day - days[i]).days / max(1, (days[i + 1] - days[i]).days)
    return len(days) - 0.5


def row_order(visits: Sequence[Visit]) -> list[str]:
    """The cells graded at any visit, in the order of the latest grading's protocol (as the
    examiner grades them, head to foot), then any others in the order the protocols list them."""
    used = {c for v in visits for c in v.mrc}
    latest = protocols().get(visits[-1].mrc_protocol) if visits else None
    first = [c for c in latest.cells if c in used] if latest else []
    return first + [c for c in all_mrc_cells() if c in used and c not in first]


def grade_matrix(visits: Sequence[Visit]) -> tuple[list[str], np.ndarray]:
    """Rows: the cells graded at any visit (row_order); columns: the visits."""
    cells = row_order(visits)
    matrix = np.full((len(visits), len(cells)), np.nan)
    row_of = {c: n for n, c in enumerate(cells)}
    for col, v in enumerate(visits):
        for cell, grade in v.mrc.items():
            matrix[col, row_of[cell]] = grade_number(grade.code)
    return cells, matrix


class MrcTrendPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setObjectName("mrc_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setObjectName("mrc_plot")
        self.view.setAccessibleName(self.tr("MRC grades plot"))
        self.view.setAccessibleDescription(self.tr(
            "Each muscle's MRC grade at each visit as a coloured cell, and the MRC sum beneath. "
            "Tick 'Grades as a table' to read the same grades as a table."))
        # the plot's text equivalent: the same grades, one row per muscle, one column a visit
        self.table = QTableWidget(self)
        self.table.setObjectName("mrc_grade_table")
        self.table.setAccessibleName(self.tr("MRC grades table"))
        self.table.setAccessibleDescription(self.tr(
            "One row per muscle, one column per visit; the last row is the MRC sum."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.as_table = QCheckBox(self.tr("Grades as a table"), self)
        self.as_table.setObjectName("mrc_as_table")
        self.as_table.setMinimumHeight(TOUCH_PX)
        self.as_table.setToolTip(self.tr("The same grades as the plot, as text"))
        self.shown = QStackedWidget(self)
        self.shown.addWidget(self.view)
        self.shown.addWidget(self.table)
        self.as_table.toggled.connect(self._as_table_toggled)
        self.heat = self.view.addPlot(row=0, col=0)
        self.heat.setMenuEnabled(False)
        self.heat.invertY(True)
        self.heat.hideButtons()
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.ColorMap(*zip(*[(p / 5, c) for p, c in GRADE_COLORS],
                                                strict=True)))
        self.image.setLevels((0, 5))
        self.heat.addItem(self.image)
        self.bar = pg.ColorBarItem(values=(0, 5), colorMap=self.image.getColorMap(),
                                   interactive=False, width=12, label=self.tr("MRC grade"))
        self.bar.setImageItem(self.image)
        self.view.addItem(self.bar, row=0, col=1)  # beside, so both plots share their x extent
        self.sum_plot = self.view.addPlot(row=1, col=0)
        for plot in (self.heat, self.sum_plot):
            plot.getAxis("left").setWidth(150)
        cache_axes(self.heat, self.sum_plot)
        self.sum_plot.setMenuEnabled(False)
        self.sum_plot.setLabel("left", self.tr("MRC sum"))
        self.sum_plot.setXLink(self.heat)
        self.sum_plot.showGrid(y=True, alpha=0.2)
        self.sum_curve = self.sum_plot.plot([], [], pen=pg.mkPen(SERIES_COLORS["total"], width=2),
                                            symbol="o", symbolSize=6,
                                            symbolBrush=SERIES_COLORS["total"], symbolPen=None,
                                            name=self.tr("sum"))
        self.max_curve = self.sum_plot.plot([], [], pen=pg.mkPen("#999", width=1,
                                                                 style=pg.QtCore.Qt.DashLine))
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.as_table)
        layout.addWidget(self.shown, 1)
        layout.addStretch(0)
        self.cells: list[str] = []
        self.graded: list[Visit] = []  # the visits shown, with MRC grades
        self._table_stale = False  # the table is filled when it is shown
        self.event_lines: list[tuple[pg.PlotItem, pg.InfiniteLine]] = []

    def show_visits(self, visits: Sequence[Visit], events: Sequence[Event] = ()) -> None:
        graded = [v for v in visits if v.status == "signed" and v.mrc]
        for plot, line in self.event_lines:
            plot.removeItem(line)
        self.event_lines = []
        self.cells, matrix = grade_matrix(graded)
        self.shown.setVisible(bool(graded))  # nothing drawn from another patient
        self.as_table.setVisible(bool(graded))
        self.graded = graded
        self._table_stale = True
        if self.as_table.isChecked():
            self._fill_table()
        if not graded:
            self.note.setText(self.tr("No MRC grades recorded for this patient yet."))
            self.image.clear()
            self.sum_curve.setData([], [])
            self.max_curve.setData([], [])
            return
        self.image.setImage(matrix, autoLevels=False, levels=(0, 5))
        self.image.setRect(-0.5, -0.5, len(graded), len(self.cells))
        labels = [(n, muscle_cell_text(c, short=True)) for n, c in enumerate(self.cells)]
        self.heat.getAxis("left").setTicks([labels])
        # as wide as the longest muscle's name (pyqtgraph leaves out a label that does not fit)
        metrics = QFontMetrics(self.heat.getAxis("left").style["tickFont"] or self.font())
        width = max([150] + [metrics.horizontalAdvance(t) + 24 for _, t in labels])
        for plot in (self.heat, self.sum_plot):
            plot.getAxis("left").setWidth(width)
        ticks = _date_ticks(graded)
        self.heat.getAxis("bottom").setTicks([ticks])
        self.sum_plot.getAxis("bottom").setTicks([ticks])
        self.heat.setXRange(-0.5, len(graded) - 0.5, padding=0)
        self.heat.setYRange(-0.5, len(self.cells) - 0.5, padding=0)
        sums = [mrc_sum(v.mrc) for v in graded]
        xs = [n for n, s in enumerate(sums) if s]
        self.sum_curve.setData(xs, [sums[n].score for n in xs])
        self.max_curve.setData(xs, [sums[n].max_tested for n in xs])
        self._draw_events(graded, events)
        last = sums[-1]
        self.note.setText(fill(
            self.tr("%n visit(s) with MRC grades. Latest MRC sum %1 (%2 not tested). Blank "
                    "cells: not tested or not in that visit's protocol; dashed line: the maximum "
                    "over the muscles tested.", "", len(graded)), last, last.not_tested))


    def _as_table_toggled(self, on: bool) -> None:
        if on:
            self._fill_table()
        self.shown.setCurrentWidget(self.table if on else self.view)

    def _fill_table(self) -> None:
        if not self._table_stale:
            return
        self._table_stale = False
        graded = self.graded
        t = self.table
        t.clear()
        t.setRowCount(len(self.cells) + 1 if graded else 0)
        t.setColumnCount(len(graded))
        t.setHorizontalHeaderLabels([date_text(v.visit_date) for v in graded])
        t.setVerticalHeaderLabels([muscle_cell_text(c) for c in self.cells]
                                  + [self.tr("MRC sum")] if graded else [])
        for col, v in enumerate(graded):
            for row, cell in enumerate(self.cells):
                grade = v.mrc.get(cell)
                t.setItem(row, col, QTableWidgetItem(
                    "" if grade is None else grade.code if grade.tested else NOT_TESTED))
            total = mrc_sum(v.mrc)
            t.setItem(len(self.cells), col, QTableWidgetItem(str(total) if total else "—"))

    def _draw_events(self, graded: Sequence[Visit], events: Sequence[Event]) -> None:
        pen = pg.mkPen(EVENT_COLOR, width=1, style=pg.QtCore.Qt.PenStyle.DotLine)
        for n, e in enumerate(sorted(events, key=lambda e: e.event_date)):
            x = event_position(e.event_date, graded)
            marks = [(self.heat, pg.InfiniteLine(pos=x, angle=90, movable=False, pen=pen)),
                     (self.sum_plot, pg.InfiniteLine(
                         pos=x, angle=90, movable=False, pen=pen,
                         label=str(n + 1),  # the trend's number; the whole text as a tooltip
                         labelOpts={"position": 0.9 - 0.2 * (n % 3), "color": EVENT_COLOR,
                                    "fill": pg.mkBrush(255, 255, 255, 150),
                                    "anchors": [(0, 0.5), (0, 0.5)]}))]
            for plot, line in marks:
                line.setToolTip(f"{n + 1}  {date_text(e.event_date)} {event_label(e.kind)} "
                                f"{e.label}".strip())
                plot.addItem(line)
                self.event_lines.append((plot, line))


def _date_ticks(visits: Sequence[Visit], most: int = 3) -> list[tuple[int, str]]:
    """Visit dates as year-month under at most ``most`` columns, so labels never collide."""
    step = max(1, -(-len(visits) // most))
    return [(n, visits[n].visit_date.strftime("%Y-%m")) for n in range(0, len(visits), step)]
