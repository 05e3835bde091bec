"""Vital capacity (% of predicted) and weight over time, one above the other on one time axis,
with the events marked as on the ALSFRS-R trend.

Imports pyqtgraph: loaded only when the patient page first shows its plots.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bedside.analysis import LungEquations, MeasuredVisit, measured_history, shown_number
from bedside.domain import Event, Patient, Visit
from bedside.domain.words import event_label
from bedside.ui.accessible import described
from bedside.ui.date_axis import cache_axes
from bedside.ui.locale_text import date_text
from bedside.ui.plot_time import x_of
from bedside.ui.style import EVENT_COLOR
from bedside.ui.trends import event_marker_text

FVC_COLOR, SVC_COLOR, WEIGHT_COLOR = "#1f4e79", "#7030a0", "#4f8a10"


class MeasuresTrendPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[MeasuredVisit] = []
        self.note = QLabel(self)
        self.note.setObjectName("measures_note")
        self.note.setWordWrap(True)
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setObjectName("measures_plot")
        described(self.view, self.tr("Vital capacity (% of predicted) and weight at each "
                                     "signed visit, with the patient's events marked"),
                  self.tr("Breathing and weight plot"))
        self.vc = self.view.addPlot(row=0, col=0, axisItems={
            "bottom": pg.DateAxisItem(orientation="bottom")})
        self.weight = self.view.addPlot(row=1, col=0, axisItems={
            "bottom": pg.DateAxisItem(orientation="bottom")})
        self.weight.setXLink(self.vc)
        cache_axes(self.vc, self.weight)
        self.vc.setLabel("left", self.tr("Vital capacity, % of predicted"))
        self.weight.setLabel("left", self.tr("Weight, kg"))
        for plot in (self.vc, self.weight):
            plot.getAxis("left").setWidth(64)  # equal widths: a date is at one x in both
            plot.showGrid(x=False, y=True, alpha=0.2)
            plot.setMouseEnabled(x=True, y=False)
            plot.setMenuEnabled(False)
            plot.addLegend(offset=(-10, 10))
        self.fvc = self.vc.plot([], [], pen=pg.mkPen(FVC_COLOR, width=3), symbol="o",
                                symbolSize=8, symbolBrush=FVC_COLOR, symbolPen=None,
                                name=self.tr("FVC"))
        self.svc = self.vc.plot([], [], pen=pg.mkPen(SVC_COLOR, width=2), symbol="s",
                                symbolSize=7, symbolBrush=SVC_COLOR, symbolPen=None,
                                name=self.tr("SVC"))
        self.kg = self.weight.plot([], [], pen=pg.mkPen(WEIGHT_COLOR, width=3), symbol="o",
                                   symbolSize=8, symbolBrush=WEIGHT_COLOR, symbolPen=None,
                                   name=self.tr("Weight"))
        self.before_illness = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen(EVENT_COLOR, width=1, style=Qt.PenStyle.DashLine),
            label="", labelOpts={"position": 0.05, "color": EVENT_COLOR,
                                 "anchors": [(0, 1), (0, 1)]})
        self.weight.addItem(self.before_illness, ignoreBounds=True)
        self.event_lines: list[tuple[pg.PlotItem, pg.InfiniteLine]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def show_patient(self, patient: Patient, visits: Sequence[Visit], events: Sequence[Event],
                     lung: LungEquations) -> None:
        """``visits``: the signed visits."""
        self.history = measured_history(patient, [v for v in visits if v.status == "signed"],
                                        lung)
        fvc = [(m.visit_date, m.fvc.percent_predicted) for m in self.history
               if m.fvc is not None and m.fvc.percent_predicted is not None]
        svc = [(m.visit_date, m.svc.percent_predicted) for m in self.history
               if m.svc is not None and m.svc.percent_predicted is not None]
        kg = [(m.visit_date, m.measurements.weight_kg) for m in self.history
              if m.measurements.weight_kg is not None]
        for curve, points in ((self.fvc, fvc), (self.svc, svc), (self.kg, kg)):
            curve.setData([x_of(d) for d, _ in points], [y for _, y in points])
        pre = patient.pre_illness_weight_kg
        self.before_illness.setVisible(pre is not None)
        if pre is not None:
            self.before_illness.setValue(pre)
            self.before_illness.label.setFormat(
                self.tr("before the illness %1 kg").replace("%1", shown_number(pre)))
        self._draw_events(events)
        self._fit([v.visit_date for v in visits], fvc, svc, kg, pre)
        self.note.setText(self._note(lung))

    def _note(self, lung: LungEquations) -> str:
        """What the plots show, and why a vital capacity has no point when it has none."""
        unplotted = {vc.reason for m in self.history for vc in (m.fvc, m.svc)
                     if vc is not None and vc.reason}
        text = self.tr("% of predicted: %1 (the clinic's setting).").replace("%1", lung.name)
        if not self.history:
            return self.tr("No vital capacity or weight recorded yet: they are entered with a "
                           "visit (tick Breathing, weight on its start page).")
        if unplotted:
            text += " " + self.tr("Not plotted: %1.").replace("%1", "; ".join(sorted(unplotted)))
        return text

    def _draw_events(self, events: Sequence[Event]) -> None:
        for plot, line in self.event_lines:
            plot.removeItem(line)
        self.event_lines = []
        for n, e in enumerate(sorted(events, key=lambda e: e.event_date)):
            for plot, label in ((self.vc, event_marker_text(n + 1, e)), (self.weight, None)):
                line = pg.InfiniteLine(
                    pos=x_of(e.event_date), angle=90, movable=False,
                    pen=pg.mkPen(EVENT_COLOR, width=1, style=Qt.PenStyle.DotLine),
                    label=label, labelOpts={"position": 0.95 - 0.1 * (n % 4),
                                            "color": EVENT_COLOR,
                                            "fill": pg.mkBrush(255, 255, 255, 210)})
                line.setToolTip(f"{n + 1}  {date_text(e.event_date)}  {event_label(e.kind)} "
                                f"{e.label}".strip())
                plot.addItem(line, ignoreBounds=True)
                self.event_lines.append((plot, line))

    def _fit(self, visit_days: list[date], fvc: list, svc: list, kg: list,
             pre: float | None) -> None:
        """The visits' dates in view (as on the ALSFRS-R trend), the values with room."""
        days = visit_days + [d for d, _ in (*fvc, *svc, *kg)]
        if not days:
            today = date.today()
            days = [today - timedelta(days=365), today]
        lo, hi = min(days), max(days)
        pad = max(20, (hi - lo).days // 20)
        self.vc.setXRange(x_of(lo - timedelta(days=pad)), x_of(hi + timedelta(days=pad)),
                          padding=0)
        values = [y for _, y in (*fvc, *svc)]
        top = max([100.0, *values]) + 10
        self.vc.setYRange(0, top, padding=0)
        weights = [y for _, y in kg] + ([pre] if pre is not None else [])
        if weights:
            self.weight.setYRange(min(weights) - 5, max(weights) + 5, padding=0)

    def points(self) -> dict[str, list[tuple[float, float]]]:
        """What each curve draws (x in epoch seconds), for tests."""
        return {name: list(zip(*(c.getData()), strict=True)) if c.getData()[0] is not None
                else [] for name, c in (("fvc", self.fvc), ("svc", self.svc), ("kg", self.kg))}
