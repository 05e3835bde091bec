"""Clinic-scale benchmark: every figure beside its floor, measured in the same run.

    .venv/bin/python bench/run.py           # make bench: 10,000 patients, 200,000 visits
    .venv/bin/python bench/run.py --short   # make bench-short: small sizes, checks it works

Builds a clinic database with `bedside demo-data`, exports it, imports 200,000 visit rows into
an empty database and exports that again (it must give the same bytes), starts the app on the
clinic database, and runs the screen and PDF scripts other parts of Bedside keep in bench/.
Floor and Bedside alternate in every repeat so load on a shared machine hits both; figures
are medians. The table at the end has metric, bedside, floor, ratio, budget and result; a
figure that could not be measured says "not available" and why. See bench/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import csv
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import probes  # noqa: E402

from bedside.cli import main as bedside_main  # noqa: E402


@dataclass(frozen=True)
class Size:
    patients: int
    follow_up_days: int  # 39: about 20 visits a patient
    import_rows: int | None  # visit rows in the import file (None: every exported row)
    repeats: int
    start_repeats: int
    script_args: dict[str, tuple[str, ...]]
    large_patients: int | None = None  # a second clinic of this size: start-up growth


SIZES = {
    "full": Size(10_000, 39, 200_000, 3, 5, {}, 50_000),
    "short": Size(60, 39, None, 2, 2, {
        "ui_keystroke": ("--rounds", "1"), "ui_live_trend": ("1",), "ui_search": ("500",),
        "ui_open_patient": ("20",), "report_speed": ("--repeats", "3"),
    }),
}


@dataclass
class Figure:
    metric: str
    bedside: float | None
    floor: float | None
    unit: str
    budget: float | None  # on the ratio when relative, else on the figure itself
    note: str = ""
    relative: bool = True

    @property
    def ratio(self) -> float | None:
        if self.bedside is None or not self.floor:
            return None
        return self.bedside / self.floor

    @property
    def passed(self) -> bool | None:
        if self.bedside is None or self.budget is None:
            return None
        value = self.ratio if self.relative else self.bedside
        return value is not None and value <= self.budget


def log(message: str) -> None:
    print(f"[{datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


def quiet_bedside(*argv: str) -> int:
    """Run a bedside command in this process, its summary line swallowed."""
    with contextlib.redirect_stdout(io.StringIO()):
        return bedside_main(list(argv))


def fresh(path: Path) -> Path:
    for p in path.parent.glob(path.name + "*"):
        p.unlink()
    return path


def db_bytes(path: Path) -> int:
    """Database size after a checkpoint (the WAL folded in)."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")
               if p.suffix not in (".csv",))


# -- the data ------------------------------------------------------------------------------
def build_clinic(work: Path, size: Size, patients: int | None = None) -> tuple[Path, float]:
    patients = patients or size.patients
    clinic = fresh(work / f"clinic-{patients}-patients.sqlite3")
    log(f"building the clinic database: {patients} patients, a visit every "
        f"~{size.follow_up_days} days")
    start = time.perf_counter()
    code = quiet_bedside("--db", str(clinic), "demo-data", "--patients", str(patients),
                         "--follow-up-days", str(size.follow_up_days))
    if code != 0:
        raise SystemExit(f"bedside demo-data failed with exit code {code}")
    return clinic, time.perf_counter() - start


def import_file(work: Path, clinic: Path, size: Size) -> tuple[Path, int]:
    """The clinic's visits as a Bedside CSV, cut to ``size.import_rows`` visit rows."""
    exported = work / "clinic.csv"
    if quiet_bedside("--db", str(clinic), "export", "-o", str(exported)) != 0:
        raise SystemExit("bedside export of the clinic database failed")
    lines = exported.read_text(encoding="utf-8").splitlines(keepends=True)
    rows = lines[1:] if size.import_rows is None else lines[1 : size.import_rows + 1]
    target = work / "visits.csv"
    target.write_text(lines[0] + "".join(rows), encoding="utf-8")  # demo notes are one line
    return target, len(rows)


FOREIGN_DROPPED = ("patient_uid", "visit_uid")  # another program's file has no Bedside ids


def foreign_file(own: Path, target: Path) -> Path:
    """The same visits as another program writes them: the columns in another order (a fixed
    shuffle), every field quoted, CRLF line ends, a byte order mark, no Bedside ids."""
    with open(own, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    keep = [n for n, name in enumerate(rows[0]) if name not in FOREIGN_DROPPED]
    random.Random(7).shuffle(keep)
    with open(target, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerows([row[n] for n in keep] for row in rows)
    return target


# -- import and export ---------------------------------------------------------------------
def timed(argv: list[str], cores: int) -> tuple[float, float, int]:
    """Wall and CPU seconds of a command run as a process of its own (on core 0 alone when
    ``cores`` is 1), and its exit code."""
    if cores == 1:
        argv = ["taskset", "-c", "0", *argv]
    before = os.times()
    start = time.perf_counter()
    code = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          env={**os.environ, "BEDSIDE_USER": "bench"}).returncode
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user
           + after.children_system - before.children_system)
    return wall, cpu, code


def _bedside(*argv: str) -> list[str]:
    return [probes.python(), "-m", "bedside", *argv]


def _floor(*argv: str) -> list[str]:
    return [probes.python(), str(probes.BENCH / "floors.py"), *argv]


def core_counts() -> tuple[int, ...]:
    """Two cores, and one (taskset -c 0) where taskset is there to pin a process."""
    return (2, 1) if shutil.which("taskset") and (os.cpu_count() or 1) > 1 else (2,)


def csv_figures(work: Path, csv_path: Path, n_rows: int, size: Size) -> list[Figure]:
    """Import of Bedside's own file and of another program's, then export: each beside its
    floor, alternating, on two cores and on one; wall time budgeted, CPU time noted."""
    foreign = foreign_file(csv_path, work / "foreign.csv")
    imported, floor_db = work / "imported.sqlite3", work / "floor.sqlite3"
    out_b, out_f = work / "reexport.csv", work / "floor-export.csv"
    reps = f"median of {size.repeats}"
    figures: list[Figure] = []
    for cores in core_counts():
        on = "one core (taskset -c 0)" if cores == 1 else "two cores"
        for label, path in (("another program's file", foreign),
                            ("Bedside's own export", csv_path)):
            runs: dict[str, list[tuple[float, float]]] = {"b": [], "f": []}
            for n in range(size.repeats):
                log(f"import of {label}, {on}, {n + 1}/{size.repeats}: floor, then bedside")
                wall, cpu, _ = timed(_floor("import", str(path), str(fresh(floor_db))), cores)
                runs["f"].append((wall, cpu))
                wall, cpu, code = timed(
                    _bedside("--db", str(fresh(imported)), "import", str(path)), cores)
                if code != 0:
                    raise SystemExit(f"bedside import of {path} failed with exit code {code}")
                runs["b"].append((wall, cpu))
            figures.append(_figure(f"CSV import, {n_rows:,} visits, {label}, {on} (s)", runs,
                                   f"{reps}; floor: csv.reader + executemany"))
        runs = {"b": [], "f": []}
        for n in range(size.repeats):
            log(f"export, {on}, {n + 1}/{size.repeats}: floor, then bedside")
            wall, cpu, _ = timed(_floor("export", str(imported), str(out_f)), cores)
            runs["f"].append((wall, cpu))
            wall, cpu, code = timed(_bedside("--db", str(imported), "export", "-o", str(out_b)),
                                    cores)
            if code != 0:
                raise SystemExit("bedside export failed")
            runs["b"].append((wall, cpu))
        figures.append(_figure(f"CSV export, {n_rows:,} visits, {on} (s)", runs,
                               f"{reps}; floor: SELECT + csv.writer"))
    if out_b.read_bytes() != csv_path.read_bytes():  # (the last import: Bedside's own file)
        raise SystemExit(f"export -> import -> export changed the file: compare {csv_path} "
                         f"and {out_b}")
    timed(_floor("import", str(csv_path), str(fresh(floor_db))), 2)
    figures.append(Figure(
        "database bytes per visit", db_bytes(imported) / n_rows, db_bytes(floor_db) / n_rows,
        "bytes", None, "after importing Bedside's own export (re-exported byte for byte); "
        "floor: its rows as one table; reported, no budget", False))
    return figures


def _figure(metric: str, runs: dict[str, list[tuple[float, float]]], note: str) -> Figure:
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
           for k, v in runs.items()}
    (wall_b, cpu_b), (wall_f, cpu_f) = med["b"], med["f"]
    return Figure(metric, wall_b, wall_f, "s", 3.0,
                  f"{note}; CPU time {cpu_b:.2f} s vs {cpu_f:.2f} s ({cpu_b / cpu_f:.2f}x)")


# -- start-up ------------------------------------------------------------------------------
def reported_ms(run: probes.Run, name: str = "startup_ms") -> float | None:
    """``name=<int>`` as the child printed it (ms from its process start), in seconds."""
    found = re.search(rf"^(?:painted )?{name}=(\d+)$", run.out, re.M)
    return int(found.group(1)) / 1000 if found else None


def start_figures(clinic: Path, size: Size, large: Path | None = None) -> list[Figure]:
    """The window's first paint, from process start, as each process reports it on the same
    clock (bedside.app.startup_ms; floor_window.py likewise). Bedside prints its line only once
    the database is open, the patients are listed and the whole file checked (a database it
    cannot open prints no line), so spawn to line is that later moment: reported beside, with
    spawn to exit. ``large``: a clinic database of more patients, started in turn with the
    others, whose start to patients listed is compared with ``clinic``'s."""
    py, peak = probes.python(), str(probes.BENCH / "peak.py")
    app = [py, peak, "-m", "bedside", "--db", str(clinic), "--quit-after-start"]
    app_large = [py, "-m", "bedside", "--db", str(large), "--quit-after-start"]
    bare = [py, peak, str(probes.BENCH / "floor_window.py")]
    with_pg = [*bare, "--pyqtgraph"]
    env = {"BEDSIDE_USER": "bench"}
    runs: dict[str, list[probes.Run]] = {"app": [], "bare": [], "pg": [], "large": []}
    for n in range(size.start_repeats):
        log(f"start-up {n + 1}/{size.start_repeats}: bare window, window + pyqtgraph, bedside"
            + (", bedside on the larger clinic" if large else ""))
        runs["bare"].append(probes.run_child(bare, env, timeout=60, marker="painted"))
        runs["pg"].append(probes.run_child(with_pg, env, timeout=60))
        if not runs["app"] or runs["app"][-1].code == 0:  # the floors are sampled in any case
            runs["app"].append(probes.run_child(app, env, timeout=120, marker="startup_ms="))
        if large is not None:
            runs["large"].append(probes.run_child(app_large, env, timeout=120,
                                                  marker="startup_ms="))
    failed = next((r for r in runs["app"] if r.code != 0 or reported_ms(r) is None), None)
    bare_s = statistics.median(reported_ms(r) or r.marked or r.seconds for r in runs["bare"])
    pg_kib = _median_peak(runs["pg"])
    if failed is not None:
        tail = (failed.err.strip().splitlines() or ["no output"])[-1][:100]
        why = (f"bedside --quit-after-start exited {failed.code}: {tail}" if failed.code
               else "bedside --quit-after-start printed no startup_ms line")
        return [Figure("start to first paint (ms)", None, bare_s * 1000, "ms", 1.5, why),
                Figure("peak memory at start (MiB)", None, pg_kib, "MiB", 1.3, why)]
    n_app = len(runs["app"])
    paint_s = statistics.median(reported_ms(r) or 0 for r in runs["app"])
    ready_s = [reported_ms(r, "ready_ms") for r in runs["app"]]
    line_s = statistics.median(r.marked or 0 for r in runs["app"])
    exit_s = statistics.median(r.seconds for r in runs["app"])
    figures = [
        Figure("start to first paint (ms)", paint_s * 1000, bare_s * 1000, "ms", 1.5,
               f"median of {n_app}, process start to the window's first paint as each reports "
               f"it (bedside: startup_ms=, floor: painted startup_ms=; a bare QMainWindow); "
               f"bedside spawn to its line (database open, list filled) {line_s * 1000:.0f} ms, "
               f"to exit {exit_s * 1000:.0f} ms"),
        Figure("peak memory at start (MiB)", _median_peak(runs["app"]), pg_kib, "MiB", 1.3,
               "VmHWM; floor: bare QMainWindow + import pyqtgraph"),
    ]
    if all(r is not None for r in ready_s):
        ready_ms = statistics.median(ready_s) * 1000  # type: ignore[type-var]
        figures.append(Figure(
            "start to patients listed (ms)", ready_ms, bare_s * 1000, "ms", 2.0,
            f"median of {n_app}, bedside ready_ms=: header and schema checked, database "
            f"opened, its patients listed and searchable; floor: the bare window's first "
            f"paint (the check of every page follows, off this path)"))
        large_s = [reported_ms(r, "ready_ms") for r in runs["large"]]
        if large is not None and large_s and all(r is not None for r in large_s):
            figures.append(Figure(
                f"start to patients listed, {large.stem} (ms)",
                statistics.median(large_s) * 1000, ready_ms, "ms", 1.1,  # type: ignore
                f"median of {len(large_s)}; floor: the same on the clinic database of "
                f"{size.patients:,} patients, started in turn"))
    return figures


def _median_peak(runs: list[probes.Run]) -> float | None:
    peaks = [r.peak_kib for r in runs if r.peak_kib is not None]
    return statistics.median(peaks) / 1024 if peaks else None


# -- the scripts of the screens and the report ----------------------------------------------
def script_figures(clinic: Path, size: Size, short: bool) -> list[Figure]:
    env = {"BEDSIDE_DB": str(clinic), "BEDSIDE_USER": "bench",
           "BENCH_SHORT": "1" if short else ""}
    timeout = 90 if short else 300
    figures: list[Figure] = []
    for script, metric, label, budget in (
        ("ui_keystroke", "keystroke_p95_ms", "ALSFRS-R keystroke p95, 200 visits plotted (ms)",
         16.0),
        ("ui_live_trend", "live_keystroke_p95_ms",
         "ALSFRS-R keystroke p95 in the app, trend of 200 visits (ms)", 16.0),
        ("ui_search", "search_p95_ms", "patient search keystroke p95 (ms)", 10.0),
        ("ui_open_patient", "open_patient_ms", "open a patient with 200 visits (ms)", 100.0),
    ):
        log(f"running bench/{script}.py")
        args = list(size.script_args.get(script, ()))
        found, note = probes.helper_script(script, args, env, timeout)
        value = found.pop(metric, (None, ""))[0]
        figures.append(Figure(label, value, None, "ms", budget,
                              note if value is not None else f"not available: {note}", False))
        figures += [Figure(f"{script}: {k}", v, None, u, None, "reported", False)
                    for k, (v, u) in found.items()]
    log("running bench/report_speed.py")
    found, note = probes.helper_script(
        "report_speed", list(size.script_args.get("report_speed", ())), env, timeout)
    summary, floor = found.pop("pdf_summary_ms", (None, ""))[0], found.pop("pdf_floor_ms",
                                                                             (None, ""))[0]
    figures.append(Figure("PDF summary, 200 visits (ms)", summary, floor, "ms", 2.0,
                          note if summary is not None else f"not available: {note}"))
    return figures


# -- the table -----------------------------------------------------------------------------
def fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "not available"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.2f}"
    return text + (f" {unit}" if unit and unit not in ("s", "ms", "MiB", "bytes") else "")


def table(figures: list[Figure]) -> str:
    head = ("metric", "bedside", "floor", "ratio", "budget", "result")
    rows = []
    for f in figures:
        budget = "" if f.budget is None else (f"<= {f.budget:g}x" if f.relative
                                              else f"<= {f.budget:g} {f.unit}")
        result = {True: "pass", False: "FAIL", None: "-"}[f.passed]
        rows.append((f.metric, fmt(f.bedside), "" if f.floor is None else fmt(f.floor),
                     "" if f.ratio is None else f"{f.ratio:.2f}x", budget, result))
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]

    def line(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    notes = [f"- {f.metric}: {f.note}" for f in figures if f.note]
    return "\n".join([line(head), line(tuple("-" * w for w in widths)), *map(line, rows), "",
                      *notes])


def machine() -> dict[str, str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        cpu = next((line.split(":", 1)[1].strip()
                    for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), cpu)
    ram = "unknown"
    with contextlib.suppress(OSError, StopIteration):
        kib = int(next(line.split()[1]
                       for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal")))
        ram = f"{kib / 1024 / 1024:.0f} GiB"
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return {"nproc": str(os.cpu_count()), "cpu": cpu, "ram": ram, "load": load,
            "python": sys.version.split()[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="small sizes: checks it works")
    parser.add_argument("--patients", type=int, help="clinic size instead of the mode's")
    parser.add_argument("--csv-only", action="store_true", help="only import and export")
    parser.add_argument("--start-only", action="store_true",
                        help="only start to first paint and peak memory at start")
    parser.add_argument("--db", type=Path, help="with --start-only: an existing clinic "
                        "database (built with demo-data as above) instead of building one")
    parser.add_argument("--large-db", type=Path, help="with --start-only: an existing clinic "
                        "database of more patients, to compare start to patients listed")
    parser.add_argument("--start-repeats", type=int, help="start-up runs (default: the mode's)")
    args = parser.parse_args(argv)
    if (args.db or args.large_db) and not args.start_only:
        parser.error("--db and --large-db go with --start-only")
    mode = "short" if args.short else "full"
    size = SIZES[mode]
    if args.patients:
        size = replace(size, patients=args.patients, import_rows=None)
        mode += f"-{args.patients}"
    if args.start_repeats:
        size = replace(size, start_repeats=args.start_repeats)
    if args.start_only:
        mode += "-start"
    work = probes.BENCH / "out" / mode
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    os.environ.setdefault("BEDSIDE_USER", "bench")
    started = time.perf_counter()
    # Bedside as installed: pip and the bundle compile its sources to bytecode once. An
    # editable checkout under PYTHONDONTWRITEBYTECODE=1 (as here) would otherwise compile
    # them again at every command and start (~0.1 s each), which no clinic's copy does.
    compileall.compile_dir(probes.BENCH.parent / "bedside", quiet=1)
    before = machine()
    log(f"bench ({mode}) on {before['nproc']} x {before['cpu']}, {before['ram']}, "
        f"load {before['load']}")
    if args.start_only:
        clinic, build_s = (args.db, 0.0) if args.db else build_clinic(work, size)
        figures = start_figures(clinic, size, args.large_db)
    else:
        clinic, build_s = build_clinic(work, size)
        csv_path, n_rows = import_file(work, clinic, size)
        figures = csv_figures(work, csv_path, n_rows, size)
    if not args.csv_only and not args.start_only:
        large = None
        if size.large_patients:
            large, large_s = build_clinic(work, size, size.large_patients)
            build_s += large_s
        figures += start_figures(clinic, size, large)
        figures += script_figures(clinic, size, args.short)
    after = machine()
    total = time.perf_counter() - started
    print()
    print(table(figures))
    source = f"given: {clinic}" if args.db else f"built in {build_s:.0f} s"
    print(f"\n{mode} run, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {total:.0f} s "
          f"(clinic database {source}); {after['nproc']} x {after['cpu']}, "
          f"{after['ram']} RAM; load average {before['load']} before, {after['load']} after")
    if args.short:
        print("short mode checks that every step works; budgets apply to the full run")
    (work / "results.json").write_text(json.dumps({
        "mode": mode, "date_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(total), "machine": after, "load_before": before["load"],
        "figures": [{**asdict(f), "ratio": f.ratio, "passed": f.passed} for f in figures],
    }, indent=2))
    (work / "table.md").write_text(table(figures) + "\n")
    missing = [f.metric for f in figures if f.budget is not None and f.bedside is None]
    if missing:  # a step that gave no figure did not work, in either mode
        print("no figure for: " + "; ".join(missing), file=sys.stderr)
        return 1
    if args.short:
        return 0
    return 1 if any(f.passed is False for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
