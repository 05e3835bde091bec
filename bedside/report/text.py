"""How values read on paper: dates, durations, signed changes, escaped paragraph text, in the
language chosen (bedside.i18n)."""

from __future__ import annotations

from datetime import date, datetime
from xml.sax.saxutils import escape

from bedside.i18n import Context, formats

REPORT = Context("REPORT")
DASH = "–"


def esc(text: str) -> str:
    """Text as reportlab paragraph markup: &, < and > escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def fmt_date(day: date | None) -> str:
    return formats.date_text(day) if day else REPORT.tr("not recorded")


def fmt_datetime(moment: datetime) -> str:
    """Local wall-clock time with its UTC offset, e.g. '2026-11-25 10:44 (UTC+01:00)'."""
    local = moment.astimezone() if moment.tzinfo else moment
    offset = local.strftime("%z")
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{formats.date_text(local.date())} {local:%H:%M}{zone}"


def fmt_change(change: int | None) -> str:
    if change is None:
        return DASH
    return f"+{change}" if change > 0 else str(change)


def fmt_rate(rate: float | None) -> str:
    """ΔFS, a rate of loss (positive = points lost), said so: beside a signed slope a bare
    '1.19 points/month' read as the same kind of number."""
    if rate is None:
        return DASH
    return REPORT.tr("%1 points lost/month").replace("%1", formats.number_text(rate, 2))


def fmt_slope(slope: float | None) -> str:
    """A slope of the total, signed as on screen: '+1.57 points/month (rising)'. Beside ΔFS,
    where a positive number means points lost, an unsigned slope read as a decline."""
    if slope is None:
        return DASH
    if round(slope, 2) == 0:
        return REPORT.tr("%1 points/month (unchanged)").replace(
            "%1", formats.number_text(0, 2))
    text = (REPORT.tr("%1 points/month (rising)") if slope > 0
            else REPORT.tr("%1 points/month (falling)"))
    return text.replace("%1", formats.signed_text(slope, 2))


def duration(start: date | None, end: date) -> str:
    """Whole years and months from start to end, e.g. '2 years 3 months'."""
    if start is None:
        return REPORT.tr("unknown (no onset date)")
    if end < start:
        return REPORT.tr("before onset")
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(REPORT.tr("%n year(s)", "", years))
    if months or not years:
        parts.append(REPORT.tr("%n month(s)", "", months))
    return " ".join(parts)
