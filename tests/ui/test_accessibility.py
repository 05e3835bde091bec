"""Every control of every page says what it is and what it does to a screen reader (Qt's
accessibility reaches AT-SPI, UI Automation and macOS's API): a name and a description."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.tour import demo_store, tour

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit,
            QTextEdit, QAbstractSpinBox, QTabBar, QGraphicsView)


def unnamed_controls(root: QWidget) -> list[str]:
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(root) or w.window() is not root:
            continue
        if (isinstance(w, QHeaderView) or w.objectName() == "qt_tableview_cornerbutton"
                or isinstance(w.parentWidget(), QComboBox)):
            continue  # parts of a table or a choice, which name themselves
        if isinstance(w, QTabBar):  # each tab is named by its text, described by its tooltip
            out += [f"tab {w.tabText(i)!r} has no tooltip to describe it"
                    for i in range(w.count()) if not w.tabToolTip(i)]
            continue
        face = QAccessible.queryAccessibleInterface(w)
        name = face.text(QAccessible.Text.Name) if face else ""
        description = face.text(QAccessible.Text.Description) if face else ""
        if not name.strip() or not description.strip():
            label = w.text() if isinstance(w, (QAbstractButton, QLineEdit)) else ""
            what = f"{type(w).__name__} {w.objectName()!r} {label!r}"
            out.append(f"{what}: name {name!r}, description {description!r}")
    return sorted(set(out))


def test_every_control_of_every_page_has_an_accessible_name_and_description(
        qtbot, tmp_path, settings):
    store = demo_store(tmp_path)
    problems = {}
    for page, widget in tour(qtbot, store, settings):
        found = unnamed_controls(widget)
        if found:
            problems[page] = found
    store.close()
    assert problems == {}


TOUCH_PX = 44


def small_targets(root: QWidget) -> list[str]:
    """Buttons, choices and ticks a finger cannot hit: smaller than 44 x 44 px."""
    out = []
    for w in root.findChildren(QWidget):
        if (isinstance(w, (QAbstractButton, QComboBox)) and w.isVisibleTo(root)
                and w.window() is root and w.objectName() != "qt_tableview_cornerbutton"
                and not isinstance(w.parentWidget(), QTabBar)
                and (w.width() < TOUCH_PX or w.height() < TOUCH_PX)):
            label = w.text() if isinstance(w, QAbstractButton) else w.currentText()
            out.append(f"{type(w).__name__} {label!r}: {w.width()} x {w.height()} px")
    return sorted(set(out))


def test_on_a_touch_screen_every_answer_grade_and_button_is_a_finger_wide(
        qtbot, tmp_path, settings):
    store = demo_store(tmp_path)
    problems = {page: found for page, widget in tour(qtbot, store, settings)
                if (found := small_targets(widget))}
    store.close()
    assert problems == {}
