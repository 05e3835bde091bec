"""One ALSFRS-R keystroke in the app as the examiner sees it, with 200 visits on the plot.

The main window with the patient page open (trend and history of 200 visits), the visit
editor beside the trend; each sample is one real key press (answer 0-4) to the focused widget
until the draft is saved, the provisional point moved and what changed repainted. Prints p50,
p95 and max (target: 16 ms), the CPU-time p95 (this process only: on a shared machine the
wall time includes waiting for a core and for the disk's fsync of the draft), and the trend's
own share (set_provisional + plot repaint).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/ui_live_trend.py [ROUNDS]
"""

from __future__ import annotations

import atexit
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from bedside.operations.demo import long_history_patient
from bedside.store import Store, bulk, visits
from bedside.ui.settings import Settings

BUDGET_MS = 16.0


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    qInstallMessageHandler(lambda *_: None)
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # (each run's databases)
    store = Store.open(tmp / "bench.sqlite3")
    data = long_history_patient(200)
    with store.transaction():
        bulk.insert(store, *data, source="bench")
    pid = data.patients[0].patient_id
    from bedside.ui.main_window import MainWindow

    settings = Settings(str(tmp / "settings.ini"))
    settings.set("visit/last_examiner", "Dr. Bench")
    window = MainWindow(store, settings)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    window.show_patient(pid)
    app.processEvents()
    page = window.page
    keys, cpu, trend = [], [], []
    for _ in range(rounds):
        page.open_visit(None)
        editor = page.editor
        editor.start_page.do_mrc.setChecked(False)
        editor.start_page.do_measures.setChecked(False)  # the ALSFRS-R's pages first
        editor.start_page.do_mrc.setFocus()
        QTest.keyClick(editor.start_page.do_mrc, Qt.Key.Key_Return)
        app.processEvents()
        if editor.stack.currentWidget() is not editor.item_page:
            problems = [label.text() for label in editor.start_page.findChildren(QLabel)
                        if label.objectName() in ("problem", "error") and label.text()]
            raise SystemExit(f"the visit did not start: {problems}")
        for digit in "432143214321":
            start, start_cpu = time.perf_counter(), time.process_time()
            QTest.keyClick(editor.item_page, digit)
            app.processEvents()  # the repaints Qt schedules for what changed
            keys.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        draft = visits.drafts(store, pid)[0]
        start = time.perf_counter()
        page.trends.set_provisional(draft)
        page.trends.plot.repaint()
        trend.append((time.perf_counter() - start) * 1000)
        visits.discard_draft(store, draft.visit_id, "bench")
        page.editor.finished.emit(None)
        app.processEvents()
    keys.sort()
    cpu.sort()
    p95 = keys[int(0.95 * (len(keys) - 1))]
    cpu95 = cpu[int(0.95 * (len(cpu) - 1))]
    print(f"visits=200 keystrokes={len(keys)} p50_ms={statistics.median(keys):.1f} "
          f"p95_ms={p95:.1f} max_ms={keys[-1]:.1f} cpu_p95_ms={cpu95:.1f} "
          f"budget_ms={BUDGET_MS:.0f} "
          f"trend_update_ms_median={statistics.median(trend):.1f}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
