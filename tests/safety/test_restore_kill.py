"""SIGKILL during a restore, before and after each of its file operations: the database is
always the old one or the backup, whole, never half of each; the replaced one is kept."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bedside.store import Store, backup, bulk, encryption, health, patients
from bedside.store.connector import Connector
from tests.safety.factory import day, patient, visit

ROOT = Path(__file__).resolve().parents[2]


def _ids(path: Path) -> frozenset[str]:
    conn = health.connect_immutable(path) if not (path.parent / (path.name + "-wal")).exists() \
        else None
    if conn is None:
        with Store.open(path) as s:
            return frozenset(p.patient_id for p in patients.all_patients(s))
    try:
        return frozenset(r[0] for r in conn.execute("SELECT patient_id FROM patients"))
    finally:
        conn.close()


def _fill(path: Path, prefix: str, rng: random.Random) -> None:
    with Store.open(path) as s, s.transaction():
        people = [patient(f"{prefix}{n:03d}") for n in range(100)]
        bulk.insert(s, people, [visit(p.patient_id, day(n), rng) for n, p in enumerate(people)],
                    [], source="seed")


@pytest.mark.slow
@pytest.mark.parametrize("current", ["healthy", "damaged"])
def test_sigkill_at_every_step_of_a_restore(db_path, current):
    rng = random.Random(4242)
    source = db_path.parent / "source.sqlite3"
    _fill(source, "S", rng)
    _fill(db_path, "D", rng)
    old_ids, new_ids = _ids(db_path), _ids(source)
    if current == "damaged":
        db_path.write_bytes(db_path.read_bytes()[:9000])
        damaged = db_path.read_bytes()
    step, killed = 1, 0
    while True:
        proc = subprocess.run(
            [sys.executable, "-m", "tests.safety.restore_killer", str(db_path), str(source),
             str(step)], cwd=ROOT, capture_output=True, text=True, timeout=60)
        if proc.returncode == 0:
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        killed += 1
        if current == "damaged":  # still the damaged file, untouched, or the backup, whole
            if db_path.read_bytes() != damaged:
                assert health.inspect(db_path, thorough=True).state == "ok"
                assert _ids(db_path) == new_ids
                break
        else:
            assert health.inspect(db_path, thorough=True).state == "ok"
            assert _ids(db_path) in (old_ids, new_ids)  # never a mixture
            if _ids(db_path) == new_ids:
                break
        step += 1
    assert killed >= 5
    print(f"restore of a {current} database killed at {killed} points; never half-restored")
    assert _ids(db_path) == new_ids
    kept = [b for b in backup.list_backups(db_path) if b.reason in backup.KEPT_ASIDE]
    if current == "healthy":
        assert any(_ids(b.path) == old_ids for b in kept if b.reason == "before-restore")
    else:
        assert any(b.path.read_bytes() == damaged for b in kept)


def _encrypted_ids(path: Path) -> frozenset[str]:
    """The patients of an encrypted database, opened with the key its keys file unlocks."""
    key = encryption.unlock(path, "Dr Keller", "restore password", sleep=lambda s: None)
    assert health.inspect(path, thorough=True, connector=Connector(key)).state == "ok"
    with health.readable_view(path, Connector(key)) as conn:
        return frozenset(r[0] for r in conn.execute("SELECT patient_id FROM patients"))


@pytest.mark.slow
def test_sigkill_at_every_step_of_an_encrypted_restore(db_path):
    rng = random.Random(4243)
    source = db_path.parent / "source.sqlite3"
    with encryption.create_encrypted(db_path, "Dr Keller", "restore password") as s:
        with s.transaction():
            people = [patient(f"S{n:03d}") for n in range(60)]
            bulk.insert(s, people, [visit(p.patient_id, day(n), rng)
                                    for n, p in enumerate(people)], [], source="seed")
        s.backup(source)
        patients.add(s, patient("LATER"))
        key = s.connector.key
    assert key is not None
    old_ids, new_ids = _encrypted_ids(db_path), _encrypted_ids(source)
    assert old_ids != new_ids
    step, killed = 1, 0
    while True:
        proc = subprocess.run(
            [sys.executable, "-m", "tests.safety.restore_killer", str(db_path), str(source),
             str(step), key.hex()], cwd=ROOT, capture_output=True, text=True, timeout=60)
        if proc.returncode == 0:
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        killed += 1
        assert _encrypted_ids(db_path) in (old_ids, new_ids)  # its keys file opens it, whole
        if _encrypted_ids(db_path) == new_ids:
            break
        step += 1
    assert killed >= 5
    print(f"restore of an encrypted database killed at {killed} points; never half-restored")
    assert _encrypted_ids(db_path) == new_ids
    kept = [b for b in backup.list_backups(db_path) if b.reason == "before-restore"]
    assert any(_encrypted_ids(b.path) == old_ids for b in kept)
