"""Pages that scroll when their text does not fit: at 150 % or 200 % text (the text-size
setting, the system's font size, QT_SCALE_FACTOR) on a 1366 x 768 screen, every word stays
reachable. At the sizes the screens were laid out for, nothing scrolls."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

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


class _FieldsArea(QScrollArea):
    """A dialog's fields: as tall as they are, scrolling only where the screen is shorter."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.widget().sizeHint()


def dialog_column(dialog: QWidget, buttons: QWidget) -> QVBoxLayout:
    """The column to lay ``dialog``'s fields out in, above ``buttons``: the fields scroll
    when the screen is shorter than they are (1366 x 768 at QT_SCALE_FACTOR 2 is 683 x 384);
    the buttons stay in view."""
    body = QWidget()
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    area = _FieldsArea(dialog)
    area.setObjectName(PAGE_SCROLL)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(body)
    outer = QVBoxLayout(dialog)
    outer.addWidget(area, 1)
    outer.addWidget(buttons)
    return column


class WindowColumn(QVBoxLayout):
    """The main window's column: inside its scroll area it takes the viewport's size and
    scrolls only below its minimum size (a scroll area asks a layout with wrapping rows for
    its height at the width, which sums the rows' preferred heights: taller than the window)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False


class WrappingColumn(QVBoxLayout):
    """A column with wrapping text in it: its widget keeps the minimum height the column
    needs at the width it has (Qt's minimum of a layout is that of its narrowest, least
    wrapped form, and a part below the text would be squeezed under it)."""

    def setGeometry(self, rect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        owner = self.parentWidget()
        need = self.totalMinimumHeightForWidth(rect.width())
        if owner is not None and owner.layout() is self and owner.minimumHeight() != need:
            owner.setMinimumHeight(need)


def fit_screen(window: QWidget, width: int, height: int = 0) -> None:
    """A dialog's minimum width (and opening size) of ``width`` x ``height``, or the screen's
    available room where that is less (at 200 % a 1366 x 768 screen is 683 x 384)."""
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry().size() if screen is not None else None
    fit_width = min(width, room.width() - 16) if room is not None else width
    window.setMinimumWidth(fit_width)
    if height:
        fit_height = min(height, room.height() - 48) if room is not None else height
        window.resize(fit_width, fit_height)
