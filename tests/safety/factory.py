"""Small clinical records for the safety tests (valid by the analysis rules)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bedside.domain import Event, MrcCell, Patient, Visit
from bedside.store.migrations import ALSFRS_COLUMNS

ITEMS = [k for k in ALSFRS_COLUMNS if k != "Q5b_Cutting_with_Gastrostomy"]


def patient(pid: str) -> Patient:
    return Patient(pid, "Doe", "Jane", date(1960, 3, 1), "female", date(2019, 6, 1),
                   "bulbar", date(2020, 1, 15))


def visit(pid: str, day: date, rng: random.Random | None = None, **kw) -> Visit:
    rng = rng or random.Random(0)
    scores = {k: rng.randint(0, 4) for k in ITEMS}
    mrc = {"shoulder_abduction_L": MrcCell(rng.choice(["5", "4+", "4", "3"])),
           "shoulder_abduction_R": MrcCell("NT", "shoulder pain")}
    return Visit(pid, day, examiner="Dr Test", alsfrs=scores, mrc=mrc,
                 mrc_protocol="mrc_sum_score", **kw)


def day(n: int) -> date:
    return date(2021, 1, 1) + timedelta(days=n)


def event(pid: str, n: int, kind: str = "niv_start") -> Event:
    return Event(pid, day(n), kind, f"event {n}")
