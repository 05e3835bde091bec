"""The main screens at 1366x768 on demo data: nothing cut off, nothing overlapping.

Uses the layout checker of the visit screens' tests (one checker for every screen).
Set BEDSIDE_SHOTS=/some/folder to keep the screenshots.
"""

from __future__ import annotations

import os
from pathlib import Path

from bedside.domain import Patient
from bedside.operations.demo import fill_app_demo
from bedside.store import patients, visits
from bedside.ui.main_window import MainWindow
from tests.ui.helpers import show_active
from tests.ui.layout_check import layout_problems


def _save(window, folder: Path | None, name: str) -> None:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(folder / f"main_{name}.png"))


def test_main_screens_fit_1366x768(qtbot, store, settings):
    fill_app_demo(store)
    folder = Path(os.environ["BEDSIDE_SHOTS"]) if os.environ.get("BEDSIDE_SHOTS") else None
    settings.set("visit/last_examiner", "Dr. A. Keller")
    window = MainWindow(store, settings, demo=True)
    window.resize(1366, 768)
    show_active(qtbot, window)
    qtbot.wait(20)
    assert layout_problems(window) == [], "patient list"
    _save(window, folder, "list")
    ids = [window.patient_list.model.patient_at(r).patient_id
           for r in range(window.patient_list.model.rowCount())]
    busiest = max(ids, key=lambda pid: len(visits.for_patient(store, pid)))
    window.show_patient(busiest)
    qtbot.wait(20)
    assert layout_problems(window) == [], "patient page"
    history = window.page.history  # each visit's status shows without scrolling sideways
    status = history.columnCount() - 2
    assert history.header_text(status) == "Status"
    right_edge = history.columnViewportPosition(status) + history.columnWidth(status)
    assert 0 < right_edge <= history.viewport().width()
    _save(window, folder, "patient")
    window.page.overview.setCurrentIndex(1)
    window.page.plots.setCurrentIndex(1)
    qtbot.wait(20)
    assert layout_problems(window) == [], "events and MRC"
    _save(window, folder, "events_mrc")
    patients.add(store, Patient("NEW-1", "Nowak", "Ewa"))  # nothing recorded yet
    window.reload_patients()
    window.show_patient("NEW-1")
    qtbot.wait(20)
    assert layout_problems(window) == [], "a patient without visits"
    assert window.page.header.values["total"].text() == "no complete visit"
    assert "No MRC grades" in window.page.mrc.note.text()
    assert not window.page.mrc.view.isVisible()
    _save(window, folder, "new_patient")
    window.show_patient(busiest)
    window.page.plots.setCurrentIndex(0)
    window.page.new_visit()
    qtbot.wait(20)
    assert window.page.editor is not None
    assert layout_problems(window) == [], "visit entry beside the trend"
    _save(window, folder, "visit")
