"""Fixtures for the visit entry screens: a patient in the store and an editor on screen."""

from __future__ import annotations

from datetime import date

import pytest

from bedside.domain import Patient
from bedside.store import patients
from tests.ui.layout_check import layout_problems

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


@pytest.fixture(name="layout_problems")
def layout_problems_fixture():
    """What is cut off or overlapping on a screen (an empty list when it looks right)."""
    return layout_problems
