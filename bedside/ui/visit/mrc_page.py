"""MRC grading: the protocol's muscles by Left/Right, graded from the keyboard or a touch keypad.

Keys: 0-5 grade the focused cell and move on; + or - then refines the grade just typed
("4" then "-" is 4-); N marks the cell not tested and asks why; Delete clears; arrows and Tab
move; Ctrl+Enter continues to the review. Sums use analysis.mrc_sum ("x / max tested").
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bedside import analysis
from bedside.domain import NOT_TESTED, MrcCell
from bedside.domain.words import reason_text, resource_text
from bedside.i18n import fill
from bedside.instruments import Protocol, mrc_scale
from bedside.ui.accessible import described
from bedside.ui.flow_layout import FlowLayout
from bedside.ui.scrolling import scrolling_body
from bedside.ui.style import color
from bedside.ui.visit.reason_picker import ReasonPicker
from bedside.ui.visit.style import TOUCH
from bedside.ui.visit.wording_note import mrc_wording_text

DIGITS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(6)}


class MrcTable(QTableWidget):
    """The grid; key handling lives in MrcPage.handle_key so the page decides what a key does."""

    def __init__(self, page: MrcPage) -> None:
        super().__init__(page)
        self.page = page
        self.setColumnCount(2)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(TOUCH + 1)  # a cell of 44 px and its line
        self.verticalHeader().setStyleSheet("QHeaderView::section { padding: 0 10px; }")
        self.setStyleSheet(f"QTableWidget::item:selected {{ background: {color('chosen')};"
                           f" color: {color('text')}; border: 3px solid {color('accent')}; }}")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if not self.page.handle_key(event):
            super().keyPressEvent(event)


class MrcPage(QWidget):
    grade_set = Signal(str, object)  # cell key, MrcCell or None (cleared)
    back = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = mrc_scale()
        self.protocol: Protocol | None = None
        self.cells: dict[str, MrcCell] = {}
        self._positions: dict[str, tuple[int, int]] = {}
        self._order: list[str] = []
        self._pending: str | None = None  # the cell a following + or - refines
        outer = QVBoxLayout(scrolling_body(self))  # scrolls where larger text needs it
        outer.setContentsMargins(16, 10, 16, 10)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long protocol or patient name takes a second line
        outer.addWidget(self.title)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left, 3)
        self.table = described(MrcTable(self), self.tr(
            "One row per muscle, Left and Right: keys 0-5 grade the chosen cell, + or - refine "
            "it, N marks it not tested"), self.tr("MRC grades"))
        self.table.currentCellChanged.connect(self._focus_moved)
        self.table.cellClicked.connect(lambda *_: self._forget_pending())
        left.addWidget(self.table, 1)
        self.picker = ReasonPicker(self)
        self.picker.chosen.connect(self._reason_chosen)
        self.picker.cancelled.connect(lambda: self.table.setFocus())
        left.addWidget(self.picker)
        nav = FlowLayout()  # wraps where the words are longer or the text larger
        back = described(QPushButton(self.tr("← Back")), self.tr(
            "Back to the last ALSFRS-R item or the start page"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.clicked.connect(self.back)
        done = described(QPushButton(self.tr("Continue to review (Ctrl+Enter)")), self.tr(
            "Review the visit before signing (Ctrl+Enter)"))
        done.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        done.clicked.connect(self.done)
        nav.addWidget(back)
        nav.addWidget(done)
        left.addLayout(nav)

        side = QVBoxLayout()
        body.addLayout(side, 2)
        self.description = QLabel()
        self.description.setObjectName("notice")
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(60)
        side.addWidget(self.description)
        keypad = QWidget(self)  # its own widget: it grows by the rows it wraps into
        pad = FlowLayout(keypad, spacing=4)  # six a row at 1366 x 768, fewer when narrow
        codes = [*self.scale.codes, self.scale.not_tested_code]
        for code in codes:
            b = QPushButton(code)
            b.setObjectName("gradeKey")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setMinimumHeight(TOUCH)
            b.setToolTip(self.scale.not_tested_text if code == NOT_TESTED
                         else self.scale.grade(code).text)
            b.clicked.connect(lambda _=False, c=code: self._pad(c))
            pad.addWidget(b)
        clear = described(QPushButton(self.tr("Clear")), self.tr(
            "Clear the chosen cell's grade (Delete)"))
        clear.setObjectName("clearKey")
        clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        clear.setMinimumHeight(TOUCH)
        clear.clicked.connect(self.clear_current)
        pad.addWidget(clear)
        side.addWidget(keypad)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        side.addWidget(self.problem)
        sums = QFrame()
        sums.setObjectName("panel")
        grid = QGridLayout(sums)
        self.sum_labels: dict[str, QLabel] = {}
        for row, (side_key, name) in enumerate(
            (("L", self.tr("Left")), ("R", self.tr("Right")), ("", self.tr("Without side")),
             (None, self.tr("Total")))
        ):
            name_label = QLabel(name)
            value = QLabel()
            value.setObjectName("total" if side_key is None else "")
            if side_key is None:
                name_label.setObjectName("total")
            grid.addWidget(name_label, row, 0)
            grid.addWidget(value, row, 1)
            self.sum_labels[str(side_key)] = value
            self._sum_names = getattr(self, "_sum_names", {})
            self._sum_names[str(side_key)] = name_label
        self.graded = QLabel()
        self.graded.setObjectName("help")
        self.graded.setWordWrap(True)
        grid.addWidget(self.graded, 4, 0, 1, 2)
        side.addWidget(sums)
        self.legend = QLabel()
        self.legend.setObjectName("help")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        # the grades' wording takes the room left and scrolls on a short screen (at 768 px
        # its last grades were cut off); the current grade's row is scrolled into view
        self.legend_scroll = QScrollArea()
        self.legend_scroll.setObjectName("legend_scroll")
        self.legend_scroll.setWidget(self.legend)
        self.legend_scroll.setWidgetResizable(True)
        self.legend_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.legend_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side.addWidget(self.legend_scroll, 1)
        self.wording = QLabel(mrc_wording_text())  # the grades' wording is the English one
        self.wording.setObjectName("wording")
        self.wording.setWordWrap(True)
        self.wording.setVisible(bool(self.wording.text()))
        side.addWidget(self.wording)
        keys = QLabel(self.tr("Keys: 0-5 grade and move on · then + or - refines (4 then - = 4-)"
                              " · N not tested, then the reason's number · Delete clears · "
                              "arrows and Tab move · Ctrl+Enter review"))
        keys.setObjectName("keys")
        keys.setWordWrap(True)
        side.addWidget(keys)

    # -- showing ---------------------------------------------------------------------------
    def load(self, protocol: Protocol, cells: Mapping[str, MrcCell], who: str) -> None:
        self.protocol = protocol
        self.cells = dict(cells)
        self.title.setText(self.tr("MRC muscle grading · %1").replace(
            "%1", resource_text(protocol.name)) + f"  ·  {who}")
        t = self.table
        t.clearSpans()
        t.setRowCount(len(protocol.muscles))
        t.setHorizontalHeaderLabels([self.tr("Left"), self.tr("Right")])
        t.setVerticalHeaderLabels([resource_text(m.label) for m in protocol.muscles])
        self._positions, self._order = {}, []
        for row, muscle in enumerate(protocol.muscles):
            for col in range(2):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                t.setItem(row, col, item)
            if muscle.sided:
                self._positions[f"{muscle.key}_L"] = (row, 0)
                self._positions[f"{muscle.key}_R"] = (row, 1)
            else:
                t.setSpan(row, 0, 1, 2)
                self._positions[muscle.key] = (row, 0)
        self._order = list(protocol.cells)
        for cell in self._order:
            self._paint(cell)
        has_unsided = any(not m.sided for m in protocol.muscles)
        self.sum_labels[""].setVisible(has_unsided)
        self._sum_names[""].setVisible(has_unsided)
        first = next((c for c in self._order if c not in self.cells), self._order[0])
        self._pending = None
        self.table.setCurrentCell(*self._positions[first])
        self._update_sums()
        self._describe()

    def focus_grid(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_cell(self) -> str | None:
        pos = (self.table.currentRow(), self.table.currentColumn())
        for cell, p in self._positions.items():
            if p == pos or (p[0] == pos[0] and len(self._cells_in_row(p[0])) == 1):
                return cell
        return None

    def _cells_in_row(self, row: int) -> list[str]:
        return [c for c, p in self._positions.items() if p[0] == row]

    def cell_text(self, cell: str) -> str:
        row, col = self._positions[cell]
        return self.table.item(row, col).text()

    def _label(self, cell: str) -> str:
        side = analysis.side_of(cell)
        muscle = cell[:-2] if side else cell
        assert self.protocol is not None
        name = resource_text(next(m.label for m in self.protocol.muscles if m.key == muscle))
        return {"L": self.tr("%1, left"), "R": self.tr("%1, right")}.get(side, "%1").replace(
            "%1", name)

    def _paint(self, cell: str) -> None:
        row, col = self._positions[cell]
        item = self.table.item(row, col)
        g = self.cells.get(cell)
        if g is None:
            item.setText("")
            item.setForeground(QColor("#111"))
        elif not g.tested:
            item.setText(f"{NOT_TESTED} ({reason_text(g.reason)})" if g.reason else NOT_TESTED)
            item.setForeground(QColor("#666"))
        else:
            item.setText(g.code)
            item.setForeground(QColor("#111"))

    def _show_legend(self, code: str | None) -> None:
        entries = [(g.code, g.text) for g in self.scale.grades]
        entries.append((self.scale.not_tested_code, self.scale.not_tested_text))
        rows = []
        for c, text in entries:
            style = " style='background:#d8e6fa'" if c == code else ""
            weight = ("<b>", "</b>") if c == code else ("", "")
            rows.append(f"<tr{style}><td width='34'>{weight[0]}{c}{weight[1]}</td>"
                        f"<td>{weight[0]}{text}{weight[1]}</td></tr>")
        self.legend.setText(f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>")
        codes = [c for c, _ in entries]
        if code in codes:  # on a short screen, scrolled to about where its row is
            bar = self.legend_scroll.verticalScrollBar()
            bar.setValue(round(bar.maximum() * codes.index(code) / (len(codes) - 1)))

    def _describe(self) -> None:
        cell = self._pending or self.current_cell()
        if cell is None:
            self.description.setText("")
            self._show_legend(None)
            return
        g = self.cells.get(cell)
        self._show_legend(g.code if g else None)
        if g is None:
            text = self.tr("not graded yet")
        elif not g.tested:
            text = f"{self.scale.not_tested_text}: {escape(reason_text(g.reason))}"
        else:
            text = f"<b>{g.code}</b> — {self.scale.grade(g.code).text}"
        self.description.setText(f"{self._label(cell)}: {text}")

    def _update_sums(self) -> None:
        for key, label in self.sum_labels.items():
            side = None if key == "None" else key
            s = analysis.mrc_sum(self.cells, side=side, scale=self.scale)
            if s is None:
                label.setText("—")
            else:
                extra = ("  " + self.tr("(%1 not tested)").replace("%1", str(s.not_tested))
                         if s.not_tested else "")
                label.setText(f"{s}{extra}")
        n = len(self._order)
        done = sum(1 for c in self._order if c in self.cells)
        self.graded.setText(self.tr("%1 of %2 cells entered").replace("%1", str(done))
                            .replace("%2", str(n)))

    # -- changing --------------------------------------------------------------------------
    def _set(self, cell: str, value: MrcCell | None) -> None:
        if value is None:
            self.cells.pop(cell, None)
        else:
            self.cells[cell] = value
        self._paint(cell)
        self._update_sums()
        self.problem.clear()
        self.grade_set.emit(cell, value)

    def _advance(self, cell: str) -> None:
        i = self._order.index(cell)
        if i + 1 < len(self._order):
            self.table.setCurrentCell(*self._positions[self._order[i + 1]])

    def _forget_pending(self) -> None:
        self._pending = None
        self._describe()

    def _focus_moved(self, *_: int) -> None:
        self._describe()

    def _grade(self, code: str) -> None:
        cell = self.current_cell()
        if cell is None:
            return
        self._set(cell, MrcCell(code))
        self._advance(cell)
        self._pending = cell
        self._describe()

    def _modify(self, sign: str) -> None:
        cell = self._pending or self.current_cell()
        g = self.cells.get(cell) if cell else None
        if cell is None or g is None or not g.tested:
            self.problem.setText(self.tr("Type a grade 0-5 first, then + or -."))
            return
        code = g.code[0] + sign
        if code not in self.scale.codes:
            self.problem.setText(self.tr("%1 is not an MRC grade (use 5-, 4+, 4-, 3+ or 3-).")
                                 .replace("%1", code))
            return
        self._set(cell, MrcCell(code))
        self._describe()

    def _pad(self, code: str) -> None:
        if code == NOT_TESTED:
            self.ask_reason()
        elif len(code) == 2:
            cell = self.current_cell()
            if cell:
                self._set(cell, MrcCell(code))
                self._advance(cell)
                self._pending = None
                self._describe()
        else:
            self._grade(code)
        self.focus_grid()

    def clear_current(self, focus: bool = True) -> None:
        """Delete, or the pad's Clear: the chosen cell has no grade."""
        cell = self.current_cell()
        if cell:
            self._pending = None
            self._set(cell, None)
            self._describe()
        if focus:
            self.focus_grid()

    def ask_reason(self) -> None:
        cell = self.current_cell()
        if cell is None:
            return
        self._pending = None
        self._nt_cell = cell
        self.picker.ask(fill(self.tr("%1: why was it not tested? (1-%2)"), self._label(cell),
                             len(self.scale.not_tested_reasons)), self.scale.not_tested_reasons)

    def _reason_chosen(self, reason: str) -> None:
        cell = getattr(self, "_nt_cell", None)
        self.focus_grid()
        if cell is None:
            return
        self._set(cell, MrcCell(NOT_TESTED, reason))
        self._advance(cell)
        self._describe()

    def handle_key(self, event: QKeyEvent) -> bool:
        """True if the key was an MRC entry key (the grid's own navigation handles the rest)."""
        key, text = event.key(), event.text()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if ctrl:
                self.done.emit()
            return True
        if ctrl:
            return False
        if key in DIGITS:
            self._grade(DIGITS[key])
        elif text in ("+", "-") or key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus):
            self._modify("+" if text == "+" or key == Qt.Key.Key_Plus else "-")
        elif key == Qt.Key.Key_N:
            self.ask_reason()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear_current(focus=False)
        elif key == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                       Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self._pending = None
            return False
        return True
