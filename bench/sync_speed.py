"""The clinic server's speed (issue 19), each figure beside its floor in the same run.

    .venv/bin/python bench/sync_speed.py [--patients 10000] [--laptops 10] [--visits 1000]

Starts a PostgreSQL of its own (tests/server/pg_cluster.py: initdb and pg_ctl on a loopback
port), then measures:
- the first sync of a laptop holding ``--patients`` demo patients (about 20 visits each),
  beside the floor: a COPY of the same records into an unindexed table on the same server;
- a sync with nothing new on either side (median of 20; its round trips are counted in
  tests/server/test_sync.py);
- ``--laptops`` laptops with ``--visits`` new signed visits each, syncing at once (`bedside
  sync` processes): total time and visits per second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "server"))
import pg_cluster  # noqa: E402

from bedside.operations import demo  # noqa: E402
from bedside.operations import sync as sync_op  # noqa: E402
from bedside.store import Store, backup, bulk, outgoing  # noqa: E402


def clinic_laptop(path: Path, patients: int, seed: int, follow_up_days: int = 39) -> Store:
    store = Store.open(path)
    with store.transaction():
        bulk.insert(store, *demo.generate(patients, seed, follow_up_days=follow_up_days),
                    source=f"bench seed {seed}")
    return store


def copy_floor(url: str, store: Store) -> tuple[float, int]:
    """A COPY of the records a first sync sends into an unindexed table: seconds, records."""
    import psycopg

    outgoing.give_audit_entries_ids(store)
    with store.snapshot():
        rows = list(outgoing.read_unsent(store).records())
    with psycopg.connect(url) as conn:
        conn.execute("CREATE UNLOGGED TABLE IF NOT EXISTS floor_records"
                     " (uid uuid, kind text, content text)")
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY floor_records FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        took = time.perf_counter() - started
        conn.execute("DROP TABLE floor_records")
        conn.commit()
    return took, len(rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--patients", type=int, default=10_000)
    ap.add_argument("--laptops", type=int, default=10)
    ap.add_argument("--visits", type=int, default=1_000)
    args = ap.parse_args()
    backup.AUTO_BACKUP = False  # (what is measured is the sync)
    os.environ.setdefault("BEDSIDE_USER", "bench")
    cluster = pg_cluster.create()
    folder = Path(tempfile.mkdtemp(prefix="bedside-sync-bench-"))
    try:
        from bedside.server import schema

        url = cluster.url(dbname=cluster.create_database("bench"))
        schema.migrate_url(url)
        store = clinic_laptop(folder / "first.sqlite3", args.patients, seed=1)
        visits = store.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
        floor, records = copy_floor(url, store)
        started = time.perf_counter()
        result = sync_op.sync(store, url)
        first = time.perf_counter() - started
        print(f"first sync: {args.patients} patients, {visits} visits, {records} records: "
              f"{first:.2f} s; COPY floor {floor:.2f} s; ratio {first / floor:.2f} "
              f"(budget 3); {result.line}", flush=True)
        idle, fresh = [], []
        link = sync_op.Link()  # (as the app keeps it between syncs)
        sync_op.sync(store, url, link=link)
        for _ in range(20):
            started = time.perf_counter()
            sync_op.sync(store, url, link=link)
            idle.append(time.perf_counter() - started)
            started = time.perf_counter()
            sync_op.sync(store, url)
            fresh.append(time.perf_counter() - started)
        link.close()
        print(f"nothing new (the app, its connection kept): median "
              f"{statistics.median(idle) * 1000:.1f} ms, max {max(idle) * 1000:.1f} ms over 20 "
              f"(budget 50 ms); connecting each time (bedside sync): median "
              f"{statistics.median(fresh) * 1000:.1f} ms", flush=True)
        store.close()

        per_laptop = max(1, args.visits // 20)  # (about 20 visits a patient)
        paths = []
        for n in range(args.laptops):
            laptop = clinic_laptop(folder / f"l{n}.sqlite3", per_laptop, seed=100 + n)
            sync_op.sync(laptop, url)  # what it had before: sent
            bulk_visits = laptop.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
            with laptop.transaction():
                bulk.insert(laptop, *demo.generate(per_laptop, 1000 + n, follow_up_days=39),
                            source="bench new")
            new = laptop.conn.execute("SELECT count(*) FROM visits").fetchone()[0] - bulk_visits
            laptop.close()
            paths.append((folder / f"l{n}.sqlite3", new))
        env = {**os.environ, "BEDSIDE_USER": "bench"}
        started = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-m", "bedside", "--db", str(p), "sync",
                                   "--server", url], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for p, _ in paths]
        outs = [proc.communicate() for proc in procs]
        took = time.perf_counter() - started
        failed = [err for proc, (_, err) in zip(procs, outs, strict=True)
                  if proc.returncode != 0]
        total = sum(new for _, new in paths)
        print(f"{args.laptops} laptops at once, {total} new visits: {took:.2f} s, "
              f"{total / took:.0f} visits/s" + (f"; FAILED: {failed[0]}" if failed else ""),
              flush=True)
        return 1 if failed else 0
    finally:
        cluster.destroy()


if __name__ == "__main__":
    sys.exit(main())
