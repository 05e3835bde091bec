"""Sizes and colours shared by the screens (touch targets, error text)."""

from __future__ import annotations

TOUCH_PX = 44  # minimum height of anything a finger must hit
ERROR_STYLE = "color: #b00020;"
SERIES_COLORS = {
    "total": "#1f4e79",
    "bulbar": "#c0504d",
    "fine_motor": "#9c6500",
    "gross_motor": "#4f8a10",
    "respiratory": "#7030a0",
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
