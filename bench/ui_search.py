"""Patient search: milliseconds per keystroke over 10,000 patients (target: under 10 ms).

Each keystroke is a real key press into the search box, timed until the filtered table has
been repainted. Prints p50, p95 and max of the wall time, and p95 of the CPU time this process
spent (on a loaded shared machine the wall time includes waiting for a core).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_search.py [N_PATIENTS]
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta

from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bedside.domain import Patient
from bedside.operations.demo import NAMES
from bedside.ui.patient_list import PatientListPanel

QUERIES = ["muller anna", "garcia", "DEMO-00042", "lindqvist bj", "novak", "smith sa", "zzz"]


def patients(n: int) -> list[Patient]:
    """Names from the demo generator's lists (several scripts, with accents)."""
    families = [f for fam, *_ in NAMES.values() for f in fam]
    givens = [g for _, *groups in NAMES.values() for group in groups for g in group]
    born = date(1940, 1, 1)
    return [Patient(f"DEMO-{i:05d}", families[i % len(families)],
                    givens[(i * 7) % len(givens)], born + timedelta(days=i % 15000))
            for i in range(n)]


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    qInstallMessageHandler(lambda *_: None)  # the offscreen platform's size-hint chatter
    app = QApplication(sys.argv[:1])
    panel = PatientListPanel()
    panel.resize(380, 700)
    everyone = patients(n)
    t0 = time.perf_counter()
    panel.set_patients(everyone, {})
    load_ms = (time.perf_counter() - t0) * 1000
    panel.show()
    app.processEvents()
    type_queries(app, panel, [], [])  # warm up: font and style caches, as after a minute of use
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(3):
        type_queries(app, panel, times, cpu)
    times.sort()
    cpu.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    cpu95 = cpu[int(0.95 * (len(cpu) - 1))]
    print(f"patients={n} keystrokes={len(times)} load_ms={load_ms:.0f} "
          f"p50_ms={statistics.median(times):.2f} p95_ms={p95:.2f} max_ms={times[-1]:.2f} "
          f"cpu_p95_ms={cpu95:.2f}")
    return 0


def type_queries(app: QApplication, panel: PatientListPanel, times: list[float],
                 cpu: list[float]) -> None:
    """Type each query a key at a time, then three Backspaces; time key to repainted list."""
    for query in QUERIES:
        panel.search.clear()
        app.processEvents()
        for ch in query:
            start, start_cpu = time.perf_counter(), time.process_time()
            QTest.keyClick(panel.search, ch)
            panel.table.viewport().repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        for _ in range(3):
            start, start_cpu = time.perf_counter(), time.process_time()
            QTest.keyClick(panel.search, Qt.Key.Key_Backspace)
            panel.table.viewport().repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)


if __name__ == "__main__":
    sys.exit(main())
