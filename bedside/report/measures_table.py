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
    MeasuredVisit,
    Range,
    VitalCapacity,
    intervention_name,
    intervention_text,
    interventions,
    ongoing,
    shown_number,
)
from bedside.domain.words import position_label
from bedside.i18n import Context, fill, formats
from bedside.report.cells import Cell, fit_cells
from bedside.report.context import SummaryContext
from bedside.report.styles import Heading, Styles, grid_table_style
from bedside.report.text import DASH, REPORT, esc, fmt_date

ANALYSIS = Context("ANALYSIS")  # the definitions bedside.analysis writes


@dataclass(frozen=True)
class MeasureRow:
    name: str
    now: str
    before: str
    change: str


def _vc(vc: VitalCapacity | None) -> str:
    if vc is None or vc.percent_predicted is None or vc.z_score is None:
        return ""
    return " · " + fill(REPORT.tr("%1% of predicted · z %2"),
                        formats.number_text(vc.percent_predicted, 0),
                        formats.signed_text(vc.z_score, 2))


def _value(m: MeasuredVisit, field: str, limits: Range) -> str:
    text = f"{shown_number(getattr(m.measurements, field))} {limits.unit}"
    if field == "fvc_l":
        text += _vc(m.fvc)
    elif field == "svc_l":
        text += _vc(m.svc)
    elif field == "weight_kg":
        if m.bmi is not None:
            text += " · " + REPORT.tr("BMI %1").replace("%1", formats.number_text(m.bmi, 1))
        if m.weight_change_percent is not None:
            text += " · " + REPORT.tr("%1% from before the illness").replace(
                "%1", formats.signed_text(m.weight_change_percent, 1))
    if field in ("fvc_l", "svc_l") and m.measurements.vc_position:
        text += f" ({position_label(m.measurements.vc_position)})"
    return text


def _change(now: MeasuredVisit, before: MeasuredVisit, field: str, limits: Range) -> str:
    a, b = getattr(now.measurements, field), getattr(before.measurements, field)
    text = f"{formats.signed_text(a - b, 2 if limits.unit == 'L' else 1)} {limits.unit}"
    if field in ("fvc_l", "svc_l"):
        vc_now, vc_before = (now.fvc, before.fvc) if field == "fvc_l" else (now.svc, before.svc)
        if (vc_now and vc_before and vc_now.percent_predicted is not None
                and vc_before.percent_predicted is not None):
            text += " (" + REPORT.tr("%1 points").replace("%1", formats.signed_text(
                vc_now.percent_predicted - vc_before.percent_predicted, 0)) + ")"
    elif b:
        text += f" ({formats.signed_text((a - b) / b * 100, 1)}%)"
    return text


def measure_rows(ctx: SummaryContext) -> list[MeasureRow]:
    """A row for each measurement taken at this visit or before it."""
    this = ctx.measured[-1] if ctx.measured and \
        ctx.measured[-1].visit_date == ctx.visit.visit_date else None
    earlier = [m for m in ctx.measured if m is not this]
    rows = []
    for field, limits in FIELD_RANGES.items():
        before = next((m for m in reversed(earlier)
                       if getattr(m.measurements, field) is not None), None)
        measured_now = this is not None and getattr(this.measurements, field) is not None
        if not measured_now and before is None:
            continue
        rows.append(MeasureRow(
            limits.name,
            _value(this, field, limits) if measured_now  # type: ignore[arg-type]
            else REPORT.tr("not measured"),
            (fill(REPORT.tr("%1 on %2"), _value(before, field, limits),
                  fmt_date(before.visit_date)) if before else REPORT.tr("none before")),
            _change(this, before, field, limits)  # type: ignore[arg-type]
            if measured_now and before else DASH))
    return rows


def interventions_text(ctx: SummaryContext) -> str:
    day = ctx.visit.visit_date
    now = ongoing(ctx.events, day)
    ended = [i for i in interventions(ctx.events) if i.until is not None and i.until <= day]
    parts = [REPORT.tr("Under way on the visit's date: %1.").replace(
        "%1", "; ".join(map(intervention_text, now)) if now else REPORT.tr("none recorded"))]
    if ended:
        parts.append(REPORT.tr("Stopped before it: %1.").replace("%1", "; ".join(
            fill(REPORT.tr("%1 from %2 to %3"), intervention_name(i), fmt_date(i.since),
                 fmt_date(i.until)) for i in ended)))
    return " ".join(parts)


def _reference_note(ctx: SummaryContext) -> str:
    this = ctx.measured[-1] if ctx.measured else None
    notes = [fill(REPORT.tr("% of predicted and z-score: %1 (%2); the SVC against its FVC "
                            "equation (no SVC equation is published)."),
                  ctx.lung.name, ctx.lung.citation)]
    if this is not None and this.visit_date == ctx.visit.visit_date:
        for vc in (this.fvc, this.svc):
            if vc is not None and vc.reason:
                notes.append(fill(REPORT.tr("%1: no reference values (%2)."),
                                  FIELD_RANGES[f"{vc.measure.lower()}_l"].name, vc.reason))
        if this.height_cm is not None and (this.fvc or this.svc or this.bmi is not None):
            notes.append(REPORT.tr("Height used: %1 cm, the latest measured up to the "
                                   "visit.").replace("%1", shown_number(this.height_cm)))
    notes += [ANALYSIS.translated(BMI_DEFINITION),
              ANALYSIS.translated(WEIGHT_CHANGE_DEFINITION)]
    return " ".join(notes)


def measures_section(ctx: SummaryContext, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading(REPORT.tr("Breathing, weight and interventions"), st.h2)]
    rows = measure_rows(ctx)
    if rows:
        widths = [26 * mm, 0.0, 0.0, 34 * mm]
        widths[1] = widths[2] = (width - widths[0] - widths[3]) / 2
        data: list[list[Cell]] = [[(h, st.cell_bold) for h in (
            REPORT.tr("Measure"), REPORT.tr("This visit"), REPORT.tr("Previous"),
            REPORT.tr("Change"))]]
        data += [[(r.name, st.cell_bold), (r.now, st.cell), (r.before, st.cell),
                  (r.change, st.cell)] for r in rows]
        cells, dress = fit_cells(data, widths, st.cell)
        out.append(Table(cells, colWidths=widths, repeatRows=1,
                         style=grid_table_style() + dress))
        out.append(Paragraph(esc(_reference_note(ctx)), st.note))
    else:
        out.append(Paragraph(esc(REPORT.tr("No breathing or weight measurement is recorded "
                                           "up to this visit.")), st.body))
    out.append(Paragraph(esc(interventions_text(ctx)), st.body))
    return out
