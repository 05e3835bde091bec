"""A small reportlab renderer with hooks, building into memory (after pretix's invoice renderer).

A subclass supplies the story and, where it wants, its own styles, metadata and running header.
The base class registers the bundled fonts, lays out A4 pages and stamps every page with a
footer "Page X of Y · generated ... · Bedside <version>" once the page count is known.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from bedside import i18n
from bedside.i18n import fill
from bedside.report import fonts
from bedside.report.styles import Styles, make_styles
from bedside.report.text import REPORT, fmt_datetime

FOOTER_SIZE = 7
HEADER_SIZE = 8
# Streams are Flate-compressed binary. reportlab's default also wraps them in ASCII85 (for 7-bit
# mail transports of the 1990s): a quarter larger and, in pure Python, slower to write.
rl_config.useA85 = 0


@dataclass(frozen=True)
class Metadata:
    """What the PDF's document information says. Never a patient name or identifier."""

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis so that it fits ``width`` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class PdfRenderer:
    """Domain objects in, PDF bytes out. Override the hooks, call ``render()``."""

    page_size: tuple[float, float] = A4
    margin_left = margin_right = 15 * mm
    margin_top = 14 * mm
    margin_bottom = 16 * mm  # room for the footer

    def __init__(self, *, generated_at: datetime, app_version: str) -> None:
        self.generated_at = generated_at
        self.app_version = app_version
        self.font, self.bold_font = self.register_fonts()
        self.styles = self.stylesheet()

    # -- hooks ----------------------------------------------------------------------------
    def register_fonts(self) -> tuple[str, str]:
        return fonts.register()

    def stylesheet(self) -> Styles:
        return make_styles(self.font, self.bold_font)

    def metadata(self) -> Metadata:
        raise NotImplementedError

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def running_header(self) -> str:
        """Text at the top of every page after the first ('' for none)."""
        return ""

    def footer_text(self) -> str:
        return fill(REPORT.tr("Generated %1 · Bedside %2"), fmt_datetime(self.generated_at),
                    self.app_version)

    # -- machinery ------------------------------------------------------------------------
    @property
    def frame_width(self) -> float:
        return self.page_size[0] - self.margin_left - self.margin_right

    def page_templates(self) -> list[PageTemplate]:
        width, height = self.page_size
        frame = Frame(self.margin_left, self.margin_bottom, self.frame_width,
                      height - self.margin_top - self.margin_bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        return [PageTemplate(id="page", frames=[frame], onPage=self._decorate_page)]

    def _decorate_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        header = self.running_header()
        if header and doc.page > 1:
            width, height = self.page_size
            canvas.saveState()
            canvas.setFont(self.font, HEADER_SIZE)
            canvas.drawString(self.margin_left, height - self.margin_top + 4 * mm,
                              fit_line(header, self.font, HEADER_SIZE, self.frame_width))
            canvas.setLineWidth(0.4)
            canvas.line(self.margin_left, height - self.margin_top + 2.8 * mm,
                        width - self.margin_right, height - self.margin_top + 2.8 * mm)
            canvas.restoreState()

    def _canvas_maker(self) -> type[Canvas]:
        renderer = self

        class NumberedCanvas(Canvas):
            """Holds each page back until the end so the footer can say 'of Y'."""

            def __init__(self, *args, **kwargs) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict] = []

            def showPage(self) -> None:  # noqa: N802 (reportlab's name)
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                count = len(self._pages)
                for state in self._pages:
                    self.__dict__.update(state)
                    renderer._draw_footer(self, self._pageNumber, count)
                    super().showPage()
                super().save()

        return NumberedCanvas

    def _draw_footer(self, canvas: Canvas, page: int, count: int) -> None:
        width = self.page_size[0]
        y = self.margin_bottom - 9 * mm
        canvas.saveState()
        canvas.setLineWidth(0.4)
        canvas.line(self.margin_left, y + 3.5 * mm, width - self.margin_right, y + 3.5 * mm)
        canvas.setFont(self.font, FOOTER_SIZE)
        canvas.drawString(self.margin_left, y, self.footer_text())
        canvas.setFont(self.bold_font, FOOTER_SIZE)
        canvas.drawRightString(width - self.margin_right, y,
                               fill(REPORT.tr("Page %1 of %2"), page, count))
        canvas.restoreState()

    def render(self) -> bytes:
        meta = self.metadata()
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=self.page_size,
            leftMargin=self.margin_left, rightMargin=self.margin_right,
            topMargin=self.margin_top, bottomMargin=self.margin_bottom,
            title=meta.title, subject=meta.subject, author=meta.author,
            keywords=list(meta.keywords), creator=f"Bedside {self.app_version}",
            lang=i18n.language(),  # screen readers read the document in its language
        )
        doc.addPageTemplates(self.page_templates())
        doc.build(self.story(), canvasmaker=self._canvas_maker())
        return buffer.getvalue()
