"""One ALSFRS-R item per page: the anchors verbatim as large choices, keys 0-4 answer.

The page only shows; the editor owns the draft. The same widgets are reused for every item
(texts are swapped), so a keystroke costs a few label updates and no widget creation.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bedside.domain.words import NOT_ASSESSED_REASONS, reason_text, resource_text
from bedside.instruments import Item, alsfrs_r
from bedside.ui.accessible import described
from bedside.ui.flow_layout import FlowLayout
from bedside.ui.scrolling import scrolling_body
from bedside.ui.style import color, pt
from bedside.ui.visit.reason_picker import ReasonPicker
from bedside.ui.visit.score_panel import ScorePanel
from bedside.ui.visit.style import ANCHOR_HEIGHT

ANSWER_KEYS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3,
               Qt.Key.Key_4: 4}


class AnchorButton(QPushButton):
    """A large choice: the score, the anchor text verbatim (wrapped), and a mark when chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anchor")
        self.setCheckable(True)
        self.setAutoExclusive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(ANCHOR_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        self.score = QLabel()
        self.score.setObjectName("anchorScore")
        self.text_label = QLabel()
        self.text_label.setObjectName("anchorText")
        self.text_label.setWordWrap(True)
        self.mark = QLabel(self.tr("✓ chosen"))
        self.mark.setObjectName("anchorMark")
        for lbl in (self.score, self.text_label, self.mark):
            lbl.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.score)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.mark)
        self.mark.setVisible(False)

    def set_anchor(self, score: int, text: str, chosen: bool) -> None:
        self.score.setText(str(score))
        self.text_label.setText(text)
        self.setChecked(chosen)
        self.mark.setVisible(chosen)
        self.setAccessibleName(f"{score}: {text}")
        self.setAccessibleDescription(self.tr("Answers the item with %1 (key %1)").replace(
            "%1", str(score)))


class ItemPage(QWidget):
    answered = Signal(str, int)
    back = Signal()
    forward = Signal()
    not_assessed = Signal(str, str)
    switch_alternate = Signal()
    review = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.q = alsfrs_r()
        self.item: Item | None = None
        outer = QVBoxLayout(scrolling_body(self))  # scrolls where larger text needs it
        outer.setContentsMargins(16, 10, 16, 10)
        head = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setObjectName("progress")
        self.who = QLabel()
        self.who.setWordWrap(True)  # a long name takes lines, never the window's width
        self.who.setObjectName("progress")
        self.who.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head.addWidget(self.progress)
        head.addWidget(self.who, 1)
        outer.addLayout(head)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        body.addLayout(left, 3)
        self.anchors = [AnchorButton(self) for _ in range(5)]
        for b in self.anchors:
            b.clicked.connect(lambda _=False, btn=b: self._clicked(btn))
            left.addWidget(b)
        self.status = QLabel()
        self.status.setObjectName("notice")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        left.addWidget(self.status)
        alt_row = QHBoxLayout()
        self.alt_note = QLabel()
        self.alt_note.setWordWrap(True)
        self.alt_button = QPushButton()
        self.alt_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.alt_button.clicked.connect(self.switch_alternate)
        described(self.alt_button, self.tr("Switch between item 5a (without gastrostomy) and "
                                           "5b (with gastrostomy) (G)"))
        alt_row.addWidget(self.alt_note, 1)
        alt_row.addWidget(self.alt_button)
        self.alt_box = QFrame()
        self.alt_box.setObjectName("panel")
        self.alt_box.setLayout(alt_row)
        left.addWidget(self.alt_box)
        self.picker = ReasonPicker(self)
        self.picker.chosen.connect(self._reason_chosen)
        self.picker.cancelled.connect(lambda: self.setFocus())
        left.addWidget(self.picker)
        left.addStretch(1)
        nav = FlowLayout()  # wraps where a language's words are longer than the row
        self.back_button = described(self._nav_button(self.tr("← Back"), self.back), self.tr(
            "Back to the previous item (Backspace or ←)"))
        self.na_button = described(self._nav_button(self.tr("Not assessed… (N)"),
                                                    self.ask_reason),
                                   self.tr("Mark this item not assessed, with a reason (N)"))
        self.next_button = described(self._nav_button(self.tr("Skip →"), self.forward),
                                     self.tr("On to the next item without an answer (→)"))
        self.review_button = described(self._nav_button(self.tr("Review (R)"), self.review),
                                       self.tr("Review every answer before signing (R)"))
        for b in (self.back_button, self.na_button, self.next_button, self.review_button):
            nav.addWidget(b)
        left.addLayout(nav)

        side = QVBoxLayout()
        body.addLayout(side, 1)
        self.help = QLabel()
        self.help.setObjectName("help")
        self.help.setWordWrap(True)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop)
        help_box = QFrame()
        help_box.setObjectName("panel")
        hb = QVBoxLayout(help_box)
        hb.addWidget(self.help)
        self.wording = QLabel()  # which wording the anchors are in: with the instruction,
        self.wording.setObjectName("wording")  # where the column has room (the left one
        self.wording.setWordWrap(True)  # has none at 1366 x 768)
        hb.addWidget(self.wording)
        side.addWidget(help_box)
        self.scores = ScorePanel(self)
        side.addWidget(self.scores)
        keys = QLabel(self.tr("Keys: 0-4 answer and go on · Backspace or ← back · → skip · "
                              "N not assessed, then the reason's number · R review"))
        keys.setObjectName("keys")
        keys.setWordWrap(True)
        side.addWidget(keys)
        side.addStretch(1)

    def _nav_button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        return b

    # -- showing ---------------------------------------------------------------------------
    def show_item(self, item: Item, index: int, count: int, score: int | None,
                  reason: str | None, alternate_note: str, alternate_action: str,
                  who: str, wording: tuple[str, str] = ("", "")) -> None:
        self.item = item
        self.picker.hide()
        self.progress.setText(self.tr("ALSFRS-R · item %1 of %2").replace(
            "%1", str(index + 1)).replace("%2", str(count)))
        self.who.setText(who)
        self.wording.setText(wording[0])
        self.wording.setToolTip(wording[1])
        domain = resource_text(next(d.name for d in self.q.domains if d.key == item.domain))
        self.title.setText(f"{item.number}. {item.name}  <span style='font-size:{pt(11)};"
                           f"font-weight:normal;color:{color('muted')}'>({domain})</span>")
        for button, anchor in zip(self.anchors, item.anchors, strict=True):
            button.set_anchor(anchor.score, anchor.text, anchor.score == score)
        if reason is not None:
            self.status.setText(self.tr("Not assessed: %1").replace("%1", reason_text(reason)))
        self.status.setVisible(reason is not None)
        self.alt_note.setText(alternate_note)
        self.alt_button.setText(alternate_action)
        self.alt_box.setVisible(bool(alternate_note))
        parts = [f"<i>{self.q.instruction}</i>"] if self.q.instruction else []
        if item.help:
            note = self.tr("Note")
            parts.append(f"<b>{note}:</b> {item.help}")
        self.help.setText("<br><br>".join(parts))
        self.back_button.setEnabled(True)

    def show_scores(self, answers: Mapping[str, int]) -> None:
        self.scores.show_answers(answers)

    def chosen_score(self) -> int | None:
        for b in self.anchors:
            if b.isChecked():
                return int(b.score.text())
        return None

    # -- input -----------------------------------------------------------------------------
    def _clicked(self, button: AnchorButton) -> None:
        if self.item is not None:
            self.answered.emit(self.item.key, int(button.score.text()))

    def ask_reason(self) -> None:
        if self.item is None:
            return
        self.picker.ask(self.tr("Why was item %1 not assessed? (1-4, or type a reason)")
                        .replace("%1", self.item.number), NOT_ASSESSED_REASONS)

    def _reason_chosen(self, reason: str) -> None:
        self.setFocus()
        if self.item is not None:
            self.not_assessed.emit(self.item.key, reason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                mods == Qt.KeyboardModifier.ControlModifier:
            self.review.emit()  # as on the MRC grid
            return
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key in ANSWER_KEYS and self.item is not None:
            self.answered.emit(self.item.key, ANSWER_KEYS[key])
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
            self.back.emit()
        elif key == Qt.Key.Key_Right:
            self.forward.emit()
        elif key == Qt.Key.Key_N:
            self.ask_reason()
        elif key == Qt.Key.Key_R:
            self.review.emit()
        elif key == Qt.Key.Key_G and self.alt_box.isVisible():
            self.switch_alternate.emit()
        else:
            super().keyPressEvent(event)
