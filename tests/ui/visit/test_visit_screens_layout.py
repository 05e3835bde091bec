"""Screens at 1366x768: nothing cut off, nothing overlapping, anchors readable; PNGs saved.

Set BEDSIDE_SHOTS=/some/folder to keep the screenshots for looking at them.
"""

from __future__ import annotations

import os
from itertools import combinations
from pathlib import Path

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


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("BEDSIDE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def save(editor, name):
        path = folder / f"visit_{name}.png"
        image = editor.grab()
        assert image.width() == 1366 and image.height() == 768
        assert image.save(str(path))
        assert path.stat().st_size > 10_000
        return path

    return save


def test_screens_fit_1366x768(open_editor, press, shots, store, patient, qtbot):
    editor = open_editor()
    assert layout_problems(editor) == []
    shots(editor, "start")
    press(editor, Qt.Key.Key_Return)
    press(editor, *"4321")
    qtbot.wait(10)
    assert layout_problems(editor) == [], "item page"
    for button in editor.item_page.anchors:
        assert button.height() >= 44
        assert button.text_label.heightForWidth(button.text_label.width()) <= \
            button.text_label.height()
        assert button.text_label.font().pointSizeF() >= 12
    shots(editor, "item_5a")
    press(editor, *"3214321")
    press(editor, "n")
    qtbot.wait(10)
    assert layout_problems(editor) == [], "not assessed picker"
    shots(editor, "item_12_not_assessed")
    press(editor, "1")
    press(editor, "5", "4", "-", "4", "+", "n", "1", "3")
    qtbot.wait(10)
    assert layout_problems(editor) == [], "MRC grid"
    shots(editor, "mrc_grid")
    press(editor, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    assert layout_problems(editor) == [], "review page"
    shots(editor, "review")
    press(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert editor.review_page.read_only
    assert layout_problems(editor) == [], "signed visit"
    shots(editor, "signed")


def test_als_clinic_grid_fits(open_editor, press, shots, qtbot):
    editor = open_editor()
    page = editor.start_page
    page.protocol.setCurrentIndex(page.protocol.findData("als_clinic"))
    page.do_alsfrs.setChecked(False)
    press(editor, Qt.Key.Key_Return)
    press(editor, *"5544")
    qtbot.wait(10)
    assert layout_problems(editor) == []
    shots(editor, "mrc_als_clinic")
