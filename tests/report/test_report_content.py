"""What the printed summary says, read back from the PDF's text layer as a reader would."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from report_builders import (
    answers,
    grades,
    patient,
    pdf_lines,
    pdf_text,
    render,
    visit,
)

from bedside.analysis import (
    DELTA_FS_DEFINITION,
    KINGS_DEFINITION,
    MITOS_DEFINITION,
    SLOPE_DEFINITION,
)
from bedside.domain import Event
from bedside.instruments import alsfrs_r


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def line_with(lines: list[str], *parts: str) -> str:
    found = [line for line in lines if all(p in line for p in parts)]
    assert found, f"no line with {parts}"
    return found[0]


@pytest.fixture
def two_visits():
    p = patient()
    first = visit(date(2025, 6, 2), answers(4, Q1_Speech=4, R_3_Respiratory_Insufficiency=4),
                  grades("5"))
    second = visit(date(2025, 12, 1),
                   answers(3, Q1_Speech=2, Q2_Salivation=4, Q3_Swallowing=4, Q8_Walking=1,
                           R_3_Respiratory_Insufficiency=4),
                   grades("5", shoulder_abduction_L="4-", hip_flexion_R="NT:pain"),
                   notes="Walks with a frame since October.\nCaregiver present.",
                   examiner="S. Novak (PT)")
    return p, [first, second]


def test_header_scores_anchors_and_stages(two_visits):
    p, visits = two_visits
    pdf = render(p, visits, [Event("P-0001", date(2025, 8, 1), "gastrostomy", "PEG")])
    text = pdf_text(pdf)
    # header
    for expected in ("Neuromuscular Clinic Tbilisi", "Testperson, Anna", "P-0001",
                     "1960-05-17 (age 65 at the visit)", "2024-01-10, upper limb onset",
                     "1 year 10 months at the visit", "2025-12-01", "S. Novak (PT)"):
        assert expected in text
    # every item with its anchor verbatim, from the instrument definition
    q = alsfrs_r()
    for key, score in visits[1].alsfrs.items():
        item = q.item(key)
        assert norm(f"{item.name}") in text
        assert norm(item.anchor(score)) in text, key
    assert "Item 5 was scored on scale 5a" in text
    # subscores and total: bulbar 2+4+4, total 10 + 9 + 7 + 10
    assert "Bulbar subscore 10 / 12" in text
    assert "ALSFRS-R total 36 / 48" in text
    # stages with their one-line definitions
    assert "King's stage 3" in text.replace("King's stage (Balendra", "")
    assert norm(KINGS_DEFINITION) in text
    assert norm(MITOS_DEFINITION) in text
    assert norm(DELTA_FS_DEFINITION) in text
    # 48 - 36 = 12 points over 22.7 months since onset
    assert "0.53 points lost/month" in text
    # the slope over the visits so far: 48 then 36, 182 days apart = -12 / 5.98 months
    assert "Slope -2.01 points/month" in text
    assert norm(SLOPE_DEFINITION) in text
    assert "Walks with a frame since October." in text and "Caregiver present." in text


def test_changes_since_previous_visit(two_visits):
    p, visits = two_visits
    lines = pdf_lines(render(p, visits))
    assert "Change since 2025-06-02" in " ".join(lines)
    assert line_with(lines, "Speech", "Intelligible with repeating").rstrip().endswith("-2")
    assert line_with(lines, "Walking").rstrip().endswith("-3")
    total = line_with(lines, "ALSFRS-R total 36 / 48")
    assert "-12" in total and "/month" in total


def test_not_assessed_items_are_marked_and_totals_not_computed():
    p = patient()
    a = answers(3)
    del a["Q9_Climbing_Stairs"]
    v = visit(date(2025, 12, 1), a, not_assessed={"Q9_Climbing_Stairs": "patient fatigued"})
    text = pdf_text(render(p, [v]))
    assert "Climbing stairs – Not assessed: patient fatigued" in text
    assert "Gross motor subscore – Not computed: item 9 not assessed" in text
    assert "ALSFRS-R total – Not computed: item 9 not assessed" in text
    assert "Bulbar subscore 9 / 12" in text  # the other subscores stand


def test_gastrostomy_scale_and_scale_change():
    p = patient()
    before = visit(date(2025, 3, 1), answers(3))
    a = answers(3)
    del a["Q5a_Cutting_without_Gastrostomy"]
    a["Q5b_Cutting_with_Gastrostomy"] = 2
    after = visit(date(2025, 9, 1), a)
    text = pdf_text(render(p, [before, after]))
    assert "Item 5 was scored on scale 5b" in text
    assert "Some help needed with closures and fasteners" in text
    assert "scale changed (was 5a)" in text
    assert "stage 4A+4B" in text  # 5b answered (4A), item 12 below 4 (4B)


def test_mrc_table_grades_sums_and_change():
    p = patient()
    first = visit(date(2025, 3, 1), None, grades("5"))
    only_alsfrs = visit(date(2025, 6, 1), answers(3))
    now = visit(date(2025, 9, 1), answers(3),
                grades("5", shoulder_abduction_L="4-", elbow_flexion_R="3+",
                       hip_flexion_R="NT:pain"))
    lines = pdf_lines(render(p, [first, only_alsfrs, now]))
    text = " ".join(lines)
    assert "Change since 2025-03-01" in text  # the previous MRC grading, not the last visit
    shoulder = line_with(lines, "Shoulder abduction")
    assert "4-" in shoulder and "from 5 (-1)" in shoulder
    assert "NT (pain)" in line_with(lines, "Hip flexion")
    # 11 graded: 4 + 3 + 9 x 5 = 52 of 55; the NT muscle is left out, and said so
    assert "52 / 55 (1 not tested)" in text
    assert "-3 (over the 11 graded at both)" in text
    assert "29 / 30" in text  # left side: 4 + 5 x 5
    assert "23 / 25 (1 not tested)" in text  # right side: 3 + 4 x 5, one NT


def test_unsided_protocol_has_one_grade_column():
    p = patient()
    v = visit(date(2025, 9, 1), None, grades("3", protocol="seven_groups", deltoid="1"),
              protocol="seven_groups")
    lines = pdf_lines(render(p, [v]))
    assert line_with(lines, "Deltoid").split()[-1] == "1"
    assert "MRC sum 19 / 35" in " ".join(lines)


def test_only_mrc_visit():
    p = patient()
    v = visit(date(2025, 9, 1), None, grades("4"))
    text = pdf_text(render(p, [v]))
    assert "The ALSFRS-R was not recorded at this visit." in text
    assert "MRC sum, all graded 48 / 60" in text
    assert "No visit up to this one has a complete ALSFRS-R" in text


def test_only_alsfrs_visit():
    p = patient()
    v = visit(date(2025, 9, 1), answers(2))
    text = pdf_text(render(p, [v]))
    assert "No muscle was graded at this visit." in text
    assert "ALSFRS-R total 24 / 48" in text


def test_signature_footer_and_page_numbers(two_visits):
    p, visits = two_visits
    pdf = render(p, visits)
    text = pdf_text(pdf)
    assert "Signed by Dr. A. Keller" in text
    assert "Meaning of the signature I performed this examination and attest" in text
    pages = len(PdfReader(BytesIO(pdf)).pages)
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text
    assert "Bedside 9.8.7" in text and "Generated 2026-03-02" in text


def test_draft_prints_as_not_signed():
    p = patient()
    draft = visit(date(2025, 9, 1), answers(3), status="draft", signed_by="", signed_at=None,
                  signature_meaning="")
    assert "NOT SIGNED: this is a draft." in pdf_text(render(p, [], which=draft))


def test_metadata_carries_no_identifier(two_visits):
    p, visits = two_visits
    reader = PdfReader(BytesIO(render(p, visits)))
    meta = {k: str(v) for k, v in (reader.metadata or {}).items()}
    assert meta["/Title"] == "ALS visit summary"
    assert meta["/Subject"] and meta["/Keywords"] and meta["/Author"]
    for value in meta.values():
        for secret in (p.patient_id, p.family_name, p.given_name, "1960-05-17"):
            assert secret not in value


@pytest.mark.parametrize("family, given", [
    ("ბერიძე", "ნინო"),  # Georgian
    ("Кузнецова", "Юлия"),  # Cyrillic
    ("Müller-Lüdenscheidt", "Zoë Łucja Ñúñez"),  # Latin with accents
])
def test_names_in_any_script_come_back_unchanged(family, given):
    p = patient(family_name=family, given_name=given)
    v = visit(date(2025, 9, 1), answers(3), examiner="Dr. Şahin Ólafsdóttir")
    text = pdf_text(render(p, [v]))
    assert f"{family}, {given}" in text
    assert "Dr. Şahin Ólafsdóttir" in text


def test_amended_visit_shows_version_and_reason_and_long_names_stay_on_the_page():
    p = patient(family_name="Papadopoulou-Georgiadou-Konstantinidou" * 3)
    first = visit(date(2025, 3, 1), answers(4))
    amended = visit(date(2025, 9, 1), answers(3), version=2,
                    amend_reason="Item 8 transcribed wrongly", notes="x\n" * 60)
    pdf = render(p, [first, amended])
    text = pdf_text(pdf)
    assert "Record signed, version 2" in text
    assert "Amendment version 2; reason: Item 8 transcribed wrongly" in text
    # the running header on later pages shortens the name, never the identifier
    headers = [line for line in pdf_lines(pdf) if line.endswith("ALS visit summary (continued)")]
    assert headers
    for line in headers:
        assert line.startswith("Papadopoulou-Georgiadou") and "…" in line
        assert "· P-0001 · born 1960-05-17 · visit 2025-09-01 ·" in line


def test_a_visit_without_mrc_shows_the_grading_of_the_day_before_with_its_date():
    p = patient()
    graded = visit(date(2025, 6, 1), None, grades("4"))
    rated = visit(date(2025, 6, 2), answers(3))
    text = norm(pdf_text(render(p, [graded, rated])))
    assert "48 / 60 (on 2025-06-01)" in text  # the key figures, marked with its date
    assert "latest grading, on 2025-06-01" in text
    # and the other way round: an MRC-only visit shows the ALSFRS-R of days before
    text = norm(pdf_text(render(p, [rated, visit(date(2025, 6, 20), None, grades("5"))])))
    assert "36 / 48 (on 2025-06-02)" in text
    # older than 31 days: not shown as if it were this visit's
    text = norm(pdf_text(render(p, [graded, visit(date(2025, 7, 15), answers(3))])))
    assert "not graded" in text and "(on 2025-06-01)" not in text


def test_the_slope_is_signed_beside_delta_fs():
    """A patient improving from 13 to 19 must not read as declining 1.57 points a month."""
    p = patient(onset_date=date(2018, 9, 1))
    low = {k: 1 for k in answers(1)}
    visits = [visit(date(2020, 5, 15), dict(low, Q1_Speech=0)),
              visit(date(2020, 9, 10), dict(low, Q1_Speech=2, Q2_Salivation=2,
                                            Q3_Swallowing=2, Q8_Walking=2, Q7_Turning_in_Bed=2))]
    text = norm(pdf_text(render(p, visits)))
    assert re.search(r"Slope \+\d\.\d\d points/month \(rising\)", text)
    assert "points lost/month" in text
