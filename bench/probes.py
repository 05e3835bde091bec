"""Measuring child processes: wall time and peak memory, and the helper scripts' RESULT lines."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
RESULT = re.compile(r"^RESULT\s+name=(\S+)\s+value=([-+0-9.eE]+)\s+unit=(\S+)\s*$")


PEAK = re.compile(r"^PEAK_KIB=(\d+)$", re.M)


@dataclass(frozen=True)
class Run:
    seconds: float  # spawn to exit
    code: int
    out: str
    err: str
    marked: float | None = None  # spawn to the first stdout line starting with the marker

    @property
    def peak_kib(self) -> int | None:
        """The child's own peak memory, when it ran under bench/peak.py."""
        found = PEAK.findall(self.err)
        return int(found[-1]) if found else None


def run_child(argv: list[str], env: dict[str, str] | None = None, timeout: float = 120,
              marker: str | None = None) -> Run:
    """Run ``argv`` to its end (killed after ``timeout`` s): wall time, exit code, output, and
    when it printed a line starting with ``marker`` (e.g. the app's 'startup_ms=')."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    err_path = BENCH / "out" / f".child-{os.getpid()}.err"
    err_path.parent.mkdir(exist_ok=True)
    lines: list[str] = []
    marked: list[float] = []
    with open(err_path, "w+b") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, env=full_env,
                                start_new_session=True)

        def pump() -> None:
            assert proc.stdout is not None
            for raw in proc.stdout:
                line = raw.decode("utf-8", "replace")
                if marker and not marked and line.startswith(marker):
                    marked.append(time.perf_counter() - start)
                lines.append(line)

        reader = threading.Thread(target=pump, daemon=True)
        reader.start()
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            code = -9
        seconds = time.perf_counter() - start
        reader.join(timeout=5)
        err.seek(0)
        text_err = err.read().decode("utf-8", "replace")
    err_path.unlink(missing_ok=True)
    return Run(seconds, code, "".join(lines), text_err, marked[0] if marked else None)


def python() -> str:
    return sys.executable


def result_lines(text: str) -> dict[str, tuple[float, str]]:
    """Every ``RESULT name=<metric> value=<number> unit=<unit>`` line: name -> (value, unit)."""
    found: dict[str, tuple[float, str]] = {}
    for line in text.splitlines():
        m = RESULT.match(line.strip())
        if m:
            found[m.group(1)] = (float(m.group(2)), m.group(3))
    return found


# Scripts written before the RESULT convention: their own lines, read under the same names.
LEGACY: dict[str, dict[str, re.Pattern[str]]] = {
    "ui_keystroke": {"keystroke_p95_ms": re.compile(r"^keystroke_p95_ms=([0-9.]+)", re.M)},
    "ui_search": {"search_p95_ms": re.compile(r"^patients=\d+ keystrokes=.* p95_ms=([0-9.]+)",
                                              re.M)},
    "ui_open_patient": {
        "open_patient_ms": re.compile(r"^visits=\d+ .*\bopen_ms_median=([0-9.]+)", re.M),
        "first_open_ms": re.compile(r"^visits=\d+ first_open_ms=([0-9.]+)", re.M),
    },
    "ui_live_trend": {"live_keystroke_p95_ms": re.compile(
        r"^visits=\d+ keystrokes=\d+ .*? p95_ms=([0-9.]+)", re.M)},
    "report_speed": {
        "pdf_summary_ms": re.compile(r"visit summary, \d+ visits: median ([0-9.]+) ms", re.M),
        "pdf_floor_ms": re.compile(r"bare reportlab, same two tables:\s+median ([0-9.]+) ms",
                                   re.M),
    },
}


def legacy_results(script: str, text: str) -> dict[str, tuple[float, str]]:
    found: dict[str, tuple[float, str]] = {}
    for name, pattern in LEGACY.get(script, {}).items():
        m = pattern.search(text)
        if m:
            found[name] = (float(m.group(1)), "ms")
    return found


def helper_script(name: str, args: list[str], env: dict[str, str], timeout: float
                  ) -> tuple[dict[str, tuple[float, str]], str]:
    """Run bench/<name>.py if present: (results, note). No results means not available."""
    path = BENCH / f"{name}.py"
    if not path.exists():
        return {}, f"{path.name} not on this branch"
    run = run_child([python(), str(path), *args], env=env, timeout=timeout)
    found = result_lines(run.out) or legacy_results(name, run.out)
    if not found:
        tail = (run.err.strip().splitlines() or run.out.strip().splitlines() or ["no output"])[-1]
        return {}, f"{path.name} exited {run.code} without a RESULT line: {tail[:120]}"
    return found, f"{path.name}, {run.seconds:.1f} s"
