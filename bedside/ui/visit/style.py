"""Sizes and the style sheet shared by the visit pages (touch targets at least 44 px)."""

from __future__ import annotations

TOUCH = 44  # minimum height of anything a finger presses, in pixels
ANCHOR_HEIGHT = 56

STYLE = f"""
QPushButton {{ min-height: {TOUCH}px; padding: 0 14px; font-size: 11pt; }}
QPushButton#anchor {{
  text-align: left; padding: 4px 10px; border: 1px solid #8a94a6; border-radius: 6px;
  background: #ffffff; min-height: {ANCHOR_HEIGHT}px;
}}
QPushButton#anchor:hover {{ background: #f0f4fa; }}
QPushButton#anchor:checked {{ border: 3px solid #1a5fb4; background: #d8e6fa; }}
QLabel#anchorScore {{
  font-size: 18pt; font-weight: bold; color: #1a5fb4; min-width: 34px; max-width: 34px;
}}
QLabel#anchorText {{ font-size: 13pt; color: #111; }}
QLabel#anchorMark {{ font-size: 11pt; font-weight: bold; color: #1a5fb4; }}
QLabel#pageTitle {{ font-size: 18pt; font-weight: bold; }}
QLabel#progress {{ font-size: 11pt; color: #444; }}
QLabel#problem {{ color: #b00020; font-size: 10pt; }}
QLabel#notice {{ color: #6b4e00; background: #fff4cc; padding: 6px; border-radius: 4px; }}
QLabel#error {{ color: #ffffff; background: #b00020; padding: 6px; border-radius: 4px; }}
QLabel#help {{ color: #333; font-size: 10pt; }}
QLabel#total {{ font-size: 16pt; font-weight: bold; }}
QLabel#keys {{ color: #555; font-size: 9pt; }}
QFrame#panel {{ background: #f5f7fa; border: 1px solid #d5dbe3; border-radius: 6px; }}
QFrame#reasonPicker {{ background: #fffbe6; border: 2px solid #c8a200; border-radius: 6px; }}
QLabel#signature {{
  background: #f5f7fa; border: 1px solid #8a94a6; border-radius: 6px; padding: 6px;
}}
QTableWidget {{ font-size: 13pt; }}
"""
