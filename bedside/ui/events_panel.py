"""A patient's events: add, edit, delete (deleting asks for a reason)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bedside.domain import Event, Patient
from bedside.domain.words import event_label
from bedside.operations.database import Store
from bedside.operations.events import delete_event
from bedside.store.errors import StoreError
from bedside.ui.accessible import described
from bedside.ui.event_dialog import EventDialog
from bedside.ui.flow_layout import FlowLayout
from bedside.ui.locale_text import date_text
from bedside.ui.style import TOUCH_PX


class EventsPanel(QWidget):
    """Emits ``changed`` (a Changed) after any event is written: the page and plots follow."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.patient: Patient | None = None
        self._events: list[Event] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("events_table")
        described(self.table, self.tr("One row per event: date, kind, label; Enter changes "
                                      "it, Delete deletes it"), self.tr("Events"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"),
                                              self.tr("Label")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab goes on
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_PX)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        self.table.itemActivated.connect(lambda _item: self.edit_selected())
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add event…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        # Delete works on the events table only (never from a text field elsewhere), and
        # always asks for a reason first.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  self.delete_selected, context=Qt.ShortcutContext.WidgetShortcut)
        described(self.add_button, self.tr("Add an event (Ctrl+Shift+E)"))
        described(self.edit_button, self.tr("Change the event chosen in the list"))
        described(self.delete_button, self.tr("Delete the event chosen in the list; asks "
                                              "for a reason"))
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setMinimumHeight(TOUCH_PX)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = FlowLayout()  # wraps where the words are longer or the text larger
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_events(self, patient: Patient, events: Sequence[Event]) -> None:
        self.patient = patient
        self._events = sorted(events, key=lambda e: e.event_date, reverse=True)
        self.table.setRowCount(0)  # fresh rows: items replaced in place are re-measured one by
        self.table.setRowCount(len(self._events))  # one (see VisitHistory.show_visits)
        for row, e in enumerate(self._events):
            for col, text in enumerate((date_text(e.event_date), event_label(e.kind), e.label)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> Event | None:
        row = self.table.currentRow()
        if 0 <= row < len(self._events) and self.table.selectionModel().hasSelection():
            return self._events[row]
        return None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.add_button.setEnabled(self.patient is not None)

    def add(self) -> None:
        if self.patient is None:
            return
        dialog = EventDialog(self.store, self.patient, parent=self)
        if dialog.exec() and dialog.changed is not None:
            self.changed.emit(dialog.changed)

    def edit_selected(self) -> None:
        event = self.selected()
        if event is None or self.patient is None:
            return
        dialog = EventDialog(self.store, self.patient, event, parent=self)
        if dialog.exec() and dialog.changed is not None:
            self.changed.emit(dialog.changed)

    def delete_selected(self) -> None:
        event = self.selected()
        if event is None or event.event_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Delete event"),
            self.tr("Delete “%1” of %2? The deletion is recorded in the audit log.\n"
                    "Reason (required):").replace("%1", f"{event_label(event.kind)} "
                                                  f"{event.label}".strip())
            .replace("%2", date_text(event.event_date)),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Delete event"),
                                self.tr("Nothing was deleted: a reason is required."))
            return
        try:
            changed = delete_event(self.store, event, reason.strip())
        except StoreError as e:
            QMessageBox.warning(self, self.tr("Delete event"), str(e))
            return
        self.changed.emit(changed)
