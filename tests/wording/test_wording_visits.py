"""A visit records the wording it was entered in: the review page names it, the summary
prints its answers in it, the FHIR QuestionnaireResponse names it; a visit entered in
English stays English after a clinic adds its wording."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from bedside import i18n
from bedside.domain import Patient, Visit
from bedside.instruments.wording import parse
from bedside.interchange.export import ExportOptions, write_export
from bedside.operations.export import export_source
from bedside.operations.summary import summary_pdf
from bedside.store import patients, visits, wordings
from tests.report.report_builders import pdf_text
from tests.wording.wording_files import test_wording_data

PATIENT = Patient("P-7", "Beridze", "Nino", date(1961, 4, 2), "female", date(2023, 5, 1),
                  "bulbar", date(2023, 11, 1))


@pytest.fixture
def georgian(qapp):
    from bedside.ui import language

    language.install("ka")
    yield
    language.install("en")


def _enter_visit(qtbot, store, day: date) -> Visit:
    """Through the visit screens, as an examiner does: every item answered 3, signed."""
    from bedside.ui.visit import VisitEditor

    editor = VisitEditor(store, patients.get(store, "P-7"), examiner="ექიმი გ. ლომიძე")
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    editor.start_page.date.set_date(day)
    editor.start_page.do_mrc.setChecked(False)
    editor._begin()
    page = editor.item_page
    assert page.wording.text()  # the page says which wording its anchors are in
    while editor.stack.currentWidget() is page:
        editor._answered(editor.draft.slots()[editor.index].key, 3)
    editor._sign()
    return visits.for_patient(store, "P-7")[-1]


def test_a_visit_entered_in_the_clinics_wording_prints_and_exports_in_it(
        qtbot, store, georgian):
    patients.add(store, PATIENT)
    added = wordings.add(store, parse(test_wording_data(), "wording.json"))
    signed = _enter_visit(qtbot, store, date(2025, 1, 10))
    assert signed.alsfrs_wording == added.id

    text = pdf_text(summary_pdf(store, "P-7", signed.visit_id))
    assert "ტესტური პასუხი 1/3" in text and "Detectable speech disturbance" not in text
    assert "ტესტური ფორმულირება (TEST, not a validated translation)" in text

    bundle = io.StringIO()
    write_export(bundle, export_source(store, ExportOptions(format="fhir")),
                 ExportOptions(format="fhir"))
    responses = [json.loads(line.rstrip(",\n"))["resource"] for line in
                 bundle.getvalue().splitlines()[1:-1]
                 if '"QuestionnaireResponse"' in line]
    (qr,) = responses
    assert qr["language"] == "ka"
    named = {e["url"]: next(v for k, v in e.items() if k.startswith("value"))
             for e in qr["extension"][0]["extension"]}
    assert named["id"] == added.id and named["version"] == "test-1"
    assert qr["item"][0]["text"] == "ტესტური პუნქტი 1"


def test_a_visit_entered_in_english_keeps_its_wording_when_a_clinic_adds_one(
        qtbot, store, georgian):
    patients.add(store, PATIENT)
    english = _enter_visit(qtbot, store, date(2025, 1, 10))
    assert english.alsfrs_wording == ""
    wordings.add(store, parse(test_wording_data(), "wording.json"))
    later = _enter_visit(qtbot, store, date(2025, 4, 10))
    assert later.alsfrs_wording != ""
    i18n.use_language("ka")
    old = pdf_text(summary_pdf(store, "P-7", english.visit_id))
    assert "Detectable speech disturbance" in old and "ტესტური პასუხი" not in old
    assert "ინგლისური ორიგინალი" in old  # said so, in the interface language


def test_with_no_wording_for_the_language_the_english_anchors_are_labelled(
        qtbot, store, georgian):
    from bedside.ui.visit import VisitEditor

    patients.add(store, PATIENT)
    editor = VisitEditor(store, PATIENT, examiner="ექიმი")
    qtbot.addWidget(editor)
    editor.show()
    editor._begin()
    assert editor.item_page.anchors[0].text_label.text() == "Normal speech processes"
    label = editor.item_page.wording.text()
    assert "ინგლისური ორიგინალი" in label and "ქართული" in label
