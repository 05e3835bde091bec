"""Paragraph and table styles of the printed summary: one place for sizes and colours."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

RULE = colors.HexColor("#9aa3ad")
SHADE = colors.HexColor("#eef1f4")
SUBTOTAL = colors.HexColor("#f7f8fa")
ACCENT = colors.HexColor("#1f4e79")
WARN = colors.HexColor("#8a1c1c")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    clinic: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    label: ParagraphStyle
    note: ParagraphStyle
    warning: ParagraphStyle


def make_styles(font: str, bold: str) -> Styles:
    def style(name: str, size: float, leading: float, face: str = font, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=face, fontSize=size, leading=leading, **kw)

    cell = style("cell", 8, 9.6)
    return Styles(
        title=style("title", 13, 16, bold, alignment=TA_RIGHT, textColor=ACCENT),
        clinic=style("clinic", 12, 15, bold),
        h2=style("h2", 10.5, 13, bold, spaceBefore=7, spaceAfter=3, textColor=ACCENT,
                 keepWithNext=1),
        body=style("body", 9, 11.5),
        small=style("small", 7.5, 9.2),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        label=style("label", 7.5, 9.6, textColor=colors.HexColor("#4a5560")),
        note=style("note", 7, 8.6, textColor=colors.HexColor("#39424b")),
        warning=style("warning", 9, 11.5, bold, textColor=WARN),
    )


def grid_table_style(header_rows: int = 1) -> list[tuple]:
    """Thin rules, shaded header, cells aligned to the top."""
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.35, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    return commands


class Heading(Flowable):
    """A one-line section heading drawn straight on the canvas (a Paragraph is laid out word
    by word); kept with the section it introduces."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.keepWithNext = 1
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.style.leading

    def draw(self) -> None:
        c, s = self.canv, self.style
        c.setFont(s.fontName, s.fontSize)
        c.setFillColor(s.textColor)
        c.drawString(0, s.leading - s.fontSize, self.text)
