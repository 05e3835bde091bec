"""The patient list: instant, accent-insensitive search by name or identifier."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bedside.operations.listing import Listing, make_listing
from bedside.ui.accessible import described
from bedside.ui.fold import fold, tokens
from bedside.ui.locale_text import date_text
from bedside.ui.style import TOUCH_PX, muted_style, pt

if TYPE_CHECKING:
    from bedside.domain import Patient

_Index = QModelIndex | QPersistentModelIndex
_ROLE = QtCore.Qt.ItemDataRole
_DISPLAY, _TOOLTIP, _USER = _ROLE.DisplayRole, _ROLE.ToolTipRole, _ROLE.UserRole


def _key(patient_id: str, family: str, given: str) -> str:
    return fold(f"{patient_id} {family} {given}")


_LAST_VISITS_AT_ONCE = 200  # rows whose last visit is looked up together, from the one shown


class PatientListModel(QAbstractTableModel):
    """All patients with their folded search keys; ``set_query`` narrows the rows shown."""

    COLUMNS = ("name", "identifier", "last_visit")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listing = Listing([])
        self._rows: list[int] = []
        self._query: list[str] = []
        self._recent: dict[tuple[str, ...], list[int]] = {}
        self._last: dict[str, str] = {}  # identifier -> the last-visit cell, once looked up

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Identifier"), self.tr("Last visit"))

    @property
    def none_text(self) -> str:
        return self.tr("none")

    def set_patients(self, patients: Sequence[Patient], last_visits: dict[str, date]) -> None:
        self.set_listing(make_listing(patients, last_visits))

    def set_listing(self, listing: Listing) -> None:
        """Show ``listing`` (the query typed so far still applies)."""
        self.beginResetModel()
        self._listing = listing
        self._recent = {}
        self._last = {}
        self._rows = self._matching(range(len(listing.rows)), self._query)
        self.endResetModel()

    def set_query(self, text: str) -> None:
        query = tokens(text)
        if query == self._query:
            return
        key = tuple(query)
        rows = self._recent.get(key)
        if rows is None:
            narrowing = bool(self._query) and len(query) >= len(self._query) and all(
                old in new for old, new in zip(self._query, query, strict=False))
            candidates = self._rows if narrowing else range(len(self._listing.rows))
            rows = self._matching(candidates, query)
            if len(self._recent) > 64:  # the prefixes typed lately: Backspace is instant
                self._recent.clear()
            self._recent[key] = rows
        self._query = query
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _matching(self, candidates, query: list[str]) -> list[int]:
        if not query:
            return list(candidates)
        listing = self._listing
        if listing.keys is None:
            listing.keys = [_key(*row[:3]) for row in listing.rows]
        keys = listing.keys
        rows = list(candidates)
        for word in sorted(query, key=len, reverse=True):  # the longest word narrows most
            rows = [i for i in rows if word in keys[i]]
        return rows

    @property
    def total_count(self) -> int | None:
        """The patients in all; None while only the first are in (the rest being read)."""
        listing = self._listing
        return len(listing.rows) if listing.complete else None

    def patient_id_at(self, row: int) -> str:
        return self._listing.rows[self._rows[row]][0]

    def patient_at(self, row: int) -> Patient:
        from bedside.domain import Patient

        pid, family, given, born = self._listing.rows[self._rows[row]]
        return Patient(pid, family, given, date.fromisoformat(born) if born else None)

    def row_of(self, patient_id: str) -> int | None:
        rows = self._listing.rows
        for row, i in enumerate(self._rows):
            if rows[i][0] == patient_id:
                return row
        return None

    def forget_last_visit(self, patient_id: str) -> None:
        """The patient's visits changed: the last visit is looked up again when shown."""
        if self._last.pop(patient_id, None) is not None and (
                row := self.row_of(patient_id)) is not None:
            self.dataChanged.emit(self.index(row, 2), self.index(row, 2), [])

    def _last_visit(self, row: int) -> str:
        pid = self.patient_id_at(row)
        cell = self._last.get(pid)
        if cell is None:  # looked up for the rows from here on, as a view shows them
            ids = [self.patient_id_at(r)
                   for r in range(row, min(row + _LAST_VISITS_AT_ONCE, len(self._rows)))]
            found = self._listing.last_visits(ids)
            if found is None:  # the store was closed while its patients are still shown
                return ""
            none = self.none_text
            self._last.update((i, date_text(found[i]) if i in found else none) for i in ids)
            cell = self._last[pid]
        return cell

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = _DISPLAY):
        if int(role) == _DISPLAY and orientation == QtCore.Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY):
        # Called for every visible cell and role on each repaint: plain int roles.
        role = int(role)
        if role == _DISPLAY:
            column = index.column()
            if column == 2:
                return self._last_visit(index.row())
            pid, family, given, _ = self._listing.rows[self._rows[index.row()]]
            if column == 1:
                return pid
            return ", ".join(n for n in (family, given) if n) or pid  # Patient.display_name
        if role == _TOOLTIP:
            p = self.patient_at(index.row())
            born = date_text(p.birth_date) if p.birth_date else self.tr("unknown")
            return f"{p.display_name} · {p.patient_id} · " + self.tr("born %1").replace("%1", born)
        if role == _USER:
            return self.patient_id_at(index.row())
        return None


class PatientListPanel(QWidget):
    """Search box over the patient table; emits ``patient_chosen`` with an identifier."""

    patient_chosen = Signal(str)
    new_patient_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PatientListModel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("patient_search")
        self.search.setPlaceholderText(self.tr("Search name or identifier (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(TOUCH_PX)
        described(self.search, self.tr("Narrows the list as you type: any part of a name or "
                                       "identifier, in any order; Down goes into the list"),
                  self.tr("Search patients"))
        self.search.textChanged.connect(self._on_query)
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)

        self.table = QTableView(self)
        self.table.setObjectName("patient_table")
        described(self.table, self.tr("One row per patient: name, identifier and the date of "
                                      "the last visit; Enter opens the patient"),
                  self.tr("Patients"))
        # Until the patients are read, an empty model of Qt's own shows the column headers:
        # painting a Python model's headers loads PySide6's Qt namespace, which
        # the window's first paint need not wait for.
        self._placeholder = QStandardItemModel(0, len(PatientListModel.COLUMNS), self)
        self._placeholder.setHorizontalHeaderLabels(list(self.model.headers()))
        self.table.setModel(self._placeholder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab goes on
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(TOUCH_PX)
        # Always there: as typing narrows the list to a screenful and widens it again, a scroll
        # bar that came and went would move the columns and lay out and paint the list twice.
        self.table.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._shape_columns()
        self.table.activated.connect(self._on_activated)
        self.table.clicked.connect(self._on_activated)
        # Said over the empty table while the database is opened and read (after the window
        # is on screen); hidden once the patients are in. The table gets a viewport made here:
        # asking it for its own (viewport()) makes PySide6 resolve its lazy enums before the
        # first paint.
        viewport = QWidget(self.table)
        self.table.setViewport(viewport)
        self.opening = QLabel(viewport)
        self.opening.setObjectName("patient_list_opening")
        self.opening.setStyleSheet(f"{muted_style()} font-size: {pt(11)};")
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(self.opening)
        across.addStretch(1)
        over = QVBoxLayout(viewport)
        over.addStretch(1)
        over.addLayout(across)
        over.addStretch(1)
        self.opening.hide()

        self.count = QLabel(self)
        self.count.setObjectName("patient_count")
        self.new_button = QPushButton(self.tr("New patient…"), self)
        self.new_button.setMinimumHeight(TOUCH_PX)
        described(self.new_button, self.tr("Add a patient (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_patient_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        layout.addLayout(bottom)
        self.model.modelReset.connect(self._update_count)

    def set_patients(self, patients: Sequence[Patient], last_visits: dict[str, date]) -> None:
        self.set_listing(make_listing(patients, last_visits))

    def _shape_columns(self) -> None:
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        # at least as wide as its header's words in the language shown
        hh.resizeSection(1, max(118, hh.sectionSizeHint(1)))
        hh.resizeSection(2, max(92, hh.sectionSizeHint(2)))

    def set_listing(self, listing: Listing) -> None:
        self.opening.hide()
        self.new_button.setEnabled(True)
        self.model.set_listing(listing)
        if self.table.model() is not self.model:
            self.table.setModel(self.model)
            self._shape_columns()

    def show_opening(self, text: str) -> None:
        """The list before the patients are in: empty, saying ``text`` ("Opening ...")."""
        self.model.set_listing(Listing([]))
        self.opening.setText(text)
        self.opening.show()
        self.count.setText(text)
        self.new_button.setEnabled(False)

    @property
    def is_opening(self) -> bool:
        return not self.opening.isHidden()

    def focus_search(self) -> None:
        self.search.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select(self, patient_id: str) -> None:
        row = self.model.row_of(patient_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_query(self, text: str) -> None:
        self.model.set_query(text)
        # the rows, header and scroll bar laid out now, before the list is painted: from the
        # view's timer and queue they came after that paint, and the list was painted again
        self.table.executeDelayedItemsLayout()
        QCoreApplication.sendPostedEvents(self.table, QEvent.Type.LayoutRequest)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        if total is None:  # (for the moment the rest of the patients takes to read)
            self.count.setText("")
        elif shown == total:
            self.count.setText(self.tr("%n patient(s)", "", total))
        else:
            self.count.setText(self.tr("%1 of %n patient(s)", "", total).replace("%1", str(shown)))

    def _open_first(self) -> None:
        if self.model.rowCount():
            index = self.table.currentIndex()
            row = index.row() if index.isValid() else 0
            self.table.selectRow(row)
            self.patient_chosen.emit(self.model.patient_id_at(row))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.patient_chosen.emit(self.model.patient_id_at(index.row()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window's Ctrl+ shortcuts (Ctrl+E: edit the patient just found) work in the search
        # box: a line edit would take Ctrl+E, Ctrl+H and others as its own editing keys.
        if (watched is self.search and event.type() == QEvent.Type.ShortcutOverride
                and event.modifiers() == QtCore.Qt.KeyboardModifier.ControlModifier
                and event.key() in (QtCore.Qt.Key.Key_E, QtCore.Qt.Key.Key_H)):
            return True  # not accepted: the shortcut goes to the window
        # Down arrow in the search box moves into the list, so the keyboard alone suffices.
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == QtCore.Qt.Key.Key_Down and self.model.rowCount()):
            self.table.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)
