"""Slopes between visits and over a history, and the projected total, checked by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bedside.analysis import history_slope, projected_total, slope_between

D0 = date(2024, 1, 1)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def test_slope_between_two_visits():
    # 2024-01-01 to 2024-07-01 is 182 days = 5.9795 months; 40 -> 34.
    assert slope_between(D0, 40, date(2024, 7, 1), 34) == pytest.approx(-6 / (182 / 30.4375))
    assert slope_between(D0, 40, date(2024, 7, 1), 34) == pytest.approx(-1.003434, abs=1e-6)
    # The order of the two visits does not change the slope.
    later = date(2024, 7, 1)
    assert slope_between(later, 34, D0, 40) == slope_between(D0, 40, later, 34)
    assert slope_between(D0, 40, D0, 38) is None


def test_history_slope_needs_two_visits_a_month_apart():
    assert history_slope([]) is None
    assert history_slope([(D0, 40)]) is None
    assert history_slope([(D0, 40), (day(10), 39), (day(30), 37)]) is None  # 30 d < 1 month
    two = history_slope([(D0, 40), (day(31), 37)])
    assert two == pytest.approx(slope_between(D0, 40, day(31), 37))


def test_history_slope_three_points_by_hand():
    # x = 0, 61, 122 days; y = 45, 43, 40. Mean x = 61, mean y = 42.667.
    # Sxy = -61 * 2.333 + 0 + 61 * -2.667 = -305; Sxx = 2 * 61^2 = 7442.
    # -305 / 7442 = -5/122 points per day; times 30.4375 days per month.
    points = [(D0, 45), (day(61), 43), (day(122), 40)]
    expected = -5 / 122 * 30.4375
    assert history_slope(points) == pytest.approx(expected)
    assert history_slope(points) == pytest.approx(-1.247439, abs=1e-6)
    assert history_slope(list(reversed(points))) == pytest.approx(expected)


def test_history_slope_of_a_straight_line_is_its_rate():
    points = [(day(round(m * 30.4375)), 48 - m) for m in range(0, 13, 3)]
    assert history_slope(points) == pytest.approx(-1.0, abs=0.01)
    assert history_slope([(day(0), 30), (day(200), 30), (day(400), 30)]) == 0.0


def test_projected_total_falls_linearly_from_48_at_onset_and_stops_at_0():
    assert projected_total(D0, D0, 1.0) == 48.0
    # 366 days = 12.0246 months at 1 point per month.
    assert projected_total(D0, date(2025, 1, 1), 1.0) == pytest.approx(48 - 366 / 30.4375)
    assert projected_total(D0, date(2025, 1, 1), 0.5) == pytest.approx(48 - 183 / 30.4375)
    assert projected_total(D0, date(2030, 1, 1), 2.0) == 0.0


def test_a_visit_on_the_event_day_is_its_baseline_before_it():
    from bedside.analysis import slopes_around

    pts = [(date(2020, 5, 15), 13), (date(2020, 6, 15), 15), (date(2020, 7, 10), 16),
           (date(2020, 9, 10), 19)]
    before, after, pb, pa = slopes_around(pts, date(2020, 5, 15))
    assert pb == pts[:1] and pa == pts[1:] and before is None and after is not None
    _, _, pb, pa = slopes_around(pts, date(2020, 7, 10))
    assert pb == pts[:3] and pa == pts[3:]
