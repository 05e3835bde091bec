"""Measuring child processes: wall time and peak memory, and the helper scripts' RESULT lines."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
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

    @property
    def peak_kib(self) -> int | None:
        """The child's own peak memory, when it ran under bench/peak.py."""
        found = PEAK.findall(self.err)
        return int(found[-1]) if found else None


def run_child(argv: list[str], env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    """Run ``argv`` to its end (killed after ``timeout`` s); wall time, exit code, output."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    out_path = BENCH / "out" / f".child-{os.getpid()}.out"
    err_path = out_path.with_suffix(".err")
    out_path.parent.mkdir(exist_ok=True)
    with open(out_path, "w+b") as out, open(err_path, "w+b") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=full_env,
                                start_new_session=True)
        deadline = start + timeout
        while True:
            pid, status = os.waitpid(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                os.waitpid(proc.pid, 0)
                status = -1
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - start
        proc.returncode = 0  # reaped above; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        text_out = out.read().decode("utf-8", "replace")
        text_err = err.read().decode("utf-8", "replace")
    out_path.unlink(missing_ok=True)
    err_path.unlink(missing_ok=True)
    code = os.waitstatus_to_exitcode(status) if status != -1 else -9
    return Run(seconds, code, text_out, text_err)


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
    return found, f"{path.name}, {run.seconds:.0f} s"
