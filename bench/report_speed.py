"""How long the visit summary of a patient with 200 visits takes, against a bare reportlab floor.

The floor is the least a PDF with the same tables could cost: a plain SimpleDocTemplate with
the summary's two tables (ALSFRS-R items, subscores and total with score, anchor and change;
MRC grades by side with change and sums; same rows and cell text, from the same row
functions) and the same look (embedded regular and bold face, grid, shading), no chart, no
header, no stages, no page numbers. Both are built from the same domain objects in the same
run, interleaved; medians are compared.
Budget: the summary takes at most 2x the floor.

    .venv/bin/python bench/report_speed.py [--repeats N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from bedside import __version__
from bedside.analysis import mrc_sum
from bedside.domain import SIGNATURE_MEANING, Event, Patient, Visit
from bedside.operations.demo import long_history_patient
from bedside.report import render_visit_summary
from bedside.report.alsfrs_table import item_rows
from bedside.report.context import build_context
from bedside.report.fonts import register
from bedside.report.mrc_table import mrc_rows, sum_change, sum_text

BUDGET = 2.0
TODAY = date(2026, 11, 25)


def bare_tables_pdf(patient: Patient, visits: list[Visit], events: list[Event],
                    visit: Visit) -> bytes:
    """The floor: the summary's two tables as a plain reportlab document.

    Same rows and cell text (from the same row functions), same look (grid, bold header and
    total rows, shading); Paragraphs only for the text that wraps.
    """
    font, bold = register()
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=9.6)
    ctx = build_context(patient, visits, events, visit)
    look = [("GRID", (0, 0), (-1, -1), 0.35, "grey"), ("FONT", (0, 0), (-1, -1), font, 8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, 0), bold, 8),
            ("BACKGROUND", (0, 0), (-1, 0), "#eef1f4")]
    rows: list[list] = [["No.", "Item", "Score", "Answer", "Change"]]
    alsfrs_look = list(look)
    for n, row in enumerate(item_rows(ctx), start=1):
        rows.append([row.number, Paragraph(row.name, cell), row.score,
                     Paragraph(row.answer, cell), row.change])
        if row.kind != "item":
            alsfrs_look += [("FONT", (0, n), (-1, n), bold, 8),
                            ("BACKGROUND", (0, n), (-1, n), "#f7f8fa")]
    muscles: list[list] = [["Muscle", "Left", "Right", "Left change", "Right change"]]
    for m in mrc_rows(visit, ctx.previous_mrc):
        muscles.append([m.label, *m.grades, *m.changes])
    before = ctx.previous_mrc.mrc if ctx.previous_mrc else None
    muscles.append(["Sum by side", sum_text(mrc_sum(visit.mrc, "L")),
                    sum_text(mrc_sum(visit.mrc, "R")), sum_change(visit.mrc, before, "L"),
                    sum_change(visit.mrc, before, "R")])
    muscles.append(["MRC sum", sum_text(mrc_sum(visit.mrc)), "",
                    sum_change(visit.mrc, before), ""])
    mrc_look = [*look, ("FONT", (0, -2), (-1, -1), bold, 8),
                ("BACKGROUND", (0, -2), (-1, -1), "#f7f8fa")]
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Table(rows, colWidths=[12 * mm, 52 * mm, 17 * mm, 67 * mm, 32 * mm],
                     style=alsfrs_look),
               Table(muscles, colWidths=[42 * mm, 37 * mm, 37 * mm, 33 * mm, 33 * mm],
                     style=mrc_look)])
    return buffer.getvalue()


def timed(fn) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--visits", type=int, default=200)
    args = parser.parse_args(argv)

    data = long_history_patient(args.visits, today=TODAY)
    (patient,) = data.patients
    signed_at = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    visits = [replace(v, signed_by="Dr. A. Keller", signed_at=signed_at,
                      signature_meaning=SIGNATURE_MEANING) for v in data.visits]
    current = visits[-1]

    def summary() -> bytes:
        return render_visit_summary(patient, visits, data.events, current,
                                    clinic_name="ALS Clinic", generated_at=signed_at,
                                    app_version=__version__)

    def floor() -> bytes:
        return bare_tables_pdf(patient, visits, data.events, current)

    register()  # font parsing is a once-per-process cost shared by both: not measured
    summary(), floor()  # warm caches (instrument files, reportlab modules)
    summary_times, floor_times = [], []
    for _ in range(args.repeats):  # interleaved so drift on a shared machine hits both
        summary_times.append(timed(summary))
        floor_times.append(timed(floor))
    s_wall, f_wall = (statistics.median(t[0] for t in ts) for ts in (summary_times, floor_times))
    s_cpu, f_cpu = (statistics.median(t[1] for t in ts) for ts in (summary_times, floor_times))
    ratio = s_wall / f_wall
    print(f"visit summary, {len(visits)} visits: median {s_wall * 1000:.1f} ms wall, "
          f"{s_cpu * 1000:.1f} ms CPU ({len(summary())} bytes)")
    print(f"bare reportlab, same two tables:   median {f_wall * 1000:.1f} ms wall, "
          f"{f_cpu * 1000:.1f} ms CPU ({len(floor())} bytes)")
    print(f"ratio {ratio:.2f}x wall, {s_cpu / f_cpu:.2f}x CPU (budget {BUDGET:.0f}x on wall "
          f"time, {args.repeats} repeats each): "
          + ("within budget" if ratio <= BUDGET else "OVER BUDGET"))
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
