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
from bedside.domain.words import DOMAIN, region_label, sex_label
from bedside.i18n import fill
from bedside.instruments import alsfrs_r
from bedside.instruments.wording import Wording
from bedside.report.alsfrs_table import alsfrs_section
from bedside.report.cells import Cell, fit_cells
from bedside.report.context import SummaryContext, build_context
from bedside.report.document import HEADER_SIZE, Metadata, PdfRenderer, fit_line
from bedside.report.measures_table import measures_section
from bedside.report.mrc_table import mrc_section
from bedside.report.styles import ACCENT, RULE, SHADE, Heading, grid_table_style
from bedside.report.text import DASH, REPORT, duration, esc, fmt_date, fmt_datetime, fmt_rate
from bedside.report.trend_chart import trend_section


def summary_title() -> str:
    return REPORT.tr("ALS visit summary")


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
            title=summary_title(),
            subject=REPORT.tr("ALSFRS-R, MRC muscle grading, breathing and weight at one visit"),
            author=self.clinic_name or "Bedside",
            keywords=("ALS", "ALSFRS-R", "MRC", REPORT.tr("visit summary")),
        )

    def running_header(self) -> str:
        """Who and which visit, on every page after the first; a long name is shortened, never
        the identifier."""
        p, v = self.ctx.patient, self.ctx.visit
        rest = " · " + fill(REPORT.tr("%1 · born %2 · visit %3 · %4 (continued)"),
                            p.patient_id, fmt_date(p.birth_date), fmt_date(v.visit_date),
                            summary_title())
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
            [[Paragraph(esc(self.clinic_name), st.clinic),
              Paragraph(esc(summary_title()), st.title)]],
            colWidths=[self.frame_width * 0.6, self.frame_width * 0.4],
            style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                   ("FONT", (0, 0), (-1, -1), self.font),  # not reportlab's Helvetica
                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                   ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT)])
        age = p.age_on(v.visit_date)
        born = fmt_date(p.birth_date) + (
            " " + REPORT.tr("(age %1 at the visit)").replace("%1", str(age))
            if age is not None else "")
        onset = fmt_date(p.onset_date)
        if p.onset_region != "unknown":
            onset += ", " + REPORT.tr("%1 onset").replace("%1", region_label(p.onset_region))
        version = str(v.version)
        status = {"signed": REPORT.tr("signed, version %1").replace("%1", version),
                  "draft": REPORT.tr("DRAFT, not signed"),
                  "superseded": REPORT.tr("superseded by an amendment (version %1)").replace(
                      "%1", version)}[v.status]
        pairs = [
            (REPORT.tr("Patient"), p.display_name, REPORT.tr("Identifier"), p.patient_id),
            (REPORT.tr("Born"), born, REPORT.tr("Sex"), sex_label(p.sex)),
            (REPORT.tr("Symptom onset"), onset, REPORT.tr("Disease duration"),
             REPORT.tr("%1 at the visit").replace("%1", duration(p.onset_date, v.visit_date))),
            (REPORT.tr("Diagnosis"), fmt_date(p.diagnosis_date), REPORT.tr("Visit date"),
             fmt_date(v.visit_date)),
            (REPORT.tr("Examiner"), v.examiner or REPORT.tr("not recorded"), REPORT.tr("Record"),
             status),
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
        incomplete = REPORT.tr("incomplete")
        total = f"{s.total} / {alsfrs_r().max_total}" if s.total is not None else (
            REPORT.tr("not recorded") if not ctx.visit.has_alsfrs else incomplete)
        if ctx.nearby_alsfrs is not None:  # an MRC-only visit: the rating of days before
            near = summarize(ctx.nearby_alsfrs, ctx.patient)
            total = (f"{near.total} / {alsfrs_r().max_total}" if near.total is not None
                     else incomplete) + " " + REPORT.tr("(on %1)").replace(
                "%1", fmt_date(ctx.nearby_alsfrs.visit_date))
        mrc = REPORT.tr("not graded") if s.mrc is None else str(s.mrc) + (
            f", {s.mrc.not_tested} NT" if s.mrc.not_tested else "")
        if ctx.nearby_mrc is not None:  # graded days before: that grading, with its date
            near_mrc = mrc_sum(ctx.nearby_mrc.mrc)
            mrc = (str(near_mrc) + (f", {near_mrc.not_tested} NT" if near_mrc.not_tested
                                    else "")
                   + " " + REPORT.tr("(on %1)").replace("%1", fmt_date(ctx.nearby_mrc.visit_date)))
        figures = [
            (REPORT.tr("ALSFRS-R total"), total),
            ("ΔFS", fmt_rate(s.delta_fs) if s.delta_fs is not None else DASH),
            (REPORT.tr("King's stage"), DASH if s.kings_stage is None else
             (REPORT.tr("no region") if s.kings_stage == "0" else s.kings_stage)),
            (REPORT.tr("MiToS stage"), DASH if s.mitos_stage is None else str(s.mitos_stage)),
            (REPORT.tr("MRC sum"), mrc),
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
        return [Heading(REPORT.tr("Notes"), st.h2),
                Paragraph(esc(notes) if notes else esc(REPORT.tr("No notes were recorded.")),
                          st.body)]

    def _signature(self) -> list[Flowable]:
        st, v = self.styles, self.ctx.visit
        out: list[Flowable] = [Heading(REPORT.tr("Signature"), st.h2)]
        if v.status == "draft" or v.signed_at is None:
            out.append(Paragraph(esc(REPORT.tr(
                "NOT SIGNED: this is a draft. Its scores may still change; sign the visit "
                "before filing this summary.")), st.warning))
            return out
        unknown = REPORT.tr("not recorded")
        meaning = DOMAIN.translated(v.signature_meaning) if v.signature_meaning else unknown
        rows = [(REPORT.tr("Signed by"), v.signed_by or unknown),
                (REPORT.tr("Date and time"), fmt_datetime(v.signed_at)),
                (REPORT.tr("Meaning of the signature"), meaning)]
        if v.version > 1:
            rows.append((REPORT.tr("Amendment"), fill(REPORT.tr("version %1; reason: %2"),
                                                      v.version, v.amend_reason)))
        if v.status == "superseded":
            rows.append((REPORT.tr("Status"), REPORT.tr(
                "superseded: a later amended version of this visit exists")))
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
    wording: Wording | None = None,
    lung: LungEquations | None = None,
) -> bytes:
    """The summary of ``visit`` as PDF bytes.

    ``visits`` are the patient's current signed visits, oldest first (the summarised one may be
    among them); ``events`` the patient's events; ``wording`` the clinic's wording the visit
    was entered in (None: the English original), in which its answers print; ``lung``: the
    clinic's reference equations (GLI Global unless given). Only what happened up to the
    visit's date is shown, so the summary reads the same whenever it is printed.
    """
    ctx = build_context(patient, visits, events, visit, wording, lung)
    return VisitSummaryRenderer(ctx, clinic_name=clinic_name, generated_at=generated_at,
                                app_version=app_version).render()
