"""The clinic server's speed (issue 19), each figure beside its floor in the same run.

    .venv/bin/python bench/sync_speed.py [--patients 10000] [--laptops 10] [--visits 1000]
                                         [--rounds 3]

Starts a PostgreSQL of its own (tests/server/pg_cluster.py: initdb and pg_ctl on a loopback
port), then measures:
- the first sync of a laptop holding ``--patients`` demo patients (about 20 visits each),
  beside the floor: a COPY of the same records into an unindexed table on the same server
  (``--rounds`` times, alternated, each into a new server database; the medians compared);
- a sync with nothing new on either side, as the app makes it (its connection kept) and as
  `bedside sync` does (connecting each time): medians of 20; its round trips are counted in
  tests/server/test_sync.py;
- ``--laptops`` laptops with ``--visits`` new signed visits each, syncing at once (`bedside
  sync` processes): total time and visits per second.
"""

from __future__ import annotations

import argparse
import os
import shutil
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


def server_cpu(cluster: pg_cluster.Cluster) -> float:
    """CPU seconds the cluster's processes have used so far: the postmaster's own and its
    ended children's (it reaps them), and those of the children still running (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])

    def fields(pid: int) -> list[str]:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()

    own = fields(postmaster)
    total = sum(int(x) for x in own[11:15])  # utime, stime, cutime, cstime
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and entry.name != str(postmaster):
            try:
                f = fields(int(entry.name))
            except (OSError, IndexError):
                continue  # (ended meanwhile)
            if int(f[1]) == postmaster:  # ppid
                total += int(f[11]) + int(f[12])
    return total / tick


def cpu(cluster: pg_cluster.Cluster) -> tuple[float, float]:
    """CPU seconds so far: this process (every thread), the server."""
    return time.process_time(), server_cpu(cluster)


def copy_floor(url: str, store: Store, cluster: pg_cluster.Cluster
               ) -> tuple[float, int, list[float]]:
    """A COPY of the records a first sync sends into an unindexed table: seconds, records,
    CPU seconds of this process and of the server meanwhile."""
    import psycopg

    outgoing.give_audit_entries_ids(store)
    with store.snapshot():
        rows = list(outgoing.read_unsent(store).records())
    with psycopg.connect(url) as conn:
        conn.execute("CREATE UNLOGGED TABLE IF NOT EXISTS floor_records"
                     " (uid uuid, kind text, content text)")
        conn.commit()
        before = cpu(cluster)
        started = time.perf_counter()
        with conn.cursor() as cur, cur.copy("COPY floor_records FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()
        took = time.perf_counter() - started
        used = [b - a for a, b in zip(before, cpu(cluster), strict=True)]
        conn.execute("DROP TABLE floor_records")
        conn.commit()
    return took, len(rows), used


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--patients", type=int, default=10_000)
    ap.add_argument("--laptops", type=int, default=10)
    ap.add_argument("--visits", type=int, default=1_000)
    ap.add_argument("--rounds", type=int, default=3, help="first syncs, each beside its floor")
    args = ap.parse_args()
    backup.AUTO_BACKUP = False  # (what is measured is the sync)
    os.environ.setdefault("BEDSIDE_USER", "bench")
    cluster = pg_cluster.create()
    folder = Path(tempfile.mkdtemp(prefix="bedside-sync-bench-"))
    try:
        from bedside.server import schema

        built = clinic_laptop(folder / "built.sqlite3", args.patients, seed=1)
        visits = built.conn.execute("SELECT count(*) FROM visits").fetchone()[0]
        built.close()
        firsts, floors = [], []
        for n in range(args.rounds):  # (floor and sync alternated: the machine is shared)
            url = cluster.url(dbname=cluster.create_database(f"bench{n}"))
            schema.migrate_url(url)
            shutil.copy(folder / "built.sqlite3", folder / "first.sqlite3")
            store = Store.open(folder / "first.sqlite3")
            floor, records, floor_cpu = copy_floor(url, store, cluster)
            between = cpu(cluster)
            started = time.perf_counter()
            result = sync_op.sync(store, url)
            first = time.perf_counter() - started
            after = cpu(cluster)
            firsts.append(first)
            floors.append(floor)
            sync_cpu = [b - a for a, b in zip(between, after, strict=True)]
            print(f"first sync, round {n + 1}: {args.patients} patients, {visits} visits, "
                  f"{records} records: {first:.2f} s; COPY floor {floor:.2f} s; ratio "
                  f"{first / floor:.2f}; CPU s (this process + server): sync "
                  f"{sync_cpu[0]:.2f} + {sync_cpu[1]:.2f}, floor {floor_cpu[0]:.2f} + "
                  f"{floor_cpu[1]:.2f}; {result.line}",
                  flush=True)
            if n + 1 < args.rounds:
                store.close()
        first, floor = statistics.median(firsts), statistics.median(floors)
        print(f"first sync, median of {args.rounds}: {first:.2f} s; COPY floor {floor:.2f} s; "
              f"ratio {first / floor:.2f} (budget 3)", flush=True)
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
        shutil.rmtree(folder, ignore_errors=True)  # (hundreds of MB of laptops' databases)


if __name__ == "__main__":
    sys.exit(main())
