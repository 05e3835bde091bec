"""Run in a process of its own (tests/ui/test_text_scale.py): the tour of every page and
dialog on a 1366 x 768 screen at a text size or scale factor, printing what is cut off or
overlaps. A page may scroll: what lies inside a page's scroll area must be whole within it.

    python -m tests.ui.scaled_tour TEXT_SCALE LANGUAGE
(QT_SCALE_FACTOR and QT_QPA_PLATFORM=offscreen:configfile=... come from the environment)
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.layout_check import layout_problems


def main(argv: list[str]) -> int:
    text_scale, language = argv[0], argv[1]
    app = QApplication(sys.argv[:1])
    from bedside.ui.appearance import apply_appearance
    from bedside.ui.settings import Settings
    from tests.ui.tour import demo_store, tour

    tmp = Path(tempfile.mkdtemp())
    settings = Settings(str(tmp / "settings.ini"))
    settings.set("interface/language", language)
    settings.set("display/text_scale", text_scale)
    apply_appearance(app, settings)
    screen = app.primaryScreen().availableGeometry().size()

    class Bot:
        def addWidget(self, widget) -> None:
            pass

    store = demo_store(tmp)
    found = {}
    for page, widget in tour(Bot(), store, settings, (min(1366, screen.width()),
                                                      min(768, screen.height()))):
        window = widget.window()
        if (window.width() > screen.width() + 1 or window.height() > screen.height() + 1):
            found.setdefault(page, []).append(
                f"the window ({window.width()} x {window.height()}) is larger than the "
                f"screen ({screen.width()} x {screen.height()})")
        found.setdefault(page, []).extend(layout_problems(widget, scrolling=True))
    print(json.dumps({k: v for k, v in found.items() if v}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
