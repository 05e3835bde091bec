"""Is the window responsive while the database opens? The real app (bedside.app.run) on a
database; a 5 ms timer on the GUI thread from the window's first paint until the patients are
in the list; the longest gap between its ticks is the longest the window could not react.

    .venv/bin/python bench/ui_start_responsive.py [DB] [RUNS]   # DB: else $BEDSIDE_DB

Each run is a process of its own (a second start in one process would find Qt warmed up).
Prints one RESULT line (the median over the runs of each run's longest gap).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def one_run(db: str) -> tuple[float, int]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bedside.app import run
    from bedside.ui.main_window import MainWindow

    seen: dict[str, list[float]] = {"ticks": []}

    def tick() -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is not None and window._painted:
            seen["ticks"].append(time.perf_counter())
            if not window.patient_list.is_opening:
                window.close()
                return
        QTimer.singleShot(5, tick)

    QApplication.instance() or QApplication(sys.argv[:1])
    QTimer.singleShot(0, tick)
    code = run(argparse.Namespace(db=db, demo=False, quit_after_start=False))
    if code != 0:
        raise SystemExit(f"bedside exited {code}")
    ticks = seen["ticks"]
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return max(gaps) * 1000, len(ticks)


def main() -> int:
    if sys.argv[1:2] == ["--one"]:
        gap, ticks = one_run(sys.argv[2])
        print(f"longest_gap_ms={gap:.1f} ticks={ticks}", flush=True)
        return 0
    db = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("BEDSIDE_DB", "")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    if not db:
        raise SystemExit("give a database (or set BEDSIDE_DB)")
    worst = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--one", db], capture_output=True,
                             text=True, timeout=120, check=True).stdout
        line = next(x for x in out.splitlines() if x.startswith("longest_gap_ms="))
        worst.append(float(line.split()[0].split("=")[1]))
        print(line, flush=True)
    print(f"RESULT name=start_longest_stall_ms value={statistics.median(worst):.1f} unit=ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
