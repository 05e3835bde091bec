"""The expected course drawn on screen and paper: baseline ΔFS and where it reaches 0."""

from __future__ import annotations

from datetime import date

from bedside.analysis import baseline_delta_fs, projected_zero_date
from bedside.domain import Patient, Visit

ALL_4 = {k: 4 for k in (
    "Q1_Speech", "Q2_Salivation", "Q3_Swallowing", "Q4_Handwriting",
    "Q5a_Cutting_without_Gastrostomy", "Q6_Dressing_and_Hygiene", "Q7_Turning_in_Bed",
    "Q8_Walking", "Q9_Climbing_Stairs", "R_1_Dyspnea", "R_2_Orthopnea",
    "R_3_Respiratory_Insufficiency")}


def test_baseline_is_the_first_complete_visit_and_skips_incomplete_ones():
    p = Patient("P", onset_date=date(2024, 1, 1))
    incomplete = Visit("P", date(2024, 6, 1), alsfrs={"Q1_Speech": 2})
    first = Visit("P", date(2025, 1, 1), alsfrs={**ALL_4, "Q8_Walking": 0, "Q9_Climbing_Stairs": 0,
                                                  "Q7_Turning_in_Bed": 0})  # 36
    later = Visit("P", date(2025, 6, 1), alsfrs={**ALL_4, "Q1_Speech": 0})
    rate, day = baseline_delta_fs(p, [incomplete, first, later])
    assert day == date(2025, 1, 1) and abs(rate - 12 / (366 / 30.4375)) < 1e-12
    assert baseline_delta_fs(Patient("P"), [first]) is None  # no onset, no ΔFS
    assert baseline_delta_fs(p, [incomplete]) is None


def test_projected_zero_date():
    assert projected_zero_date(date(2024, 1, 1), 1.0) == date(2028, 1, 1)  # 48 x 30.4375 d
    assert projected_zero_date(date(2024, 1, 1), 0.0) is None
