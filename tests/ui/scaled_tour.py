"""Run in a process of its own (tests/ui/test_text_scale.py): the tour of every page and
dialog on a 1366 x 768 screen at a text size or scale factor, in each language given, printing
what is cut off or overlaps, by language and page. A page may scroll: what lies inside a page's
scroll area must be whole within it.

    python -m tests.ui.scaled_tour TEXT_SCALE LANGUAGE [LANGUAGE ...]
(QT_SCALE_FACTOR and QT_QPA_PLATFORM=offscreen:configfile=... come from the environment)

Each language's tour opens a new main window on fresh demo data after the language is
installed, as the app does at its start (tests/i18n/test_pages_in_language.py relies on the
same).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.ui.layout_check import layout_problems


def main(argv: list[str]) -> int:
    text_scale, languages = argv[0], argv[1:]
    app = QApplication(sys.argv[:1])
    from bedside.ui.appearance import apply_appearance
    from bedside.ui.settings import Settings
    from tests.ui.tour import demo_store, tour

    tmp = Path(tempfile.mkdtemp())
    settings = Settings(str(tmp / "settings.ini"))
    settings.set("display/text_scale", text_scale)

    class Bot:
        def addWidget(self, widget) -> None:
            pass

    by_language = {}
    for language in languages:
        store = demo_store(Path(tempfile.mkdtemp(dir=tmp)))  # the tour's own data, untouched
        settings.set("interface/language", language)
        apply_appearance(app, settings)
        screen = app.primaryScreen().availableGeometry().size()
        found = {}
        for page, widget in tour(Bot(), store, settings, (min(1366, screen.width()),
                                                          min(768, screen.height()))):
            window = widget.window()
            if (window.width() > screen.width() + 1 or window.height() > screen.height() + 1):
                found.setdefault(page, []).append(
                    f"the window ({window.width()} x {window.height()}) is larger than the "
                    f"screen ({screen.width()} x {screen.height()})")
            found.setdefault(page, []).extend(layout_problems(widget, scrolling=True))
        for widget in app.topLevelWidgets():  # the next language's tour starts afresh
            widget.close()
            widget.deleteLater()
        app.processEvents()
        store.close()
        by_language[language] = {k: v for k, v in found.items() if v}
    print(json.dumps(by_language, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
