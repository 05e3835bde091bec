"""Sizes and colours shared by the screens (touch targets, error text).

Text sizes in style sheets are given for the 9 pt design font and scaled with the
application's font (the system's size times the text-size setting): ``pt(13)``. Colours come
in two sets, the usual one and the high-contrast one (setting display/high_contrast).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

TOUCH_PX = 44  # minimum height of anything a finger must hit
DESIGN_POINT_SIZE = 9.0  # the font size the screens were laid out with

_COLORS = {
    # role: (usual, high contrast)
    "error": ("#b00020", "#ff9e9e"),
    "muted": ("#555555", "#e6e6e6"),
    "text": ("#111111", "#ffffff"),
    "base": ("#ffffff", "#000000"),
    "panel": ("#f5f7fa", "#000000"),
    "panel_border": ("#d5dbe3", "#ffffff"),
    "accent": ("#1a5fb4", "#ffff00"),
    "chosen": ("#d8e6fa", "#333300"),
    "hover": ("#f0f4fa", "#262626"),
    "border": ("#8a94a6", "#ffffff"),
    "notice": ("#6b4e00", "#ffff00"),
    "notice_bg": ("#fff4cc", "#000000"),
    "picker_bg": ("#fffbe6", "#000000"),
    "picker_border": ("#c8a200", "#ffff00"),
    "banner_bg": ("#fff4ce", "#000000"),
    "banner_text": ("#4d3800", "#ffff00"),
    "banner_border": ("#e0c97f", "#ffff00"),
    "warning_bg": ("#fde7e9", "#000000"),
    "warning_text": ("#6e0011", "#ff9e9e"),
    "warning_border": ("#e8a2aa", "#ff9e9e"),
}
def high_contrast() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property("high_contrast"))


def color(role: str) -> str:
    return _COLORS[role][1 if high_contrast() else 0]


def pt(size: float) -> str:
    """``size`` (points at the design font size) scaled with the application's font."""
    app = QApplication.instance()
    base = app.font().pointSizeF() if app is not None else DESIGN_POINT_SIZE
    return f"{size * (base if base > 0 else DESIGN_POINT_SIZE) / DESIGN_POINT_SIZE:.1f}pt"


def error_style() -> str:
    return f"color: {color('error')};"


def muted_style() -> str:
    return f"color: {color('muted')};"


SERIES_COLORS = {  # the plots keep their white background in either theme
    "total": "#1f4e79",
    "bulbar": "#c0504d",
    "fine_motor": "#9c6500",
    "gross_motor": "#4f8a10",
    "respiratory": "#7030a0",
}
# Colour is never the only cue: each line has its own dash and marker too (pyqtgraph's
# symbol names; the pen style as Qt.PenStyle's name).
SERIES_LINES = {
    "total": ("SolidLine", "o"),
    "bulbar": ("DashLine", "s"),
    "fine_motor": ("DotLine", "t"),
    "gross_motor": ("DashDotLine", "d"),
    "respiratory": ("DashDotDotLine", "p"),
}
EVENT_COLOR = "#666666"
PROVISIONAL_COLOR = "#e36c09"
TAB_STYLE = "QTabBar::tab { min-height: 34px; padding: 5px 16px; }"  # 44 px with padding

# Qt's values, for the widgets painted before the database is opened: naming them through
# PySide6's ``Qt`` namespace builds its ~90 Python enums (17 ms here), which the first paint
# then waits for. They are part of Qt's ABI and never change.
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter (AlignHCenter | AlignVCenter)
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
USER_ROLE = 0x100  # Qt.ItemDataRole.UserRole
