"""The audit history of a patient or a visit: who changed what, when, from what, and why."""

from __future__ import annotations

import json
import re
from datetime import date

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

from bedside.domain.words import muscle_cell_text, protocol_text
from bedside.i18n import fill
from bedside.instruments import alsfrs_r, protocols
from bedside.operations.database import Store
from bedside.operations.patients import AuditEntry, history
from bedside.ui.accessible import described
from bedside.ui.language import TrContext
from bedside.ui.locale_text import date_text
from bedside.ui.scrolling import fit_screen
from bedside.ui.style import TOUCH_PX, pt

audit_view = TrContext("audit_view")


def columns() -> list[str]:
    return [audit_view.tr("When (UTC)"), audit_view.tr("Who"), audit_view.tr("Record"),
            audit_view.tr("Action"), audit_view.tr("Item"), audit_view.tr("Old value"),
            audit_view.tr("New value"), audit_view.tr("Reason")]


def _action_text(action: str) -> str:
    return {
        "create": audit_view.tr("created"), "update": audit_view.tr("changed"),
        "draft": audit_view.tr("draft saved"), "sign": audit_view.tr("signed"),
        "amend": audit_view.tr("amended"), "discard": audit_view.tr("draft discarded"),
        "delete": audit_view.tr("deleted"), "import": audit_view.tr("imported"),
    }.get(action, action)


def stored_fields() -> dict[str, str]:
    """The stored fields the audit names, as the forms name them."""
    return {
        "status": audit_view.tr("status"), "version": audit_view.tr("version"),
        "visit_date": audit_view.tr("visit date"), "notes": audit_view.tr("notes"),
        "mrc_protocol": audit_view.tr("MRC protocol"), "examiner": audit_view.tr("examiner"),
        "family_name": audit_view.tr("family name"), "given_name": audit_view.tr("given name"),
        "birth_date": audit_view.tr("birth date"), "sex": audit_view.tr("sex"),
        "onset_date": audit_view.tr("onset of symptoms"),
        "onset_region": audit_view.tr("onset region"),
        "diagnosis_date": audit_view.tr("diagnosis date"), "kind": audit_view.tr("kind"),
        "event_date": audit_view.tr("event date"), "label": audit_view.tr("label"),
        # an import's summary (store/bulk.py)
        "file": audit_view.tr("file"), "rows": audit_view.tr("rows"),
        "visits": audit_view.tr("visits"), "new patients": audit_view.tr("new patients"),
        "events": audit_view.tr("events"),
    }


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
        return text + (" " + audit_view.tr("(not assessed)") if suffix else "")
    if field.startswith("MRC_"):
        return "MRC " + muscle_cell_text(field[4:])
    return stored_fields().get(field, field.replace("_", " "))


# how the store words a signature in the trail (store/visits.py): '2 signed by Dr. A'
_SIGNATURE = re.compile(r"(?:(\d+) )?(signed|entered in error) by (.+)", re.S)


def value_text(value: str | None, field: str | None = None) -> str:
    """A stored value in plain words and the interface language; a whole record (JSON) as
    'name: value' pairs. The trail itself stays as stored."""
    if value is None:
        return ""
    if field == "mrc_protocol" and value in protocols():
        return protocol_text(protocols()[value])
    if value == "draft":
        return audit_view.tr("draft")
    signature = _SIGNATURE.fullmatch(value)
    if signature:
        version, what, who = signature.groups()
        if what == "signed":
            return (fill(audit_view.tr("version %1 signed by %2"), version, who) if version
                    else fill(audit_view.tr("signed by %1"), who))
        return fill(audit_view.tr("version %1 entered in error by %2"), version or "1", who)
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
        return audit_view.tr("visit %1").replace("%1", date_text(date.fromisoformat(rest))
                                                 if _is_date(rest) else rest)
    if entity == "event":
        return audit_view.tr("event #%1").replace("%1", rest)
    return entity_text(entity)


def entity_text(entity: str) -> str:
    return {"patient": audit_view.tr("patient"), "visit": audit_view.tr("visit"),
            "event": audit_view.tr("event"), "import": audit_view.tr("import"),
            "database": audit_view.tr("database"), "examiner": audit_view.tr("examiner"),
            }.get(entity, entity)


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class AuditDialog(QDialog):
    """Read-only table of the audit log entries of one patient (with its visits and events)
    or one visit, newest first, with a filter box."""

    def __init__(self, store: Store, entity: str, entity_key: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(reversed(history(store, entity, entity_key)))
        if entity == "visit":
            pid, _, day = entity_key.partition("/")
            title = fill(self.tr("History of the visit of %1 on %2"), pid,
                         date_text(date.fromisoformat(day)) if _is_date(day) else day)
        else:
            title = fill(self.tr("History of %1 %2"), entity_text(entity), entity_key)
        self.setWindowTitle(title)
        fit_screen(self, 1100, 560)
        heading = QLabel(title, self)
        heading.setStyleSheet(f"font-size: {pt(15)}; font-weight: 600;")
        note = QLabel(self.tr(
            "Every change is recorded here and can never be edited or deleted. Times are UTC."),
            self)
        note.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("audit_filter")
        described(self.filter, self.tr("Shows only the changes holding the words typed"),
                  self.tr("Filter"))
        self.filter.setPlaceholderText(self.tr("Filter: a name, an item, a value, a reason…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumHeight(TOUCH_PX)
        self.filter.textChanged.connect(self._apply_filter)
        names = columns()
        self.table = QTableWidget(len(self.entries), len(names), self)
        self.table.setObjectName("audit_table")
        described(self.table, self.tr("One row per change, newest first: when, who, which "
                                      "record, what was done, the old and new value, why"),
                  self.tr("History of changes"))
        self.table.setHorizontalHeaderLabels(names)
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
            described(b, self.tr("Close this window"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (heading, note, self.filter, self.table, self.empty, buttons):
            layout.addWidget(w)

    def _fill_row(self, row: int, e: AuditEntry) -> None:
        cells = (
            f"{date_text(e.at_utc.date())} {e.at_utc:%H:%M:%S}", e.who,
            record_text(e.entity, e.entity_key), _action_text(e.action), field_text(e.field),
            value_text(e.old_value, e.field), value_text(e.new_value, e.field), e.reason or "",
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
