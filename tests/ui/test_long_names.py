"""A patient with the longest name the form takes (100 characters a part) fits the laptop's
screen: the window never grows wider than 1366 px (the name takes lines instead), and the
item page's anchors stay where they can be read."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bedside.domain import Patient
from bedside.store import patients
from bedside.ui.main_window import MainWindow
from tests.ui.helpers import show_active

FAMILY = ("Hernández-Villanueva de la Cruz y Montenegro-Saavedra del Castillo Fernández-"
          "Oyarzún Blanco")[:100]
GIVEN = "Анна-Мария Александровна Константинопольская-Преображенская Виноградова-Шереметева"


def test_the_longest_names_keep_the_window_on_the_screen(qtbot, store, settings):
    patients.add(store, Patient("EX-0001", FAMILY, GIVEN, date(1961, 4, 24), "female",
                                date(2023, 1, 5), "bulbar", date(2023, 9, 1)))
    settings.set("visit/last_examiner", "Dr. Keller")
    window = MainWindow(store, settings)
    window.resize(1366, 768)
    show_active(qtbot, window)
    window.patient_list.select("EX-0001")
    window.show_patient("EX-0001")
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= 1366, "patient page"
    assert window.width() <= 1366
    name = window.page.header.name
    assert name.text().startswith(FAMILY) and name.width() <= 1366
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.page.editor
    editor.start_page.do_mrc.setChecked(True)
    editor.start_page.do_mrc.setFocus()
    qtbot.keyClick(editor.start_page.do_mrc, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert editor.stack.currentWidget() is editor.item_page
    assert window.minimumSizeHint().width() <= 1366, "item page"
    assert window.width() <= 1366
    for anchor in editor.item_page.anchors:  # each whole inside the window, not scrolled off
        left = anchor.mapTo(window, anchor.rect().topLeft())
        right = anchor.mapTo(window, anchor.rect().topRight())
        assert left.x() >= 0 and right.x() <= window.width(), anchor.text_label.text()
    for key in "444444444444":
        qtbot.keyClick(QApplication.focusWidget(), key)
    for page, then in ((editor.mrc_page, Qt.Key.Key_Return), (editor.review_page, None)):
        qtbot.wait(20)
        assert editor.stack.currentWidget() is page
        assert window.minimumSizeHint().width() <= 1366 and window.width() <= 1366, page
        if then is not None:
            qtbot.keyClick(QApplication.focusWidget(), then, Qt.KeyboardModifier.ControlModifier)

