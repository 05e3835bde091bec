"""Screenshots of the main screens at 1366x768 on the demo data, for looking at them.

Run under Xvfb: xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/ui_screens.py OUT
  [--language ka|ru|en] [--text-scale 150] [--high-contrast]
(QT_SCALE_FACTOR=2 in the environment scales everything, as on a high-density screen.)
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bedside.operations.demo import fill_app_demo
from bedside.store import Store, visits
from bedside.ui.appearance import apply_appearance
from bedside.ui.main_window import MainWindow
from bedside.ui.settings import Settings


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, window, out: Path, name: str) -> None:
    settle(app)
    window.grab().save(str(out / f"{name}.png"))


def shoot_editor(app: QApplication, window, editor, out: Path) -> None:
    """ALSFRS-R and MRC: items, the grid, the review (items 10-12 and 5a's whole anchor)."""
    editor.start_page.do_alsfrs.setChecked(True)
    editor.start_page.do_mrc.setChecked(True)
    editor.start_page.do_measures.setChecked(False)  # its page: tests/ui/visit (issue 21)
    editor._begin()
    for score in (3, 2, 4):
        editor._answered(editor.draft.slots()[editor.index].key, score)
    shoot(app, window, out, "visit_entry")
    while editor.stack.currentWidget() is editor.item_page:
        editor._answered(editor.draft.slots()[editor.index].key, 1)
    for n, cell in enumerate(editor.draft.protocol.cells[:12]):
        editor.mrc_page.table.setCurrentCell(*editor.mrc_page._positions[cell])
        editor.mrc_page._grade("4" if n % 3 else "5")
    shoot(app, window, out, "visit_mrc")
    editor.show_review()
    shoot(app, window, out, "visit_review")
    editor.finished.emit(None)
    settle(app)


def shoot_mrc_only(app: QApplication, window, editor, out: Path) -> None:
    editor.start_page.date.set_date(editor.draft.visit_date.replace(day=1))
    editor.start_page.do_alsfrs.setChecked(False)
    editor.start_page.do_mrc.setChecked(True)
    editor.start_page.do_measures.setChecked(False)
    editor._begin()
    for cell in editor.draft.protocol.cells:
        editor.mrc_page.table.setCurrentCell(*editor.mrc_page._positions[cell])
        editor.mrc_page._grade("4")
    editor.show_review()
    shoot(app, window, out, "visit_review_mrc_only")
    editor.review_page._ask_discard()
    shoot(app, window, out, "visit_review_discard")
    editor.review_page.amend_box.hide()
    editor._sign()
    shoot(app, window, out, "visit_signed_mrc_only")
    editor.finished.emit(None)
    settle(app)


def shoot_dialogs(app: QApplication, window, store, patient_id: str, out: Path) -> None:
    """The File menu's dialogs and the event and history dialogs, each at its opening size."""
    from bedside.store import patients
    from bedside.ui.audit_view import AuditDialog
    from bedside.ui.event_dialog import EventDialog
    from bedside.ui.export_dialog import ExportDialog
    from bedside.ui.menu_actions import SettingsDialog

    patient = patients.get(store, patient_id)
    for name, dialog in (("settings_dialog", SettingsDialog(window)),
                         ("export_dialog", ExportDialog(store, window)),
                         ("event_dialog", EventDialog(store, patient, parent=window)),
                         ("audit_dialog", AuditDialog(store, "patient", patient_id, window))):
        dialog.show()
        settle(app)
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screens", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--text-scale", default="100")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--no-demo", action="store_true")
    args = parser.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp())
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)  # (each run's databases)
    store = Store.open(tmp / "demo.sqlite3")
    fill_app_demo(store)
    settings = Settings(str(tmp / "settings.ini"))
    settings.set("interface/language", args.language)
    settings.set("display/text_scale", args.text_scale)
    settings.set("display/high_contrast", args.high_contrast)
    apply_appearance(app, settings)
    window = MainWindow(store, settings, demo=not args.no_demo)
    screen = app.primaryScreen().availableGeometry().size()  # smaller at QT_SCALE_FACTOR=2
    window.resize(min(1366, screen.width()), min(768, screen.height()))
    window.show()
    settle(app)
    window.grab().save(str(out / "main.png"))
    ids = [row[0] for row in window.patient_list.model._listing.rows]
    busiest = max(ids, key=lambda pid: len(visits.for_patient(store, pid)))
    window.patient_list.select(busiest)
    window.show_patient(busiest)
    settle(app)
    window.grab().save(str(out / "patient.png"))
    page = window.page
    page.trends.toggles["bulbar"].setChecked(True)
    page.trends.event_choice.setCurrentIndex(page.trends.event_choice.count() - 1)
    settle(app)
    window.grab().save(str(out / "patient_slopes.png"))
    page.plots.setCurrentIndex(1)
    settle(app)
    window.grab().save(str(out / "patient_mrc.png"))
    page.overview.setCurrentIndex(1)
    settle(app)
    window.grab().save(str(out / "patient_events.png"))
    page.overview.setCurrentIndex(0)
    page.plots.setCurrentIndex(0)
    settings.set("visit/last_examiner", "Dr. A. Keller")
    page.open_visit(None)  # the visit editor beside the live trend
    settle(app)
    window.grab().save(str(out / "visit_start.png"))
    editor = page.editor
    if editor is not None:
        shoot_editor(app, window, editor, out)
    page.open_visit(None)  # an MRC-only visit: review, discard, signed
    editor = page.editor
    if editor is not None:
        shoot_mrc_only(app, window, editor, out)
    window.patient_list.search.setText("muller")
    settle(app)
    window.grab().save(str(out / "search.png"))
    from bedside.ui.patient_dialog import PatientDialog

    dialog = PatientDialog(store, parent=window)
    dialog.patient_id.setText("NEW-1")
    dialog.birth_date.setText("1961-13-40")
    dialog.onset_date.setText("2099-01-01")
    dialog.show()
    dialog.save()
    settle(app)
    dialog.grab().save(str(out / "patient_dialog.png"))
    dialog.close()
    shoot_dialogs(app, window, store, busiest, out)
    QTimer.singleShot(0, app.quit)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
