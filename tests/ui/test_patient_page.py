from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from bedside.analysis import (
    DELTA_FS_DEFINITION,
    KINGS_DEFINITION,
    MITOS_DEFINITION,
    SLOPE_DEFINITION,
)
from bedside.domain import Visit
from bedside.store import visits
from bedside.ui.main_window import MainWindow
from tests.ui.helpers import show_active


def _window(qtbot, store, settings) -> MainWindow:
    window = MainWindow(store, settings)
    show_active(qtbot, window)
    window.patient_list.select("P-1")
    window.show_patient("P-1")
    return window


def test_header_values_with_their_definitions(qtbot, store, settings, patient_with_visits):
    window = _window(qtbot, store, settings)
    v = window.page.header.values
    assert v["total"].text().startswith("39 / 48")
    # (48 - 39) / (552 days / 30.4375) = 9 / 18.14 months = 0.496
    assert v["delta_fs"].text() == "0.50 lost/month"  # beside the signed slope
    assert v["kings"].text() == "stage 2"  # bulbar (item 1) and lower limb (item 8)
    assert v["mitos"].text() == "1"  # movement: walking at most 1
    assert v["delta_fs"].toolTip() == DELTA_FS_DEFINITION
    assert v["kings"].toolTip() == KINGS_DEFINITION
    assert v["mitos"].toolTip() == MITOS_DEFINITION
    # 46 then 39, 182 days apart: -7 / (182 / 30.4375) = -1.17 points a month
    assert v["slope"].text() == "-1.17 /month"
    assert v["slope"].toolTip() == SLOPE_DEFINITION


def test_visit_history_lists_visits_newest_first_with_drafts(qtbot, store, settings,
                                                            patient_with_visits):
    visits.save_draft(store, Visit("P-1", date(2025, 1, 5), "Dr. K", alsfrs={"Q1_Speech": 1}))
    window = _window(qtbot, store, settings)
    history = window.page.history
    rows = [[history.text(r, c) for c in (0, 1, 2, 7)]
            for r in range(history.rowCount())]
    assert rows == [["2025-01-05", "—", "—", "draft"],
                    ["2024-07-15", "39", "7", "signed"],
                    ["2024-01-15", "46", "10", "signed"]]


def test_ctrl_n_without_visit_screens_says_so_honestly(qtbot, store, settings,
                                                       patient_with_visits, monkeypatch):
    import importlib.util

    if importlib.util.find_spec("bedside.ui.visit") is not None:
        return  # the entry screens are present: covered by tests/ui/visit and integration
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: shown.append(a[2])))
    window = _window(qtbot, store, settings)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert shown and "not part of this build" in shown[0]


def test_window_geometry_is_remembered(qtbot, store, settings):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 701)  # the offscreen screen is small: width is clamped to it
    window.close()
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.size().height() == 701


def test_visit_history_draft_is_italic_and_status_explains_the_signature(
        qtbot, store, settings, patient_with_visits):
    visits.save_draft(store, Visit("P-1", date(2025, 1, 5), "Dr. K", alsfrs={"Q1_Speech": 1}))
    window = _window(qtbot, store, settings)
    model = window.page.history.model()
    draft, signed = model.index(0, 7), model.index(1, 7)
    assert draft.data(Qt.ItemDataRole.FontRole).italic()
    assert signed.data(Qt.ItemDataRole.FontRole) is None
    assert "Not signed yet" in draft.data(Qt.ItemDataRole.ToolTipRole)
    assert signed.data(Qt.ItemDataRole.ToolTipRole).startswith("Signed by Dr. Keller at ")
    total = model.index(1, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert total == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def test_enter_on_a_visit_in_the_history_opens_it(qtbot, store, settings,
                                                  patient_with_visits):
    window = _window(qtbot, store, settings)
    history = window.page.history
    opened = []
    history.visit_opened.connect(opened.append)
    history.setFocus()
    history.selectRow(1)
    assert window.page.selected_visit_id() == history.visit_at(1).visit_id
    qtbot.keyClick(history, Qt.Key.Key_Return)
    assert [v.visit_date for v in opened] == [date(2024, 1, 15)]


def test_visit_history_columns_fit_every_cell_as_qt_measures_it(qtbot, store, settings,
                                                                patient_with_visits):
    from PySide6.QtWidgets import QTableView

    visits.save_draft(store, Visit("P-1", date(2025, 1, 5), "Dr. Maximiliane Wolkenstein",
                                   alsfrs={"Q1_Speech": 1}))  # italic, the longest examiner
    window = _window(qtbot, store, settings)
    history = window.page.history
    for column in range(history.columnCount()):
        # Qt's own measurement asks the delegate about every cell of the column
        assert history.sizeHintForColumn(column) == QTableView.sizeHintForColumn(history,
                                                                                  column)
    status = history.columnCount() - 2
    assert history.columnWidth(status) >= QTableView.sizeHintForColumn(history, status)



def test_each_plot_shows_the_latest_visits_when_its_tab_is_chosen(qtbot, store, settings,
                                                                   patient_with_visits):
    """The plots not in view are drawn when chosen: a visit signed while the trend was shown
    is in the MRC grades (plot and table) and the breathing and weight plot when looked at."""
    from bedside.domain import Measurements, MrcCell
    from bedside.instruments import protocols
    from bedside.operations.changes import Changed
    from bedside.ui.plot_time import x_of

    cells = protocols()["mrc_sum_score"].cells

    def sign(day: date, grade: str, kg: float) -> None:
        draft = visits.save_draft(store, Visit(
            "P-1", day, "Dr. K", mrc={c: MrcCell(grade) for c in cells},
            mrc_protocol="mrc_sum_score", measurements=Measurements(weight_kg=kg)))
        visits.sign(store, draft.visit_id, "Dr. K")

    sign(date(2024, 9, 1), "4", 71.0)
    window = _window(qtbot, store, settings)
    page = window.page
    page.plots.setCurrentWidget(page.mrc)
    assert page.mrc.image.image.shape == (1, len(cells))
    page.mrc.as_table.setChecked(True)
    assert (page.mrc.table.rowCount(), page.mrc.table.columnCount()) == (len(cells) + 1, 1)
    page.plots.setCurrentWidget(page.trends)
    sign(date(2024, 10, 1), "3", 70.5)
    window.patient_changed.emit(Changed("P-1", visits=True))
    assert list(page.trends.curves["total"].yData) == [46, 39]  # no ALSFRS-R: no point
    page.plots.setCurrentWidget(page.mrc)
    assert page.mrc.image.image.shape == (2, len(cells))
    assert page.mrc.table.columnCount() == 2 and page.mrc.table.item(0, 1).text() == "3"
    page.plots.setCurrentWidget(page.measures)
    assert page.measures.points()["kg"] == [(x_of(date(2024, 9, 1)), 71.0),
                                            (x_of(date(2024, 10, 1)), 70.5)]
