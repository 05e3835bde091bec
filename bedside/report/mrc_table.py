"""The MRC section: grades by muscle, Left and Right as entered, sums "x / max tested", change.

Muscle names come from the protocols in resources/; sums from bedside.analysis.mrc_sum.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from bedside.analysis import MrcSum, mrc_sum, side_of
from bedside.domain import MrcCell, Visit
from bedside.domain.words import reason_text, resource_text
from bedside.i18n import fill
from bedside.instruments import Muscle, mrc_scale, protocols
from bedside.report.cells import Cell, fit_cells
from bedside.report.context import SummaryContext
from bedside.report.styles import SUBTOTAL, Heading, Styles, grid_table_style
from bedside.report.text import DASH, REPORT, esc, fmt_change, fmt_date

Cells = Mapping[str, MrcCell]


@dataclass(frozen=True)
class MrcRow:
    label: str
    sided: bool
    grades: tuple[str, ...]  # (left, right) for a sided muscle, (grade,) otherwise
    changes: tuple[str, ...]


@cache
def _muscles(first_protocol: str) -> tuple[Muscle, ...]:
    """Every known muscle, the visit's protocol first, then the others (first label wins)."""
    protos = protocols()
    order = [first_protocol] if first_protocol in protos else []
    order += [p for p in protos if p not in order]
    seen: dict[str, Muscle] = {}
    for pid in order:
        for muscle in protos[pid].muscles:
            seen.setdefault(muscle.key, muscle)
    return tuple(seen.values())


def cell_text(cell: MrcCell | None) -> str:
    if cell is None:
        return DASH
    if not cell.tested:
        return f"{cell.code} ({reason_text(cell.reason)})" if cell.reason else cell.code
    return cell.code


def cell_change(now: MrcCell | None, before: MrcCell | None, has_prev: bool) -> str:
    if not has_prev:
        return ""
    if now is None or not now.tested:
        return DASH
    if before is None:
        return REPORT.tr("not graded before")
    if not before.tested:
        return REPORT.tr("not tested before")
    if before.code == now.code:
        return REPORT.tr("same")
    scale = mrc_scale()
    diff = scale.grade(now.code).value - scale.grade(before.code).value
    return REPORT.tr("from %1").replace("%1", before.code) + (
        f" ({fmt_change(diff)})" if diff else "")


def mrc_rows(visit: Visit, previous: Visit | None) -> list[MrcRow]:
    """Rows for the muscles graded (or marked NT) at the visit, in protocol order."""
    cells, prev = visit.mrc, (previous.mrc if previous else {})
    rows: list[MrcRow] = []
    shown: set[str] = set()
    for muscle in _muscles(visit.mrc_protocol):
        keys = muscle.cells
        if not any(k in cells for k in keys):
            continue
        shown.update(keys)
        rows.append(MrcRow(
            resource_text(muscle.label), muscle.sided,
            tuple(cell_text(cells.get(k)) for k in keys),
            tuple(cell_change(cells.get(k), prev.get(k), previous is not None) for k in keys),
        ))
    for key in sorted(set(cells) - shown):  # a cell of a protocol no longer installed
        rows.append(MrcRow(key, False, (cell_text(cells[key]),),
                           (cell_change(cells[key], prev.get(key), previous is not None),)))
    return rows


def sum_text(total: MrcSum | None) -> str:
    if total is None:
        return DASH
    text = str(total)
    if total.not_tested:
        text += " " + REPORT.tr("(%1 not tested)").replace("%1", str(total.not_tested))
    return text


def sum_change(now: Cells, before: Cells | None, side: str | None = None) -> str:
    """Change of the sum over the cells graded at both visits, saying so when that is fewer."""
    if before is None:
        return ""
    value = mrc_scale().grade
    def tested(cells: Cells) -> list[str]:
        return [k for k, c in cells.items() if c.tested and (side is None or side_of(k) == side)]

    keys, earlier = tested(now), tested(before)
    common = [k for k in keys if k in before and before[k].tested]
    if not common:
        return REPORT.tr("no muscle graded at both")
    diff = sum(value(now[k].code).value - value(before[k].code).value for k in common)
    text = fmt_change(diff)
    if len(common) < max(len(keys), len(earlier)):
        text += " " + REPORT.tr("(over the %1 graded at both)").replace("%1", str(len(common)))
    return text


def mrc_section(ctx: SummaryContext, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading(REPORT.tr("MRC muscle grades"), st.h2)]
    visit, prev = ctx.visit, ctx.previous_mrc
    if not visit.has_mrc:
        near = ctx.nearby_mrc
        text = REPORT.tr("No muscle was graded at this visit.")
        if near is not None:
            text += " " + fill(REPORT.tr("The latest grading, on %1: MRC sum %2 (shown in the "
                                         "figures above as from that date)."),
                               fmt_date(near.visit_date), sum_text(mrc_sum(near.mrc)))
        out.append(Paragraph(esc(text), st.body))
        return out
    proto = protocols().get(visit.mrc_protocol)
    rows = mrc_rows(visit, prev)
    sided = any(r.sided for r in rows)
    since = (REPORT.tr("Change since %1").replace("%1", fmt_date(prev.visit_date)) if prev
             else REPORT.tr("Change (no earlier grading)"))
    muscle, grade = REPORT.tr("Muscle"), REPORT.tr("Grade")
    left, right = REPORT.tr("Left"), REPORT.tr("Right")
    commands = grid_table_style(header_rows=2 if sided else 1)
    if sided:
        head = [[muscle, grade, "", since, ""], ["", left, right, left, right]]
        widths = [None, 37 * mm, 37 * mm, 33 * mm, 33 * mm]
        commands += [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (2, 0)), ("SPAN", (3, 0), (4, 0))]
    else:
        head = [[muscle, grade, since]]
        widths = [None, 40 * mm, 60 * mm]
    widths[0] = width - sum(w for w in widths if w)
    rows_out: list[list[Cell]] = [[(h, st.cell_bold) if h else None for h in row] for row in head]

    def cells(values: tuple[str, ...], style: ParagraphStyle, n: int, span_pairs: bool
              ) -> list[Cell]:
        """Grades then changes; an unsided value spans the Left and Right columns."""
        grades, changes = values[: len(values) // 2], values[len(values) // 2:]
        if sided and span_pairs:
            commands.extend([("SPAN", (1, n), (2, n)), ("SPAN", (3, n), (4, n))])
            return [(grades[0], style), None, (changes[0], st.cell), None]
        return [(v, style if i < len(grades) else st.cell)
                for i, v in enumerate(grades + changes)]

    for row in rows:
        n = len(rows_out)
        rows_out.append([(row.label, st.cell),
                         *cells(row.grades + row.changes, st.cell_center, n, not row.sided)])
    now, before = visit.mrc, (prev.mrc if prev else None)
    sums: list[tuple[str, tuple[str, ...], bool]] = []
    if sided:
        sums.append((REPORT.tr("Sum by side"),
                     (sum_text(mrc_sum(now, "L")), sum_text(mrc_sum(now, "R")),
                      sum_change(now, before, "L"), sum_change(now, before, "R")), False))
        if any(not side_of(k) for k in now):
            sums.append((REPORT.tr("Sum without side"),
                         (sum_text(mrc_sum(now, "")), sum_change(now, before, "")), True))
    sums.append((REPORT.tr("MRC sum, all graded") if sided else REPORT.tr("MRC sum"),
                 (sum_text(mrc_sum(now)), sum_change(now, before)), True))
    for label, values, span in sums:
        n = len(rows_out)
        rows_out.append([(label, st.cell_bold), *cells(values, st.cell_bold, n, span)])
        commands.append(("BACKGROUND", (0, n), (-1, n), SUBTOTAL))
    first_sum = len(rows_out) - len(sums)
    commands.append(("LINEABOVE", (0, first_sum), (-1, first_sum), 1.0, "black"))
    data, dress = fit_cells(rows_out, widths, st.cell, spans=commands)
    out.append(Table(data, colWidths=widths, repeatRows=len(head), style=commands + dress))
    scale = mrc_scale()
    protocol = (resource_text(proto.name) if proto
                else visit.mrc_protocol or REPORT.tr("not recorded"))
    legend = fill(REPORT.tr("Protocol: %1. Grades 0-%2 with modifiers as entered; %3 = not "
                            "tested, excluded from sums. Sums count whole grades (4- counts 4) as "
                            "score / maximum of the muscles tested."),
                  protocol, scale.max_grade, scale.not_tested_code)
    out.append(Paragraph(esc(legend), st.note))
    return out
