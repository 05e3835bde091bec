"""Do the process-wide switches set for speed still pay? Each is measured with and without,
alternating, in processes of their own (issue 18); the figures go to bench/RESULTS.md.

- the cyclic garbage collector paused (gc.disable) while a visit CSV is imported or exported;
- reportlab's ASCII85 wrapping off (rl_config.useA85 = 0, report/document.py): a summary;
- Qt's enum values as plain integers (ui/style.py): start to first paint.

    .venv/bin/python bench/switches.py [--patients 10000] [--repeats 5] [--only gc|a85|qt]
"""

from __future__ import annotations

import argparse
import os
import re
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
from bedside.cli import main
wall, cpu = time.perf_counter(), time.process_time()
code = main(sys.argv[2:])
print(f"{time.perf_counter() - wall:.3f} {time.process_time() - cpu:.3f}", file=sys.stderr)
sys.exit(code)
"""
PDF = """
import sys, time
from datetime import UTC, date, datetime
from bedside.operations.demo import long_history_patient
from bedside.report import render_visit_summary
from reportlab import rl_config
rl_config.useA85 = int(sys.argv[1] == "off")  # (after document.py set it to 0)
data = long_history_patient(200, today=date(2026, 11, 25))
at = datetime(2026, 11, 20, 9, tzinfo=UTC)
def pdf():
    return render_visit_summary(data.patients[0], data.visits, data.events, data.visits[-1],
                                clinic_name="ALS Clinic", generated_at=at, app_version="x")
size = len(pdf())
wall, cpu = time.perf_counter(), time.process_time()
for _ in range(10):
    pdf()
print(f"{(time.perf_counter() - wall) / 10:.4f} {(time.process_time() - cpu) / 10:.4f} {size}",
      file=sys.stderr)
"""
QT_NAMES = {  # style.py's integers, named through PySide6's Qt namespace instead
    "ALIGN_CENTER = 0x84": "ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter",
    "DISPLAY_ROLE = 0": "DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole",
    "TOOLTIP_ROLE = 3": "TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole",
    "USER_ROLE = 0x100": "USER_ROLE = Qt.ItemDataRole.UserRole",
}


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
    print(f"{sum(1 for _ in open(visits, encoding='utf-8')) - 1:,} visit rows", flush=True)

    def imported(variant: str) -> list[float]:
        db = work / "imported.sqlite3"
        for p in work.glob("imported.sqlite3*"):
            p.unlink()
        shutil.rmtree(work / "backups", ignore_errors=True)
        out = run([PY, "-c", TIMED, variant, "import", "--db", str(db), str(visits)])
        return [float(x) for x in out.split()[-2:]]

    def exported(variant: str) -> list[float]:
        out = run([PY, "-c", TIMED, variant, "export", "--db", str(clinic), "-o",
                   str(work / "again.csv")])
        return [float(x) for x in out.split()[-2:]]

    compare("CSV import (wall s, CPU s)", repeats, imported)
    compare("CSV export (wall s, CPU s)", repeats, exported)


def a85_figures(repeats: int) -> None:
    compare("visit summary, 200 visits (wall s, CPU s, bytes)", repeats,
            lambda v: [float(x) for x in run([PY, "-c", PDF, v]).split()[-3:]])


def qt_figures(work: Path, repeats: int) -> None:
    """The app started on an empty database, its first paint: this tree against a copy whose
    style.py names the values through Qt (imported before the first paint, as named)."""
    copy = work / "named"
    shutil.copytree(ROOT / "bedside", copy / "bedside")
    style = copy / "bedside" / "ui" / "style.py"
    text = style.read_text(encoding="utf-8")
    for a, b in QT_NAMES.items():
        text = text.replace(a, b)
    text = text.replace("from __future__ import annotations\n",
                        "from __future__ import annotations\n\nfrom PySide6.QtCore import Qt\n")
    style.write_text(text, encoding="utf-8")
    for tree in (ROOT, copy):
        run([PY, "-m", "compileall", "-q", str(tree / "bedside")])
    db = work / "start.sqlite3"

    def painted(variant: str) -> list[float]:
        env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
        if variant == "off":
            env["PYTHONPATH"] = str(copy)
        out = run([PY, "-m", "bedside", "--db", str(db), "--quit-after-start"], env)
        return [float(re.search(r"startup_ms=(\d+)", out)[1])]

    compare("start to first paint (ms)", repeats, painted)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=10000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", choices=("gc", "a85", "qt"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bedside-switches-") as tmp:
        work = Path(tmp)
        if args.only in (None, "a85"):
            a85_figures(args.repeats * 2)
        if args.only in (None, "qt"):
            qt_figures(work, args.repeats * 4)
        if args.only in (None, "gc"):
            gc_figures(work, args.patients, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
