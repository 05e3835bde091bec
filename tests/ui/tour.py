"""A walk through every page and dialog of the app on the demo data, for the tests that look
at all of them (accessible names, no English left in another language, text that scales).

``tour(qtbot, store, settings)`` yields (name, widget) with the widget shown and laid out;
the caller looks at it before the walk moves on.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from bedside.operations.demo import fill_app_demo
from bedside.store import Store, patients, visits
from bedside.ui.main_window import MainWindow


def settle(rounds: int = 4) -> None:
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def demo_store(folder: Path) -> Store:
    store = Store.open(folder / "demo.sqlite3")
    fill_app_demo(store)
    return store


def tour(qtbot, store: Store, settings, size: tuple[int, int] = (1366, 768)
         ) -> Iterator[tuple[str, QWidget]]:
    window = MainWindow(store, settings, demo=True)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    settle()
    yield "main window", window
    ids = [p.patient_id for p in patients.all_patients(store)]
    busiest = max(ids, key=lambda pid: len(visits.for_patient(store, pid)))
    window.patient_list.select(busiest)
    window.show_patient(busiest)
    settle()
    yield "patient: visits and trend", window
    page = window.page
    page.overview.setCurrentWidget(page.events)
    page.plots.setCurrentWidget(page.mrc)
    settle()
    yield "patient: events and MRC grades", window
    page.mrc.as_table.setChecked(True)
    settle()
    yield "patient: MRC grades as a table", window
    page.mrc.as_table.setChecked(False)
    page.plots.setCurrentWidget(page.measures)
    settle()
    yield "patient: breathing and weight", window
    page.overview.setCurrentWidget(page.history)
    page.plots.setCurrentWidget(page.trends)
    settings.set("visit/last_examiner", "Dr. A. Keller")
    page.open_visit(None)
    settle()
    yield "visit: start page", window
    editor = page.editor
    editor.start_page.do_measures.setChecked(True)
    editor._begin()
    settle()
    yield "visit: breathing and weight", window
    editor.measures_page.finish()
    settle()
    yield "visit: item page", window
    editor.item_page.ask_reason()
    settle()
    yield "visit: why not assessed", window
    editor.item_page.picker._cancel()
    while editor.stack.currentWidget() is editor.item_page:
        editor._answered(editor.draft.slots()[editor.index].key, 3)
    settle()
    yield "visit: MRC grid", window
    editor.mrc_page.ask_reason()
    settle()
    yield "visit: why not tested", window
    editor.mrc_page.picker._cancel()
    editor.show_review()
    settle()
    yield "visit: review", window
    editor._sign()
    settle()
    yield "visit: signed, read-only", window
    editor.review_page.ask_amend()
    settle()
    yield "visit: amendment reason", window
    editor.finished.emit(None)
    page.close_editor()
    settle()
    yield from _dialogs(qtbot, window, store, busiest)


def _dialogs(qtbot, window: MainWindow, store: Store, patient_id: str
             ) -> Iterator[tuple[str, QWidget]]:
    from bedside.ui.audit_view import AuditDialog
    from bedside.ui.event_dialog import EventDialog
    from bedside.ui.export_dialog import ExportDialog
    from bedside.ui.idle_lock import LockCover
    from bedside.ui.menu_actions import SettingsDialog
    from bedside.ui.patient_dialog import PatientDialog
    from bedside.ui.recovery import RecoveryDialog
    from bedside.ui.signin import CreateAccountDialog, SignInDialog

    patient = patients.get(store, patient_id)
    made = [
        ("settings", lambda: SettingsDialog(window)),
        ("export", lambda: ExportDialog(store, window)),
        ("new event", lambda: EventDialog(store, patient, parent=window)),
        ("new patient", lambda: PatientDialog(store, parent=window)),
        ("edit patient", lambda: PatientDialog(store, patient, window)),
        ("history of changes", lambda: AuditDialog(store, "patient", patient_id, window)),
        ("set up accounts", lambda: CreateAccountDialog(store, window)),
        ("sign in", lambda: SignInDialog(store, window)),
        ("recovery", lambda: RecoveryDialog(store.path, "the file is damaged", window)),
    ]
    for name, make in made:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        yield name, dialog
        dialog.close()
    cover = LockCover(store, window)
    cover.cover()
    settle()
    yield "locked", cover
    cover.hide()
