"""The floors: the same work done the barest way, measured beside Bedside in the same run."""

from __future__ import annotations

import csv
import sqlite3
import sys
import time
from pathlib import Path

# columns of the bare export: the stored data of a visit row with its patient's
_EXPORT_SQL = """
SELECT p.patient_id, p.family_name, p.given_name, p.birth_date, p.sex, p.onset_date,
       p.onset_region, p.diagnosis_date, p.patient_uid, v.*
FROM visits v JOIN patients p ON p.id = v.patient_ref
WHERE v.status = 'signed'
ORDER BY p.patient_id, v.visit_date
"""


def _connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def csv_import(csv_path: Path, db: Path) -> float:
    """csv.reader + one executemany of every row into a one-column-per-CSV-column table,
    WAL + synchronous=FULL, one transaction, no validation. Returns seconds."""
    start = time.perf_counter()
    conn = _connect(db)
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        cols = ", ".join(f'"{h}"' for h in header)
        conn.execute(f"CREATE TABLE rows ({cols})")
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO rows VALUES ({', '.join('?' * len(header))})", reader)
        conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - start


def csv_export(db: Path, out_path: Path) -> tuple[float, int]:
    """A bare SELECT of the stored visit data + csv.writer. Returns (seconds, rows)."""
    start = time.perf_counter()
    conn = _connect(db)
    cur = conn.execute(_EXPORT_SQL)
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow([d[0] for d in cur.description])
        n = 0
        for row in cur:
            writer.writerow(row)
            n += 1
    conn.close()
    return time.perf_counter() - start, n


if __name__ == "__main__":  # as a process of its own (bench/run.py: one core or two)
    if sys.argv[1] == "import":
        csv_import(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        csv_export(Path(sys.argv[2]), Path(sys.argv[3]))
