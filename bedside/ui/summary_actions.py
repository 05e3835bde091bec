"""File > Save PDF... and Print...: the visit summary from the app.

Both use the same PDF bytes (bedside.operations.summary). Printing draws PDFium's rendering of
those pages (bedside.report.raster) onto the printer, 1:1 on A4 and scaled to fit other paper,
because PySide6-Essentials has no QtPdf to paint a PDF with.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, QStandardPaths
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from bedside.operations.output import OutputRefused, check_output, written_whole
from bedside.operations.summary import (
    SummaryUnavailable,
    record_summary,
    suggested_file_name,
    summary_pdf,
)
from bedside.report.raster import page_count, render_pages
from bedside.store import Store, StoreError

LAST_FOLDER_KEY = "summary/last_folder"
MAX_PRINT_DPI = 300  # sharp on paper; an A4 page is then ~35 MB of pixels, rendered one by one


def tr(text: str) -> str:
    return QCoreApplication.translate("SummaryActions", text)


def _make_pdf(parent: QWidget | None, store: Store, patient_id: str, visit_id: int
              ) -> bytes | None:
    try:
        return summary_pdf(store, patient_id, visit_id)
    except SummaryUnavailable as e:
        QMessageBox.warning(parent, tr("No visit summary"),
                            tr("The visit summary cannot be made: {0}").format(e))
        return None


def _start_folder() -> Path:
    saved = QSettings().value(LAST_FOLDER_KEY, "")
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
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
        parent, tr("Save visit summary as PDF"), str(folder / suggested_file_name(folder)),
        tr("PDF documents (*.pdf)"))
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
        QMessageBox.warning(parent, tr("PDF not saved"), str(e))
        return None
    except (OSError, StoreError) as e:
        QMessageBox.warning(
            parent, tr("PDF not saved"),
            tr("Could not write {0}: {1}. Choose another folder and save again.").format(
                path, getattr(e, "strerror", None) or e))
        return None
    QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))
    return path


def print_summary(parent: QWidget | None, store: Store, patient_id: str, visit_id: int) -> bool:
    """Show the print dialog and print the summary; True if it went to the printer."""
    pdf = _make_pdf(parent, store, patient_id, visit_id)
    if pdf is None:
        return False
    pages = page_count(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(tr("ALS visit summary"))  # print queues show it: never a patient name
    printer.setFromTo(1, pages)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print visit summary"))
    dialog.setMinMax(1, pages)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if not print_pdf(printer, pdf):
        QMessageBox.warning(parent, tr("Not printed"),
                            tr("The printer could not be started. Check that it is switched "
                               "on and connected, then print again."))
        return False
    record_summary(store, patient_id, visit_id, "print summary")
    return True


def print_pdf(printer: QPrinter, pdf: bytes) -> bool:
    """Paint the PDF's pages (the printer's page range, else all) onto ``printer``."""
    total = page_count(pdf)
    first, last = 1, total
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or total, total)
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
