"""What a screen reader says of a control: its name (what it is) and its description (what it
does). Qt's accessibility carries both to AT-SPI, UI Automation and macOS's API; a button's
description is its tooltip, which a mouse user sees too."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QWidget

W = TypeVar("W", bound=QWidget)


def described(widget: W, description: str, name: str = "") -> W:
    """``widget`` with its accessible description (a button's tooltip) and, where its own
    text does not name it (a field, a list, a choice), its accessible name."""
    if name:
        widget.setAccessibleName(name.replace("&", ""))
    if isinstance(widget, QAbstractButton):
        widget.setToolTip(description)
    widget.setAccessibleDescription(description)
    return widget
