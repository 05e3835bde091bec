"""File > Conflicts: what two laptops recorded differently, shown side by side until a person
resolves it (a choice and a reason, kept in the audit trail), and the integrity problems the
sync found (the same id arriving with other content: refused, never merged)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bedside.operations import conflicts as ops
from bedside.operations.changes import Changed
from bedside.store.errors import StoreError
from bedside.ui.style import TOUCH_PX, error_style

if TYPE_CHECKING:
    from bedside.operations.database import Store
    from bedside.ui.main_window import MainWindow


COMBINE = 1000  # the id of the choice "combine them" (the versions are 1, 2, ...)


class ConflictsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.resolved: list[Changed] = []  # what a resolution changed, for the window
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Conflicts between laptops"))
        self.resize(980, 560)
        self.listing = QListWidget(self)
        self.listing.setObjectName("conflict_list")
        self.listing.currentRowChanged.connect(self._show_choices)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.means = QLabel(self)
        self.means.setWordWrap(True)
        self.choices = QScrollArea(self)  # side by side; a visit's scores may be long
        self.choices.setWidgetResizable(True)
        self.choices.setWidget(QWidget(self.choices))
        inner = QVBoxLayout(self.choices.widget())
        self.choice_row = QHBoxLayout()
        inner.addLayout(self.choice_row)
        self.combine_row = QVBoxLayout()  # details and patients: combining field by field
        inner.addLayout(self.combine_row)
        inner.addStretch(1)
        self.details_taken: dict[str, QButtonGroup] = {}
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(self._enable)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("conflict_reason")
        self.reason.setPlaceholderText(self.tr("Why (required; kept in the audit trail)"))
        self.reason.setMinimumHeight(TOUCH_PX)
        self.reason.textChanged.connect(self._enable)
        self.resolve_button = QPushButton(self.tr("&Resolve"), self)
        self.resolve_button.setObjectName("resolve_conflict")
        self.resolve_button.setMinimumHeight(TOUCH_PX)
        self.resolve_button.clicked.connect(self.resolve)
        self.error = QLabel(self)
        self.error.setObjectName("conflict_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.problems = QLabel(self)
        self.problems.setObjectName("integrity_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(error_style())
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.addWidget(self.heading)
        side.addWidget(self.means)
        side.addWidget(self.choices, 1)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.resolve_button)
        side.addLayout(reason_row)
        side.addWidget(self.error)
        split = QSplitter(self)
        split.addWidget(self.listing)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 680])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.conflicts = ops.listed(self.store)
        self.listing.clear()
        for c in self.conflicts:
            self.listing.addItem(ops.title(c))
        self.listing.setCurrentRow(0 if self.conflicts else -1)
        if not self.conflicts:
            self._clear_choices()
            self.heading.setText(self.tr("No conflicts: every laptop's records agree."))
            self.means.setText("")
            self.reason.setEnabled(False)
        problems = ops.integrity_problems(self.store)
        self.problems.setText("\n".join(
            [self.tr("Integrity problems (the same id arrived with other content; refused, "
                     "never merged; tell whoever runs the clinic server):")] + problems)
            if problems else "")
        self.problems.setVisible(bool(problems))
        self._enable()

    def _clear_choices(self) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
        for row in (self.choice_row, self.combine_row):
            while row.count():
                widget = row.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
        self.details_taken = {}

    def _show_choices(self, row: int) -> None:
        self._clear_choices()
        self.error.setText("")
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        self.heading.setText(ops.title(c))
        self.means.setText(self.tr("Choosing one: %1.").replace("%1", ops.choice_means(c.kind)))
        for n in range(len(c.choices)):  # side by side, the one shown now first
            box = QFrame(self.choices.widget())
            box.setFrameShape(QFrame.Shape.StyledPanel)
            column = QVBoxLayout(box)
            button = QRadioButton(self.tr("Choice %1").replace("%1", str(n + 1)), box)
            button.setObjectName(f"choice_{n + 1}")
            button.setMinimumHeight(TOUCH_PX)
            text = QLabel("\n".join(ops.choice_lines(self.store, c, n)), box)
            text.setWordWrap(True)
            column.addWidget(button)
            column.addWidget(text)
            column.addStretch(1)
            self.group.addButton(button, n + 1)
            self.choice_row.addWidget(box, 1)
        if c.kind in ops.COMBINABLE and ops.differing_details(c):
            self._offer_combining(c)
        self.reason.setEnabled(True)
        self._enable()

    def _offer_combining(self, c: ops.OpenConflict) -> None:
        """A choice more: the details combined, each taken from the version a person picks
        (the details in which the versions differ, one row each)."""
        box = QFrame(self.choices.widget())
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        button = QRadioButton(self.tr("Combine them: each detail from the version chosen "
                                      "below"), box)
        button.setObjectName("choice_combine")
        button.setMinimumHeight(TOUCH_PX)
        self.group.addButton(button, COMBINE)
        column.addWidget(button)
        grid_host = QWidget(box)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, name in enumerate(ops.differing_details(c)):
            grid.addWidget(QLabel(ops.detail_label(name), grid_host), row, 0)
            taken = QButtonGroup(box)
            for n, version in enumerate(c.choices):
                take = QRadioButton(ops.detail_text(version.patient, name), grid_host)
                take.setObjectName(f"take_{name}_{n + 1}")
                take.setMinimumHeight(TOUCH_PX)
                take.setChecked(n == 0)
                taken.addButton(take, n + 1)
                grid.addWidget(take, row, n + 1)
            self.details_taken[name] = taken
        grid_host.setEnabled(False)
        button.toggled.connect(grid_host.setEnabled)
        column.addWidget(grid_host)
        self.combine_row.addWidget(box)

    def _enable(self, *_: object) -> None:
        self.resolve_button.setEnabled(self.group.checkedId() > 0
                                       and bool(self.reason.text().strip()))

    def resolve(self) -> None:
        row = self.listing.currentRow()
        choice = self.group.checkedId()
        if not 0 <= row < len(self.conflicts) or choice < 1:
            return
        c = self.conflicts[row]
        if c.kind == "visits":  # entering a signed visit in error is signed like an amendment
            from bedside.ui.protection import confirm_signature

            if not confirm_signature(self.store, self):
                self.error.setText(self.tr("Not resolved: the password was not confirmed."))
                return
        signer = self.store.signed_in or self.store.user
        try:
            if choice == COMBINE:
                picks = {name: taken.checkedId() for name, taken in self.details_taken.items()}
                done = ops.combine(self.store, c.kind, c.key, picks, self.reason.text(), signer)
            else:
                done = ops.resolve(self.store, c.kind, c.key, choice, self.reason.text(),
                                   signer)
        except StoreError as e:
            self.error.setText(self.tr("Not resolved: %1. Nothing was changed.")
                               .replace("%1", str(e).rstrip(".")))
            return
        self.resolved.append(Changed(c.patient_id, details=True, visits=True, events=True))
        self.reason.clear()
        self.reload()
        self.error.setText(done)


def show_conflicts(window: MainWindow) -> None:
    if window.store is None:
        return
    dialog = ConflictsDialog(window.store, window)
    dialog.exec()
    for changed in dialog.resolved:
        window.patient_changed.emit(changed)
    if dialog.resolved and window.clinic_sync is not None:
        window.clinic_sync.conflicts_resolved()
