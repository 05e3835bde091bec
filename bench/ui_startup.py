"""Startup: `bedside --quit-after-start` against a bare QMainWindow, process start to first
paint, both measured the same way (bedside.app.startup_ms). Median of N runs each.

    .venv/bin/python bench/ui_startup.py [RUNS]
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
def startup_ms():  # as bedside.app.startup_ms, without importing bedside
    with open("/proc/self/stat") as fh:
        started = int(fh.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    return round((time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000)
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1366, 768); w.show()
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            o.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"startup_ms={startup_ms()}"), app.exit(0)))
        return False
f = F(w); w.installEventFilter(f); app.exec()
"""


def startup(cmd: list[str], env: dict) -> int:
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env).stdout
    return int(next(x for x in out.splitlines() if x.startswith("startup_ms=")).split("=")[1])


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    tmp = Path(tempfile.mkdtemp())
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # (each run's databases)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"))
    py = sys.executable
    subprocess.run([py, "-m", "bedside", "demo-data", "--patients", "200", "--db",
                    str(tmp / "db.sqlite3")], env=env, capture_output=True, timeout=120)
    results = {
        "bare_qmainwindow": [startup([py, "-c", BARE], env) for _ in range(runs)],
        "bedside_200_patients": [startup([py, "-m", "bedside", "--db", str(tmp / "db.sqlite3"),
                                          "--quit-after-start"], env) for _ in range(runs)],
    }
    for name, values in results.items():
        print(f"{name}: median_ms={statistics.median(values):.0f} min_ms={min(values)} "
              f"max_ms={max(values)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
