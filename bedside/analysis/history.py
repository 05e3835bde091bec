"""What a patient's earlier visits say about the next one: what was recorded last, and the
latest grading or rating near a visit that did not record it itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from bedside.domain import Visit

NEARBY_DAYS = 31  # an MRC grading (or ALSFRS-R) this recent is shown beside a visit without one


@dataclass(frozen=True)
class Recording:
    """What a visit records: the ALSFRS-R, the MRC grading, the muscle protocol, and the
    rest of the visit (breathing, weight, how the ALSFRS-R was taken)."""

    do_alsfrs: bool
    do_mrc: bool
    protocol_id: str | None  # None: no grading yet (the clinic's default applies)
    do_measures: bool = False


def last_recording(visits: Sequence[Visit]) -> Recording | None:
    """As the patient's last signed visit had it, with the protocol of the last grading (so
    that the MRC trend stays comparable); None for a patient without a signed visit."""
    signed = sorted((v for v in visits if v.status == "signed"), key=lambda v: v.visit_date)
    if not signed:
        return None
    last = signed[-1]
    protocol = next((v.mrc_protocol for v in reversed(signed) if v.mrc_protocol), None)
    do_alsfrs = last.has_alsfrs or not (last.has_mrc or last.has_measurements)
    return Recording(do_alsfrs, last.has_mrc, protocol, last.has_measurements)


def nearby(visits: Sequence[Visit], visit: Visit, kind: Literal["alsfrs", "mrc"],
           days: int = NEARBY_DAYS) -> Visit | None:
    """The latest other visit within ``days`` before ``visit`` (never after: a summary reads
    the same whenever it is printed) that recorded ``kind``; None if ``visit`` records it."""
    has = (lambda v: v.has_alsfrs) if kind == "alsfrs" else (lambda v: v.has_mrc)
    if has(visit):
        return None
    earliest: date = visit.visit_date - timedelta(days=days)
    found = [v for v in visits if has(v) and v.status != "superseded"
             and earliest <= v.visit_date < visit.visit_date]
    return max(found, key=lambda v: v.visit_date, default=None)
