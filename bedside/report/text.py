"""How values read on paper: dates, durations, signed changes, escaped paragraph text."""

from __future__ import annotations

from datetime import date, datetime
from xml.sax.saxutils import escape

NOT_ASSESSED = "not assessed"
DASH = "–"


def esc(text: str) -> str:
    """Text as reportlab paragraph markup: &, < and > escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def fmt_date(day: date | None) -> str:
    return day.isoformat() if day else "not recorded"


def fmt_datetime(moment: datetime) -> str:
    """Local wall-clock time with its UTC offset, e.g. '2026-11-25 10:44 (UTC+01:00)'."""
    local = moment.astimezone() if moment.tzinfo else moment
    offset = local.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return local.strftime("%Y-%m-%d %H:%M") + zone


def fmt_change(change: int | None) -> str:
    if change is None:
        return DASH
    return f"+{change}" if change > 0 else str(change)


def fmt_rate(rate: float | None) -> str:
    """ΔFS, a rate of loss (positive = points lost), said so: beside a signed slope a bare
    '1.19 points/month' read as the same kind of number."""
    return DASH if rate is None else f"{rate:.2f} points lost/month"


def fmt_slope(slope: float | None) -> str:
    """A slope of the total, signed as on screen: '+1.57 points/month (rising)'. Beside ΔFS,
    where a positive number means points lost, an unsigned slope read as a decline."""
    if slope is None:
        return DASH
    if round(slope, 2) == 0:
        return "0.00 points/month (unchanged)"
    return f"{slope:+.2f} points/month ({'rising' if slope > 0 else 'falling'})"


def words(code: str) -> str:
    """'upper_limb' -> 'upper limb' (stored codes as printed words)."""
    return code.replace("_", " ")


def duration(start: date | None, end: date) -> str:
    """Whole years and months from start to end, e.g. '2 years 3 months'."""
    if start is None:
        return "unknown (no onset date)"
    if end < start:
        return "before onset"
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if months or not years:
        parts.append(f"{months} month{'s' if months != 1 else ''}")
    return " ".join(parts)
