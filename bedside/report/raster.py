"""PDF pages as pixel images, for printing exactly what the saved PDF shows.

PySide6-Essentials has no QtPdf, reportlab's renderPM draws single drawings only (and needs an
extra C backend), and poppler's pdftoppm is not on Windows. PDFium (pypdfium2: self-contained
wheels for Windows, macOS and Linux) renders the very bytes the "Save PDF" command writes, so
the paper matches the file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium

POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class PageImage:
    """One page as 32-bit pixels, bytes in B, G, R, X order (Qt's Format_RGB32)."""

    index: int  # 0-based
    width: int
    height: int
    stride: int
    pixels: bytes
    width_pt: float  # the page's size in PDF points (1/72 inch)
    height_pt: float


def page_count(pdf: bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pages(pdf: bytes, dpi: float, pages: Iterable[int] | None = None
                 ) -> Iterator[PageImage]:
    """Render the given 0-based pages (all by default) at ``dpi``, one at a time."""
    doc = pdfium.PdfDocument(pdf)
    try:
        for index in (range(len(doc)) if pages is None else pages):
            page = doc[index]
            try:
                width_pt, height_pt = page.get_size()
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, prefer_bgrx=True)
                yield PageImage(index, bitmap.width, bitmap.height, bitmap.stride,
                                bytes(bitmap.buffer), width_pt, height_pt)
            finally:
                page.close()
    finally:
        doc.close()


def page_range(pdf: bytes, first: int, last: int) -> bytes:
    """Pages ``first``..``last`` (1-based, inclusive) as a PDF of their own, still vector;
    the whole document when that is all of it."""
    import io

    doc = pdfium.PdfDocument(pdf)
    try:
        if first <= 1 and last >= len(doc):
            return pdf
        part = pdfium.PdfDocument.new()
        try:
            part.import_pages(doc, list(range(first - 1, last)))
            out = io.BytesIO()
            part.save(out)
            return out.getvalue()
        finally:
            part.close()
    finally:
        doc.close()
