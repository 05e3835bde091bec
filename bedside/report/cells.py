"""Table cells that cost little to lay out: text is a plain string, broken into lines here and
styled by table commands; only a word too wide for its column needs a Paragraph. Paragraphs are
reportlab's most expensive flowable, and a summary has a few hundred cells.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from bedside.report.text import esc

Cell = tuple[str, ParagraphStyle] | None  # None: empty, or covered by a span
H_PADDING = 6.0  # left + right cell padding of grid_table_style

_ALIGN = {TA_CENTER: "CENTER", TA_RIGHT: "RIGHT"}


def wrap_plain(text: str, style: ParagraphStyle, width: float) -> str | None:
    """``text`` broken at spaces into lines that fit ``width`` (joined by newlines), or None
    when a single word is wider than that (a Paragraph then breaks it)."""
    font, size = style.fontName, style.fontSize
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return text
    lines = simpleSplit(text, font, size, width)
    if any(stringWidth(line, font, size) > width for line in lines):
        return None
    return "\n".join(lines)


def fit_cells(rows: Sequence[Sequence[Cell]], widths: Sequence[float], base: ParagraphStyle,
              spans: Sequence[tuple] = (), padding: float = H_PADDING
              ) -> tuple[list[list], list[tuple]]:
    """Table data and the style commands that dress its plain-text cells like their paragraph
    styles would. ``spans`` are the table's style commands: a SPAN widens the room of its cell.
    """
    room = {}
    for command in spans:
        if command[0] == "SPAN":
            (c0, r0), (c1, _r1) = command[1], command[2]
            room[(c0, r0)] = sum(widths[c0:c1 + 1])
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), base.fontName, base.fontSize, base.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), base.textColor),
    ]
    dress: list[tuple] = []  # (command, row, column, *arguments) before merging
    data: list[list] = []
    for r, row in enumerate(rows):
        out_row: list = []
        for c, cell in enumerate(row):
            if cell is None:
                out_row.append("")
                continue
            text, style = cell
            lines = wrap_plain(text, style, room.get((c, r), widths[c]) - padding)
            if lines is None:
                out_row.append(Paragraph(esc(text), style))
                continue
            out_row.append(lines)
            if (style.fontName, style.fontSize, style.leading) != (
                    base.fontName, base.fontSize, base.leading):
                dress.append(("FONT", r, c, style.fontName, style.fontSize, style.leading))
            if style.textColor != base.textColor:
                dress.append(("TEXTCOLOR", r, c, style.textColor))
            if style.alignment in _ALIGN:
                dress.append(("ALIGN", r, c, _ALIGN[style.alignment]))
        data.append(out_row)
    return data, commands + _merge_runs(dress)


def _merge_runs(dress: list[tuple]) -> list[tuple]:
    """One command per run of neighbouring cells in a row that are dressed alike."""
    out: list[tuple] = []
    for name, r, c, *args in sorted(dress, key=lambda d: (d[0], d[1], d[2])):
        last = out[-1] if out else None
        if (last and last[0] == name and last[2] == (c - 1, r) and list(last[3:]) == args):
            out[-1] = (name, last[1], (c, r), *args)
        else:
            out.append((name, (c, r), (c, r), *args))
    return out
