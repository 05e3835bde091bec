"""The printed visit summary for the paper chart: header, ALSFRS-R, MRC, trend, notes, signature.

``render_visit_summary(patient, visits, events, visit, clinic_name=..., generated_at=...,
app_version=...)`` returns the PDF as bytes; it writes no file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from bedside.analysis import LungEquations, mrc_sum, summarize
from bedside.domain import Event, Patient, Visit
from bedside.instruments import alsfrs_r
from bedside.report.alsfrs_table import alsfrs_section
from bedside.report.cells import Cell, fit_cells
from bedside.report.context import SummaryContext, build_context
from bedside.report.document import HEADER_SIZE, Metadata, PdfRenderer, fit_line
from bedside.report.measures_table import measures_section
from bedside.report.mrc_table import mrc_section
from bedside.report.styles import ACCENT, RULE, SHADE, Heading, grid_table_style
from bedside.report.text import DASH, duration, esc, fmt_date, fmt_datetime, fmt_rate, words
from bedside.report.trend_chart import trend_section

TITLE = "ALS visit summary"


class VisitSummaryRenderer(PdfRenderer):
    """One visit of one patient, as the clinician files it in the paper chart."""

    def __init__(self, ctx: SummaryContext, *, clinic_name: str, generated_at: datetime,
                 app_version: str) -> None:
        super().__init__(generated_at=generated_at, app_version=app_version)
        self.ctx = ctx
        self.clinic_name = clinic_name.strip()

    def metadata(self) -> Metadata:
        # Document properties travel with the file (mail previews, file indexes, print
        # queues): they name the kind of document only, never the patient.
        return Metadata(
            title=TITLE,
            subject="ALSFRS-R, MRC muscle grading, breathing and weight at one visit",
            author=self.clinic_name or "Bedside",
            keywords=("ALS", "ALSFRS-R", "MRC", "visit summary"),
        )

    def running_header(self) -> str:
        """Who and which visit, on every page after the first; a long name is shortened, never
        the identifier."""
        p, v = self.ctx.patient, self.ctx.visit
        rest = (f" · {p.patient_id} · born {fmt_date(p.birth_date)} · "
                f"visit {fmt_date(v.visit_date)} · {TITLE} (continued)")
        room = self.frame_width - stringWidth(rest, self.font, HEADER_SIZE)
        return fit_line(p.display_name, self.font, HEADER_SIZE, room) + rest

    def story(self) -> list[Flowable]:
        st, width, ctx = self.styles, self.frame_width, self.ctx
        story: list[Flowable] = [*self._header(), Spacer(0, 5), self._key_figures()]
        story += alsfrs_section(ctx, st, width)
        story += measures_section(ctx, st, width)
        story.append(CondPageBreak(60 * mm))
        story += mrc_section(ctx, st, width)
        story.append(KeepTogether(trend_section(ctx, st, self.font, self.bold_font, width)))
        story += self._notes()
        story.append(KeepTogether(self._signature()))
        return story

    # -- sections ---------------------------------------------------------------------------
    def _header(self) -> list[Flowable]:
        st, p, v = self.styles, self.ctx.patient, self.ctx.visit
        title = Table(
            [[Paragraph(esc(self.clinic_name), st.clinic), Paragraph(TITLE, st.title)]],
            colWidths=[self.frame_width * 0.6, self.frame_width * 0.4],
            style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                   ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT)])
        age = p.age_on(v.visit_date)
        born = fmt_date(p.birth_date) + (f" (age {age} at the visit)" if age is not None else "")
        onset = fmt_date(p.onset_date)
        if p.onset_region != "unknown":
            onset += f", {words(p.onset_region)} onset"
        status = {"signed": f"signed, version {v.version}", "draft": "DRAFT, not signed",
                  "superseded": f"superseded by an amendment (version {v.version})"}[v.status]
        pairs = [
            ("Patient", p.display_name, "Identifier", p.patient_id),
            ("Born", born, "Sex", words(p.sex)),
            ("Symptom onset", onset, "Disease duration",
             f"{duration(p.onset_date, v.visit_date)} at the visit"),
            ("Diagnosis", fmt_date(p.diagnosis_date), "Visit date", fmt_date(v.visit_date)),
            ("Examiner", v.examiner or "not recorded", "Record", status),
        ]
        rows: list[list[Cell]] = [[(a, st.label), (b, st.cell_bold), (c, st.label),
                                   (d, st.cell_bold)] for a, b, c, d in pairs]
        w = self.frame_width
        widths = [26 * mm, w / 2 - 26 * mm, 28 * mm, w / 2 - 28 * mm]
        data, dress = fit_cells(rows, widths, st.cell, padding=3)
        facts = Table(data, colWidths=widths,
                      style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("TOPPADDING", (0, 0), (-1, -1), 1),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1), *dress])
        return [title, Spacer(0, 4), facts]

    def _key_figures(self) -> Table:
        st, s, ctx = self.styles, self.ctx.summary, self.ctx
        total = f"{s.total} / {alsfrs_r().max_total}" if s.total is not None else (
            "not recorded" if not ctx.visit.has_alsfrs else "incomplete")
        if ctx.nearby_alsfrs is not None:  # an MRC-only visit: the rating of days before
            near = summarize(ctx.nearby_alsfrs, ctx.patient)
            total = (f"{near.total} / {alsfrs_r().max_total}" if near.total is not None
                     else "incomplete") + f" (on {fmt_date(ctx.nearby_alsfrs.visit_date)})"
        mrc = "not graded" if s.mrc is None else str(s.mrc) + (
            f", {s.mrc.not_tested} NT" if s.mrc.not_tested else "")
        if ctx.nearby_mrc is not None:  # graded days before: that grading, with its date
            near_mrc = mrc_sum(ctx.nearby_mrc.mrc)
            mrc = (str(near_mrc) + (f", {near_mrc.not_tested} NT" if near_mrc.not_tested
                                    else "")
                   + f" (on {fmt_date(ctx.nearby_mrc.visit_date)})")
        figures = [
            ("ALSFRS-R total", total),
            ("ΔFS", fmt_rate(s.delta_fs) if s.delta_fs is not None else DASH),
            ("King's stage", DASH if s.kings_stage is None else
             ("no region" if s.kings_stage == "0" else s.kings_stage)),
            ("MiToS stage", DASH if s.mitos_stage is None else str(s.mitos_stage)),
            ("MRC sum", mrc),
        ]
        rows: list[list[Cell]] = [[(label, st.label) for label, _ in figures],
                                  [(value, st.cell_bold) for _, value in figures]]
        widths = [self.frame_width / len(figures)] * len(figures)
        data, dress = fit_cells(rows, widths, st.cell, padding=12)
        return Table(data, colWidths=widths,
                     style=[("BOX", (0, 0), (-1, -1), 0.6, RULE),
                            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), *dress])

    def _notes(self) -> list[Flowable]:
        st, notes = self.styles, self.ctx.visit.notes.strip()
        return [Heading("Notes", st.h2),
                Paragraph(esc(notes) if notes else "No notes were recorded.", st.body)]

    def _signature(self) -> list[Flowable]:
        st, v = self.styles, self.ctx.visit
        out: list[Flowable] = [Heading("Signature", st.h2)]
        if v.status == "draft" or v.signed_at is None:
            out.append(Paragraph("NOT SIGNED: this is a draft. Its scores may still change; "
                                 "sign the visit before filing this summary.", st.warning))
            return out
        meaning = v.signature_meaning or "not recorded"
        rows = [("Signed by", v.signed_by or "not recorded"),
                ("Date and time", fmt_datetime(v.signed_at)),
                ("Meaning of the signature", meaning)]
        if v.version > 1:
            rows.append(("Amendment", f"version {v.version}; reason: {v.amend_reason}"))
        if v.status == "superseded":
            rows.append(("Status", "superseded: a later amended version of this visit exists"))
        widths = [40 * mm, self.frame_width - 40 * mm]
        data, dress = fit_cells([[(a, st.label), (b, st.cell)] for a, b in rows], widths,
                                st.cell)
        out.append(Table(data, colWidths=widths, style=grid_table_style(header_rows=0) + dress))
        return out


def render_visit_summary(
    patient: Patient,
    visits: Sequence[Visit],
    events: Sequence[Event],
    visit: Visit,
    *,
    clinic_name: str,
    generated_at: datetime,
    app_version: str,
    lung: LungEquations | None = None,
) -> bytes:
    """The summary of ``visit`` as PDF bytes.

    ``visits`` are the patient's current signed visits, oldest first (the summarised one may be
    among them); ``events`` the patient's events. Only what happened up to the visit's date
    is shown, so the summary reads the same whenever it is printed. ``lung``: the clinic's
    reference equations (GLI Global unless given).
    """
    ctx = build_context(patient, visits, events, visit, lung)
    return VisitSummaryRenderer(ctx, clinic_name=clinic_name, generated_at=generated_at,
                                app_version=app_version).render()
