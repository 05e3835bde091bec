"""What is cut off or overlapping on a screen: the check of the visit screens' layout tests
and of the tour at larger text (tests/ui/scaled_tour.py)."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from bedside.ui.scrolling import PAGE_SCROLL

LEAVES = (QLabel, QAbstractButton, QLineEdit, QComboBox, QDateEdit)


def _container(w: QWidget, root: QWidget, scrolling: bool) -> QWidget | None:
    """What ``w`` must lie whole within: ``root``, or with ``scrolling`` the content of the
    page's scroll area it is in (scrolled to is enough); None: inside another scrolling view
    (a list, the grades' wording), whose own scrolling shows it."""
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, QScrollArea) and p.objectName() == PAGE_SCROLL:
            if scrolling:
                return p.widget()
        elif isinstance(p, QAbstractScrollArea):
            return None
        p = p.parentWidget()
    return root


def _leaves(root: QWidget, scrolling: bool) -> list[tuple[QWidget, QWidget]]:
    out = []
    for w in root.findChildren(QWidget):
        if (isinstance(w, LEAVES) and w.isVisibleTo(root) and w.isVisible()
                and not isinstance(w.parentWidget(), (QAbstractButton, QComboBox, QDateEdit))):
            box = _container(w, root, scrolling)
            if box is not None:
                out.append((w, box))
    return out


def _cut(w: QWidget, name: str) -> str | None:
    if isinstance(w, QLabel) and w.text():
        if w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 1:
                return (f"{name} is cut: needs {w.heightForWidth(w.width())} px height, "
                        f"has {w.height()}")
        elif w.sizeHint().width() > w.width() + 1 and w.textFormat() != Qt.TextFormat.RichText:
            return f"{name} is cut: needs {w.sizeHint().width()} px width, has {w.width()}"
    if isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
        return f"{name} is cut: needs {w.sizeHint().width()} px, has {w.width()}"
    return None


def layout_problems(root: QWidget, *, scrolling: bool = False) -> list[str]:
    """An empty list when every text on ``root`` is whole and nothing overlaps. Without
    ``scrolling`` everything must show within ``root`` (the sizes the screens were laid out
    for: nothing scrolls); with it, what a page's scroll area holds may be scrolled to."""
    problems = []
    leaves = _leaves(root, scrolling)
    for w, box in leaves:
        r = QRect(w.mapTo(box, QPoint(0, 0)), w.size())
        name = f"{type(w).__name__} {getattr(w, 'text', lambda: '')()[:50]!r}"
        if not box.rect().contains(r):
            problems.append(f"{name} at {r} lies outside the {box.width()} x {box.height()} "
                            "that can be shown or scrolled to")
        cut = _cut(w, name)
        if cut:
            problems.append(cut)
    for (a, box_a), (b, box_b) in combinations(leaves, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a) or box_a is not box_b:
            continue  # (in two scrolling pages, each is clipped by its own view)
        ra = QRect(a.mapTo(root, QPoint(0, 0)), a.size())
        rb = QRect(b.mapTo(root, QPoint(0, 0)), b.size())
        if ra.intersects(rb):
            problems.append(f"{type(a).__name__} {a.objectName()} overlaps "
                            f"{type(b).__name__} {b.objectName()}: {ra} / {rb}")
    return problems
