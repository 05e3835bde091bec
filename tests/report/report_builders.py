"""Builders for the report tests: a patient, signed visits, events, and the PDF's text.

Imported by the tests as ``report_builders`` (pytest puts this folder on sys.path).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

import pytest

from bedside.domain import SIGNATURE_MEANING, Event, MrcCell, Patient, Visit
from bedside.instruments import alsfrs_r, protocols

GENERATED = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
SIGNED = datetime(2026, 3, 1, 11, 5, tzinfo=UTC)


def answers(score: int = 3, **overrides: int) -> dict[str, int]:
    """Every slot answered (5a, no gastrostomy) with ``score``; keyword overrides by item key."""
    out = {i.key: score for i in alsfrs_r().slots(gastrostomy=False)}
    out.update(overrides)
    return out


def grades(code: str = "5", protocol: str = "mrc_sum_score", **overrides: str) -> dict:
    cells = {c: MrcCell(code) for c in protocols()[protocol].cells}
    for cell, value in overrides.items():
        cells[cell] = MrcCell("NT", value.split(":", 1)[1]) if value.startswith("NT:") \
            else MrcCell(value)
    return cells


def visit(day: date, alsfrs: dict | None = None, mrc: dict | None = None, *,
          protocol: str = "mrc_sum_score", **kw) -> Visit:
    fields = dict(examiner="Dr. A. Keller", status="signed", signed_by="Dr. A. Keller",
                  signed_at=SIGNED, signature_meaning=SIGNATURE_MEANING, visit_id=None)
    fields.update(kw)
    return Visit("P-0001", day, alsfrs=alsfrs or {}, mrc=mrc or {},
                 mrc_protocol=protocol if mrc else "", **fields)


def patient(**kw) -> Patient:
    fields = dict(family_name="Testperson", given_name="Anna", birth_date=date(1960, 5, 17),
                  sex="female", onset_date=date(2024, 1, 10), onset_region="upper_limb",
                  diagnosis_date=date(2024, 6, 1))
    fields.update(kw)
    return Patient("P-0001", **fields)


def render(p: Patient, visits: list[Visit], events: list[Event] | None = None,
           which: Visit | None = None, clinic: str = "Neuromuscular Clinic Tbilisi") -> bytes:
    from bedside.report import render_visit_summary

    return render_visit_summary(p, visits, events or [], which or visits[-1], clinic_name=clinic,
                                generated_at=GENERATED, app_version="9.8.7")


def pdf_text(pdf: bytes) -> str:
    """The text layer, whitespace collapsed (table cells wrap anchors over lines)."""
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def pdf_lines(pdf: bytes) -> list[str]:
    """Lines as laid out (pdftotext -layout), spaces collapsed: one table row is one line."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                         check=True, timeout=60)
    return [re.sub(r"\s+", " ", line).strip() for line in out.stdout.decode("utf-8").splitlines()]


def weekly(start: date, n: int, make) -> list[Visit]:
    return [make(i, start + timedelta(days=7 * i)) for i in range(n)]
