"""Does the one process-wide switch set for speed still pay? The cyclic garbage collector
paused (gc.disable) while a visit CSV is imported or exported, measured with and without,
alternating, in processes of their own (issue 18); the figures go to bench/RESULTS.md.

    .venv/bin/python bench/switches.py [--patients 10000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TIMED = """
import gc, sys, time
if sys.argv[1] == "off":
    gc.disable = lambda: None  # every pause of the collector becomes a no-op
collecting = [0.0, 0.0]  # CPU seconds inside the collector, and when the current one began
def clock(phase, info):
    if phase == "start":
        collecting[1] = time.process_time()
    else:
        collecting[0] += time.process_time() - collecting[1]
gc.callbacks.append(clock)
from bedside.cli import main
wall, cpu = time.perf_counter(), time.process_time()
code = main(sys.argv[2:])
print(f"{time.perf_counter() - wall:.3f} {time.process_time() - cpu:.3f} {collecting[0]:.3f}",
      file=sys.stderr)
sys.exit(code)
"""


def run(argv: list[str], env: dict[str, str] | None = None) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "BEDSIDE_USER": "bench", **(env or {})})
    if done.returncode != 0:
        raise SystemExit(f"{argv[:4]} failed: {(done.stdout + done.stderr)[-2000:]}")
    return done.stdout + done.stderr  # (the timings last)


def compare(name: str, repeats: int, measure) -> None:
    """``measure(variant)`` -> a list of numbers; the variants alternate, first one then the
    other, in every repeat; medians (and ranges) printed."""
    got: dict[str, list[list[float]]] = {"on": [], "off": []}
    for n in range(repeats):
        for variant in ("on", "off") if n % 2 == 0 else ("off", "on"):
            got[variant].append(measure(variant))
    for variant, rows in got.items():
        cols = list(zip(*rows, strict=True))
        text = ", ".join(f"{statistics.median(c):.3f} ({min(c):.3f}-{max(c):.3f})"
                         for c in cols)
        print(f"{name}, switch {variant}: {text}", flush=True)


def gc_figures(work: Path, patients: int, repeats: int) -> None:
    clinic, visits = work / "clinic.sqlite3", work / "visits.csv"
    run([PY, "-m", "bedside", "demo-data", "--patients", str(patients), "--follow-up-days",
         "39", "--db", str(clinic)])
    run([PY, "-m", "bedside", "export", "--db", str(clinic), "-o", str(visits)])
    rows = visits.read_bytes().count(b"\n") - 1
    print(f"{rows:,} visit rows", flush=True)

    def imported(variant: str) -> list[float]:
        db = work / "imported.sqlite3"
        for p in work.glob("imported.sqlite3*"):
            p.unlink()
        shutil.rmtree(work / "backups", ignore_errors=True)
        out = run([PY, "-c", TIMED, variant, "import", "--db", str(db), str(visits)])
        return [float(x) for x in out.split()[-3:]]

    def exported(variant: str) -> list[float]:
        out = run([PY, "-c", TIMED, variant, "export", "--db", str(clinic), "-o",
                   str(work / "again.csv")])
        return [float(x) for x in out.split()[-3:]]

    compare("CSV import (wall s, CPU s, in the collector s)", repeats, imported)
    compare("CSV export (wall s, CPU s, in the collector s)", repeats, exported)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bedside-switches-") as tmp:
        gc_figures(Path(tmp), args.patients, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
