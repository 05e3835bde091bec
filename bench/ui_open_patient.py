"""Opening a patient with 200 visits: page, visit history and both plots drawn, in ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_open_patient.py [N_VISITS]

Prints the first opening (includes loading pyqtgraph and numpy's plotting code) and the
median and max of later openings of the same patient, each until the window has repainted
(and the median CPU time of this process over them: on a shared machine the wall time
includes waiting for a core);
then (RESULT refresh_patient_ms) the page refreshed on the same patient, as after signing.
"""

from __future__ import annotations

import atexit
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from bedside.operations.demo import generate, long_history_patient
from bedside.store import Store, bulk
from bedside.ui.settings import Settings


def open_once(app: QApplication, window, patient_id: str, cpu: list[float] | None = None) -> float:
    start, start_cpu = time.perf_counter(), time.process_time()
    window.show_patient(patient_id)
    page = window.page
    page.plots.setCurrentIndex(0)
    window.repaint()
    app.processEvents()
    page.plots.setCurrentIndex(1)  # the MRC heatmap drawn too
    page.plots.repaint()
    app.processEvents()
    if cpu is not None:
        cpu.append((time.process_time() - start_cpu) * 1000)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    n_visits = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    qInstallMessageHandler(lambda *_: None)
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # (each run's databases)
    store = Store.open(tmp / "bench.sqlite3")
    long = long_history_patient(n_visits)
    with store.transaction():
        bulk.insert(store, *generate(20, seed=3), source="bench")
        bulk.insert(store, *long, source="bench")
    from bedside.ui.main_window import MainWindow

    window = MainWindow(store, Settings(str(tmp / "settings.ini")))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    pid = long.patients[0].patient_id
    first = open_once(app, window, pid)
    later, later_cpu = [], []
    for _ in range(5):
        window.show_patient("DEMO-3-00001")  # another patient in between
        app.processEvents()
        later.append(open_once(app, window, pid, later_cpu))
    refreshed = []  # the page shown again on the same patient (after signing, an event...)
    for _ in range(3):
        start = time.perf_counter()
        window.page.refresh()
        window.repaint()
        app.processEvents()
        refreshed.append((time.perf_counter() - start) * 1000)
    print(f"visits={n_visits} first_open_ms={first:.0f} "
          f"open_ms_median={statistics.median(later):.0f} open_ms_max={max(later):.0f}")
    print(f"RESULT name=open_patient_ms value={statistics.median(later):.0f} unit=ms")
    print(f"RESULT name=open_patient_cpu_ms value={statistics.median(later_cpu):.0f} unit=ms")
    print(f"RESULT name=first_open_ms value={first:.0f} unit=ms")
    print(f"RESULT name=refresh_patient_ms value={statistics.median(refreshed):.0f} unit=ms")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
