"""Laptops of a clinic for the sync tests: each its own database, doing what a clinic does
through the same store and operations calls the app makes, and `bedside` commands."""

from __future__ import annotations

import contextlib
import io
import random
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from bedside.cli import main
from bedside.domain import Event, MrcCell, Patient, Visit
from bedside.operations import sync as sync_op
from bedside.store import Store, events, patients, visits
from bedside.store.migrations import ALSFRS_COLUMNS

ITEMS = [k for k in ALSFRS_COLUMNS if k != "Q5b_Cutting_with_Gastrostomy"]


def day(n: int) -> date:
    return date(2022, 1, 1) + timedelta(days=n)


def new_patient(pid: str, family: str = "Doe") -> Patient:
    return Patient(pid, family, "Jane", date(1960, 3, 1), "female", date(2021, 6, 1), "bulbar",
                   date(2021, 9, 1))


def a_visit(pid: str, when: date, seed: int = 0, examiner: str = "Dr Test") -> Visit:
    rng = random.Random(seed)
    scores = {k: rng.randint(0, 4) for k in ITEMS}
    mrc = {"shoulder_abduction_L": MrcCell(rng.choice(["5", "4+", "4-", "3"])),
           "shoulder_abduction_R": MrcCell("NT", "shoulder pain")}
    return Visit(pid, when, examiner=examiner, alsfrs=scores, mrc=mrc,
                 mrc_protocol="mrc_sum_score", notes=f"seen {seed}")


def run(*argv: str) -> tuple[int, str, str]:
    """A bedside command in this process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


class Laptop:
    def __init__(self, path: Path, url: str) -> None:
        self.path = path
        self.url = url
        self.store = Store.open(path)

    def close(self) -> None:
        self.store.close()

    # -- what a clinic does --------------------------------------------------------------
    def add_patient(self, pid: str, family: str = "Doe") -> Patient:
        return patients.add(self.store, new_patient(pid, family))

    def sign(self, pid: str, when: date, seed: int = 0) -> Visit:
        draft = visits.save_draft(self.store, a_visit(pid, when, seed))
        return visits.sign(self.store, draft.visit_id, "Dr Test")

    def amend(self, visit: Visit, seed: int) -> Visit:
        new = replace(a_visit(visit.patient_id, visit.visit_date, seed), visit_id=None)
        return visits.amend(self.store, visit.visit_id, new, "transcription error", "Dr Test")

    def add_event(self, pid: str, n: int, kind: str = "niv_start") -> Event:
        return events.add(self.store, Event(pid, day(n), kind, f"event {n}"))

    def edit_details(self, pid: str, family: str) -> Patient:
        p = patients.get(self.store, pid)
        return patients.update(self.store, replace(p, family_name=family), reason="corrected")

    # -- the clinic server ---------------------------------------------------------------
    def sync(self) -> sync_op.SyncResult:
        return sync_op.sync(self.store, self.url)

    def export(self, *extra: str) -> str:
        code, out, err = run("--db", str(self.path), "export", *extra)
        assert code == 0, err
        return out
