"""What a visit's measurements say: reference values (the lean path of the exports gives what
the full one does), BMI and weight change from the visit's height and the pre-illness weight,
the previous measurement, what is overdue, and the interventions of a date."""

from __future__ import annotations

import math
from datetime import date

import pytest

from bedside.analysis import (
    GLI_2012_GROUPS,
    OVERDUE_DAYS,
    OVERDUE_DEFINITION,
    Intervention,
    LungEquations,
    interventions,
    measured,
    measured_history,
    measurement_problems,
    niv_hours_problems,
    ongoing,
    overdue,
    percent_of,
    predict,
    previous,
    unpredicted_reason,
    visit_problems,
    z_score_of,
)
from bedside.domain import Event, Measurements, Patient, Visit

P = Patient("P1", birth_date=date(1968, 3, 2), sex="female", onset_date=date(2018, 9, 1),
            pre_illness_weight_kg=64.5)


def _visit(day: date, status: str = "signed", **m) -> Visit:
    return Visit("P1", day, status=status, measurements=Measurements(**m))


@pytest.mark.parametrize("equations, group", [("gli_global", None),
                                              *(("gli_2012", g) for g in GLI_2012_GROUPS)])
def test_the_exports_lean_path_gives_exactly_what_predict_gives(equations, group):
    lung = LungEquations(equations, group)
    for sex in ("female", "male", "other"):
        for age in (None, 2.9, 3, 44.37, 95, 95.2):
            for height in (None, 99.9, 100, 163.5, 250, 251):
                lms = lung.lms(sex, age, height)
                p = predict("FVC", sex, age, height, equations, group)
                assert (lms is None) == (p is None)
                assert (lms is None) == (unpredicted_reason(sex, age, height, equations,
                                                            group) is not None)
                if lms is not None:
                    assert lms == (p.l, p.m, p.s)
                    assert percent_of(2.1, lms[1]) == p.percent_predicted(2.1)
                    assert z_score_of(2.1, *lms) == p.z_score(2.1)


def test_a_visit_measured_with_the_height_of_another_visit():
    visits = [_visit(date(2020, 1, 10), height_cm=162.0),
              _visit(date(2020, 5, 15), fvc_l=1.85, svc_l=1.9, vc_position="supine",
                     weight_kg=58.2)]
    (first, second) = measured_history(P, visits, LungEquations())
    assert first.fvc is None and second.height_cm == 162.0
    fvc = predict("FVC", "female", (date(2020, 5, 15) - P.birth_date).days / 365.25, 162.0)
    assert second.fvc.percent_predicted == pytest.approx(fvc.percent_predicted(1.85))
    assert second.svc.reference.measure == "SVC"
    assert second.svc.percent_predicted == pytest.approx(fvc.percent_predicted(1.9))
    assert second.bmi == pytest.approx(58.2 / 1.62 ** 2)
    assert second.weight_change_percent == pytest.approx((58.2 - 64.5) / 64.5 * 100)


def test_without_a_height_or_birth_date_the_reason_is_said_not_a_number():
    m = measured(P, _visit(date(2020, 5, 15), fvc_l=1.85), [], LungEquations())
    assert m.fvc.percent_predicted is None and m.fvc.reason == "no height recorded"
    m = measured(Patient("P2", sex="male"), _visit(date(2020, 5, 15), fvc_l=3.0),
                 [(date(2020, 1, 1), 180.0)], LungEquations())
    assert m.fvc.reason == "age unknown: no birth date"
    # a de-identified record gives the exact age instead of the birth date
    m = measured(Patient("ps-1", sex="male"), _visit(date(2020, 5, 15), fvc_l=3.0),
                 [(date(2020, 1, 1), 180.0)], LungEquations(), age_years=61.2)
    assert m.fvc.percent_predicted == pytest.approx(
        predict("FVC", "male", 61.2, 180.0).percent_predicted(3.0))


def test_the_previous_measurement_of_each_field():
    visits = [_visit(date(2020, 1, 10), weight_kg=61.0), _visit(date(2020, 3, 1), fvc_l=2.0),
              _visit(date(2020, 5, 15), weight_kg=59.5, fvc_l=1.9)]
    assert previous(visits, date(2020, 5, 15), "weight_kg") == (date(2020, 1, 10), 61.0)
    assert previous(visits, date(2020, 5, 15), "fvc_l") == (date(2020, 3, 1), 2.0)
    assert previous(visits, date(2020, 1, 10), "weight_kg") is None


def test_overdue_after_90_days_without_lung_function_or_weight():
    today = date(2024, 6, 1)
    recent = date(2024, 6, 1).toordinal() - OVERDUE_DAYS
    last = date.fromordinal(recent)
    visits = [_visit(last, fvc_l=2.0), _visit(date(2024, 1, 1), weight_kg=60.0),
              _visit(date(2024, 5, 1), status="draft", weight_kg=60.0)]  # drafts do not count
    assert overdue(visits, today) == {"weight": date(2024, 1, 1)}
    assert overdue(visits, date.fromordinal(today.toordinal() + 1)) == {
        "lung function": last, "weight": date(2024, 1, 1)}
    assert overdue([_visit(date(2024, 5, 1), mip_cmh2o=40.0)], today) == {"weight": None}
    assert overdue([], today) == {"lung function": None, "weight": None}
    assert overdue([], today, death=date(2024, 2, 1)) == {}  # the record has ended


def test_starts_are_paired_with_their_stops():
    e = [Event("P1", date(2018, 10, 1), "medication_start", "riluzole"),
         Event("P1", date(2019, 3, 1), "medication_start", "Edaravone"),
         Event("P1", date(2019, 9, 1), "medication_stop", " edaravone "),
         Event("P1", date(2020, 1, 10), "niv_start", "", hours_per_day=8),
         Event("P1", date(2020, 6, 1), "niv_start", "", hours_per_day=14),
         Event("P1", date(2020, 3, 1), "gastrostomy", "PEG"),
         Event("P1", date(2021, 2, 1), "niv_stop")]
    assert interventions(e)[1] == Intervention("medication_start", "Edaravone",
                                               date(2019, 3, 1), date(2019, 9, 1))
    on = ongoing(e, date(2020, 7, 1))
    assert [(i.kind, i.label, i.hours_per_day) for i in on] == [
        ("medication_start", "riluzole", None), ("gastrostomy", "PEG", None),
        ("niv_start", "", 14)]  # the later start replaces the earlier hours
    assert [i.kind for i in ongoing(e, date(2021, 2, 1))] == ["medication_start",
                                                             "gastrostomy"]


@pytest.mark.parametrize("field, value, rule", [
    ("fvc_l", 25.0, "FVC 25 L: must be 0.1-10 L"),
    ("weight_kg", 0.0, "Weight 0 kg: must be 20-300 kg"),
    ("height_cm", 300.0, "Height 300 cm: must be 100-250 cm"),
    ("height_cm", 3.0, "Height 3 cm: must be 100-250 cm"),
    ("mip_cmh2o", math.nan, "MIP nan cmH2O: must be 0-300 cmH2O (the pressure's size, "
                            "without a minus sign)"),
])
def test_implausible_measurements_are_problems_naming_unit_and_range(field, value, rule):
    (problem,) = measurement_problems(Measurements(**{field: value}))
    assert (problem.field, problem.rule) == (field, rule)
    visit = Visit("P1", date(2020, 5, 15), measurements=Measurements(**{field: value}))
    assert [p.rule for p in visit_problems(visit, P, date(2024, 1, 1))] == [rule]


def test_a_position_belongs_to_a_vital_capacity_and_how_it_was_taken_is_one_of_the_list():
    (problem,) = measurement_problems(Measurements(vc_position="supine"))
    assert problem.field == "vc_position" and "fvc_l or svc_l" in problem.rule
    assert measurement_problems(Measurements(fvc_l=2.0, vc_position="lying"))[0].rule == \
        "must be one of sitting|supine"
    bad = Visit("P1", date(2020, 5, 15), alsfrs_mode="email", alsfrs_respondent="nurse")
    assert {p.field for p in visit_problems(bad, P, date(2024, 1, 1))} == {
        "Mode_of_Administration", "ALSFRS_Responded_By"}


def test_niv_hours_a_day():
    assert niv_hours_problems("niv_start", 8) == []
    assert niv_hours_problems("niv_start", 24) == []
    for hours in (0, 24.5, -1):
        assert niv_hours_problems("niv_start", hours)[0].field == "hours_per_day"
    assert "niv_start" in niv_hours_problems("gastrostomy", 8)[0].rule


def test_the_overdue_definition_says_the_days_counted():
    assert f"in the last {OVERDUE_DAYS} days" in OVERDUE_DEFINITION
