"""What the preferences change for every screen at once: the interface language, the text
size and the high-contrast theme. Applied before the first window is built."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from bedside.ui import language
from bedside.ui.settings import Settings

TEXT_SCALES = (100, 125, 150, 200)
_base_point_size: list[float] = []  # the system's font size, read once


def text_scale(settings: Settings) -> int:
    try:
        value = int(settings.get("display/text_scale"))
    except ValueError:
        return 100
    return value if value in TEXT_SCALES else 100


def apply_text_scale(app: QApplication, percent: int) -> None:
    """The application font at ``percent`` of the system's size (the style sheets of the
    screens size their text relative to it)."""
    font = QFont(app.font())
    if not _base_point_size:
        _base_point_size.append(font.pointSizeF())
    font.setPointSizeF(_base_point_size[0] * percent / 100)
    app.setFont(font)


# Fields, ticks and choices outlined in white, and what has the focus in yellow: on black,
# Fusion's own frames are too faint to find.
HIGH_CONTRAST_FRAMES = """
QLineEdit, QComboBox, QPlainTextEdit, QTableView, QListView {
  border: 2px solid #ffffff; }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTableView:focus, QListView:focus {
  border: 3px solid #ffff00; }
QCheckBox::indicator, QRadioButton::indicator {
  width: 18px; height: 18px; border: 2px solid #ffffff; background: #000000; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: #ffff00; }
QPushButton { border: 2px solid #ffffff; }
QPushButton:focus, QPushButton:default { border: 3px solid #ffff00; }
"""


def high_contrast_palette() -> QPalette:
    """White text on black, yellow for what is selected or focused: WCAG AAA contrast."""
    p = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, color in ((QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
                        (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase,
                                                            QColor("#1a1a1a")),
                        (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
                        (QPalette.ColorRole.ButtonText, white),
                        (QPalette.ColorRole.Highlight, yellow),
                        (QPalette.ColorRole.HighlightedText, black),
                        (QPalette.ColorRole.ToolTipBase, black),
                        (QPalette.ColorRole.ToolTipText, white),
                        (QPalette.ColorRole.PlaceholderText, QColor("#d0d0d0")),
                        (QPalette.ColorRole.Link, yellow), (QPalette.ColorRole.BrightText,
                                                            yellow)):
        p.setColor(role, color)
    # the frames Fusion draws (check boxes, fields, buttons): light on black
    for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Midlight, QPalette.ColorRole.Mid,
                 QPalette.ColorRole.Dark, QPalette.ColorRole.Shadow):
        p.setColor(role, white)
    for group in (QPalette.ColorGroup.Disabled,):
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                     QPalette.ColorRole.ButtonText):
            p.setColor(group, role, QColor("#9a9a9a"))
    return p


def apply_appearance(app: QApplication, settings: Settings) -> str:
    """Language, text size and contrast as the settings say; returns the language used."""
    used = language.install(settings.get("interface/language"))
    apply_text_scale(app, text_scale(settings))
    high = settings.get("display/high_contrast")
    app.setProperty("high_contrast", high)
    if high:
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_FRAMES)
    return used
