"""The breathing, weight and interventions section: each measurement of the visit beside the
one before it and the change, the reference values of the vital capacities, and the
interventions under way on the visit's date."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from bedside.analysis import (
    BMI_DEFINITION,
    FIELD_RANGES,
    WEIGHT_CHANGE_DEFINITION,
    Intervention,
    MeasuredVisit,
    VitalCapacity,
    interventions,
    number_text,
    ongoing,
)
from bedside.report.cells import Cell, fit_cells
from bedside.report.context import SummaryContext
from bedside.report.styles import Heading, Styles, grid_table_style
from bedside.report.text import DASH, esc, fmt_date

KIND_WORDS = {"niv_start": "non-invasive ventilation", "gastrostomy": "gastrostomy",
              "tracheostomy": "tracheostomy"}


@dataclass(frozen=True)
class MeasureRow:
    name: str
    now: str
    before: str
    change: str


def _vc(vc: VitalCapacity | None) -> str:
    if vc is None or vc.percent_predicted is None or vc.z_score is None:
        return ""
    return f" · {vc.percent_predicted:.0f}% of predicted · z {vc.z_score:+.2f}"


def _value(m: MeasuredVisit, field: str, unit: str) -> str:
    value = getattr(m.measurements, field)
    text = f"{number_text(value)} {unit}"
    if field == "fvc_l":
        text += _vc(m.fvc)
    elif field == "svc_l":
        text += _vc(m.svc)
    elif field == "weight_kg":
        if m.bmi is not None:
            text += f" · BMI {m.bmi:.1f}"
        if m.weight_change_percent is not None:
            text += f" · {m.weight_change_percent:+.1f}% from before the illness"
    if field in ("fvc_l", "svc_l") and m.measurements.vc_position:
        text += f" ({m.measurements.vc_position})"
    return text


def _change(now: MeasuredVisit, before: MeasuredVisit, field: str, unit: str) -> str:
    a, b = getattr(now.measurements, field), getattr(before.measurements, field)
    digits = 2 if unit == "L" else 1
    text = f"{a - b:+.{digits}f} {unit}"
    if field in ("fvc_l", "svc_l"):
        vc_now, vc_before = (now.fvc, before.fvc) if field == "fvc_l" else (now.svc, before.svc)
        if (vc_now and vc_before and vc_now.percent_predicted is not None
                and vc_before.percent_predicted is not None):
            text += f" ({vc_now.percent_predicted - vc_before.percent_predicted:+.0f} points)"
    elif b:
        text += f" ({(a - b) / b * 100:+.1f}%)"
    return text


def measure_rows(ctx: SummaryContext) -> list[MeasureRow]:
    """A row for each measurement taken at this visit or before it."""
    this = ctx.measured[-1] if ctx.measured and \
        ctx.measured[-1].visit_date == ctx.visit.visit_date else None
    earlier = [m for m in ctx.measured if m is not this]
    rows = []
    for field, limits in FIELD_RANGES.items():
        name, unit = limits.label, limits.unit
        before = next((m for m in reversed(earlier)
                       if getattr(m.measurements, field) is not None), None)
        measured_now = this is not None and getattr(this.measurements, field) is not None
        if not measured_now and before is None:
            continue
        rows.append(MeasureRow(
            name,
            _value(this, field, unit) if measured_now else "not measured",  # type: ignore[arg-type]
            (f"{_value(before, field, unit)} on {fmt_date(before.visit_date)}" if before
             else "none before"),
            _change(this, before, field, unit) if measured_now and before else DASH))  # type: ignore[arg-type]
    return rows


def _intervention_text(i: Intervention) -> str:
    what = KIND_WORDS.get(i.kind, i.label or "a medication")
    if i.kind == "niv_start" and i.hours_per_day is not None:
        what += f", {number_text(i.hours_per_day)} h a day"
    elif i.kind != "medication_start" and i.label:
        what += f" ({i.label})"
    return f"{what} since {fmt_date(i.since)}"


def interventions_text(ctx: SummaryContext) -> str:
    day = ctx.visit.visit_date
    now = ongoing(ctx.events, day)
    ended = [i for i in interventions(ctx.events) if i.until is not None and i.until <= day]
    parts = ["Under way on the visit's date: "
             + ("; ".join(map(_intervention_text, now)) if now else "none recorded") + "."]
    if ended:
        parts.append("Stopped before it: " + "; ".join(
            f"{KIND_WORDS.get(i.kind, i.label or 'a medication')} "
            f"{fmt_date(i.since)} to {fmt_date(i.until)}" for i in ended) + ".")
    return " ".join(parts)


def _reference_note(ctx: SummaryContext) -> str:
    this = ctx.measured[-1] if ctx.measured else None
    notes = [f"% of predicted and z-score: {ctx.lung.name} ({ctx.lung.citation}); the SVC "
             "against its FVC equation (no SVC equation is published)."]
    if this is not None and this.visit_date == ctx.visit.visit_date:
        for vc in (this.fvc, this.svc):
            if vc is not None and vc.reason:
                notes.append(f"{vc.measure}: no reference values ({vc.reason}).")
        if this.height_cm is not None and (this.fvc or this.svc or this.bmi is not None):
            notes.append(f"Height used: {number_text(this.height_cm)} cm, the latest measured "
                         "up to the visit.")
    notes += [BMI_DEFINITION, WEIGHT_CHANGE_DEFINITION]
    return " ".join(notes)


def measures_section(ctx: SummaryContext, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading("Breathing, weight and interventions", st.h2)]
    rows = measure_rows(ctx)
    if rows:
        widths = [26 * mm, 0.0, 0.0, 34 * mm]
        widths[1] = widths[2] = (width - widths[0] - widths[3]) / 2
        data: list[list[Cell]] = [[(h, st.cell_bold) for h in
                                   ("Measure", "This visit", "Previous", "Change")]]
        data += [[(r.name, st.cell_bold), (r.now, st.cell), (r.before, st.cell),
                  (r.change, st.cell)] for r in rows]
        cells, dress = fit_cells(data, widths, st.cell)
        out.append(Table(cells, colWidths=widths, repeatRows=1,
                         style=grid_table_style() + dress))
        out.append(Paragraph(esc(_reference_note(ctx)), st.note))
    else:
        out.append(Paragraph("No breathing or weight measurement is recorded up to this "
                             "visit.", st.body))
    out.append(Paragraph(esc(interventions_text(ctx)), st.body))
    return out
