"""Review every answer, then sign; or read a signed visit and amend it.

Any ALSFRS-R answer reopens with a click or by typing its number (1 waits a moment for 10-12,
or press Enter); M opens the MRC grid, B breathing and weight; Enter (or Ctrl+S) signs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bedside import analysis
from bedside.domain import DEFAULT_MODE, DEFAULT_RESPONDENT, Visit
from bedside.domain.words import mode_label, reason_text, resource_text, respondent_label
from bedside.instruments import Item, protocols
from bedside.ui.accessible import described
from bedside.ui.flow_layout import FlowLayout
from bedside.ui.scrolling import scroll_area
from bedside.ui.style import pt
from bedside.ui.visit.score_panel import ScorePanel
from bedside.ui.visit.style import TOUCH

NUMBER_WAIT_MS = 800


class WholeButton(QPushButton):
    """A button never narrower than its words: the pages' style sheet gives every button a
    minimum of a finger's width, to which a narrow row would otherwise squeeze it."""

    def event(self, e: QEvent) -> bool:
        done = super().event(e)
        if e.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setMinimumWidth(self.sizeHint().width())
        return done


class ReviewPage(QWidget):
    reopen = Signal(int)  # slot index, 0-based
    edit_mrc = Signal()
    edit_measures = Signal()
    sign = Signal()
    close_requested = Signal()
    amend = Signal(str)  # the reason
    discard = Signal(str)  # the reason: the unsigned draft is deleted (audited)
    version_chosen = Signal(object)  # a Visit (an older version to read)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.read_only = False
        self._count = 0
        self._typed = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NUMBER_WAIT_MS)
        self._timer.timeout.connect(self._open_typed)
        # The answers scroll where larger text needs it; why the visit cannot be signed yet,
        # the reason asked and the buttons stay in view beneath them.
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 6, 16, 0)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll_area(content, self), 1)
        footer = QVBoxLayout()
        footer.setContentsMargins(16, 0, 16, 6)
        page.addLayout(footer)
        self.who = QLabel()  # the patient: the title keeps to one line (what, which visit)
        self.who.setObjectName("progress")
        self.who.setWordWrap(True)  # a long name takes lines, never the window's width
        self.wording = QLabel()  # which wording the answers are in (whole: its tooltip)
        self.wording.setObjectName("wording")
        self.wording.setWordWrap(True)
        self.wording.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        who_row = QHBoxLayout()
        who_row.addWidget(self.who, 1)
        who_row.addWidget(self.wording, 1)
        outer.addLayout(who_row)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.versions = QComboBox()
        self.versions.setMinimumHeight(TOUCH)
        self.versions.activated.connect(self._version_picked)
        described(self.versions, self.tr("The versions of this visit; an earlier one opens "
                                         "to be read"), self.tr("Version"))
        head.addWidget(self.versions)
        outer.addLayout(head)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        body.addLayout(left, 3)
        self.alsfrs_note = QLabel()
        self.alsfrs_note.setObjectName("notice")
        self.alsfrs_note.setWordWrap(True)
        self.alsfrs_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        left.addWidget(self.alsfrs_note)
        # Rows as high as their wrapped text: all twelve answers and each whole anchor fit
        # at 1366x768 without scrolling (fixed 44 px rows hid items 10-12 and cut 5a's).
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet(f"QListWidget {{ font-size: {pt(10)}; }}"
                                " QListWidget::item { padding: 5px 0; }")
        self.list.itemClicked.connect(self._clicked)
        described(self.list, self.tr("Every item with its answer; choose one, or type its "
                                     "number, to change it"), self.tr("ALSFRS-R answers"))
        left.addWidget(self.list, 1)
        self.keys = QLabel()
        self.keys.setObjectName("keys")
        self.keys.setWordWrap(True)
        left.addWidget(self.keys)
        left.addStretch(0)  # takes the room of a hidden list (an MRC-only visit)

        side = QVBoxLayout()
        body.addLayout(side, 2)
        self.scores = ScorePanel(self)
        self.scores.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        side.addWidget(self.scores)
        mrc_box = QFrame()
        mrc_box.setObjectName("panel")
        mb = QHBoxLayout(mrc_box)
        self.mrc_text = QLabel()
        self.mrc_text.setWordWrap(True)
        self.mrc_button = WholeButton(self.tr("MRC grid (M)"))
        self.mrc_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mrc_button.clicked.connect(self.edit_mrc)
        described(self.mrc_button, self.tr("Change the MRC grades (M)"))
        mb.addWidget(self.mrc_text, 1)
        mb.addWidget(self.mrc_button)
        side.addWidget(mrc_box)
        # shown while the visit records breathing and weight (B opens them in any case)
        self.measures_box = measures_box = QFrame()
        measures_box.setObjectName("panel")
        bb = QHBoxLayout(measures_box)
        bb.setContentsMargins(8, 4, 8, 4)
        self.measures_text = QLabel()
        self.measures_text.setObjectName("measures_text")
        self.measures_text.setWordWrap(True)
        self.measures_text.setTextFormat(Qt.TextFormat.PlainText)
        self.measures_button = WholeButton(self.tr("Edit (B)"))
        described(self.measures_button, self.tr("Breathing, weight and how the ALSFRS-R was "
                                                "taken (B)"))
        self.measures_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.measures_button.clicked.connect(self.edit_measures)
        bb.addWidget(self.measures_text, 1)
        bb.addWidget(self.measures_button)
        side.addWidget(measures_box)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes (optional)"))
        self.notes.setMinimumHeight(40)
        described(self.notes, self.tr("Notes of this visit; printed on the summary"),
                  self.tr("Notes"))
        self.notes.setMaximumHeight(64)
        side.addWidget(self.notes)
        self.signature = QLabel()
        self.signature.setObjectName("signature")
        self.signature.setWordWrap(True)
        self.signature.setTextFormat(Qt.TextFormat.RichText)
        side.addWidget(self.signature)
        self.blockers = QLabel()
        self.blockers.setObjectName("problem")
        self.blockers.setWordWrap(True)
        footer.addWidget(self.blockers)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        footer.addWidget(self.error)
        amend_row = QHBoxLayout()
        self.amend_reason = QLineEdit()
        self.amend_reason.setMinimumHeight(TOUCH)
        self.amend_reason.setPlaceholderText(self.tr("Reason for the amendment (required)"))
        self.amend_reason.installEventFilter(self)
        described(self.amend_reason, self.tr("Why the signed visit is changed, or why the "
                                             "draft is discarded; recorded with it"),
                  self.tr("Reason"))
        self.amend_go = QPushButton(self.tr("Start amendment"))
        self.amend_go.clicked.connect(self._start_amend)
        described(self.amend_go, self.tr("Go on with the reason typed (Enter)"))
        amend_row.addWidget(self.amend_reason, 1)
        amend_row.addWidget(self.amend_go)
        self.amend_box = QWidget()  # the whole width, under the body: the side is full
        self.amend_box.setLayout(amend_row)
        amend_row.setContentsMargins(0, 0, 0, 0)
        self.amend_box.hide()
        side.addStretch(1)
        footer.addWidget(self.amend_box)

        row = FlowLayout()  # wraps where a language's words are longer than the row
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.clicked.connect(self.back)
        described(self.back_button, self.tr("Back to the MRC grid or the last item "
                                            "(Backspace)"))
        self.close_button = QPushButton(self.tr("Close, draft kept (Ctrl+W)"))
        self.close_button.clicked.connect(self.close_requested)
        described(self.close_button, self.tr("Close the visit; a draft stays saved (Esc on a "
                                             "signed visit)"))
        self.amend_button = QPushButton(self.tr("Amend… (A)"))
        self.amend_button.clicked.connect(self.ask_amend)
        described(self.amend_button, self.tr("Change this signed visit: a new version, with "
                                             "a reason"))
        self.discard_button = QPushButton(self.tr("Discard draft…"))
        self.discard_button.clicked.connect(self.ask_discard)
        described(self.discard_button, self.tr("Delete this unsigned draft; asks for a "
                                               "reason"))
        self.sign_button = QPushButton(self.tr("Sign and save (Enter)"))
        self.sign_button.setStyleSheet("font-weight: bold;")
        self.sign_button.clicked.connect(self.sign)
        described(self.sign_button, self.tr("Sign the visit: it becomes read-only (Enter or "
                                            "Ctrl+S)"))
        for b in (self.back_button, self.close_button, self.discard_button, self.amend_button,
                  self.sign_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for b in (self.back_button, self.close_button, self.discard_button, self.amend_button,
                  self.sign_button):
            row.addWidget(b)
        footer.addLayout(row)
        # A signed visit's keys work wherever the focus went in the window (Tab takes it to
        # the plots beside the page): Esc closes (or cancels the reason asked), A amends.
        window_wide = Qt.ShortcutContext.WindowShortcut
        self._close_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._escape,
                                    context=window_wide)
        self._amend_key = QShortcut(QKeySequence(Qt.Key.Key_A), self, self.ask_amend,
                                    context=window_wide)

    # -- showing ---------------------------------------------------------------------------
    def show_visit(self, *, title: str, who: str, slots: tuple[Item, ...], visit: Visit,
                   recording_alsfrs: bool, read_only: bool, signature_html: str,
                   blockers: list[str], versions: list[Visit] | None = None,
                   wording: tuple[str, str] = ("", ""),
                   recording_measures: bool = False) -> None:
        self.read_only = read_only
        self.title.setText(title)
        self.wording.setText(wording[0])
        self.wording.setToolTip(wording[1])
        self.who.setText(who)
        self._typed = ""
        self._timer.stop()
        self._count = len(slots)
        self.list.clear()
        for n, item in enumerate(slots):
            name = item.name.split(" (")[0]  # 5a/5b's scale is in its number
            if item.key in visit.alsfrs:
                score = visit.alsfrs[item.key]
                text = f"{item.number}. {name}: {score} · {item.anchor(score)}"
            elif item.key in visit.not_assessed:
                text = (f"{item.number}. {name}: " + self.tr("not assessed (%1)").replace(
                    "%1", reason_text(visit.not_assessed[item.key])))
            else:
                text = f"{item.number}. {name}: " + self.tr("— no answer")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, n)
            self.list.addItem(entry)
        without = not recording_alsfrs and not visit.alsfrs and not visit.not_assessed
        self.alsfrs_note.setText(self.tr("The ALSFRS-R is not recorded at this visit.")
                                 if without else "")
        self.alsfrs_note.setVisible(without)
        self.list.setVisible(not without)  # twelve empty rows and "missing" subscores crowded
        self.scores.setVisible(not without)  # the MRC-only page and told nothing
        self.scores.show_answers(visit.alsfrs)
        self._show_mrc(visit)
        self._show_measures(visit, recording_measures, recording_alsfrs)
        self.notes.setPlainText(visit.notes)
        self.notes.setReadOnly(read_only)
        self.notes.setVisible(not read_only or bool(visit.notes))
        self.keys.setText(
            (self.tr("Esc: close · A: amend") if visit.status == "signed" else
             self.tr("Esc: close")) if read_only else
            self.tr("Type an item's number or click it to change it (1 then Enter for item 1)"
                    " · M: MRC grid · B: breathing, weight · Enter or Ctrl+S: sign and save")
            if not without else
            self.tr("M: MRC grid · B: breathing, weight · Enter or Ctrl+S: sign and save"))
        self.signature.setText(signature_html)
        self.blockers.setText("<br>".join(blockers))
        self.blockers.setVisible(bool(blockers))
        self.show_error("")
        self.amend_box.hide()
        self._reason_for = "amend"
        self.discard_button.setVisible(not read_only and visit.visit_id is not None
                                       and visit.status == "draft")
        self.back_button.setVisible(not read_only)
        self.sign_button.setVisible(not read_only)
        self.amend_button.setVisible(read_only and visit.status == "signed")
        self._close_key.setEnabled(read_only)
        self._amend_key.setEnabled(self.amend_button.isVisibleTo(self))
        self.close_button.setText(self.tr("Close (Esc)") if read_only
                                  else self.tr("Close, draft kept (Ctrl+W)"))
        self.versions.clear()
        for v in versions or []:
            label = self.tr("version %1").replace("%1", str(v.version))
            if v.status == "signed":
                label += self.tr(" (current)")
            self.versions.addItem(label, v)
        self.versions.setVisible(bool(versions) and len(versions or []) > 1)
        if versions:
            index = next((n for n, v in enumerate(versions) if v.visit_id == visit.visit_id), 0)
            self.versions.setCurrentIndex(index)

    def _show_mrc(self, visit: Visit) -> None:
        if not visit.mrc:
            proto = protocols().get(visit.mrc_protocol)
            self.mrc_text.setText(
                self.tr("MRC: nothing graded (%1)").replace("%1", resource_text(proto.name))
                if proto
                else self.tr("MRC: not recorded at this visit"))
        else:
            parts = []
            for side, name in (("L", self.tr("left")), ("R", self.tr("right")),
                               ("", self.tr("without side"))):
                s = analysis.mrc_sum(visit.mrc, side=side)
                if s is not None:
                    parts.append(f"{name} {s}")
            total = analysis.mrc_sum(visit.mrc)
            proto = protocols().get(visit.mrc_protocol)
            nt = (", " + self.tr("%1 not tested").replace("%1", str(total.not_tested))
                  if total.not_tested else "")
            graded = (self.tr("%1 of %2 cells entered").replace("%1", str(len(visit.mrc)))
                      .replace("%2", str(len(proto.cells))) if proto else "")
            heading = self.tr("MRC sum %1").replace("%1", str(total))
            self.mrc_text.setText(
                f"<b>{heading}</b>{nt}<br>{' · '.join(parts)}"
                + (f"<br>{resource_text(proto.name)}: {graded}" if proto else ""))
        self.mrc_button.setVisible(not self.read_only)

    def _show_measures(self, visit: Visit, recording: bool, with_alsfrs: bool) -> None:
        m = visit.measurements
        parts = [f"{r.name} {r.value_text(value)}" for name, r in analysis.FIELD_RANGES.items()
                 if (value := getattr(m, name)) is not None]
        lines = [" · ".join(parts) if parts else
                 (self.tr("Breathing, weight: nothing measured") if recording
                  else self.tr("Breathing, weight: not recorded"))]
        administered = (visit.alsfrs_mode, visit.alsfrs_respondent) != (DEFAULT_MODE,
                                                                        DEFAULT_RESPONDENT)
        if (with_alsfrs or visit.alsfrs) and administered:
            lines.append(self.tr("ALSFRS-R taken %1, answered by %2").replace(
                "%1", mode_label(visit.alsfrs_mode)).replace(
                "%2", respondent_label(visit.alsfrs_respondent)))
        self.measures_text.setText("\n".join(lines))
        self.measures_button.setVisible(not self.read_only)
        self.measures_box.setVisible(recording or bool(parts) or len(lines) > 1)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def notes_text(self) -> str:
        return self.notes.toPlainText()

    # -- amendment -------------------------------------------------------------------------
    def ask_amend(self) -> None:
        self._ask_reason("amend", self.tr("Reason for the amendment (required)"),
                         self.tr("Start amendment"))

    def ask_discard(self) -> None:
        self._ask_reason("discard", self.tr("Why discard this unsigned draft? (required)"),
                         self.tr("Discard draft"))

    def _ask_reason(self, purpose: str, placeholder: str, action: str) -> None:
        self._reason_for = purpose
        self.amend_reason.clear()
        self.amend_reason.setPlaceholderText(placeholder)
        self.amend_go.setText(action)
        self.amend_box.show()
        self._amend_key.setEnabled(False)  # the reason is being typed
        self.amend_reason.setFocus()

    def _escape(self) -> None:
        if self.amend_box.isVisible():
            self.amend_box.hide()
            self.show_error("")
            self._amend_key.setEnabled(self.amend_button.isVisibleTo(self))
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.close_requested.emit()

    def _start_amend(self) -> None:
        reason = self.amend_reason.text().strip()
        if not reason:
            self.show_error(
                self.tr("An amendment needs a reason: type why the signed visit is changed, "
                        "then press Start amendment.") if self._reason_for == "amend"
                else self.tr("Discarding needs a reason: type why, then press Discard draft."))
            return
        self.amend_reason.clear()
        self.amend_box.hide()
        (self.amend if self._reason_for == "amend" else self.discard).emit(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Enter in the reason field confirms it and goes no further (it never signs)."""
        if (watched is self.amend_reason and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._start_amend()
            return True
        return super().eventFilter(watched, event)

    def _version_picked(self, index: int) -> None:
        self.version_chosen.emit(self.versions.itemData(index))

    # -- input -----------------------------------------------------------------------------
    def _clicked(self, entry: QListWidgetItem) -> None:
        if not self.read_only:
            self.reopen.emit(int(entry.data(Qt.ItemDataRole.UserRole)))

    def _open_typed(self) -> None:
        typed, self._typed = self._typed, ""
        self._timer.stop()
        if typed and 1 <= int(typed) <= self._count:
            self.reopen.emit(int(typed) - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key, text = event.key(), event.text()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if self.read_only:  # its keys are window-wide shortcuts
            super().keyPressEvent(event)
            return
        if ctrl and key == Qt.Key.Key_S:
            self.sign.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._typed:
                self._open_typed()
            else:
                self.sign.emit()
        elif text.isdigit() and not ctrl:
            self._typed += text
            value = int(self._typed)
            if value * 10 > self._count or len(self._typed) >= 2:
                self._open_typed()  # no longer number starts with these digits
            else:
                self._timer.start()
        elif key == Qt.Key.Key_M and not ctrl:
            self.edit_mrc.emit()
        elif key == Qt.Key.Key_B and not ctrl:
            self.edit_measures.emit()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Left):
            self.back.emit()
        else:
            super().keyPressEvent(event)
