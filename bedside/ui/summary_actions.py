"""File > Save PDF... and Print...: the visit summary from the app.

Both use the same PDF bytes (bedside.operations.summary), and both say which visit they are
about. Printing sends those bytes themselves wherever it can, so the printer draws the vector
pages at its own resolution:

- a CUPS queue (Linux, macOS): the PDF goes to ``lp`` with the dialog's copies, pages, sides
  and paper; CUPS's filters render it for the printer (Qt's own path would have been our
  pages painted as images: a large raster job);
- "Print to file" (PDF): the PDF (the chosen pages) is written as it is;
- elsewhere (Windows): PDFium's rendering of the pages (bedside.report.raster) is painted at
  the printer's resolution (up to MAX_PRINT_DPI), 1:1 on A4 and scaled to fit other paper,
  because PySide6-Essentials has no QtPdf to paint a PDF with.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QStandardPaths
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from bedside.i18n import fill
from bedside.operations.database import Store
from bedside.operations.output import OutputRefused, check_output, written_whole
from bedside.operations.summary import (
    SummaryUnavailable,
    page_count,
    page_range,
    record_summary,
    render_pages,
    suggested_file_name,
    summary_pdf,
    visit_date,
)
from bedside.store.errors import StoreError
from bedside.ui.language import TrContext
from bedside.ui.locale_text import date_text
from bedside.ui.settings import Settings

MAX_PRINT_DPI = 600  # a printer's own resolution, up to 600 dpi (~140 MB of pixels a page)
DOC_NAME = "ALS visit summary"  # print queues show it: never a patient name
summary_actions = TrContext("summary_actions")


def _make_pdf(parent: QWidget | None, store: Store, patient_id: str, visit_id: int
              ) -> bytes | None:
    try:
        return summary_pdf(store, patient_id, visit_id)
    except SummaryUnavailable as e:
        QMessageBox.warning(parent, summary_actions.tr("No visit summary"), summary_actions.tr(
            "The visit summary cannot be made: %1").replace("%1", str(e)))
        return None


def visit_words(store: Store, visit_id: int) -> str:
    """'the visit of 2020-06-15': which visit a summary is about, said on every dialog."""
    day = visit_date(store, visit_id)
    if day is None:  # an unknown visit: _make_pdf says so
        return summary_actions.tr("the visit")
    return summary_actions.tr("the visit of %1").replace("%1", date_text(day))


def _start_folder() -> Path:
    saved = Settings().get("summary/last_folder")
    if saved and Path(saved).is_dir():
        return Path(saved)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def save_summary_pdf(parent: QWidget | None, store: Store, patient_id: str, visit_id: int
                     ) -> Path | None:
    """Ask where to save the summary, write it; the saved path, or None if cancelled/failed."""
    pdf = _make_pdf(parent, store, patient_id, visit_id)
    if pdf is None:
        return None
    folder = _start_folder()
    chosen, _ = QFileDialog.getSaveFileName(
        parent, summary_actions.tr("Save the summary of %1 as PDF").replace(
            "%1", visit_words(store, visit_id)),
        str(folder / suggested_file_name(folder)),
        summary_actions.tr("PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        check_output(path, store.path)
        with written_whole(path, binary=True, before_rename=lambda: record_summary(
                store, patient_id, visit_id, "save summary pdf")) as fh:
            fh.write(pdf)
    except OutputRefused as e:
        QMessageBox.warning(parent, summary_actions.tr("PDF not saved"), str(e))
        return None
    except (OSError, StoreError) as e:
        QMessageBox.warning(
            parent, summary_actions.tr("PDF not saved"),
            fill(summary_actions.tr("Could not write %1: %2. Choose another folder and save "
                                    "again."), path, getattr(e, "strerror", None) or e))
        return None
    Settings().set("summary/last_folder", str(path.parent))
    return path


def print_summary(parent: QWidget | None, store: Store, patient_id: str, visit_id: int) -> bool:
    """Show the print dialog and print the summary; True if it went to the printer."""
    pdf = _make_pdf(parent, store, patient_id, visit_id)
    if pdf is None:
        return False
    pages = page_count(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(DOC_NAME)
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(summary_actions.tr("Print the summary of %1").replace(
        "%1", visit_words(store, visit_id)))
    dialog.setMinMax(1, pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    problem = send(printer, pdf, store.path)
    if problem is not None:
        QMessageBox.warning(parent, summary_actions.tr("Not printed"), problem)
        return False
    record_summary(store, patient_id, visit_id, "print summary")
    return True


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog chose, as CUPS options."""

    printer: str
    copies: int
    first: int  # pages, 1-based, inclusive
    last: int
    sides: str  # one-sided | two-sided-long-edge | two-sided-short-edge
    media: str  # e.g. "A4", "Letter" ("" = the printer's default)

    def lp_command(self, lp: str = "lp") -> list[str]:
        """``lp`` reading the PDF from its standard input."""
        cmd = [lp, "-d", self.printer, "-n", str(self.copies), "-t", DOC_NAME,
               "-o", f"sides={self.sides}", "-P", f"{self.first}-{self.last}"]
        if self.media:
            cmd += ["-o", f"media={self.media}"]
        return [*cmd, "--", "-"]


def chosen_job(printer: QPrinter, pages: int) -> PrintJob:
    first, last = chosen_pages(printer, pages)
    sides = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
             QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge"}.get(
        printer.duplex(), "one-sided")
    size = printer.pageLayout().pageSize()
    return PrintJob(printer.printerName(), max(1, printer.copyCount()), first, last, sides,
                    size.key() if size.isValid() else "")


def chosen_pages(printer: QPrinter, total: int) -> tuple[int, int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage(), min(printer.toPage() or total, total)
    return 1, total


def send(printer: QPrinter, pdf: bytes, db_path: Path) -> str | None:
    """Print ``pdf`` as the dialog chose; None when done, else what went wrong (one line).
    Print to file never writes over the database ``db_path`` or one of its files."""
    total = page_count(pdf)
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and \
            printer.outputFileName():  # "Print to file"
        first, last = chosen_pages(printer, total)
        try:
            out = check_output(printer.outputFileName(), db_path)
            with written_whole(out, binary=True) as fh:
                fh.write(page_range(pdf, first, last))
        except OutputRefused as e:
            return str(e)
        except OSError as e:
            return fill(summary_actions.tr("Could not write %1: %2."),
                        printer.outputFileName(), e.strerror or e)
        return None
    lp = shutil.which("lp")
    if lp and printer.printerName():
        return send_to_cups(chosen_job(printer, total), pdf, lp)
    if not print_pdf(printer, pdf):
        return summary_actions.tr("The printer could not be started. Check that it is "
                                  "switched on and connected, then print again.")
    return None


def send_to_cups(job: PrintJob, pdf: bytes, lp: str = "lp") -> str | None:
    """Hand the PDF itself to CUPS; None when queued, else lp's own words."""
    try:
        result = subprocess.run(job.lp_command(lp), input=pdf, capture_output=True,
                                timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return fill(summary_actions.tr("The print queue %1 did not take the job: %2"),
                    job.printer, e)
    if result.returncode != 0:
        why = result.stderr.decode(errors="replace").strip() or f"lp exited {result.returncode}"
        return fill(summary_actions.tr("The print queue %1 did not take the job: %2"),
                    job.printer, why)
    return None


def print_pdf(printer: QPrinter, pdf: bytes) -> bool:
    """Paint the PDF's pages (the printer's page range, else all) onto ``printer``, rendered
    at the printer's resolution (where no print queue takes a PDF itself)."""
    first, last = chosen_pages(printer, page_count(pdf))
    printer.setFullPage(True)  # the PDF has its own margins: place it on the whole sheet
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        paper = printer.pageLayout().fullRectPixels(printer.resolution())
        for n, page in enumerate(render_pages(pdf, dpi, range(first - 1, last))):
            if n:
                printer.newPage()
            image = QImage(page.pixels, page.width, page.height, page.stride,
                           QImage.Format.Format_RGB32)
            scale = min(paper.width() / page.width_pt, paper.height() / page.height_pt)
            w, h = page.width_pt * scale, page.height_pt * scale
            target = QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
