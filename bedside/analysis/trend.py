"""Slopes of the ALSFRS-R total over time, in points per month."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bedside.analysis.alsfrs import DAYS_PER_MONTH, months_between

MIN_SPAN_MONTHS = 1.0


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


def projected_total(onset: date, day: date, rate: float, max_total: int = 48) -> float:
    """Expected total on ``day`` falling linearly from max_total at onset at ``rate`` per month."""
    return max(0.0, max_total - rate * months_between(onset, day))
