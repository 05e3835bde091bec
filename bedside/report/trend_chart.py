"""The trend chart as vector graphics: ALSFRS-R total over time, the projection from onset at
ΔFS, labelled event markers and this visit highlighted. Crisp on paper at any zoom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Path,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from bedside.analysis import (
    baseline_delta_fs,
    projected_total,
    projected_zero_date,
    total,
    trend_window,
)
from bedside.domain import Event
from bedside.domain.words import event_label
from bedside.i18n import fill, formats
from bedside.instruments import alsfrs_r
from bedside.report.context import SummaryContext
from bedside.report.styles import ACCENT, Heading, Styles
from bedside.report.text import REPORT, esc, fmt_date

HIGHLIGHT = colors.HexColor("#c0392b")
EVENT = colors.HexColor("#d35400")
PROJECTION = colors.HexColor("#7f8c8d")
GRID = colors.HexColor("#d5dbe0")
TEXT = colors.HexColor("#333a40")
LABEL_SIZE = 6.5
LANES = 3
LANE_HEIGHT = 9.0
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)
MAX_LABEL = 36
CLUSTER_GAP = 6.0  # points: events closer than this share a label


@dataclass(frozen=True)
class Frame:
    """Where the plot sits in the drawing and how dates and scores map onto it."""

    left: float
    bottom: float
    width: float
    height: float
    start: date
    end: date
    top_score: int

    def x(self, day: date) -> float:
        span = max(1, (self.end - self.start).days)
        return self.left + (day - self.start).days / span * self.width

    def y(self, score: float) -> float:
        return self.bottom + score / self.top_score * self.height

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def top(self) -> float:
        return self.bottom + self.height


def trend_points(ctx: SummaryContext) -> list[tuple[date, int]]:
    """(visit date, total) of every visit up to this one with a complete ALSFRS-R."""
    out = []
    for v in ctx.history:
        t = ctx.summary.total if v is ctx.visit else (total(v.alsfrs) if v.alsfrs else None)
        if t is not None:
            out.append((v.visit_date, t))
    return out


def marker_radius(points: int) -> float:
    """Smaller dots the more visits share the width, so a long history stays legible."""
    return 2.0 if points <= 40 else 1.4 if points <= 120 else 1.0


def event_text(event: Event) -> str:
    return event.label or event_label(event.kind)


def _month_ticks(start: date, end: date) -> tuple[list[date], int]:
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = next((s for s in MONTH_STEPS if months / s <= 9), MONTH_STEPS[-1])
    year, month = start.year, start.month
    ticks = []
    while (year, month) <= (end.year, end.month):
        if (month - 1) % min(step, 12) == 0 and (step < 12 or year % (step // 12) == 0):
            day = date(year, month, 1)
            if start <= day <= end:
                ticks.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return ticks, step


def _text(x: float, y: float, s: str, font: str, size: float = LABEL_SIZE, anchor: str = "start",
          color=TEXT) -> String:
    return String(x, y, s, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


@dataclass(frozen=True)
class SeriesPath:
    line: str  # PDF path operators ("x y m x y l ...") through the totals; "" for one visit
    dots: str  # one zero-length round-capped stroke per visit
    line_width: float
    dot_width: float


class TrendFlowable(Flowable):
    """The chart's Drawing, then the series on top of it, in the Drawing's coordinates."""

    def __init__(self, drawing: Drawing, series: SeriesPath) -> None:
        super().__init__()
        self.drawing, self.series = drawing, series
        self.width, self.height = drawing.width, drawing.height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        c, s = self.canv, self.series
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineJoin(1)
        if s.line:
            c.setLineWidth(s.line_width)
            c.addLiteral(f"{s.line} S")
        c.setLineWidth(s.dot_width)
        c.setLineCap(1)
        c.addLiteral(f"{s.dots} S")
        c.restoreState()


class TrendChart:
    """Builds the Drawing for one summary; ``width`` is the text frame's width."""

    height = 205.0
    legend_h = 14.0
    axis_h = 16.0
    left_pad = 34.0
    right_pad = 10.0

    def __init__(self, ctx: SummaryContext, font: str, bold: str, width: float) -> None:
        self.ctx, self.font, self.bold, self.width = ctx, font, bold, width
        self.points = trend_points(ctx)
        # the same expected course as on screen: ΔFS at the first complete visit so far
        base = baseline_delta_fs(ctx.patient, ctx.history)
        self.rate = base[0] if base else None
        onset = ctx.patient.onset_date
        # as on screen: the visits' own dates, onset only where it fits (see trend_window)
        start, end, self.with_onset = trend_window(
            [d for d, _ in self.points] + [ctx.visit.visit_date], [], onset, False,
            ctx.visit.visit_date)
        pad = timedelta(days=max(30, (end - start).days // 25))
        bottom = self.legend_h + self.axis_h
        self.frame = Frame(self.left_pad, bottom, width - self.left_pad - self.right_pad,
                           self.height - bottom - LANES * LANE_HEIGHT - 6,
                           start if self.with_onset else start - pad, end + pad,
                           alsfrs_r().max_total)

    def drawing(self) -> Drawing:
        d = Drawing(self.width, self.height)
        self._axes(d)
        self._projection(d)
        self._events(d)
        self._this_visit(d)
        self._legend(d)
        return d

    def _axes(self, d: Drawing) -> None:
        f = self.frame
        grid = Path(strokeColor=GRID, strokeWidth=0.5, fillColor=None)
        for score in range(0, f.top_score + 1, 12):
            y = f.y(score)
            grid.moveTo(f.left, y)
            grid.lineTo(f.right, y)
            d.add(_text(f.left - 3, y - 2.2, str(score), self.font, anchor="end"))
        d.add(grid)
        label = Group(_text(0, 0, REPORT.tr("ALSFRS-R total"), self.font, anchor="middle"))
        label.transform = (0, 1, -1, 0, 9, f.bottom + f.height / 2)
        d.add(label)
        ticks, step = _month_ticks(f.start, f.end)
        marks = Path(strokeColor=TEXT, strokeWidth=0.5, fillColor=None)
        for tick in ticks:
            x = f.x(tick)
            marks.moveTo(x, f.bottom)
            marks.lineTo(x, f.bottom - 3)
            text = str(tick.year) if step >= 12 else f"{tick:%Y-%m}"
            d.add(_text(x, f.bottom - 10, text, self.font, anchor="middle"))
        d.add(marks)
        d.add(Rect(f.left, f.bottom, f.width, f.height, fillColor=None, strokeColor=TEXT,
                   strokeWidth=0.6))

    def _projection(self, d: Drawing) -> None:
        onset, rate, f = self.ctx.patient.onset_date, self.rate, self.frame
        if onset is None or rate is None:
            return
        end = f.end
        zero = projected_zero_date(onset, rate, f.top_score)
        if zero is not None:
            end = min(end, zero)
        begin = max(onset, f.start)  # onset before the dates shown: from the frame's edge
        if end <= begin:
            return
        d.add(Line(f.x(begin), f.y(projected_total(onset, begin, rate, f.top_score)), f.x(end),
                   f.y(projected_total(onset, end, rate, f.top_score)),
                   strokeColor=PROJECTION, strokeWidth=1.0, strokeDashArray=[4, 3]))

    def _events(self, d: Drawing) -> None:
        """A dotted line per event; labels in lanes above the plot, never on top of each other.

        Events closer together than a label can separate share one label ("4–8"); the list
        under the chart names every event with its number and date.
        """
        f = self.frame
        clusters: list[list[tuple[int, float, Event]]] = []
        for n, event in enumerate(self.ctx.events, start=1):
            if not f.start <= event.event_date <= f.end:
                continue  # before the dates shown: named, with its number, under the chart
            x = f.x(event.event_date)
            d.add(Line(x, f.bottom, x, f.top + 2, strokeColor=EVENT, strokeWidth=0.6,
                       strokeDashArray=[1.5, 1.5]))
            if clusters and x - clusters[-1][-1][1] < CLUSTER_GAP:
                clusters[-1].append((n, x, event))
            else:
                clusters.append([(n, x, event)])
        lane_end = [-1e9] * LANES
        for cluster in clusters:
            first, x, event = cluster[0]
            if len(cluster) == 1:
                text = event_text(event)
                if len(text) > MAX_LABEL:
                    text = text[: MAX_LABEL - 1] + "…"
                choices = (f"{first} {text}", str(first))
            else:
                choices = (f"{first}–{cluster[-1][0]}",)
            for label in choices:
                width = stringWidth(label, self.font, LABEL_SIZE)
                left = x - 1.5 if x + width <= f.right else x - width + 1.5
                lane = next((i for i in range(LANES) if left > lane_end[i] + 3), None)
                if lane is not None:
                    d.add(_text(left, f.top + 4 + lane * LANE_HEIGHT, label, self.font,
                                color=EVENT))
                    lane_end[lane] = left + width
                    break

    def series(self) -> SeriesPath:
        """The totals as PDF path operators, numbers formatted once here.

        A line through the visits and a dot on each: a zero-length stroke with round caps,
        which PDF paints as a filled circle. With 200 visits this is 600 path points; written
        as one literal they cost a fraction of 600 reportlab path calls.
        """
        f, pts = self.frame, self.points
        xy = [f"{f.x(day):.2f} {f.y(t):.2f}" for day, t in pts]
        line = " ".join([f"{xy[0]} m", *(f"{p} l" for p in xy[1:])]) if len(xy) >= 2 else ""
        dots = " ".join(f"{p} m {p} l" for p in xy)
        return SeriesPath(line, dots, 0.9 if len(pts) < 60 else 0.7,
                          2 * marker_radius(len(pts)))

    def flowable(self) -> TrendFlowable:
        return TrendFlowable(self.drawing(), self.series())

    def _this_visit(self, d: Drawing) -> None:
        """A ring around this visit's point (or a dashed line at its date without a total).

        No text is drawn on the plot: a label would hide points; the legend says it instead.
        """
        f, visit, t = self.frame, self.ctx.visit, self.ctx.summary.total
        x = f.x(visit.visit_date)
        if t is None:
            d.add(Line(x, f.bottom, x, f.top, strokeColor=HIGHLIGHT, strokeWidth=1.0,
                       strokeDashArray=[3, 2]))
            return
        d.add(Circle(x, f.y(t), 4.2, fillColor=None, strokeColor=HIGHLIGHT, strokeWidth=1.4))

    def _legend(self, d: Drawing) -> None:
        y, x = 3.0, self.frame.left
        entries: list[tuple[str, object]] = [(
            REPORT.tr("ALSFRS-R total (%n visit(s))", "", len(self.points)), "line")]
        if self.ctx.patient.onset_date and self.rate is not None:
            entries.append((REPORT.tr("expected at first-visit ΔFS %1/month").replace(
                "%1", formats.number_text(self.rate, 2)), "dash"))
        if self.ctx.events:
            entries.append((REPORT.tr("event"), "event"))
        t = self.ctx.summary.total
        entries.append((fill(REPORT.tr("this visit, %1: %2"), fmt_date(self.ctx.visit.visit_date),
                             REPORT.tr("total %1").replace("%1", str(t)) if t is not None
                             else REPORT.tr("no complete ALSFRS-R")), "visit"))
        for text, kind in entries:
            if kind == "line":
                d.add(Line(x, y + 2.5, x + 14, y + 2.5, strokeColor=ACCENT, strokeWidth=0.9))
                d.add(Circle(x + 7, y + 2.5, 1.6, fillColor=ACCENT, strokeColor=None))
            elif kind == "dash":
                d.add(Line(x, y + 2.5, x + 14, y + 2.5, strokeColor=PROJECTION,
                           strokeDashArray=[4, 3]))
            elif kind == "event":
                d.add(Line(x + 7, y - 1, x + 7, y + 7, strokeColor=EVENT,
                           strokeDashArray=[1.5, 1.5]))
            elif self.ctx.summary.total is None:
                d.add(Line(x + 7, y - 1, x + 7, y + 7, strokeColor=HIGHLIGHT,
                           strokeDashArray=[3, 2]))
            else:
                d.add(Circle(x + 7, y + 2.5, 3.2, fillColor=None, strokeColor=HIGHLIGHT,
                             strokeWidth=1.2))
            d.add(_text(x + 18, y, text, self.font))
            x += 18 + stringWidth(text, self.font, LABEL_SIZE) + 12


def trend_section(ctx: SummaryContext, st: Styles, font: str, bold: str,
                  width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading(REPORT.tr("ALSFRS-R total over time, up to this visit"),
                                   st.h2)]
    chart = TrendChart(ctx, font, bold, width)
    n = len(chart.points)
    if n == 0:
        out.append(Paragraph(esc(REPORT.tr("No visit up to this one has a complete ALSFRS-R: "
                                           "there is no total to plot yet.")), st.body))
        return out
    if n == 1:
        out.append(Paragraph(esc(REPORT.tr("Only one visit with a complete ALSFRS-R so far: no "
                                           "trend line yet.")), st.body))
    out.append(chart.flowable())
    if ctx.events:
        listed = " · ".join(
            f"<b>{n}</b> {fmt_date(e.event_date)} {esc(event_text(e))}"
            + (f" ({esc(event_label(e.kind))})" if e.label else "")
            for n, e in enumerate(ctx.events, start=1))
        out.append(Paragraph(esc(REPORT.tr("Events:")) + " " + listed, st.note))
    return out
