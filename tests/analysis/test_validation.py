"""Validation rules: each bad value gives one Problem naming the field, the value and the rule."""

from __future__ import annotations

from datetime import date

import pytest
from alsfrs_cases import KEY, answers
from hypothesis import given
from hypothesis import strategies as st

from bedside.analysis import (
    Problem,
    event_problems,
    patient_problems,
    visit_date_bounds,
    visit_date_problems,
    visit_problems,
)
from bedside.domain import Event, MrcCell, Patient, Visit

TODAY = date(2025, 6, 1)
DEATH = date(2025, 3, 1)
PATIENT = Patient("P1", birth_date=date(1960, 5, 1), onset_date=date(2023, 3, 1),
                  diagnosis_date=date(2023, 9, 1), sex="female", onset_region="bulbar")


def visit(day: date = date(2024, 5, 2), **fields) -> Visit:
    return Visit("P1", day, **{"alsfrs": answers(), **fields})


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


def test_a_good_visit_and_patient_have_no_problems():
    good = visit(mrc={"hip_flexion_L": MrcCell("4-"), "deltoid": MrcCell("NT", "pain")})
    assert visit_problems(good, PATIENT, TODAY, DEATH) == []
    assert visit_problems(visit(day=TODAY), PATIENT, TODAY) == []
    assert visit_problems(visit(day=DEATH), PATIENT, TODAY, DEATH) == []
    assert patient_problems(PATIENT, TODAY) == []


@pytest.mark.parametrize("day, death, rule", [
    (date(2025, 6, 2), None, "visit date is in the future"),
    (date(2023, 2, 28), None, "visit is before onset (2023-03-01)"),
    (date(2025, 3, 2), DEATH, "visit is after the recorded death (2025-03-01)"),
])
def test_visit_date_rules(day, death, rule):
    p = only(visit_problems(visit(day=day), PATIENT, TODAY, death))
    assert (p.field, p.value, p.rule) == ("visit_date", day.isoformat(), rule)
    assert str(p) == f"visit_date={day.isoformat()}: {rule}"


def test_a_visit_before_birth_is_named_even_without_an_onset_date():
    no_onset = Patient("P1", birth_date=date(1960, 5, 1))
    p = only(visit_date_problems(date(1960, 4, 30), no_onset, TODAY))
    assert p.rule == "visit is before birth (1960-05-01)"
    both = visit_date_problems(date(1960, 4, 30), PATIENT, TODAY)
    assert {p.rule.split(" (")[0] for p in both} == {"visit is before birth",
                                                     "visit is before onset"}


@pytest.mark.parametrize("score, rule", [
    (5, "score must be 0-4"), (-1, "score must be 0-4"),
    (2.5, "score must be a whole number 0-4"), (3.0, "score must be a whole number 0-4"),
    ("3", "score must be a whole number 0-4"), (True, "score must be a whole number 0-4"),
])
def test_score_out_of_range_or_not_a_whole_number(score, rule):
    a = answers()
    a[KEY["8"]] = score
    p = only(visit_problems(visit(alsfrs=a), PATIENT, TODAY))
    assert (p.field, p.value, p.rule) == ("Q8_Walking", str(score), rule)


def test_both_5a_and_5b_is_one_problem_on_5b():
    p = only(visit_problems(visit(alsfrs=answers(q5b=2)), PATIENT, TODAY))
    assert (p.field, p.value) == ("Q5b_Cutting_with_Gastrostomy", "2")
    assert "only one of Q5a_Cutting_without_Gastrostomy and Q5b_Cutting_with_Gastrostomy" in p.rule


def test_an_unknown_item_key_is_named():
    p = only(visit_problems(visit(alsfrs={**answers(), "Q13_Typing": 2}), PATIENT, TODAY))
    assert (p.field, p.rule) == ("Q13_Typing", "not an ALSFRS-R item")
    p = only(visit_problems(visit(not_assessed={"Q13_Typing": "refused"}), PATIENT, TODAY))
    assert p.field == "Q13_Typing"


@pytest.mark.parametrize("cell, code, rule", [
    ("toe_wiggle_L", "4", "not a muscle of any protocol"),
    ("hip_flexion", "4", "not a muscle of any protocol"),  # sided muscle without a side
    ("hip_flexion_L", "6", "grade must be 0-5, 3-, 3+, 4-, 4+, 5- or NT"),
    ("hip_flexion_L", "4.5", "grade must be 0-5, 3-, 3+, 4-, 4+, 5- or NT"),
    ("hip_flexion_L", "5+", "grade must be 0-5, 3-, 3+, 4-, 4+, 5- or NT"),
    ("hip_flexion_L", "", "grade must be 0-5, 3-, 3+, 4-, 4+, 5- or NT"),
])
def test_unknown_mrc_cell_or_bad_grade(cell, code, rule):
    p = only(visit_problems(visit(mrc={cell: MrcCell(code)}), PATIENT, TODAY))
    assert (p.field, p.value, p.rule) == (f"MRC_{cell}", code, rule)


def test_mrc_cells_are_checked_against_the_visit_protocol():
    v = visit(mrc_protocol="mrc_sum_score", mrc={"deltoid": MrcCell("4")})
    p = only(visit_problems(v, PATIENT, TODAY))
    assert (p.field, p.rule) == ("MRC_deltoid", "not a muscle of protocol mrc_sum_score")
    v = visit(mrc_protocol="seven_groups", mrc={"deltoid": MrcCell("4")})
    assert visit_problems(v, PATIENT, TODAY) == []
    p = only(visit_problems(visit(mrc_protocol="toes"), PATIENT, TODAY))
    assert (p.field, p.value, p.rule) == ("mrc_protocol", "toes", "unknown muscle protocol")


def test_every_problem_of_a_visit_is_reported_at_once():
    a = answers(q5b=1)
    a[KEY["1"]] = 7
    v = visit(day=date(2025, 7, 1), alsfrs=a, mrc={"deltoid": MrcCell("9")})
    fields = [p.field for p in visit_problems(v, PATIENT, TODAY, DEATH)]
    assert fields == ["visit_date", "visit_date", "Q1_Speech", "Q5b_Cutting_with_Gastrostomy",
                      "MRC_deltoid"]


@pytest.mark.parametrize("changes, field, rule", [
    (dict(birth_date=date(2025, 7, 1), onset_date=None, diagnosis_date=None), "birth_date",
     "date is in the future"),
    (dict(onset_date=date(1959, 1, 1), diagnosis_date=None), "onset_date",
     "onset is before birth"),
    (dict(diagnosis_date=date(2023, 2, 1)), "diagnosis_date", "diagnosis is before onset"),
    (dict(sex="f"), "sex", "must be one of female|male|other|unknown"),
    (dict(onset_region="arm"), "onset_region", "must be one of"),
    (dict(patient_id="  "), "patient_id", "patient identifier is required"),
])
def test_patient_rules(changes, field, rule):
    fields = {**PATIENT.__dict__, **changes}
    p = only(patient_problems(Patient(**fields), TODAY))
    assert p.field == field and p.rule.startswith(rule)


@pytest.mark.parametrize("day, kind, field, rule", [
    (date(2025, 6, 2), "gastrostomy", "event_date", "event date is in the future"),
    (date(1950, 1, 1), "niv_start", "event_date", "event is before birth (1960-05-01)"),
    (date(2024, 1, 1), "peg", "kind", "must be one of gastrostomy|niv_start"),
])
def test_event_rules(day, kind, field, rule):
    p = only(event_problems(Event("P1", day, kind), PATIENT, TODAY))
    assert p.field == field and p.rule.startswith(rule)
    assert event_problems(Event("P1", date(2024, 1, 1), "death"), PATIENT, TODAY) == []


@given(st.dates(date(1900, 1, 1), date(2100, 1, 1)),
       st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1)),
       st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1)),
       st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1)))
def test_visit_date_bounds_hold_exactly_the_dates_without_a_problem(day, birth, onset, death):
    p = Patient("P", birth_date=birth, onset_date=onset)
    first, last = visit_date_bounds(p, TODAY, death)
    assert (first <= day <= last) == (not visit_date_problems(day, p, TODAY, death))
