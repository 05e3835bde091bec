"""Save PDF... and Print... from the app: the file dialog's suggestion, the file, the printout."""

from __future__ import annotations

import os
from datetime import date
from io import BytesIO

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from report_builders import answers, grades, patient, pdf_text, visit

from bedside.report.raster import render_pages
from bedside.store import bulk, visits

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget  # noqa: E402

from bedside.ui import summary_actions  # noqa: E402


@pytest.fixture
def stored(store, tmp_path, qtbot):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # never the user's own settings
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    p = patient(family_name="ბერიძე", given_name="ნინო")
    with store.transaction():
        bulk.insert(store, [p], [visit(date(2025, 3, 1), answers(4), grades("5")),
                                 visit(date(2025, 9, 1), answers(3), grades("4-"))], [],
                    source="test")
    parent = QWidget()
    qtbot.addWidget(parent)
    latest = visits.for_patient(store, "P-0001")[-1]
    return store, parent, latest.visit_id


def test_save_pdf_suggests_a_name_without_identifier_and_writes_the_file(
        stored, tmp_path, monkeypatch):
    store, parent, visit_id = stored
    seen = {}
    target = tmp_path / "chosen name"

    def fake_dialog(parent_, caption, suggestion, filters):
        seen.update(caption=caption, suggestion=suggestion, filters=filters)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    path = summary_actions.save_summary_pdf(parent, store, "P-0001", visit_id)
    assert path == tmp_path / "chosen name.pdf"  # .pdf added when the user left it out
    name = seen["suggestion"].rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    assert name == "visit-summary.pdf"
    for secret in ("P-0001", "ბერიძე", "ნინო", "2025"):
        assert secret not in name
    text = pdf_text(path.read_bytes())
    assert "ბერიძე, ნინო" in text and "Visit date 2025-09-01" in text
    # the next suggestion does not overwrite: same folder remembered, a free name offered
    (tmp_path / "visit-summary.pdf").write_bytes(b"")
    summary_actions.save_summary_pdf(parent, store, "P-0001", visit_id)
    assert seen["suggestion"].endswith("visit-summary-2.pdf")
    assert str(tmp_path) in seen["suggestion"]


def test_save_pdf_cancelled_writes_nothing(stored, tmp_path, monkeypatch):
    store, parent, visit_id = stored
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert summary_actions.save_summary_pdf(parent, store, "P-0001", visit_id) is None
    assert not list(tmp_path.glob("*.pdf"))


def test_save_pdf_into_unwritable_place_says_so(stored, tmp_path, monkeypatch):
    store, parent, visit_id = stored
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a: (str(tmp_path / "missing folder" / "x.pdf"), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent_, title, text: warnings.append(text)))
    assert summary_actions.save_summary_pdf(parent, store, "P-0001", visit_id) is None
    assert "missing folder" in warnings[0] and "does not exist" in warnings[0]


def test_unknown_visit_is_explained_not_raised(stored, monkeypatch):
    store, parent, _ = stored
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda parent_, title, text: warnings.append(text)))
    assert summary_actions.save_summary_pdf(parent, store, "P-0001", 999) is None
    assert "visit 999: no such visit" in warnings[0]


def test_print_paints_every_page_of_the_same_summary(stored, tmp_path, monkeypatch):
    store, parent, visit_id = stored
    out = tmp_path / "printed.pdf"
    seen = {}

    class AcceptingDialog:
        def __init__(self, printer, parent_):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            seen["doc_name"] = printer.docName()

        def setWindowTitle(self, title):
            pass

        def setMinMax(self, low, high):
            seen["range"] = (low, high)

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(summary_actions, "QPrintDialog", AcceptingDialog)
    assert summary_actions.print_summary(parent, store, "P-0001", visit_id) is True
    summary = summary_actions.summary_pdf(store, "P-0001", visit_id)
    pages = len(PdfReader(BytesIO(summary)).pages)
    assert seen["range"] == (1, pages)
    assert "P-0001" not in seen["doc_name"] and "ბერიძე" not in seen["doc_name"]
    printed = out.read_bytes()
    assert len(PdfReader(BytesIO(printed)).pages) == pages
    # each printed sheet shows what the saved PDF's page shows, in the same place
    for mine, sheet in zip(greys(summary), greys(printed), strict=True):
        blank = Image.new("L", mine.size, 255)
        moved = ImageChops.offset(mine, 0, 3)  # the same page 3 blocks (about 6 mm) lower
        print_error = mean_difference(mine, sheet)
        assert print_error < 0.3 * mean_difference(mine, blank)
        assert print_error < 0.5 * mean_difference(mine, moved)


def greys(pdf: bytes) -> list[Image.Image]:
    """Each page in grey, averaged over 8 x 8 pixel blocks at 100 dpi (about 2 mm)."""
    return [Image.frombuffer("RGBX", (p.width, p.height), p.pixels, "raw", "BGRX", p.stride, 1)
            .convert("L").reduce(8) for p in render_pages(pdf, 100)]


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


def test_print_cancelled_prints_nothing(stored, tmp_path, monkeypatch):
    store, parent, visit_id = stored

    class CancellingDialog:
        def __init__(self, printer, parent_):
            printer.setOutputFileName(str(tmp_path / "never.pdf"))

        def setWindowTitle(self, title):
            pass

        def setMinMax(self, low, high):
            pass

        def exec(self):
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(summary_actions, "QPrintDialog", CancellingDialog)
    assert summary_actions.print_summary(parent, store, "P-0001", visit_id) is False
    assert not (tmp_path / "never.pdf").exists()


def test_print_honours_the_chosen_page_range(stored, tmp_path, monkeypatch):
    store, parent, visit_id = stored
    out = tmp_path / "page2.pdf"

    class SecondPageOnly:
        def __init__(self, printer, parent_):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(2, 2)

        def setWindowTitle(self, title):
            pass

        def setMinMax(self, low, high):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(summary_actions, "QPrintDialog", SecondPageOnly)
    assert summary_actions.print_summary(parent, store, "P-0001", visit_id) is True
    summary = summary_actions.summary_pdf(store, "P-0001", visit_id)
    (sheet,) = greys(out.read_bytes())
    second = greys(summary)[1]
    assert mean_difference(second, sheet) < 0.3 * mean_difference(second, Image.new(
        "L", second.size, 255))


def test_a_cups_queue_gets_the_vector_pdf_itself_with_the_dialogs_choices(stored, tmp_path,
                                                                          monkeypatch):
    """At a CUPS queue the summary is not painted as images (2.4 MB for two pages): lp gets
    the very PDF, and CUPS renders it at the printer's resolution. (A stand-in lp records
    what it was given; no cupsd runs here.)"""
    store, parent, visit_id = stored
    got = tmp_path / "job"
    lp = tmp_path / "lp"
    lp.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > {got}.args\ncat > {got}.pdf\n")
    lp.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    monkeypatch.setattr(QPrinter, "printerName", lambda self: "clinic-laser")
    titles = []

    class TwoCopiesDuplex:
        def __init__(self, printer, parent_):
            printer.setCopyCount(2)

        def setWindowTitle(self, title):
            titles.append(title)

        def setMinMax(self, low, high):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(summary_actions, "QPrintDialog", TwoCopiesDuplex)
    assert summary_actions.print_summary(parent, store, "P-0001", visit_id) is True
    summary = summary_actions.summary_pdf(store, "P-0001", visit_id)
    sent = (tmp_path / "job.pdf").read_bytes()
    assert len(sent) < 200_000 and sent.startswith(b"%PDF")
    assert mean_difference(greys(sent)[0], greys(summary)[0]) < 1  # the same page, vector
    args = (tmp_path / "job.args").read_text().split("\n")
    pages = len(PdfReader(BytesIO(summary)).pages)
    assert args[args.index("-d") + 1] == "clinic-laser" and args[args.index("-n") + 1] == "2"
    assert args[args.index("-P") + 1] == f"1-{pages}" and "sides=one-sided" in args
    assert "P-0001" not in " ".join(args)  # the queue shows no patient
    assert titles and "visit of 2025-" in titles[0]
    duplex = summary_actions.PrintJob("q", 1, 2, 2, "two-sided-long-edge", "A4").lp_command()
    assert duplex == ["lp", "-d", "q", "-n", "1", "-t", "ALS visit summary", "-o",
                      "sides=two-sided-long-edge", "-P", "2-2", "-o", "media=A4", "--", "-"]


@pytest.mark.slow
def test_without_a_print_queue_the_pages_are_painted_at_the_printers_resolution(stored,
                                                                                  tmp_path):
    store, parent, visit_id = stored
    pdf = summary_actions.summary_pdf(store, "P-0001", visit_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    assert summary_actions.print_pdf(printer, pdf)
    painted = (tmp_path / "painted.pdf").read_bytes()
    for mine, sheet in zip(greys(pdf), greys(painted), strict=True):
        assert mean_difference(mine, sheet) < 0.3 * mean_difference(
            mine, Image.new("L", mine.size, 255))
