"""Every page and dialog opened in Georgian and in Russian shows no English words that have a
translation: nothing of the interface was left out of the translators' hands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from bedside.i18n.ts_file import read
from tests.ui.tour import demo_store, tour

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n"
SPLIT = re.compile(r"%\d|%n|%\(\w+\)[sdr]|%[sdr]|\n")


def english_words(language: str) -> set[str]:
    """Each translated string of a single word (a button, a heading) whose translation is
    another word: shown whole, it was left in English."""
    return {m.source.replace("&", "") for m in read(FOLDER / f"bedside_{language}.ts").messages
            if len(m.source.split()) == 1 and not SPLIT.search(m.source)
            and m.source not in m.forms}


def english_fragments(language: str) -> list[str]:
    """The English of every translated string, cut at its placeholders: the pieces of two
    words or more that the translation does not keep as they are."""
    out = set()
    for m in read(FOLDER / f"bedside_{language}.ts").messages:
        translated = " ".join(m.forms)
        for piece in SPLIT.split(m.source.replace("&", "")):
            piece = piece.strip(" .,:;()·—-")
            if len(piece.split()) >= 2 and piece not in translated:
                out.add(piece)
    return sorted(out, key=len, reverse=True)


def shown_texts(root: QWidget) -> list[str]:
    """What a person reads on ``root``: labels, buttons, fields, choices, tabs, headers,
    tooltips, the window's title and menus."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts.append(w.toolTip())
        if isinstance(w, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", w.text()))
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            texts.append(action.text())
            texts += [a.text() for a in action.menu().actions()] if action.menu() else []
    return [" ".join(t.replace("&", "").split()) for t in texts if t]


@pytest.fixture
def settings(tmp_path, monkeypatch):
    from bedside.ui.settings import Settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return Settings(str(tmp_path / "settings.ini"))


@pytest.mark.parametrize("language", ["ka", "ru"])
def test_no_page_shows_english_that_has_a_translation(qtbot, tmp_path, settings, language):
    from bedside.ui import language as interface

    interface.install(language)
    fragments = english_fragments(language)
    words = english_words(language)
    store = demo_store(tmp_path)
    found: dict[str, set[str]] = {}
    try:
        for page, widget in tour(qtbot, store, settings):
            for text in shown_texts(widget):
                if text in words:
                    found.setdefault(page, set()).add(f"{text!r}")
                for piece in fragments:
                    if piece in text:
                        found.setdefault(page, set()).add(f"{piece!r} in {text[:80]!r}")
                        break
    finally:
        store.close()
        interface.install("en")
    assert found == {}
