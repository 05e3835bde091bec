"""Screens at 1366x768: nothing cut off, nothing overlapping, anchors readable; PNGs saved.

Set BEDSIDE_SHOTS=/some/folder to keep the screenshots for looking at them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def shots(tmp_path):
    folder = Path(os.environ.get("BEDSIDE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def save(editor, name):
        path = folder / f"visit_{name}.png"
        image = editor.grab()
        assert image.width() == 1366 and image.height() == 768
        assert image.save(str(path))
        assert path.stat().st_size > 10_000
        return path

    return save


def test_screens_fit_1366x768(open_editor, press, shots, layout_problems, qtbot):
    editor = open_editor()
    assert layout_problems(editor) == []
    shots(editor, "start")
    press(editor, Qt.Key.Key_Return)
    press(editor, *"4321")
    qtbot.wait(10)
    assert layout_problems(editor) == [], "item page"
    for button in editor.item_page.anchors:
        assert button.height() >= 44
        assert button.text_label.heightForWidth(button.text_label.width()) <= \
            button.text_label.height()
        assert button.text_label.font().pointSizeF() >= 12
    shots(editor, "item_5a")
    press(editor, *"3214321")
    press(editor, "n")
    qtbot.wait(10)
    assert layout_problems(editor) == [], "not assessed picker"
    shots(editor, "item_12_not_assessed")
    press(editor, "1")
    press(editor, "5", "4", "-", "4", "+", "n", "1", "3")
    qtbot.wait(10)
    assert layout_problems(editor) == [], "MRC grid"
    shots(editor, "mrc_grid")
    press(editor, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    assert layout_problems(editor) == [], "review page"
    shots(editor, "review")
    press(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert editor.review_page.read_only
    assert layout_problems(editor) == [], "signed visit"
    shots(editor, "signed")


def test_als_clinic_grid_fits(open_editor, press, shots, layout_problems, qtbot):
    editor = open_editor()
    page = editor.start_page
    page.protocol.setCurrentIndex(page.protocol.findData("als_clinic"))
    page.do_alsfrs.setChecked(False)
    press(editor, Qt.Key.Key_Return)
    press(editor, *"5544")
    qtbot.wait(10)
    assert layout_problems(editor) == []
    shots(editor, "mrc_als_clinic")


def test_pages_also_fit_a_narrower_host_area(open_editor, press, layout_problems, qtbot):
    """Hosted beside the trend plot the editor may get ~800x640: still nothing cut off."""
    editor = open_editor()
    editor.resize(800, 640)
    qtbot.waitUntil(lambda: editor.width() == 800)
    press(editor, Qt.Key.Key_Return, *"4321")
    qtbot.wait(10)
    assert editor.size().width() == 800 and editor.size().height() == 640
    assert layout_problems(editor) == [], "item page"
    press(editor, *"43214321", "5", "4", "-")
    qtbot.wait(10)
    assert layout_problems(editor) == [], "MRC grid"
    press(editor, Qt.Key.Key_Return, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(10)
    assert layout_problems(editor) == [], "review page"
