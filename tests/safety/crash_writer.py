"""The process the crash test kills: repeated draft saves, signatures and bulk imports.

Prints one line after each call has returned (flushed), so the test knows what the store
had promised when the SIGKILL came: ``draft <id>``, ``signed <id>``, ``bulk <pid> ...``.
Run as ``python -m tests.safety.crash_writer DB TRIAL SEED [KEY_HEX]`` (KEY_HEX: the raw key
of an encrypted database).
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace

from bedside.store import Store, backup, bulk, patients, visits
from tests.safety.factory import day, event, patient, visit


def main(path: str, trial: int, seed: int, key_hex: str = "") -> None:
    backup.BACKUP_MIN_INTERVAL_S = 0.0  # a backup every 10 saves, so kills land in backups too
    rng = random.Random(seed)
    store = Store.open(path, key=bytes.fromhex(key_hex) if key_hex else None)
    print("open", flush=True)
    n = 0
    while True:
        n += 1
        pid = f"T{trial:03d}_{n:04d}"
        if rng.random() < 0.2:
            pids = [f"{pid}_{k}" for k in range(3)]
            with store.transaction():
                bulk.insert(store, [patient(p) for p in pids],
                            [visit(p, day(d), rng) for p in pids for d in (1, 40)],
                            [event(p, 50) for p in pids], source="crash-test.csv")
            print("bulk", *pids, flush=True)
            continue
        patients.add(store, patient(pid))
        draft = visits.save_draft(store, visit(pid, day(rng.randint(0, 900)), rng))
        print("draft", draft.visit_id, flush=True)
        scores = dict(draft.alsfrs)
        scores["Q8_Walking"] = rng.randint(0, 4)
        draft = visits.save_draft(store, replace(draft, alsfrs=scores, notes=f"trial {trial}"))
        print("draft", draft.visit_id, flush=True)
        if rng.random() < 0.75:
            visits.sign(store, draft.visit_id, "Dr Crash")
            print("signed", draft.visit_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:5])
