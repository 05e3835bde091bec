"""Dates as plot coordinates (seconds since the epoch, local midnight) for DateAxisItem."""

from __future__ import annotations

from datetime import date, datetime


def x_of(day: date) -> float:
    return datetime(day.year, day.month, day.day, 12).timestamp()


SECONDS_PER_MONTH = 30.4375 * 86400
