"""Pages that scroll when their text does not fit: at 150 % or 200 % text (the text-size
setting, the system's font size, QT_SCALE_FACTOR) on a 1366 x 768 screen, every word stays
reachable. At the sizes the screens were laid out for, nothing scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

PAGE_SCROLL = "page_scroll"  # the object name of these areas (tests look through them)


def scroll_area(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    area = QScrollArea(parent)
    area.setObjectName(PAGE_SCROLL)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page, not its frame, takes the keys
    area.setWidget(content)
    content.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    return area


def scrolling_body(page: QWidget) -> QWidget:
    """The widget to lay ``page``'s content out on: it scrolls inside the page."""
    body = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(scroll_area(body, page))
    return body


class WindowColumn(QVBoxLayout):
    """The main window's column: inside its scroll area it takes the viewport's size and
    scrolls only below its minimum size (a scroll area asks a layout with wrapping rows for
    its height at the width, which sums the rows' preferred heights: taller than the window)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False
