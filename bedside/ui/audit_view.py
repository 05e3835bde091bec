"""The audit history of a patient or a visit: who changed what, when, from what, and why."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bedside.instruments import alsfrs_r, cell_label
from bedside.operations.database import Store
from bedside.operations.patients import AuditEntry, history
from bedside.ui.style import TOUCH_PX

COLUMNS = ("When (UTC)", "Who", "Record", "Action", "Item", "Old value", "New value", "Reason")


def _action_text(dialog: QDialog, action: str) -> str:
    return {
        "create": dialog.tr("created"), "update": dialog.tr("changed"),
        "draft": dialog.tr("draft saved"), "sign": dialog.tr("signed"),
        "amend": dialog.tr("amended"), "discard": dialog.tr("draft discarded"),
        "delete": dialog.tr("deleted"), "import": dialog.tr("imported"),
    }.get(action, action)


def field_text(field: str | None) -> str:
    """An audited field as the examiner knows it: 'Q1 Speech', 'MRC Elbow flexion (left)'."""
    if not field:
        return ""
    q = alsfrs_r()
    key, _, suffix = field.partition(":")
    try:
        item = q.item(key)
    except (KeyError, ValueError, LookupError):
        item = None
    if item is not None:
        parts = key.split("_")
        code = parts[0] if key.startswith("Q") else "".join(parts[:2])
        text = f"{code} {item.name}"
        return text + (" (not assessed)" if suffix else "")
    if field.startswith("MRC_"):
        cell = field[4:]
        return "MRC " + cell_label(cell)
    return field.replace("_", " ")


def value_text(value: str | None) -> str:
    """A stored value in plain words; a whole record (JSON) as 'name: value' pairs."""
    if value is None:
        return ""
    if value.startswith("{"):
        try:
            data = json.loads(value)
        except ValueError:
            return value
        if isinstance(data, dict):
            return "; ".join(f"{field_text(k)}: {v}" for k, v in data.items()
                             if v not in (None, ""))
    return value


def record_text(entity: str, key: str) -> str:
    _, _, rest = key.partition("/")
    if entity == "visit":
        return f"visit {rest}"
    if entity == "event":
        return f"event #{rest}"
    return entity


class AuditDialog(QDialog):
    """Read-only table of the audit log entries of one patient (with its visits and events)
    or one visit, newest first, with a filter box."""

    def __init__(self, store: Store, entity: str, entity_key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(reversed(history(store, entity, entity_key)))
        if entity == "visit":
            pid, _, day = entity_key.partition("/")
            title = self.tr("History of the visit of %1 on %2").replace("%1", pid).replace(
                "%2", day)
        else:
            title = self.tr("History of %1 %2").replace("%1", entity).replace("%2", entity_key)
        self.setWindowTitle(title)
        self.resize(1100, 560)
        heading = QLabel(title, self)
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        note = QLabel(self.tr(
            "Every change is recorded here and can never be edited or deleted. Times are UTC."),
            self)
        note.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("audit_filter")
        self.filter.setPlaceholderText(self.tr("Filter: a name, an item, a value, a reason…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumHeight(TOUCH_PX)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(len(self.entries), len(COLUMNS), self)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        for col in (5, 6, 7):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for row, e in enumerate(self.entries):
            self._fill_row(row, e)
        self.table.setColumnWidth(4, 240)
        self.table.resizeRowsToContents()
        self.empty = QLabel(self.tr("No change has been recorded yet."), self)
        self.empty.setVisible(not self.entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for b in buttons.buttons():
            b.setMinimumHeight(TOUCH_PX)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (heading, note, self.filter, self.table, self.empty, buttons):
            layout.addWidget(w)

    def _fill_row(self, row: int, e: AuditEntry) -> None:
        cells = (
            e.at_utc.strftime("%Y-%m-%d %H:%M:%S"), e.who, record_text(e.entity, e.entity_key),
            _action_text(self, e.action), field_text(e.field), value_text(e.old_value),
            value_text(e.new_value), e.reason or "",
        )
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, col, item)

    def visible_rows(self) -> list[list[str]]:
        """The rows a user sees (after the filter), as text: used by tests and copy."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)
        ]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for r in range(self.table.rowCount()):
            row_text = " ".join(self.table.item(r, c).text().lower()
                                for c in range(self.table.columnCount()))
            self.table.setRowHidden(r, bool(needle) and needle not in row_text)
