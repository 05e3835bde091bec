"""Plausibility ranges, BMI, weight change and the height of a visit."""

from __future__ import annotations

from datetime import date

import pytest

from bedside.analysis.measures import (
    PLAUSIBLE,
    bmi,
    height_for_visit,
    weight_change_percent,
)


@pytest.mark.parametrize("kind, value, message", [
    ("fvc", 25, "FVC 25 L: must be 0.1-10 L"),
    ("svc", 0.05, "SVC 0.05 L: must be 0.1-10 L"),
    ("weight", 0, "Weight 0 kg: must be 20-300 kg"),
    ("height", 300, "Height 300 cm: must be 100-250 cm"),
    ("height", 1.75, "Height 1.75 cm: must be 100-250 cm"),  # metres typed for centimetres
    ("mip", -80, "MIP -80 cmH2O: must be 0-300 cmH2O (the pressure's size, without a minus "
                 "sign)"),
    ("snip", 450, "SNIP 450 cmH2O: must be 0-300 cmH2O (the pressure's size, without a minus "
                  "sign)"),
    ("peak_cough_flow", 1200, "Peak cough flow 1200 L/min: must be 0-1000 L/min"),
    ("fvc", float("inf"), "FVC inf L: must be 0.1-10 L"),
    ("fvc", True, "FVC True: must be a number, 0.1-10 L"),
    ("weight", "70", "Weight '70': must be a number, 20-300 kg"),
])
def test_an_implausible_value_is_refused_with_its_unit_and_range(kind, value, message):
    assert PLAUSIBLE[kind].problem(value) == message


@pytest.mark.parametrize("kind, value", [
    ("fvc", 0.1), ("fvc", 10), ("fvc", 3.45), ("svc", 2), ("mip", 0), ("mip", 300),
    ("snip", 42), ("peak_cough_flow", 160), ("weight", 20), ("weight", 300), ("weight", 61.5),
    ("height", 100), ("height", 250), ("height", 172.5),
])
def test_values_within_the_range_bounds_included_are_accepted(kind, value):
    assert PLAUSIBLE[kind].problem(value) is None


def test_bmi_is_weight_over_height_in_metres_squared():
    assert bmi(70, 175) == pytest.approx(70 / 1.75 ** 2)
    assert bmi(70, 175) == pytest.approx(22.857, abs=5e-4)
    assert bmi(None, 175) is None and bmi(70, None) is None
    assert bmi(0, 175) is None and bmi(70, 1.75) is None  # implausible: no number


def test_weight_change_from_pre_illness_weight_in_percent():
    assert weight_change_percent(63, 70) == pytest.approx(-10)
    assert weight_change_percent(77, 70) == pytest.approx(10)
    assert weight_change_percent(70, None) is None and weight_change_percent(None, 70) is None
    assert weight_change_percent(70, 0) is None


def test_height_of_a_visit_is_the_latest_before_it_else_the_first_after():
    heights = [(date(2024, 5, 1), 171.0), (date(2023, 1, 10), 172.0), (date(2025, 2, 1), 170.0)]
    assert height_for_visit(heights, date(2024, 6, 1)) == 171.0
    assert height_for_visit(heights, date(2024, 5, 1)) == 171.0  # measured that day
    assert height_for_visit(heights, date(2022, 6, 1)) == 172.0  # none before: first after
    assert height_for_visit(heights, date(2026, 1, 1)) == 170.0
    assert height_for_visit([], date(2024, 6, 1)) is None
