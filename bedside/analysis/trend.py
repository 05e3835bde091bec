"""Slopes of the ALSFRS-R total over time, in points per month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from bedside.analysis.alsfrs import DAYS_PER_MONTH, MAX_TOTAL, delta_fs, months_between, total
from bedside.domain import Patient, Visit
from bedside.i18n import QT_TRANSLATE_NOOP

MIN_SPAN_MONTHS = 1.0
SLOPE_DEFINITION = QT_TRANSLATE_NOOP(
    "ANALYSIS",
    "ALSFRS-R slope: least-squares fit of the total over every complete visit (two or more, "
    "spanning at least a month), in points per month; large cohorts decline about 0.9-1 point "
    "a month."
)


def slope_between(d1: date, t1: int, d2: date, t2: int) -> float | None:
    """(t2 - t1) / months between the visits; None for visits on one day."""
    months = months_between(d1, d2)
    if months == 0:
        return None
    return (t2 - t1) / months


def history_slope(points: Sequence[tuple[date, int]]) -> float | None:
    """Least-squares slope over complete visits: needs two or more spanning at least a month."""
    if len(points) < 2:
        return None
    first = min(d for d, _ in points)
    xs = [(d - first).days / DAYS_PER_MONTH for d, _ in points]
    if max(xs) < MIN_SPAN_MONTHS:
        return None
    ys = [float(t) for _, t in points]
    mx = sum(xs) / len(xs)
    my = sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    return sxy / sxx


def projected_total(onset: date, day: date, rate: float, max_total: int = MAX_TOTAL) -> float:
    """Expected total on ``day`` falling linearly from max_total at onset at ``rate`` per month."""
    return max(0.0, max_total - rate * months_between(onset, day))


def baseline_delta_fs(patient: Patient, visits: Sequence[Visit]) -> tuple[float, date] | None:
    """ΔFS at the first complete visit (oldest first) and that visit's date: the rate the
    expected course is drawn with on screen and on paper. (The latest ΔFS would put the
    line through the latest point by construction and so could never show a deviation.)"""
    for v in visits:
        rate = delta_fs(total(v.alsfrs) if v.alsfrs else None, patient.onset_date,
                        v.visit_date)
        if rate is not None:
            return rate, v.visit_date
    return None


def projected_zero_date(onset: date, rate: float, max_total: int = MAX_TOTAL) -> date | None:
    """The day the expected course from onset at ``rate`` reaches 0; None if it never falls."""
    if rate <= 0:
        return None
    return onset + timedelta(days=round(max_total / rate * DAYS_PER_MONTH))


def total_slope(visits: Sequence[Visit]) -> float | None:
    """history_slope over the visits whose ALSFRS-R total is complete."""
    points = [(v.visit_date, t) for v in visits if v.alsfrs and (t := total(v.alsfrs)) is not None]
    return history_slope(points)



def slopes_around(points: Sequence[tuple[date, int]], day: date
                  ) -> tuple[float | None, float | None, list, list]:
    """history_slope before and after an event on ``day``: (before, after, points before,
    points after). A visit on the event's own day is its baseline, so it counts before: the
    examination is done before the procedure (a transplantation, a gastrostomy) that day."""
    before = [p for p in points if p[0] <= day]
    after = [p for p in points if p[0] > day]
    return history_slope(before), history_slope(after), before, after


def trend_window(visit_days: Sequence[date], event_days: Sequence[date], onset: date | None,
                 whole: bool, today: date) -> tuple[date, date, bool]:
    """The dates a trend shows: the visits' own range, onset too where it fits (it at most
    doubles the width: onset years before would squeeze months of visits into a corner);
    ``whole``: from onset (else the first date known) to ``today``. Also whether onset is in."""
    known = [*visit_days, *event_days] + ([onset] if onset else [])
    if whole or not visit_days:
        lo = min(known, default=today - timedelta(days=365))
        return lo, max(today, *known) if known else today, onset is not None
    lo, hi = min(visit_days), max(visit_days)
    span = max((hi - lo).days, 60)
    with_onset = onset is not None and onset <= lo and (lo - onset).days <= span
    return (onset if with_onset and onset else lo), hi, with_onset
