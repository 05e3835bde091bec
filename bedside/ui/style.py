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
