"""Foundation fix: the MRC layout cache must not outlive a rollback or miss another window's
layouts (else grades could be written against another set of muscles)."""

from __future__ import annotations

import pytest

from bedside.domain import MrcCell, Visit
from bedside.store import Store, StoreError, patients, visits
from tests.safety.factory import day, patient


def _mrc_visit(pid: str, n: int, cells: dict[str, str]) -> Visit:
    return Visit(pid, day(n), examiner="Dr Test",
                 mrc={c: MrcCell(g) for c, g in cells.items()}, mrc_protocol="")


def test_a_layout_recorded_in_a_rolled_back_transaction_is_forgotten(store):
    patients.add(store, patient("P1"))
    with pytest.raises(RuntimeError), store.transaction():
        visits.save_draft(store, _mrc_visit("P1", 1, {"shoulder_abduction_L": "4"}))
        raise RuntimeError("the save failed after the layout was recorded")
    # the rolled-back layout id is now given to another set of cells ...
    other = visits.save_draft(store, _mrc_visit("P1", 2, {"elbow_flexion_R": "2"}))
    first = visits.save_draft(store, _mrc_visit("P1", 3, {"shoulder_abduction_L": "4"}))
    # ... and each visit still reads back with its own muscles
    assert dict(visits.get(store, first.visit_id).mrc) == {"shoulder_abduction_L": MrcCell("4")}
    assert dict(visits.get(store, other.visit_id).mrc) == {"elbow_flexion_R": MrcCell("2")}


def test_a_layout_recorded_by_another_window_is_reused(db_path):
    one, two = Store.open(db_path), Store.open(db_path)
    try:
        patients.add(one, patient("P1"))
        visits.save_draft(one, _mrc_visit("P1", 2, {"hip_flexion_L": "5"}))  # cache loaded
        visits.save_draft(two, _mrc_visit("P1", 1, {"wrist_extension_L": "3"}))
        try:
            saved = visits.save_draft(one, _mrc_visit("P1", 3, {"wrist_extension_L": "3"}))
        except StoreError as e:  # before the fix: UNIQUE constraint failed: mrc_layouts.cells
            pytest.fail(str(e))
        assert dict(visits.get(two, saved.visit_id).mrc) == {"wrist_extension_L": MrcCell("3")}
    finally:
        one.close()
        two.close()
