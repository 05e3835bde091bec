"""Gathers one visit summary from the store and renders it: shared by the app and `bedside
report`. Composition of two siblings (store and report), so it lives above both (see
bedside.operations). The printer's pages are PDFium's rendering of the same bytes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from bedside import __version__
from bedside.instruments.wording import WordingError
from bedside.operations.lung_setting import lung_equations
from bedside.operations.wordings import wording_of
from bedside.report import render_visit_summary
from bedside.report.raster import page_count as page_count  # the PDF's pages, for a printer
from bedside.report.raster import page_range as page_range
from bedside.report.raster import render_pages as render_pages
from bedside.store import Store, StoreError, events, patients, visits

CLINIC_NAME_SETTING = "clinic_name"


def clinic_name(store: Store) -> str:
    """Printed at the top of every summary; kept in the database, for everyone using it."""
    return store.setting(CLINIC_NAME_SETTING)


def set_clinic_name(store: Store, name: str) -> None:
    if name != clinic_name(store):
        store.set_setting(CLINIC_NAME_SETTING, name)  # audited


def visit_date(store: Store, visit_id: int) -> date | None:
    """The date of the visit a summary is about (None: no such visit)."""
    try:
        return visits.get(store, visit_id).visit_date
    except StoreError:
        return None


class SummaryUnavailable(Exception):
    """The summary cannot be made; the message says which record is missing and why."""


def summary_pdf(store: Store, patient_id: str, visit_id: int,
                generated_at: datetime | None = None) -> bytes:
    """The PDF summary of one visit (signed, or a draft, which then prints as NOT SIGNED)."""
    patient = patients.get(store, patient_id)
    if patient is None:
        raise SummaryUnavailable(f"patient {patient_id}: no such patient in {store.path}")
    try:
        visit = visits.get(store, visit_id)
    except StoreError:
        raise SummaryUnavailable(f"visit {visit_id}: no such visit in {store.path}") from None
    if visit.patient_id != patient_id:
        raise SummaryUnavailable(
            f"visit {visit_id} belongs to patient {visit.patient_id}, not {patient_id}")
    try:
        wording = wording_of(store, visit)
    except WordingError as e:
        raise SummaryUnavailable(str(e)) from None
    return render_visit_summary(
        patient, visits.for_patient(store, patient_id), events.for_patient(store, patient_id),
        visit,
        clinic_name=clinic_name(store),
        generated_at=generated_at or datetime.now(UTC),
        app_version=__version__,
        wording=wording,
        lung=lung_equations(store),
    )


def suggested_file_name(folder: Path) -> str:
    """'visit-summary.pdf' (or -2, -3 ... if taken in ``folder``).

    Names the kind of document only: no name, identifier or date of the patient, so the file
    name says nothing about whom it concerns in a folder listing, a mail or a print queue.
    """
    for n in range(1, 1000):
        name = "visit-summary.pdf" if n == 1 else f"visit-summary-{n}.pdf"
        if not (folder / name).exists():
            return name
    return "visit-summary.pdf"


def record_summary(store: Store, patient_id: str, visit_id: int, how: str) -> bool:
    """Write a saved or printed summary to the patient's audit history (issue 9). False when
    it cannot be written at all: the database is on a read-only medium."""
    if store.read_only:
        return False
    visit = visits.get(store, visit_id)
    with store.transaction(record_only=True):
        store.audit(how, "patient", patient_id,
                    new=f"visit summary of {visit.visit_date.isoformat()}")
    return True

