"""Time one ALSFRS-R keystroke in the visit editor: answer, advance, live total, draft save.

Offscreen Qt, a patient with 200 signed visits (ALSFRS-R and MRC) in a database on disk. Each
sample is one real key press delivered to the focused widget plus the event processing and
paint it causes (QApplication.processEvents), so it covers everything the examiner waits for.
The draft save (store.visits.save_draft, one transaction with synchronous=FULL) is also timed
on its own so a slow disk shows up as such.

    .venv/bin/python bench/ui_keystroke.py [--rounds 10] [--visits 200]
"""

from __future__ import annotations

import argparse
import atexit
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bedside.domain import MrcCell, Patient, Visit  # noqa: E402
from bedside.instruments import alsfrs_r, protocols  # noqa: E402
from bedside.operations import visit_draft as draft_module  # noqa: E402
from bedside.store import Store, bulk, visits  # noqa: E402
from bedside.ui.visit import VisitEditor  # noqa: E402

BUDGET_MS = 16.0


def history(patient: Patient, n: int, seed: int = 7) -> list[Visit]:
    """``n`` signed visits, one a week, ending a week before today, slowly declining."""
    rng = random.Random(seed)
    slots = alsfrs_r().slots(False)
    cells = protocols()["mrc_sum_score"].cells
    out = []
    for k in range(n):
        day = date.today() - timedelta(days=7 * (n - k))
        level = 4 - (4 * k) // (n + 1)
        out.append(Visit(
            patient.patient_id, day, "Dr. Bench",
            alsfrs={i.key: max(0, min(4, level - rng.randint(0, 1))) for i in slots},
            mrc={c: MrcCell(str(max(0, 5 - (5 * k) // (n + 1)))) for c in cells},
            mrc_protocol="mrc_sum_score", status="signed", signed_by="Dr. Bench",
        ))
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10, help="visits entered (12 keys each)")
    parser.add_argument("--visits", type=int, default=200, help="visits already stored")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bedside-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)  # (each run's databases)
    store = Store.open(folder / "bench.sqlite3", user="bench")
    patient = Patient("BENCH-1", "Bench", "Patient", date(1955, 3, 1), "male",
                      date.today() - timedelta(days=7 * args.visits + 400), "bulbar")
    with store.transaction():
        bulk.insert(store, [patient], history(patient, args.visits), [], source="bench")
    assert len(visits.for_patient(store, patient.patient_id)) == args.visits

    save_ms: list[float] = []  # every draft save, the one when a visit begins included
    answer_save_ms: list[float] = []
    real_save = draft_module.store_visits.save_draft

    def timed_save(s: Store, v: Visit, last_seen: Visit | None = None) -> Visit:
        t0 = time.perf_counter()
        try:
            return real_save(s, v, last_seen)
        finally:
            save_ms.append((time.perf_counter() - t0) * 1000)

    draft_module.store_visits.save_draft = timed_save
    key_ms: list[float] = []
    cpu_ms: list[float] = []  # this process only: the wall time includes waiting for a core
    emitted = 0
    for _ in range(args.rounds):
        editor = VisitEditor(store, patient, examiner="Dr. Bench")
        editor.resize(1366, 768)
        editor.show()
        editor.activateWindow()
        app.processEvents()
        editor.start_page.do_mrc.setChecked(False)
        QTest.keyClick(editor.start_page, Qt.Key.Key_Return)
        app.processEvents()
        count = [0]
        editor.draft_changed.connect(lambda _v, c=count: c.__setitem__(0, c[0] + 1))
        first_answer_save = len(save_ms)
        for key in "432143214321":
            target = QApplication.focusWidget() or editor.item_page
            t0, c0 = time.perf_counter(), time.process_time()
            QTest.keyClick(target, key)
            app.processEvents()
            key_ms.append((time.perf_counter() - t0) * 1000)
            cpu_ms.append((time.process_time() - c0) * 1000)
        emitted += count[0]
        answer_save_ms += save_ms[first_answer_save:]
        assert editor.stack.currentWidget() is editor.review_page, "did not reach the review"
        visits.discard_draft(store, editor.draft.visit_id, reason="benchmark")
        editor.close()
        editor.deleteLater()
        app.processEvents()

    n = len(key_ms)
    p50, p95 = statistics.median(key_ms), percentile(key_ms, 95)
    print(f"ui_keystroke: {n} ALSFRS-R keystrokes over {args.visits} stored visits "
          f"(offscreen, 1366x768)")
    print(f"keystroke_p50_ms={p50:.2f}")
    print(f"keystroke_p95_ms={p95:.2f}")
    print(f"keystroke_max_ms={max(key_ms):.2f}")
    print(f"keystroke_cpu_p95_ms={percentile(cpu_ms, 95):.2f}")
    print(f"draft_save_p50_ms={statistics.median(answer_save_ms):.2f}")
    print(f"draft_save_p95_ms={percentile(answer_save_ms, 95):.2f}")
    print(f"draft_changed_emitted={emitted} (one per answer: {emitted == n})")
    verdict = "within" if p95 <= BUDGET_MS else "OVER"
    print(f"budget: p95 {p95:.2f} ms is {verdict} the {BUDGET_MS:.0f} ms budget")
    store.close()
    return 0 if p95 <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
