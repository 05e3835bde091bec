"""The summary's breathing, weight and interventions section, read back from the PDF: each
measurement with the previous one and the change, the reference values with their
equations, the interventions under way, how the ALSFRS-R was taken."""

from __future__ import annotations

from datetime import date

from report_builders import GENERATED, answers, patient, pdf_lines, pdf_text, render, visit

from bedside.analysis import LungEquations, decimal_age, predict
from bedside.domain import Event, Measurements
from bedside.report import render_visit_summary


def _visits():
    p = patient(pre_illness_weight_kg=70.0)
    first = visit(date(2025, 6, 2), answers(4), measurements=Measurements(
        fvc_l=3.1, vc_position="sitting", weight_kg=66.0, height_cm=165.0))
    second = visit(date(2025, 12, 1), answers(3), alsfrs_mode="video",
                   alsfrs_respondent="caregiver", measurements=Measurements(
                       fvc_l=2.6, vc_position="sitting", mip_cmh2o=48, weight_kg=63.5))
    return p, [first, second]


def test_each_measurement_beside_the_previous_one_and_the_change():
    p, visits = _visits()
    events = [Event("P-0001", date(2024, 7, 1), "medication_start", "riluzole"),
              Event("P-0001", date(2025, 1, 5), "medication_start", "edaravone"),
              Event("P-0001", date(2025, 5, 1), "medication_stop", "edaravone"),
              Event("P-0001", date(2025, 9, 1), "niv_start", hours_per_day=8),
              Event("P-0001", date(2026, 1, 1), "gastrostomy", "PEG")]  # after the visit
    pdf = render(p, visits, events)
    lines = pdf_lines(pdf)
    text = pdf_text(pdf)
    age = decimal_age(p.birth_date, date(2025, 12, 1))
    now = predict("FVC", "female", age, 165.0).percent_predicted(2.6)
    before = predict("FVC", "female", decimal_age(p.birth_date, date(2025, 6, 2)),
                     165.0).percent_predicted(3.1)
    fvc = next(line for line in lines if line.startswith("FVC "))
    assert f"2.6 L · {now:.0f}% of predicted" in fvc
    assert "3.1 L" in fvc and "-0.50 L" in fvc and f"({now - before:+.0f} points)" in fvc
    assert "Weight 63.5 kg · BMI 23.3 · -9.3% from before the illness" in text
    assert "-2.5 kg (-3.8%)" in next(line for line in lines if line.startswith("Weight "))
    assert "MIP 48 cmH2O none before" in text
    assert "Height not measured 165 cm on 2025-06-02" in text  # at the first visit only
    assert "GLI Global" in text and "Height used: 165 cm" in text
    assert ("Under way on the visit's date: Riluzole since 2024-07-01; NIV 8 h a day since "
            "2025-09-01.") in text
    assert "Stopped before it: Edaravone from 2025-01-05 to 2025-05-01." in text
    assert "PEG" not in text  # after the visit: a reprint reads as on the day
    assert "Taken by video, answered by caregiver." in text


def test_a_visit_before_any_measurement_says_so_and_the_equations_are_the_clinics():
    p, visits = _visits()
    pdf = render_visit_summary(p, visits, [], visits[1], clinic_name="C",
                               generated_at=GENERATED, app_version="1",
                               lung=LungEquations("gli_2012", "north_east_asian"))
    assert "GLI-2012 North East Asian" in pdf_text(pdf)
    bare = patient()
    pdf = render(bare, [visit(date(2025, 6, 2), answers(4))])
    text = pdf_text(pdf)
    assert "No breathing or weight measurement is recorded up to this visit." in text
    assert "Under way on the visit's date: none recorded." in text
    assert "Taken in clinic, answered by patient." in text


def test_the_section_in_russian(monkeypatch):
    """The measurements and interventions print in the language chosen, numbers with its
    decimal comma and dates as it writes them."""
    from bedside import i18n

    i18n.use_language("ru")
    try:
        p, visits = _visits()
        events = [Event("P-0001", date(2025, 9, 1), "niv_start", hours_per_day=8.5)]
        text = pdf_text(render(p, visits, events))
    finally:
        i18n.use_language("en")
    assert "Дыхание, вес и вмешательства" in text
    assert "ИМТ 23,3" in text and "2,6 L" in text
    assert "НИВЛ 8,5 ч в сутки с 01.09.2025" in text
