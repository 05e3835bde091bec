"""A date axis whose month and day names are the interface language's (pyqtgraph's own
DateAxisItem writes them with strftime: English whatever the language)."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGraphicsItem

_SHORT = QLocale.FormatType.ShortFormat


def cache_axes(*plots: pg.PlotItem) -> None:
    """Each axis drawn from an image of itself until its range or size changes: pyqtgraph
    replays its recorded ticks and labels at every repaint of the plot around it (a moving
    point, a line toggled), laying out each label's text again."""
    for plot in plots:
        for name in ("left", "bottom", "right", "top"):
            plot.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


class LocalDateAxis(pg.DateAxisItem):
    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or ("%b" not in spec.format and "%a" not in spec.format):
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        out = []
        for v in values:
            try:
                moment = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(v, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                out.append("")
                continue
            text = spec.format.replace("%b", "\0b").replace("%a", "\0a")
            text = moment.strftime(text)
            text = text.replace("\0b", locale.standaloneMonthName(moment.month, _SHORT))
            out.append(text.replace("\0a", locale.dayName(moment.isoweekday(), _SHORT)))
        return out
