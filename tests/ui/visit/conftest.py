"""Fixtures for the visit entry screens: a patient in the store and an editor on screen."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from bedside.domain import Patient
from bedside.store import patients

EXAMINER = "Dr. Jane Example"
PATIENT = Patient("P042", "Dupont", "Hélène", date(1958, 6, 1), "female", date(2023, 2, 1),
                  "lower_limb", date(2023, 8, 1))


@pytest.fixture
def examiner():
    return EXAMINER


@pytest.fixture
def patient(store):
    patients.add(store, PATIENT)
    return PATIENT


@pytest.fixture
def open_editor(qtbot, store, patient):
    """Make a VisitEditor shown at the clinic-laptop size, with its signals recorded."""
    from bedside.ui.visit import VisitEditor

    def make(visit=None, examiner=EXAMINER):
        editor = VisitEditor(store, patient, visit, examiner=examiner)
        qtbot.addWidget(editor)
        editor.resize(1366, 768)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
        editor.emitted = []
        editor.finished_with = []
        editor.draft_changed.connect(editor.emitted.append)
        editor.finished.connect(editor.finished_with.append)
        return editor

    return make


@pytest.fixture
def press(qtbot):
    """Press keys as a user does: each goes to the widget that has the keyboard focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    def send(editor, *keys, modifier=Qt.KeyboardModifier.NoModifier):
        for key in keys:
            target = QApplication.focusWidget()
            assert target is not None and (target is editor or editor.isAncestorOf(target)), (
                f"keyboard focus is not in the visit editor but on {target!r}")
            qtbot.keyClick(target, key, modifier)
        return len(keys)

    return send


LEAVES = (QLabel, QAbstractButton, QLineEdit, QComboBox, QDateEdit)


def _inside_scroll_area(w: QWidget, root: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


def _shown_leaves(root: QWidget) -> list[QWidget]:
    out = []
    for w in root.findChildren(QWidget):
        if (isinstance(w, LEAVES) and w.isVisibleTo(root) and w.isVisible()
                and not _inside_scroll_area(w, root)
                and not isinstance(w.parentWidget(), (QAbstractButton, QComboBox, QDateEdit))):
            out.append(w)
    return out


def _rect(w: QWidget, root: QWidget) -> QRect:
    return QRect(w.mapTo(root, QPoint(0, 0)), w.size())


def layout_problems(root: QWidget) -> list[str]:
    problems = []
    bounds = root.rect()
    leaves = _shown_leaves(root)
    for w in leaves:
        r = _rect(w, root)
        name = f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        if not bounds.contains(r):
            problems.append(f"{name} at {r} is outside the {bounds.width()}x{bounds.height()} "
                            "screen")
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 1:
                    problems.append(f"{name} is cut: needs {w.heightForWidth(w.width())} px "
                                    f"height, has {w.height()}")
            elif w.sizeHint().width() > w.width() + 1 and w.textFormat() != Qt.TextFormat.RichText:
                problems.append(f"{name} is cut: needs {w.sizeHint().width()} px width, "
                                f"has {w.width()}")
        if isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
            problems.append(f"{name} is cut: needs {w.sizeHint().width()} px, has {w.width()}")
    for a, b in combinations(leaves, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        if _rect(a, root).intersects(_rect(b, root)):
            problems.append(f"{type(a).__name__} {a.objectName() or ''} overlaps "
                            f"{type(b).__name__} {b.objectName() or ''}: "
                            f"{_rect(a, root)} / {_rect(b, root)}")
    return problems


@pytest.fixture(name="layout_problems")
def layout_problems_fixture():
    """What is cut off or overlapping on a screen (an empty list when it looks right)."""
    return layout_problems
