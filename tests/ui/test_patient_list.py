from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from bedside.domain import Patient
from bedside.store import patients
from bedside.ui.fold import fold
from bedside.ui.main_window import MainWindow
from tests.ui.helpers import show_active


def _shown(window: MainWindow) -> list[str]:
    model = window.patient_list.model
    return [model.patient_at(r).patient_id for r in range(model.rowCount())]


def _fill(store):
    for p in (Patient("A-1", "Müller", "José", date(1960, 1, 1)),
              Patient("A-2", "Muller", "Anna", date(1970, 1, 1)),
              Patient("B-7", "Łukasiewicz", "Zoë", date(1955, 5, 5)),
              Patient("C-3", "Smith", "Peter", date(1950, 2, 2))):
        patients.add(store, p)


def test_fold_removes_accents_and_case():
    assert fold("Müller") == fold("MULLER") == "muller"
    assert fold("Łukasiewicz Zoë") == "lukasiewicz zoe"


def test_search_filters_after_key_presses_accent_insensitive(qtbot, store, settings):
    _fill(store)
    window = MainWindow(store, settings)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.patient_list.search
    qtbot.keyClicks(window.patient_list.search, "mul")
    assert sorted(_shown(window)) == ["A-1", "A-2"]
    qtbot.keyClicks(window.patient_list.search, "ler jo")  # "muller jo"
    assert _shown(window) == ["A-1"]
    assert window.patient_list.count.text() == "1 of 4 patients"
    window.patient_list.search.clear()
    qtbot.keyClicks(window.patient_list.search, "ZOE")
    assert _shown(window) == ["B-7"]
    window.patient_list.search.clear()
    qtbot.keyClicks(window.patient_list.search, "lukas")
    assert _shown(window) == ["B-7"]
    window.patient_list.search.clear()
    qtbot.keyClicks(window.patient_list.search, "c-3")
    assert _shown(window) == ["C-3"]
    for _ in range(3):
        qtbot.keyClick(window.patient_list.search, Qt.Key.Key_Backspace)
    assert len(_shown(window)) == 4


def test_keyboard_alone_opens_a_patient(qtbot, store, settings):
    _fill(store)
    window = MainWindow(store, settings)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.patient_list.search, "smith")
    qtbot.keyClick(window.patient_list.search, Qt.Key.Key_Return)
    assert window.current_patient_id == "C-3"
    assert "Smith, Peter" in window.page.header.name.text()


def test_no_accounts_banner_invites_setting_them_up(qtbot, store, settings):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible()
    assert "no examiner accounts" in window.banner_text.text()
