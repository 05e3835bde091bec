"""The visit history table: one row per visit, newest first, drafts marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bedside.analysis import mrc_sum, subscores, total
from bedside.domain import Visit
from bedside.instruments import alsfrs_r
from bedside.ui.style import TOUCH_PX


def _t(text: str) -> str:
    return QCoreApplication.translate("visit_history", text)


def status_text(v: Visit) -> str:
    if v.status == "draft":
        return _t("draft")
    return _t("signed") if v.version == 1 else _t("signed v%1").replace("%1", str(v.version))


def status_tip(v: Visit) -> str:
    if v.status == "draft":
        return _t("Not signed yet: open it to continue and sign.")
    tip = _t("Signed by %1").replace("%1", v.signed_by)
    if v.signed_at:
        tip += " " + _t("at %1").replace("%1", f"{v.signed_at:%Y-%m-%d %H:%M}")
    if v.amend_reason:
        tip += "\n" + _t("Amended (version %1): %2").replace("%1", str(v.version)).replace(
            "%2", v.amend_reason)
    return tip


class VisitHistory(QTableWidget):
    """Enter or double-click opens the visit (``visit_opened`` with its Visit)."""

    visit_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_history")
        domains = [d.name.replace(" ", "\n", 1) for d in alsfrs_r().domains]
        headers = [self.tr("Date"), self.tr("Total"), *domains, self.tr("MRC\nsum"),
                   self.tr("Status"), self.tr("Examiner")]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(TOUCH_PX)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        self._visits: list[Visit] = []
        self.itemActivated.connect(self._activated)
        self.itemDoubleClicked.connect(self._activated)

    def show_visits(self, visits: Sequence[Visit]) -> None:
        """``visits``: drafts and signed visits; shown newest first."""
        self._visits = sorted(visits, key=lambda v: (v.visit_date, v.status == "draft"),
                              reverse=True)
        self.setUpdatesEnabled(False)
        self.setRowCount(0)  # new items into empty rows: replacing 200 rows' items in place
        self.setRowCount(len(self._visits))  # took seconds (each replaced item re-measured)
        domain_keys = [d.key for d in alsfrs_r().domains]
        for row, v in enumerate(self._visits):
            t = total(v.alsfrs) if v.alsfrs else None
            subs = subscores(v.alsfrs) if v.alsfrs else {}
            m = mrc_sum(v.mrc)
            cells = [v.visit_date.isoformat(), _num(t),
                     *(_num(subs.get(k)) for k in domain_keys),
                     str(m) if m else "—", status_text(v), v.examiner]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 1 <= col <= 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 7:
                    item.setToolTip(status_tip(v))
                if v.status == "draft":
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.setItem(row, col, item)
        self.setUpdatesEnabled(True)

    def width_to_status(self) -> int:
        """Pixels the table needs to show every column up to the Status of each visit (the
        Examiner column after it may scroll)."""
        hh = self.horizontalHeader()
        status = hh.logicalIndex(self.columnCount() - 2)
        return (hh.sectionPosition(status) + hh.sectionSize(status)
                + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())

    def visit_at(self, row: int) -> Visit:
        return self._visits[row]

    def _activated(self, item: QTableWidgetItem) -> None:
        self.visit_opened.emit(self._visits[item.row()])


def _num(value: int | None) -> str:
    return "—" if value is None else str(value)
