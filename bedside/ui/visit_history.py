"""The visit history table: one row per visit, newest first, drafts marked."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from bedside.analysis import mrc_sum, subscores, total
from bedside.domain import Visit
from bedside.domain.words import resource_text
from bedside.i18n import fill
from bedside.instruments import alsfrs_r
from bedside.ui.accessible import described
from bedside.ui.language import TrContext
from bedside.ui.locale_text import date_text, datetime_text
from bedside.ui.style import TOUCH_PX

_Index = QModelIndex | QPersistentModelIndex
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMBER_COLUMNS = range(1, 7)  # total, the four subscores, the MRC sum
_STATUS_COLUMN = 7
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled  # asked per cell painted


visit_history = TrContext("visit_history")


def status_text(v: Visit) -> str:
    if v.status == "draft":
        return visit_history.tr("draft")
    return visit_history.tr("signed") if v.version == 1 else visit_history.tr(
        "signed v%1").replace("%1", str(v.version))


def status_tip(v: Visit) -> str:
    if v.status == "draft":
        return visit_history.tr("Not signed yet: open it to continue and sign.")
    tip = visit_history.tr("Signed by %1").replace("%1", v.signed_by)
    if v.signed_at:
        tip += " " + visit_history.tr("at %1").replace("%1", datetime_text(v.signed_at))
    if v.amend_reason:
        tip += "\n" + fill(visit_history.tr("Amended (version %1): %2"), v.version,
                           v.amend_reason)
    return tip


def row_texts(v: Visit, domain_keys: Sequence[str]) -> tuple[str, ...]:
    """What the history shows of one visit, column by column."""
    t = total(v.alsfrs) if v.alsfrs else None
    subs = subscores(v.alsfrs) if v.alsfrs else {}
    m = mrc_sum(v.mrc)
    return (date_text(v.visit_date), _num(t), *(_num(subs.get(k)) for k in domain_keys),
            str(m) if m else "—", status_text(v), v.examiner)


class VisitHistoryModel(QAbstractTableModel):
    """The visits' texts, formatted once per showing; the view asks only for what it draws
    (a table of items would build, and measure, 9 items per visit)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.visits: list[Visit] = []
        self.rows: list[tuple[str, ...]] = []
        self.italic = QFont()
        self.italic.setItalic(True)  # drafts

    def set_visits(self, visits: Sequence[Visit]) -> None:
        domain_keys = [d.key for d in alsfrs_r().domains]
        self.beginResetModel()
        self.visits = list(visits)
        self.rows = [row_texts(v, domain_keys) for v in self.visits]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY_ROLE):
        if role == DISPLAY_ROLE and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS

    def data(self, index: _Index, role: int = DISPLAY_ROLE):
        row, col = index.row(), index.column()
        if role == DISPLAY_ROLE:
            return self.rows[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col in _NUMBER_COLUMNS else None
        if role == Qt.ItemDataRole.FontRole:
            return self.italic if self.visits[row].status == "draft" else None
        if role == Qt.ItemDataRole.ToolTipRole and col == _STATUS_COLUMN:
            return status_tip(self.visits[row])
        return None


class VisitHistory(QTableView):
    """Enter or double-click opens the visit (``visit_opened`` with its Visit)."""

    visit_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widths: dict[int, int] = {}  # column -> sizeHintForColumn, for this showing
        self.setObjectName("visit_history")
        described(self, self.tr("One row per visit, newest first: date, ALSFRS-R total and "
                                "subscores, MRC sum, status, examiner (the numbers the trend "
                                "plot draws); Enter opens a visit"), self.tr("Visit history"))
        domains = [resource_text(d.name).replace(" ", "\n", 1) for d in alsfrs_r().domains]
        headers = [self.tr("Date"), self.tr("Total"), *domains, self.tr("MRC\nsum"),
                   self.tr("Status"), self.tr("Examiner")]
        self.history_model = VisitHistoryModel(headers, self)
        self.setModel(self.history_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # rows are chosen, not cells: Tab goes on
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
        self.activated.connect(self._activated)
        self.doubleClicked.connect(self._activated)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widths.clear()  # the texts measure differently now
        super().changeEvent(event)

    def show_visits(self, visits: Sequence[Visit]) -> None:
        """``visits``: drafts and signed visits; shown newest first."""
        self._widths.clear()
        self.history_model.set_visits(sorted(
            visits, key=lambda v: (v.visit_date, v.status == "draft"), reverse=True))

    def settle(self) -> None:
        """Lay the rows, header and scroll bars out now rather than from the event loop,
        where each deferred step (Qt queues them) would repaint the table once more."""
        self.executeDelayedItemsLayout()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        QCoreApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)

    def rowCount(self) -> int:  # noqa: N802 (as QTableWidget's)
        return self.history_model.rowCount()

    def columnCount(self) -> int:  # noqa: N802
        return self.history_model.columnCount()

    def currentRow(self) -> int:  # noqa: N802
        return self.currentIndex().row()

    def text(self, row: int, column: int) -> str:
        """What the cell shows."""
        return self.history_model.rows[row][column]

    def header_text(self, column: int) -> str:
        return self.history_model.headerData(column, Qt.Orientation.Horizontal)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 (Qt's name)
        """The width the column's widest cell needs, as QTableView measures it, but asking
        the delegate only about the widest text in each font (drafts are italic) instead of
        about every row: ResizeToContents asks at every layout, cell by cell. Measured once per
        showing of the visits (the header asks again at each layout of the page)."""
        if column in self._widths:
            return self._widths[column]
        width = self._widths[column] = self._measure(column)
        return width

    def _measure(self, column: int) -> int:
        model = self.history_model
        if not model.rows:
            return super().sizeHintForColumn(column)
        widest: dict[bool, tuple[float, int]] = {}
        metrics = {False: QFontMetricsF(self.font()), True: QFontMetricsF(model.italic)}
        # a column repeats its texts (the scores, "signed", the examiner): each measured once
        measured: dict[tuple[bool, str], float] = {}
        for row, (texts, visit) in enumerate(zip(model.rows, model.visits, strict=True)):
            draft = visit.status == "draft"
            key = (draft, texts[column])
            width = measured.get(key)
            if width is None:
                width = measured[key] = metrics[draft].horizontalAdvance(texts[column])
            if draft not in widest or width > widest[draft][0]:
                widest[draft] = (width, row)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        hint = 0
        for _, row in widest.values():
            index = model.index(row, column)
            hint = max(hint, self.itemDelegateForIndex(index).sizeHint(option, index).width())
        return hint + 1 if self.showGrid() else hint

    def width_needed(self) -> int:
        """Pixels the table needs to show every column of each visit whole, the examiner's
        name included (it was cut to "Dr.")."""
        hh = self.horizontalHeader()
        last = hh.logicalIndex(self.columnCount() - 1)
        return (hh.sectionPosition(last) + self.sizeHintForColumn(last)
                + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth())

    def visit_at(self, row: int) -> Visit:
        return self.history_model.visits[row]

    def _activated(self, index: QModelIndex) -> None:
        self.visit_opened.emit(self.history_model.visits[index.row()])


def _num(value: int | None) -> str:
    return "—" if value is None else str(value)
