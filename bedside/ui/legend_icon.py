"""A plot line's legend sample: its colour, dash and marker, so that a line is told apart
without seeing colour (beside the toggle that shows it)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

LEGEND_ICON_WIDTH = 40
_HEIGHT = 16


def _marker(symbol: str, x: float, y: float, r: float) -> QPainterPath:
    path = QPainterPath()
    if symbol == "o":
        path.addEllipse(QPointF(x, y), r, r)
    elif symbol == "s":
        path.addRect(x - r, y - r, 2 * r, 2 * r)
    elif symbol == "t":  # pyqtgraph's "t" points down
        path.addPolygon(QPolygonF([QPointF(x - r, y - r), QPointF(x + r, y - r),
                                   QPointF(x, y + r)]))
    elif symbol == "d":
        path.addPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                                   QPointF(x - r, y)]))
    elif symbol == "p":
        path.addPolygon(QPolygonF([QPointF(x + r * math.sin(a), y - r * math.cos(a))
                                   for a in (2 * math.pi * k / 5 for k in range(5))]))
    path.closeSubpath()
    return path


def legend_icon(color: str, dash: str, symbol: str) -> QIcon:
    pixmap = QPixmap(LEGEND_ICON_WIDTH, _HEIGHT)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(color), 2, getattr(Qt.PenStyle, dash))
    painter.setPen(pen)
    painter.drawLine(1, _HEIGHT // 2, LEGEND_ICON_WIDTH - 1, _HEIGHT // 2)
    if symbol:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawPath(_marker(symbol, LEGEND_ICON_WIDTH / 2, _HEIGHT / 2, 4.5))
    painter.end()
    return QIcon(pixmap)
