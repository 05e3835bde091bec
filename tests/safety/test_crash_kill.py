"""SIGKILL at random moments during saves, signatures, imports and backups: nothing is lost.

Each trial starts the writer (tests/safety/crash_writer.py) on the same database, kills it
after a random delay (seeded), then opens the database the way the app does and checks it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bedside.store import Store, backup, encryption, health, keyfile, visits
from bedside.store.connector import PLAIN, Connector

TRIALS = 52
ENCRYPTED_TRIALS = 20  # the same writer on an SQLCipher database (the key given to it)
SEED = 20261125
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Promised:
    drafts: set[int] = field(default_factory=set)
    signed: set[int] = field(default_factory=set)
    imported: set[str] = field(default_factory=set)


def _run_trial(db_path: Path, trial: int, rng: random.Random,
               connector: Connector = PLAIN) -> tuple[str, Promised]:
    key = [connector.key.hex()] if connector.key is not None else []
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.safety.crash_writer", str(db_path), str(trial),
         str(rng.randrange(1 << 30)), *key],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "BEDSIDE_USER": "crash"},
    )
    head = ""
    if rng.random() < 0.15:  # while it starts: imports, checks, migrations, backup at start
        time.sleep(rng.uniform(0.1, 0.6))
    else:  # while it saves
        head = proc.stdout.readline()
        time.sleep(rng.uniform(0.02, 0.35))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    out = head + out
    assert proc.returncode == -signal.SIGKILL, err  # it was killed, not crashed on its own
    promised = Promised()
    lines = out.split("\n")[:-1]  # the last piece is a line cut by the kill, or ""
    for line in lines:
        kind, *rest = line.split()
        if kind == "draft":
            promised.drafts.add(int(rest[0]))
        elif kind == "signed":
            promised.signed.add(int(rest[0]))
        elif kind == "bulk":
            promised.imported.update(rest)
    return ("wrote" if len(lines) > 1 else "opening"), promised


def _check(store: Store, all_promised: Promised) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    unaudited = conn.execute(  # entered in the app: its own entries; imported: its import's
        "SELECT count(*) FROM visits v JOIN patients p ON p.id = v.patient_ref"
        " LEFT JOIN imports i ON i.id = v.import_ref WHERE NOT EXISTS (SELECT 1 FROM audit_log l"
        " WHERE (l.entity = 'visit' AND l.entity_key = p.patient_id || '/' || v.visit_date)"
        " OR (l.entity = 'import' AND l.entity_key = i.import_uid))").fetchone()[0]
    imports_unaudited = conn.execute(
        "SELECT count(*) FROM imports i WHERE (SELECT count(*) FROM audit_log l"
        " WHERE l.entity = 'import' AND l.entity_key = i.import_uid) != 1").fetchone()[0]
    assert (unaudited, imports_unaudited) == (0, 0)
    status = dict(conn.execute("SELECT id, status FROM visits"))
    assert all(status.get(i) == "signed" for i in all_promised.signed)
    assert all(status.get(i) in ("draft", "signed") for i in all_promised.drafts)
    waiting = {d.visit_id for d in visits.drafts(store)}  # offered on the next start
    assert waiting == {i for i, s in status.items() if s == "draft"}
    # a draft whose signing had not returned is there: still a draft, or signed (the kill
    # came after the commit, before the writer could print)
    assert {i for i in all_promised.drafts - all_promised.signed if status[i] == "draft"} \
        <= waiting
    imported = dict(conn.execute(
        "SELECT p.patient_id, count(v.id) FROM patients p JOIN visits v"
        " ON v.patient_ref = p.id WHERE p.patient_id LIKE 'T%\\_%\\_%' ESCAPE '\\'"
        " GROUP BY p.patient_id"))
    assert all(imported.get(pid) == 2 for pid in all_promised.imported)
    patients_imported = set(imported)
    assert len(patients_imported) % 3 == 0  # a bulk import is all or nothing


@pytest.mark.slow
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_sigkill_at_random_moments_loses_nothing(tmp_path, capsys, encrypted):
    db_path = tmp_path / "crash.sqlite3"
    rng = random.Random(SEED)
    promised = Promised()
    landed = {"wrote": 0, "opening": 0}
    started = time.monotonic()
    connector = PLAIN
    if encrypted:
        encryption.create_encrypted(db_path, "Dr Crash", "crash test password").close()
        connector = Connector(encryption.unlock(db_path, "Dr Crash", "crash test password"))
    trials = ENCRYPTED_TRIALS if encrypted else TRIALS
    for trial in range(trials):
        moment, got = _run_trial(db_path, trial, rng, connector)
        landed[moment] += 1
        promised.drafts |= got.drafts
        promised.signed |= got.signed
        promised.imported |= got.imported
        verdict = health.inspect(db_path, connector=connector)
        nothing_yet = not (promised.drafts or promised.imported)
        # killed while the very first run created the database: no table yet, Bedside may
        # set it up (migrations are transactions, so there is no half-made schema)
        assert verdict.state == "ok" or (verdict.state == "new" and nothing_yet), \
            verdict.problem
        with Store.open(db_path, key=connector.key) as store:
            _check(store, promised)
    backups = backup.list_backups(db_path)
    for b in backups:
        assert health.inspect(b.path, thorough=True, connector=connector).state == "ok", b.path
        assert keyfile.exists_for(b.path) == encrypted, b.path  # an encrypted backup is a pair
    kind = "encrypted" if encrypted else "plain"
    with capsys.disabled():
        print(f"\ncrash test ({kind}): {trials} SIGKILLs ({landed['wrote']} while saving, "
              f"{landed['opening']} while starting), {len(promised.signed)} signed visits, "
              f"{len(promised.drafts - promised.signed)} drafts and "
              f"{len(promised.imported)} imported patients promised and all found; "
              f"{len(backups)} backups all verified; {time.monotonic() - started:.0f} s")
