"""The main window: patient list beside the patient page, menus, the accounts banner."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from bedside.i18n import fill
from bedside.operations.changes import Changed
from bedside.operations.listing import Listing, load_listing
from bedside.ui.locale_text import date_text
from bedside.ui.patient_list import PatientListPanel
from bedside.ui.scrolling import WindowColumn, scroll_area
from bedside.ui.settings import Settings
from bedside.ui.style import TOUCH_PX, color

# The operations that reach the store are imported where they are used: the window is built
# and painted before the database is opened (see bedside.ui.startup).
if TYPE_CHECKING:
    from bedside.operations.database import Store
    from bedside.ui.clinic_sync import ClinicSync
    from bedside.ui.patient_page import PatientPage

SUMMARY_MODULE = "bedside.ui.summary_actions"


def summary_actions_available() -> bool:
    return importlib.util.find_spec(SUMMARY_MODULE) is not None


class MainWindow(QMainWindow):
    """``store`` None: the window opens empty, its list saying the database is being opened,
    until ``set_store`` (bedside.ui.startup paints it first, then opens the database)."""

    database_requested = Signal(Path)  # File > Open database… (the app opens and swaps it)
    first_painted = Signal()  # once, after the window's first paint event
    # A patient's data changed (a Changed, from any screen): the list and the page follow.
    patient_changed = Signal(object)

    def __init__(self, store: Store | None, settings: Settings, *, demo: bool = False) -> None:
        super().__init__()
        self.store: Store | None = store
        self._painted = False
        self.settings = settings
        self.demo = demo
        self.setObjectName("main_window")
        self.setMinimumSize(480, 320)
        self.banner = QFrame(self)
        self.banner.setObjectName("accounts_banner")
        self.banner.setStyleSheet(f"#accounts_banner {{ background: {color('banner_bg')};"
                                  f" border-bottom: 1px solid {color('banner_border')}; }}")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet(f"color: {color('banner_text')};")
        self.banner_button = QPushButton(self.tr("Set up accounts…"), self.banner)
        self.banner_button.setMinimumHeight(TOUCH_PX)
        self.banner_button.clicked.connect(self.set_up_accounts)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(10, 2, 10, 2)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_button)
        self.warning = QLabel(self)  # e.g. an automatic backup that failed
        self.warning.setObjectName("store_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"#store_warning {{ background: {color('warning_bg')};"
                                   f" color: {color('warning_text')}; border-bottom: 1px solid"
                                   f" {color('warning_border')}; padding: 6px 10px; }}")
        self.warning.hide()
        self.idle_lock = None
        self._locked_store: Store | None = None
        self.clinic_sync: ClinicSync | None = None  # made with the first database shown
        self.patient_list = PatientListPanel(self)
        self.patient_list.patient_chosen.connect(self.show_patient)
        self.patient_list.new_patient_requested.connect(self.new_patient)
        self.patient_changed.connect(self._list_follows)
        self.empty = QLabel(self)  # its text: show_opening, show_refused, set_store
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.page: PatientPage | None = None
        self.split = QSplitter()  # horizontal; (self) would load Qt's namespace
        self.split.addWidget(self.patient_list)
        self.split.addWidget(self.pages)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([340, 1026])
        central = QWidget(self)
        layout = WindowColumn(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.warning)
        layout.addWidget(self.split, 1)
        # At 150 % or 200 % (QT_SCALE_FACTOR, a large system font) the window may be smaller
        # than its content: it then scrolls rather than cut anything off.
        self.setCentralWidget(scroll_area(central, self))
        self._build_menus()
        self._restore()
        if store is None:
            self.show_opening()
        else:
            self.set_store(store)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # -- the database ------------------------------------------------------------------------
    def show_opening(self, text: str = "") -> None:
        """Before a database is shown: menus and an empty list saying it is being opened."""
        self.banner.hide()
        self.setWindowTitle("Bedside" + (self.tr(" (demo data)") if self.demo else ""))
        self.patient_list.show_opening(text or self.tr("Opening the database…"))
        self.empty.setText(self.tr("The database is being opened and checked; the patients "
                                   "appear in the list in a moment."))
        self._update_actions()

    def _close_page(self) -> None:
        """The open patient's page goes (a visit being entered is left as a draft)."""
        if self.page is not None:
            self.page.leave_editor()
            self.pages.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        self.pages.setCurrentWidget(self.empty)

    def let_go_of_store(self) -> None:
        """The shown database proved damaged after it was listed: nothing of it stays on
        screen or in use (the caller closes it and offers recovery)."""
        self._close_page()
        self.store = None
        if self.clinic_sync is not None:
            self.clinic_sync.set_store(None)
        self.banner.hide()
        self.show_warning("")
        self._update_actions()

    def show_refused(self, problem: str) -> None:
        """Opening found the database damaged, foreign or too new: the window says so while
        the recovery offer is up (nothing of it is shown)."""
        self.patient_list.show_opening(self.tr("The database cannot be opened."))
        self.empty.setText(problem)

    def set_store(self, store: Store, listing: Listing | None = None) -> None:
        """Show ``store`` (after File > Open database… the app calls this with the new one).
        ``listing``: its patients, when already read (off the GUI thread at start)."""
        self.store = store
        self._close_page()
        self.empty.setText(self.tr("Choose a patient from the list (Ctrl+F to search, arrows "
                                   "and Enter to open), or add one with Ctrl+Shift+N."))
        title = f"Bedside — {store.path.name}"
        self.setWindowTitle(title + (self.tr(" (demo data)") if self.demo else ""))
        self._update_banner()
        self.show_warning(store.backup_warning)
        if listing is None:
            self.reload_patients()
        else:
            self.patient_list.set_listing(listing)
        self._update_actions()
        # (after the list has painted: the sync's modules load, and its first sync starts)
        QTimer.singleShot(0, lambda: self.sync_with_server().set_store(self.store))

    def sync_with_server(self) -> ClinicSync:
        """The clinic sync of this window (loaded once a database is shown: the start stays
        light)."""
        if self.clinic_sync is None:
            from bedside.ui.clinic_sync import ClinicSync

            self.clinic_sync = ClinicSync(self)
            self.clinic_sync.received.connect(self._received)
            self.patient_changed.connect(lambda _: self.clinic_sync.after_change())
        return self.clinic_sync

    def show_warning(self, text: str) -> None:
        """A problem the user must know of but that does not stop work (a failed backup)."""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def _update_banner(self) -> None:
        from bedside.operations.access import is_protected

        protected = is_protected(self.store)
        if not protected and not self.demo:
            self.banner_text.setText(self.tr(
                "This database has no examiner accounts: anyone using this computer can open "
                "it. Set up accounts so that every visit is signed by a signed-in examiner."))
            self.banner.show()
        else:
            self.banner.hide()
        if self.idle_lock is not None and self._locked_store is not self.store:
            self.idle_lock.timer.stop()  # another database was opened
            self.idle_lock.cover.deleteLater()
            self.idle_lock.deleteLater()
            self.idle_lock = None
        if protected and self.idle_lock is None:
            from bedside.ui.idle_lock import IdleLock

            self.idle_lock = IdleLock(self.store, self)
            self._locked_store = self.store

    def set_up_accounts(self) -> None:
        from bedside.ui.signin import CreateAccountDialog

        dialog = CreateAccountDialog(self.store, self)
        if dialog.exec():
            self._update_banner()
            self.statusBar().showMessage(self.tr("Examiner account added."), 8000)
            if dialog.credentials is not None:
                from bedside.ui.encrypt_action import encrypt_open_database

                encrypt_open_database(self, *dialog.credentials)
                dialog.credentials = None

    def reload_patients(self) -> None:
        self.patient_list.set_listing(load_listing(self.store))

    def _received(self) -> None:
        """A sync stored what other laptops recorded: the list and the open patient are read
        again (a visit being entered stays as it is)."""
        self.reload_patients()
        if self.current_patient_id is not None:
            self.patient_list.select(self.current_patient_id)
            self.page.refresh()

    def _list_follows(self, changed: Changed) -> None:
        """A patient's name or dates: the list is read again; a visit: its last visit."""
        if changed.details:
            self.reload_patients()
            self.patient_list.select(changed.patient_id)
        elif changed.visits:
            self.patient_list.model.forget_last_visit(changed.patient_id)

    # -- patients ---------------------------------------------------------------------------
    def _ensure_page(self) -> PatientPage:
        if self.page is None:  # loaded with the first patient: startup stays light
            from bedside.ui.patient_page import PatientPage

            self.page = PatientPage(self.store, self.settings, self)
            self.page.changed.connect(self.patient_changed)
            self.patient_changed.connect(self.page.follow)
            self.page.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
            self.page.editing_changed.connect(self._editing_changed)
            self.pages.addWidget(self.page)
        return self.page

    def show_patient(self, patient_id: str) -> None:
        page = self._ensure_page()
        page.show_patient(patient_id)
        self.pages.setCurrentWidget(page)
        self._update_actions()

    def new_patient(self) -> None:
        from bedside.ui.patient_dialog import PatientDialog

        dialog = PatientDialog(self.store, parent=self)
        if dialog.exec() and dialog.changed is not None:
            self.patient_changed.emit(dialog.changed)
            self.show_patient(dialog.changed.patient_id)
            self.statusBar().showMessage(
                self.tr("Patient %1 added.").replace("%1", dialog.changed.patient_id), 8000)

    def _editing_changed(self, editing: bool) -> None:
        """While a visit is entered the list steps aside: the entry screens and the live
        trend get the width."""
        self.patient_list.setVisible(not editing)
        self._update_visit_actions()

    def _editor(self):
        page = getattr(self, "page", None)  # (none yet while the menus are made)
        return page.editor if page is not None else None

    def _update_visit_actions(self) -> None:
        editor = self._editor()
        self.close_visit_action.setEnabled(editor is not None)
        self.discard_action.setEnabled(editor is not None and editor.can_discard())
        self.amend_action.setEnabled(editor is not None and editor.can_amend())

    def _close_visit(self) -> None:
        if self._editor() is not None:
            self.page.leave_editor()

    def _find_patient(self) -> None:
        """Find works during a visit too: the visit closes (every answer is saved) and the
        list comes back with the search."""
        self._close_visit()
        self.patient_list.focus_search()

    @property
    def current_patient_id(self) -> str | None:
        if self.page is not None and self.page.patient is not None and \
                self.pages.currentWidget() is self.page:
            return self.page.patient.patient_id
        return None

    # -- crash recovery --------------------------------------------------------------------
    def offer_drafts(self) -> None:
        """Offer to resume visits left unsigned (after a crash or power loss)."""
        from bedside.operations.patients import unsigned_visits

        drafts = unsigned_visits(self.store)
        for n, (draft, patient) in enumerate(drafts):
            name = patient.display_name if patient else draft.patient_id
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Resume an unsigned visit?"),
                              fill(self.tr("A visit of %1 (%2) dated %3 was being entered and "
                                           "is not signed. Everything entered so far is saved."
                                           "\n\nResume it now (Enter)?"),
                                   name, draft.patient_id, date_text(draft.visit_date)),
                              parent=self)
            resume = box.addButton(self.tr("&Resume"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(resume)
            box.exec()
            if box.clickedButton() is resume:
                self.patient_list.select(draft.patient_id)
                self.show_patient(draft.patient_id)
                self.page.open_visit(draft)  # the item shown has the keyboard focus
                rest = len(drafts) - n - 1
                if rest:
                    self.statusBar().showMessage(self.tr(
                        "%n more unsigned visit(s) are listed as drafts in their patients' "
                        "visit history.", "", rest))
                return

    # -- menus ------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | QKeySequence.StandardKey | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # setShortcuts([...]) rather than setShortcut(QKeySequence(...)): the latter's
            # overloads load Qt's namespace before the first paint.
            action.setShortcuts(QKeySequence.keyBindings(shortcut) if not isinstance(
                shortcut, str) else [QKeySequence.fromString(shortcut)])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        def ma():  # the File menu's work, loaded when first used
            from bedside.ui import menu_actions

            return menu_actions

        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.new_patient_action = self._action(self.tr("&New patient…"), self.new_patient,
                                               "Ctrl+Shift+N")
        self.open_action = self._action(self.tr("&Open database…"),
                                        lambda: ma().open_database(self), QKeySequence.Open)
        self.export_action = self._action(self.tr("&Export…"), lambda: ma().export(self))
        self.pdf_action = self._action(self.tr("Save &PDF…"), lambda: ma().save_pdf(self),
                                       "Ctrl+Shift+P")
        self.print_action = self._action(self.tr("P&rint…"), lambda: ma().print_summary(self),
                                         QKeySequence.Print)
        self.accounts_action = self._action(self.tr("E&xaminer accounts…"),
                                            self.set_up_accounts)
        self.sync_action = self._action(
            self.tr("S&ync now"), lambda: self.clinic_sync and self.clinic_sync.sync_now(),
            "Ctrl+Shift+Y", self.tr("Send and receive with the clinic server now"))
        self.conflicts_action = self._action(self.tr("Co&nflicts…"), self._show_conflicts)
        self.settings_action = self._action(self.tr("&Settings…"),
                                            lambda: ma().edit_settings(self),
                                            QKeySequence.Preferences)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.Quit)
        for a in (self.new_patient_action, self.open_action, self.export_action, None,
                  self.pdf_action, self.print_action, None, self.sync_action,
                  self.conflicts_action, None, self.accounts_action,
                  self.settings_action, None,
                  self.quit_action):
            file.addSeparator() if a is None else file.addAction(a)
        file.aboutToShow.connect(self._name_summary_visit)
        patient = bar.addMenu(self.tr("&Patient"))
        self.find_action = self._action(self.tr("&Find patient"), self._find_patient,
                                        QKeySequence.Find)
        self.new_visit_action = self._action(self.tr("New &visit"), self._new_visit,
                                             QKeySequence.New)
        self.edit_patient_action = self._action(self.tr("&Edit patient…"), self._edit_patient,
                                                "Ctrl+E")
        self.add_event_action = self._action(self.tr("Add e&vent…"), self._add_event,
                                             "Ctrl+Shift+E")
        self.history_action = self._action(self.tr("&History of changes…"),
                                           lambda: ma().show_history(self), "Ctrl+H")
        for a in (self.find_action, self.new_visit_action, self.edit_patient_action,
                  self.add_event_action, self.history_action):
            patient.addAction(a)
        visit = bar.addMenu(self.tr("&Visit"))
        self.close_visit_action = self._action(
            self.tr("&Close visit (a draft stays saved)"), self._close_visit, QKeySequence.Close)
        self.discard_action = self._action(self.tr("&Discard draft…"),
                                           lambda: self._editor() and self._editor().ask_discard())
        self.amend_action = self._action(self.tr("&Amend signed visit…"),
                                         lambda: self._editor() and self._editor().ask_amend())
        for a in (self.close_visit_action, self.discard_action, self.amend_action):
            visit.addAction(a)
        visit.aboutToShow.connect(self._update_visit_actions)
        self._update_visit_actions()
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Bedside"), self.about))

    def _update_actions(self) -> None:
        opened = self.store is not None  # nothing that needs the database while it opens
        for a in (self.new_patient_action, self.open_action, self.export_action,
                  self.accounts_action, self.settings_action, self.sync_action,
                  self.conflicts_action):
            a.setEnabled(opened)
        has_patient = self.current_patient_id is not None
        for a in (self.new_visit_action, self.edit_patient_action, self.add_event_action,
                  self.history_action):
            a.setEnabled(has_patient)
        available = summary_actions_available()
        for a in (self.pdf_action, self.print_action):
            a.setEnabled(available and has_patient)
            if not available:
                a.setToolTip(self.tr("The printed visit summary is not part of this build."))
                a.setStatusTip(a.toolTip())
            elif not has_patient:
                a.setStatusTip(self.tr("Open a patient first."))

    def _name_summary_visit(self) -> None:
        """Save PDF and Print say which visit they print (the one selected in the history,
        else the latest)."""
        visit = self.page.selected_visit() if self.page and self.current_patient_id else None
        if visit:
            day = date_text(visit.visit_date)
            self.pdf_action.setText(self.tr("Save &PDF (visit of %1)…").replace("%1", day))
            self.print_action.setText(self.tr("P&rint (visit of %1)…").replace("%1", day))
        else:
            self.pdf_action.setText(self.tr("Save &PDF…"))
            self.print_action.setText(self.tr("P&rint…"))

    def _show_conflicts(self) -> None:
        from bedside.ui.conflicts_dialog import show_conflicts

        show_conflicts(self)

    def _new_visit(self) -> None:
        if self.page is not None and self.current_patient_id:
            self.page.new_visit()

    def _edit_patient(self) -> None:
        if self.page is not None and self.current_patient_id:
            self.page.edit_patient()

    def _add_event(self) -> None:
        if self.page is not None and self.current_patient_id:
            self.page.add_event()

    def about(self) -> None:
        from bedside import __version__

        where = str(self.store.path) if self.store is not None else self.tr("(being opened)")
        QMessageBox.about(
            self, self.tr("About Bedside"),
            fill(self.tr("Bedside %1\n\nALSFRS-R and MRC muscle grading at the bedside, with "
                         "trends and a printed visit summary.\n\nDatabase: %2"),
                 __version__, where))

    # -- window state ----------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        splitter = self.settings.get("window/splitter")
        if not splitter.isEmpty():
            self.split.restoreState(splitter)

    def show_as_left(self) -> None:
        """Shown as it was closed; the first time over the whole screen: a clinic laptop's
        1366x768 has no room for a window of that size and its frame."""
        if self.settings.get("window/geometry").isEmpty():
            self.showMaximized()
        else:
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.page is not None:
            self.page.leave_editor()
        if self.clinic_sync is not None:
            self.clinic_sync.close()  # (a sync under way ends first: the database closes next)
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/splitter", self.split.saveState())
        self.settings.sync()
        super().closeEvent(event)
