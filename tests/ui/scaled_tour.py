"""Run in a process of its own (tests/ui/test_text_scale.py): the tour of every page and
dialog on a 1366 x 768 screen at a text size or scale factor, printing what is cut off or
overlaps. A page may scroll: what lies inside a page's scroll area must be whole within it.

    python -m tests.ui.scaled_tour TEXT_SCALE LANGUAGE
(QT_SCALE_FACTOR and QT_QPA_PLATFORM=offscreen:configfile=... come from the environment)
"""

from __future__ import annotations

import json
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

LEAVES = (QLabel, QAbstractButton, QLineEdit, QComboBox)


def _container(w: QWidget, root: QWidget) -> QWidget | None:
    """The page's scroll content ``w`` lies in (whole within it is enough); None: inside
    another scrolling view (a list, the grades' wording), whose own scrolling shows it."""
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, QScrollArea) and p.objectName() == "page_scroll":
            return p.widget()
        if isinstance(p, QAbstractScrollArea) and not isinstance(p, QScrollArea):
            return None
        if isinstance(p, QScrollArea):
            return None
        p = p.parentWidget()
    return root


def problems(root: QWidget) -> list[str]:
    out = []
    leaves = []
    for w in root.findChildren(QWidget):
        if (isinstance(w, LEAVES) and w.isVisibleTo(root) and w.isVisible()
                and not isinstance(w.parentWidget(), (QAbstractButton, QComboBox))):
            box = _container(w, root)
            if box is not None:
                leaves.append((w, box))
    for w, box in leaves:
        r = QRect(w.mapTo(box, QPoint(0, 0)), w.size())
        name = f"{type(w).__name__} {getattr(w, 'text', lambda: '')()[:50]!r}"
        if not box.rect().contains(r):
            out.append(f"{name} lies outside what can be shown or scrolled to")
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 1:
                    out.append(f"{name} is cut: needs {w.heightForWidth(w.width())} px height, "
                               f"has {w.height()}")
            elif (w.sizeHint().width() > w.width() + 1
                  and w.textFormat() != Qt.TextFormat.RichText):
                out.append(f"{name} is cut: needs {w.sizeHint().width()} px, has {w.width()}")
        if isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
            out.append(f"{name} is cut: needs {w.sizeHint().width()} px, has {w.width()}")
    for (a, box_a), (b, box_b) in combinations(leaves, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a) or box_a is not box_b:
            continue  # (in two scrolling pages, each is clipped by its own view)
        ra = QRect(a.mapTo(root, QPoint(0, 0)), a.size())
        rb = QRect(b.mapTo(root, QPoint(0, 0)), b.size())
        if ra.intersects(rb):
            out.append(f"{type(a).__name__} {a.objectName()} overlaps {type(b).__name__} "
                       f"{b.objectName()}")
    return out


def main(argv: list[str]) -> int:
    text_scale, language = argv[0], argv[1]
    app = QApplication(sys.argv[:1])
    from bedside.ui.appearance import apply_appearance
    from bedside.ui.settings import Settings
    from tests.ui.tour import demo_store, tour

    tmp = Path(tempfile.mkdtemp())
    settings = Settings(str(tmp / "settings.ini"))
    settings.set("interface/language", language)
    settings.set("display/text_scale", text_scale)
    apply_appearance(app, settings)
    screen = app.primaryScreen().availableGeometry().size()

    class Bot:
        def addWidget(self, widget) -> None:
            pass

    store = demo_store(tmp)
    found = {}
    for page, widget in tour(Bot(), store, settings, (min(1366, screen.width()),
                                                      min(768, screen.height()))):
        window = widget.window()
        if (window.width() > screen.width() + 1 or window.height() > screen.height() + 1):
            found.setdefault(page, []).append(
                f"the window ({window.width()} x {window.height()}) is larger than the "
                f"screen ({screen.width()} x {screen.height()})")
        found.setdefault(page, []).extend(problems(widget))
    print(json.dumps({k: v for k, v in found.items() if v}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
