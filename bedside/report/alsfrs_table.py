"""The ALSFRS-R section: every item with its score and anchor, subscores, total, stages.

All wording (item names, anchors, definitions) comes from bedside.instruments and
bedside.analysis; nothing clinical is typed here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from bedside.analysis import (
    DELTA_FS_DEFINITION,
    KINGS_DEFINITION,
    MITOS_DEFINITION,
    SLOPE_DEFINITION,
    kings_stage,
    kings_stage_text,
    mitos_stage,
    slope_between,
    subscores,
    total,
    total_slope,
)
from bedside.domain import Visit
from bedside.domain.words import mode_label, reason_text, resource_text, respondent_label
from bedside.i18n import Context, fill, formats
from bedside.instruments import Item, Questionnaire, alsfrs_r
from bedside.report.cells import Cell, fit_cells
from bedside.report.context import SummaryContext
from bedside.report.styles import SUBTOTAL, Heading, Styles, grid_table_style
from bedside.report.text import DASH, REPORT, esc, fmt_change, fmt_date, fmt_rate, fmt_slope

ANALYSIS = Context("ANALYSIS")  # the definitions bedside.analysis writes

ITEM, SUBSCORE, TOTAL = "item", "subscore", "total"


@dataclass(frozen=True)
class AlsfrsRow:
    kind: str  # item | subscore | total
    number: str
    name: str
    score: str
    answer: str  # the anchor wording verbatim, or why there is none
    change: str
    assessed: bool = True


def _slot_number(q: Questionnaire, item: Item) -> str:
    alt = q.alternate_of(item.key)
    return alt.slot if alt else item.number


def _shared_name(items: list[Item]) -> str:
    """'Cutting food and handling utensils' from the names of both item-5 scales."""
    return os.path.commonprefix([i.name for i in items]).rstrip(" (") or items[0].name


def _answered_item(q: Questionnaire, visit: Visit, item: Item) -> Item | None:
    """The item of this slot the visit answered (5a or 5b), or None if not assessed."""
    alt = q.alternate_of(item.key)
    keys = alt.keys if alt else (item.key,)
    for key in keys:
        if key in visit.alsfrs:
            return q.item(key)
    return None


def _item_change(q: Questionnaire, item: Item, score: int, prev: Visit | None) -> str:
    if prev is None:
        return DASH
    if item.key in prev.alsfrs:
        return fmt_change(score - prev.alsfrs[item.key])
    alt = q.alternate_of(item.key)
    other = next((k for k in (alt.keys if alt else ()) if k in prev.alsfrs), None)
    if other:
        return REPORT.tr("scale changed (was %1)").replace("%1", q.item(other).number)
    return REPORT.tr("not assessed before")


def item_rows(ctx: SummaryContext, q: Questionnaire | None = None) -> list[AlsfrsRow]:
    """One row per slot (item 5 once, on the scale used), a subscore after each domain, total."""
    q = q or ctx.questionnaire
    visit, prev = ctx.visit, ctx.previous_alsfrs
    prev_subs = subscores(prev.alsfrs) if prev else {}
    rows: list[AlsfrsRow] = []
    for domain in q.domains:
        slots: dict[str, list[Item]] = {}
        for item in q.domain_items(domain.key):
            slots.setdefault(_slot_number(q, item), []).append(item)
        for number, items in slots.items():
            answered = _answered_item(q, visit, items[0])
            if answered is None:
                reason = next((visit.not_assessed[i.key] for i in items
                               if visit.not_assessed.get(i.key)), "")
                rows.append(AlsfrsRow(
                    ITEM, number, _shared_name(items), DASH,
                    REPORT.tr("Not assessed: %1").replace("%1", reason_text(reason)) if reason
                    else REPORT.tr("Not assessed"), DASH, assessed=False))
                continue
            score = visit.alsfrs[answered.key]
            rows.append(AlsfrsRow(ITEM, answered.number, answered.name, str(score),
                                  answered.anchor(score),
                                  _item_change(q, answered, score, prev)))
        sub = ctx.summary.subscores.get(domain.key)
        top = q.max_score * len(slots)
        missing = [n for n in slots if n in ctx.summary.missing]
        rows.append(AlsfrsRow(
            SUBSCORE, "", REPORT.tr("%1 subscore").replace("%1", resource_text(domain.name)),
            f"{sub} / {top}" if sub is not None else DASH,
            "" if sub is not None else _not_computed(missing),
            _diff(sub, prev_subs.get(domain.key)) if prev else DASH))
    tot = ctx.summary.total
    prev_total = total(prev.alsfrs) if prev else None
    change = DASH
    if prev is not None:
        change = _diff(tot, prev_total)
        rate = (slope_between(prev.visit_date, prev_total, visit.visit_date, tot)
                if tot is not None and prev_total is not None else None)
        if rate is not None:
            change += " " + REPORT.tr("(%1/month)").replace("%1", formats.signed_text(rate, 2))
    rows.append(AlsfrsRow(
        TOTAL, "", REPORT.tr("ALSFRS-R total"),
        f"{tot} / {q.max_total}" if tot is not None else DASH,
        "" if tot is not None else _not_computed(list(ctx.summary.missing)), change))
    return rows


def _diff(now: int | None, before: int | None) -> str:
    if now is None or before is None:
        return REPORT.tr("not comparable")
    return fmt_change(now - before)


def _not_computed(missing: list[str]) -> str:
    return REPORT.tr("Not computed: item(s) %1 not assessed", "", len(missing)).replace(
        "%1", ", ".join(missing))


def administration_text(ctx: SummaryContext) -> str:
    """How the ALSFRS-R was obtained and who answered, as a sentence."""
    v = ctx.visit
    return fill(REPORT.tr("Taken %1, answered by %2."), mode_label(v.alsfrs_mode),
                respondent_label(v.alsfrs_respondent))


def item5_note(ctx: SummaryContext, q: Questionnaire | None = None) -> str:
    q = q or ctx.questionnaire
    for alt in q.alternates:
        for key in alt.keys:
            if key in ctx.visit.alsfrs:
                item = q.item(key)
                return fill(REPORT.tr("Item %1 was scored on scale %2: %3."), alt.slot,
                            item.number, item.name)
        return REPORT.tr("Item %1 was not assessed (neither scale was used).").replace(
            "%1", alt.slot)
    return ""


def _stage_rows(ctx: SummaryContext) -> list[tuple[str, str, str]]:
    s, prev = ctx.summary, ctx.previous_alsfrs
    dfs = (fmt_rate(s.delta_fs) if s.delta_fs is not None else
           REPORT.tr("not computed (needs the total and an onset date)"))
    kings = kings_stage_text(s.kings_stage)
    stage = REPORT.tr("stage %1")
    mitos = (stage.replace("%1", str(s.mitos_stage)) if s.mitos_stage is not None
             else REPORT.tr("not computed (an item it reads was not assessed)"))
    if prev is not None:
        when = fmt_date(prev.visit_date)
        prev_kings = kings_stage(prev.alsfrs)
        prev_mitos = mitos_stage(prev.alsfrs)
        on = REPORT.tr("(on %1: %2)")
        if prev_kings is not None:
            kings += " " + fill(on, when, kings_stage_text(prev_kings))
        if prev_mitos is not None:
            mitos += " " + fill(on, when, stage.replace("%1", str(prev_mitos)))
    slope = total_slope(ctx.history)
    slope_text = (fmt_slope(slope) if slope is not None else
                  REPORT.tr("not computed (needs two complete visits at least a month apart)"))
    defined = ANALYSIS.translated
    return [("ΔFS", dfs, defined(DELTA_FS_DEFINITION)),
            (REPORT.tr("Slope"), slope_text, defined(SLOPE_DEFINITION)),
            (REPORT.tr("King's"), kings, defined(KINGS_DEFINITION)),
            (REPORT.tr("MiToS"), mitos, defined(MITOS_DEFINITION))]


def wording_note(ctx: SummaryContext) -> str:
    """Which wording the answers are printed in, and whose it is."""
    w = ctx.wording
    if w is None:
        return REPORT.tr("Wording: the English original (%1).").replace("%1", alsfrs_r().citation)
    return fill(REPORT.tr("Wording: %1, version %2 (%3, %4); source: %5; licence holder: %6."),
                w.title, w.version, w.language, fmt_date(w.date), w.source, w.licence_holder)


def alsfrs_section(ctx: SummaryContext, st: Styles, width: float) -> list[Flowable]:
    q = ctx.questionnaire
    out: list[Flowable] = [Heading(f"{q.name} ({q.short_name})", st.h2)]
    if not ctx.visit.has_alsfrs:
        text = REPORT.tr("The ALSFRS-R was not recorded at this visit.")
        near = ctx.nearby_alsfrs
        if near is not None:
            t = total(near.alsfrs)
            text += " " + fill(REPORT.tr("The latest rating, on %1: total %2 (shown in the "
                                         "figures above as from that date)."),
                               fmt_date(near.visit_date),
                               f"{t} / {q.max_total}" if t is not None
                               else REPORT.tr("incomplete"))
        out.append(Paragraph(esc(text), st.body))
        return out
    prev = ctx.previous_alsfrs
    change_head = (REPORT.tr("Change since %1").replace("%1", fmt_date(prev.visit_date))
                   if prev else REPORT.tr("Change (no earlier ALSFRS-R)"))
    widths = [12 * mm, 52 * mm, 17 * mm, 0.0, 32 * mm]
    widths[3] = width - sum(widths)
    bold = st.cell_bold
    rows: list[list[Cell]] = [[(h, bold) for h in
                               (REPORT.tr("No."), REPORT.tr("Item"), REPORT.tr("Score"),
                                REPORT.tr("Answer (anchor wording)"), change_head)]]
    commands = grid_table_style()
    for n, row in enumerate(item_rows(ctx, q), start=1):
        if row.kind == ITEM:
            rows.append([(row.number, st.cell), (row.name, st.cell), (row.score, st.cell_center),
                         (row.answer, st.cell if row.assessed else st.label),
                         (row.change, st.cell)])
            continue
        rows.append([(row.name, bold), None, (row.score, bold), (row.answer, st.label),
                     (row.change, bold)])
        commands += [("SPAN", (0, n), (1, n)), ("BACKGROUND", (0, n), (-1, n), SUBTOTAL)]
        if row.kind == TOTAL:
            commands.append(("LINEABOVE", (0, n), (-1, n), 1.0, "black"))
    data, dress = fit_cells(rows, widths, st.cell, spans=commands)
    out.append(Table(data, colWidths=widths, repeatRows=1, style=commands + dress))
    out.append(Paragraph(esc(f"{administration_text(ctx)} {item5_note(ctx, q)}") + "<br/>"
                         + esc(wording_note(ctx)), st.note))
    out.append(_stages_table(ctx, st, width))
    return out


def _stages_table(ctx: SummaryContext, st: Styles, width: float) -> Table:
    widths = [16 * mm, 48 * mm, width - 64 * mm]
    rows: list[list[Cell]] = [[(name, st.cell_bold), (value, st.cell_bold), (definition, st.note)]
                              for name, value, definition in _stage_rows(ctx)]
    data, dress = fit_cells(rows, widths, st.cell)
    table = Table(data, colWidths=widths, style=grid_table_style(header_rows=0) + dress)
    table.spaceBefore = 4
    return table
