"""Sizes and the style sheet shared by the visit pages (touch targets at least 44 px); text
sizes scale with the application's font, colours follow the high-contrast setting."""

from __future__ import annotations

from bedside.ui.style import color, pt

TOUCH = 44  # minimum height of anything a finger presses, in pixels
ANCHOR_HEIGHT = 56


def visit_style() -> str:
    c = color
    return f"""
QPushButton {{ min-height: {TOUCH}px; min-width: {TOUCH - 20}px; padding: 0 10px;
  font-size: {pt(11)}; }}
QPushButton#gradeKey {{ min-width: {TOUCH}px; padding: 0; }}
QPushButton#anchor {{
  text-align: left; padding: 4px 10px; border: 1px solid {c('border')}; border-radius: 6px;
  background: {c('base')}; min-height: {ANCHOR_HEIGHT}px;
}}
QPushButton#anchor:hover {{ background: {c('hover')}; }}
QPushButton#anchor:checked {{ border: 3px solid {c('accent')}; background: {c('chosen')}; }}
QLabel#anchorScore {{
  font-size: {pt(18)}; font-weight: bold; color: {c('accent')}; min-width: 34px;
}}
QLabel#anchorText {{ font-size: {pt(13)}; color: {c('text')}; }}
QLabel#anchorMark {{ font-size: {pt(11)}; font-weight: bold; color: {c('accent')}; }}
QLabel#pageTitle {{ font-size: {pt(18)}; font-weight: bold; }}
QLabel#progress {{ font-size: {pt(11)}; color: {c('muted')}; }}
QLabel#problem {{ color: {c('error')}; font-size: {pt(10)}; }}
QLabel#notice {{ color: {c('notice')}; background: {c('notice_bg')}; padding: 6px;
  border-radius: 4px; }}
QLabel#error {{ color: #ffffff; background: #b00020; padding: 6px; border-radius: 4px; }}
QLabel#help {{ color: {c('text')}; font-size: {pt(10)}; }}
QLabel#total {{ font-size: {pt(16)}; font-weight: bold; }}
QLabel#keys {{ color: {c('muted')}; font-size: {pt(9)}; }}
QLabel#wording {{ color: {c('muted')}; font-size: {pt(9)}; }}
QFrame#panel {{ background: {c('panel')}; border: 1px solid {c('panel_border')};
  border-radius: 6px; }}
QFrame#reasonPicker {{ background: {c('picker_bg')}; border: 2px solid {c('picker_border')};
  border-radius: 6px; }}
QLabel#signature {{
  background: {c('panel')}; border: 1px solid {c('border')}; border-radius: 6px; padding: 6px;
}}
QTableWidget {{ font-size: {pt(13)}; }}
"""
