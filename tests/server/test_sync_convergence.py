"""Convergence: three laptops do what a clinic does in random order, with syncs interleaved;
after a final round every laptop exports the same bytes and lists the same conflicts,
among them every one the sequence created (SPEC §7)."""

from __future__ import annotations

import contextlib
import itertools
import shutil
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from laptops import Laptop, day

from bedside.operations import demo
from bedside.store import bulk, conflicts, events, patients, visits
from bedside.store.errors import Conflict

NAMES = ("a", "b", "c")
IDS = ("P1", "P2")
DAYS = (0, 1, 2)
FAMILIES = ("Doe", "Roe", "Poe")


def listed(laptop: Laptop) -> list[tuple[str, str]]:
    """The conflicts listed; found from the marks, they are those found from every row."""
    found = [(c.kind, c.key) for c in conflicts.listed(laptop.store)]
    assert found == [(c.kind, c.key)
                     for c in conflicts.listed(laptop.store, everywhere=True)]
    return found


@pytest.mark.slow
def test_three_laptops_converge(pg, tmp_path, monkeypatch):
    from bedside.server import schema

    monkeypatch.setenv("BEDSIDE_USER", "tester")
    runs = itertools.count(1)
    imports = itertools.count(1)

    class Clinic(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            n = next(runs)
            url = pg.url(dbname=pg.create_database(f"converge{n}"))
            schema.migrate_url(url)
            folder = tmp_path / f"run{n}"
            folder.mkdir()
            self.folder = folder
            self.laptops = {name: Laptop(folder / f"{name}.sqlite3", url) for name in NAMES}
            self.created: dict[str, set[str]] = {}  # identifier -> laptops that created it
            self.signed: dict[tuple[str, int], int] = {}  # (identifier, day) -> signatures

        def teardown(self) -> None:
            for laptop in self.laptops.values():
                laptop.close()
            shutil.rmtree(self.folder, ignore_errors=True)

        # -- what a clinic does ----------------------------------------------------------
        @rule(name=st.sampled_from(NAMES), pid=st.sampled_from(IDS))
        def new_patient(self, name: str, pid: str) -> None:
            laptop = self.laptops[name]
            if patients.get(laptop.store, pid) is None:  # (taken here: refused here)
                laptop.add_patient(pid, family=f"{name}-family")
                self.created.setdefault(pid, set()).add(name)

        @rule(name=st.sampled_from(NAMES), pid=st.sampled_from(IDS), n=st.sampled_from(DAYS),
              seed=st.integers(0, 50))
        def sign(self, name: str, pid: str, n: int, seed: int) -> None:
            laptop = self.laptops[name]
            if patients.get(laptop.store, pid) is None or any(
                    v.visit_date == day(n) for v in visits.for_patient(laptop.store, pid)):
                return
            laptop.sign(pid, day(n), seed)
            self.signed[(pid, n)] = self.signed.get((pid, n), 0) + 1

        @rule(name=st.sampled_from(NAMES), pid=st.sampled_from(IDS), seed=st.integers(0, 50))
        def amend(self, name: str, pid: str, seed: int) -> None:
            laptop = self.laptops[name]
            signed = visits.for_patient(laptop.store, pid) if patients.get(
                laptop.store, pid) else []
            if signed:
                laptop.amend(signed[seed % len(signed)], seed)

        @rule(name=st.sampled_from(NAMES), pid=st.sampled_from(IDS), n=st.integers(0, 30))
        def add_event(self, name: str, pid: str, n: int) -> None:
            laptop = self.laptops[name]
            if patients.get(laptop.store, pid) is not None:
                with contextlib.suppress(Conflict):  # the same event twice: recorded once
                    laptop.add_event(pid, n)

        @rule(name=st.sampled_from(NAMES), pid=st.sampled_from(IDS), n=st.integers(0, 30),
              delete=st.booleans())
        def change_event(self, name: str, pid: str, n: int, delete: bool) -> None:
            laptop = self.laptops[name]
            found = events.for_patient(laptop.store, pid) if patients.get(
                laptop.store, pid) else []
            if not found:
                return
            event = found[n % len(found)]
            if delete:
                events.delete(laptop.store, event.event_id, "entered in error")
            else:
                with contextlib.suppress(Conflict):  # made the same as another: refused
                    events.update(laptop.store, replace(event, label=f"changed {n} on {name}"))

        @rule(name=st.sampled_from(NAMES), pid=st.sampled_from(IDS),
              family=st.sampled_from(FAMILIES))
        def edit_details(self, name: str, pid: str, family: str) -> None:
            laptop = self.laptops[name]
            p = patients.get(laptop.store, pid)
            if p is not None and p.family_name != family:
                laptop.edit_details(pid, family)

        @rule(name=st.sampled_from(NAMES))
        def import_patients(self, name: str) -> None:
            store = self.laptops[name].store
            with store.transaction():
                bulk.insert(store, *demo.generate(1, next(imports), max_visits=2),
                            source="an import")

        @rule(name=st.sampled_from(NAMES))
        def sync(self, name: str) -> None:
            self.laptops[name].sync()

        @invariant()
        def nothing_is_listed_twice(self) -> None:
            for laptop in self.laptops.values():
                found = listed(laptop)
                assert len(found) == len(set(found))

        # -- the final round ---------------------------------------------------------------
        def converge(self) -> None:
            for _ in range(2):
                for laptop in self.laptops.values():
                    laptop.sync()
            a, *others = self.laptops.values()
            for other in others:
                assert other.export() == a.export()
                assert other.export("--events") == a.export("--events")
                assert listed(other) == listed(a)
            found = set(listed(a))
            for pid, makers in self.created.items():
                if len(makers) > 1:
                    assert ("patients", pid) in found, (pid, makers, found)
            for (pid, n), count in self.signed.items():
                if count > 1:
                    assert ("visits", f"{pid}/{day(n).isoformat()}") in found

    class Checked(Clinic):
        def teardown(self) -> None:
            try:
                self.converge()
            finally:
                super().teardown()

    run_state_machine_as_test(Checked, settings=settings(
        max_examples=12, stateful_step_count=40, deadline=None,
        suppress_health_check=list(HealthCheck)))
