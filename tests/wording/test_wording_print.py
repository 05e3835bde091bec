"""A visit entered in an added wording prints in that wording, named with its source; the
Georgian PDF embeds a font that has Georgian letters."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from bedside import i18n
from bedside.instruments.wording import parse
from tests.report.report_builders import answers, patient, pdf_text, render, visit
from tests.wording.wording_files import test_wording_data


@pytest.fixture
def wording():
    return parse(test_wording_data(), "wording.json")


def _render(wording, language="ka"):
    from bedside.report import render_visit_summary
    from tests.report.report_builders import GENERATED

    i18n.use_language(language)
    p = patient()
    v = visit(date(2025, 3, 1), answers(3), alsfrs_wording=wording.id if wording else "")
    return render_visit_summary(p, [v], [], v, clinic_name="თბილისის კლინიკა",
                                generated_at=GENERATED, app_version="9.8.7", wording=wording)


def test_the_summary_prints_the_answers_in_the_visits_wording_and_names_it(wording):
    text = pdf_text(_render(wording))
    assert "ტესტური პასუხი 1/3" in text and "ტესტური პუნქტი 12 (R-3)" in text
    assert "Normal speech processes" not in text  # no English anchor beside them
    assert "ტესტური ფორმულირება (TEST, not a validated translation)" in text
    assert "Bedside test suite" in text and "Nobody: made up for the tests" in text
    assert "ვიზიტის შეჯამება" in text  # the interface words of the PDF in Georgian too


def test_without_a_wording_the_english_original_prints_and_says_so():
    i18n.use_language("en")
    p = patient()
    v = visit(date(2025, 3, 1), answers(3))
    text = pdf_text(render(p, [v]))
    assert "Detectable speech disturbance" in text
    assert "Wording: the English original (Cedarbaum et al." in text


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_the_georgian_summary_embeds_its_font(tmp_path, wording):
    path = tmp_path / "ka.pdf"
    path.write_bytes(_render(wording))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column
    assert any("DejaVuSans" in line for line in fonts)
