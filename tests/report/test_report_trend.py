"""The trend chart: one visit, 200 visits, events, this visit, the projection from onset."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO

from pypdf import PdfReader
from report_builders import answers, grades, patient, pdf_text, render, visit, weekly
from reportlab.graphics.shapes import Circle, Line, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from bedside.domain import Event
from bedside.report.context import build_context
from bedside.report.document import PdfRenderer
from bedside.report.fonts import register
from bedside.report.trend_chart import HIGHLIGHT, LABEL_SIZE, PROJECTION, TrendChart

WIDTH = PdfRenderer.page_size[0] - PdfRenderer.margin_left - PdfRenderer.margin_right


def chart(p, visits, events=(), which=None):
    ctx = build_context(p, visits, events, which or visits[-1])
    font, bold = register()
    return TrendChart(ctx, font, bold, WIDTH)


def shapes(drawing, kind):
    out = []

    def walk(node):
        for child in getattr(node, "contents", []):
            if isinstance(child, kind):
                out.append(child)
            walk(child)

    walk(drawing)
    return out


def test_one_visit_has_no_trend_line_and_says_so():
    p = patient()
    v = visit(date(2025, 9, 1), answers(3))
    assert "Only one visit with a complete ALSFRS-R so far: no trend line yet." in pdf_text(
        render(p, [v]))
    c = chart(p, [v])
    assert c.series().line == "" and c.series().dots.count(" m ") == 1
    rings = [s for s in shapes(c.drawing(), Circle) if s.strokeColor == HIGHLIGHT]
    assert rings  # the one visit is still shown, highlighted


def test_projection_runs_from_onset_at_delta_fs():
    p = patient(onset_date=date(2024, 1, 1))
    v = visit(date(2025, 1, 1), answers(3))  # total 36: 12 points in 12.0 months
    c = chart(p, [v])
    dashed = [ln for ln in shapes(c.drawing(), Line)
              if ln.strokeColor == PROJECTION and ln.y1 >= c.frame.bottom]  # not the legend
    assert len(dashed) == 1
    line = dashed[0]
    # onset a year before a single visit would squeeze it into a corner (as on screen): the
    # line enters at the frame's edge at the total expected there
    from bedside.analysis import projected_total

    assert c.frame.start > date(2024, 1, 1) and abs(line.x1 - c.frame.left) < 0.01
    assert abs(line.y1 - c.frame.y(projected_total(date(2024, 1, 1), c.frame.start, 1.0))) < 0.5
    # passes through this visit's total: 48 - ΔFS x months = 36 on the visit date
    slope = (line.y2 - line.y1) / (line.x2 - line.x1)
    at_visit = line.y1 + slope * (c.frame.x(v.visit_date) - line.x1)
    assert abs(at_visit - c.frame.y(36)) < 0.5


def test_onset_close_to_the_visits_is_shown_with_48_there():
    p = patient(onset_date=date(2024, 12, 1))
    visits = [visit(date(2025, 1, 1), answers(4)), visit(date(2025, 3, 1), answers(3))]
    c = chart(p, visits)
    (line,) = [ln for ln in shapes(c.drawing(), Line)
               if ln.strokeColor == PROJECTION and ln.y1 >= c.frame.bottom]
    assert c.frame.start == date(2024, 12, 1)
    assert abs(line.x1 - c.frame.x(c.frame.start)) < 0.01
    assert abs(line.y1 - c.frame.y(48)) < 0.01


def test_two_hundred_visits_stay_readable():
    p = patient(onset_date=date(2021, 1, 1), birth_date=date(1955, 1, 1))

    def make(i, day):
        return visit(day, answers(4 - i // 50), grades("5") if i % 2 else None)

    visits = weekly(date(2021, 6, 1), 200, make)
    events = [Event("P-0001", date(2022, 1, 1) + timedelta(days=9 * n), "procedure",
                    f"Intervention number {n}") for n in range(8)]
    c = chart(p, visits, events)
    drawing = c.drawing()
    assert len(c.points) == 200
    series = c.series()
    line = series.line.split()
    assert line.count("m") == 1 and line.count("l") == 199  # every visit on the line
    # one dot per visit: a zero-length stroke (x y m x y l), small for many visits
    dots = series.dots.split()
    assert dots.count("m") == 200 and series.dot_width <= 2.0
    for i in range(0, len(dots), 6):
        assert dots[i:i + 2] == dots[i + 3:i + 5]
    xs = [float(x) for x in dots[0::6]]
    assert xs == sorted(xs) and c.frame.left <= xs[0] and xs[-1] <= c.frame.right
    # event labels never overlap each other: each sits in its own lane or place
    labels = [s for s in shapes(drawing, String) if s.y > c.frame.top]
    boxes = [(s.x, s.x + stringWidth(s.text, s.fontName, LABEL_SIZE), s.y) for s in labels]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] != b[2] or a[1] <= b[0] or b[1] <= a[0], (a, b)
    pdf = render(p, visits, events)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) <= 3
    streams = b"".join(page.get_contents().get_data() for page in reader.pages)
    assert series.dots.encode() in streams and series.line.encode() in streams
    text = pdf_text(pdf)
    assert "ALSFRS-R total (200 visits)" in text
    assert "Intervention number 7 (Procedure)" in text  # every event listed in full


def test_only_visits_up_to_this_one_are_plotted():
    p = patient()
    visits = [visit(date(2025, m, 1), answers(3)) for m in (2, 5, 8, 11)]
    later_event = Event("P-0001", date(2025, 10, 1), "gastrostomy", "PEG")
    c = chart(p, visits, [later_event], which=visits[1])
    assert [d for d, _ in c.points] == [date(2025, 2, 1), date(2025, 5, 1)]
    assert c.ctx.events == ()


def test_visit_without_total_is_marked_by_a_dashed_line():
    p = patient()
    visits = [visit(date(2025, 2, 1), answers(3)), visit(date(2025, 5, 1), None, grades("4"))]
    c = chart(p, visits)
    marks = [ln for ln in shapes(c.drawing(), Line)
             if ln.strokeColor == HIGHLIGHT and ln.y1 == c.frame.bottom]
    assert len(marks) == 1 and abs(marks[0].x1 - c.frame.x(date(2025, 5, 1))) < 0.01
    assert "this visit, 2025-05-01: no complete ALSFRS-R" in pdf_text(render(p, visits))


def test_projection_uses_the_baseline_rate_the_screen_uses():
    from bedside.analysis import baseline_delta_fs

    p = patient(onset_date=date(2024, 1, 1))
    first = visit(date(2025, 1, 1), answers(3))  # 36: 12 points in 12 months = 1.0/month
    later = visit(date(2025, 7, 2), answers(2))  # 24 at a faster decline
    c = chart(p, [first, later])
    assert baseline_delta_fs(p, [first, later])[0] == c.rate
    assert abs(c.rate - 12 / (366 / 30.4375)) < 1e-9  # the first complete visit's ΔFS
    line = [ln for ln in shapes(c.drawing(), Line)
            if ln.strokeColor == PROJECTION and ln.y1 >= c.frame.bottom][0]
    slope = (line.y2 - line.y1) / (line.x2 - line.x1)
    at_later = line.y1 + slope * (c.frame.x(later.visit_date) - line.x1)
    assert at_later > c.frame.y(24) + 5  # the later decline shows below the expected course
