"""Fixtures of the safety tests: a closed database holding a few signed visits."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from bedside.store import Store, events, patients, visits
from tests.safety.factory import day, event, patient, visit


def fill(path: Path, n_patients: int = 3, seed: int = 1) -> None:
    rng = random.Random(seed)
    store = Store.open(path)
    try:
        for p in range(n_patients):
            pid = f"P{p:03d}"
            patients.add(store, patient(pid))
            for k in range(2):
                d = visits.save_draft(store, visit(pid, day(30 * k + p), rng))
                visits.sign(store, d.visit_id, "Dr Test")
            events.add(store, event(pid, 100))
    finally:
        store.close()


@pytest.fixture
def filled_db(db_path):
    fill(db_path)
    return db_path


def snapshot(path: Path) -> dict:
    """What a user could notice of a file and its folder: bytes, mtime, the names beside it."""
    return {
        "bytes": path.read_bytes() if path.exists() else None,
        "mtime": path.stat().st_mtime_ns if path.exists() else None,
        "names": sorted(os.listdir(path.parent)),
        "wal": (path.parent / (path.name + "-wal")).read_bytes()
        if (path.parent / (path.name + "-wal")).exists() else None,
    }


def folder_state(folder: Path) -> dict[str, bytes | None]:
    """Everything in ``folder`` (recursively) a user could notice: each file's bytes, each
    folder's name (None). Two equal states: nothing was created, changed or removed."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.rglob("*"))}
