from __future__ import annotations

from datetime import date

from bedside.domain import Visit
from bedside.store import events, patients, visits
from bedside.ui.plot_time import x_of
from bedside.ui.trends import TrendPanel


def _panel(qtbot, store, settings) -> TrendPanel:
    panel = TrendPanel(settings)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_patient(patients.get(store, "P-1"), visits.for_patient(store, "P-1"),
                       events.for_patient(store, "P-1"))
    return panel


def test_provisional_point_moves_with_each_answer(qtbot, store, settings, patient_with_visits):
    panel = _panel(qtbot, store, settings)
    assert panel.provisional_position() is None
    day = date(2025, 1, 10)
    # First answer: the rest is carried forward from the latest visit (total 39).
    draft = Visit("P-1", day, alsfrs={"Q1_Speech": 1})
    panel.set_provisional(draft)
    assert panel.provisional_position() == (x_of(day), 39.0)
    draft = Visit("P-1", day, alsfrs={"Q1_Speech": 0})
    panel.set_provisional(draft)
    assert panel.provisional_position() == (x_of(day), 38.0)
    draft = Visit("P-1", day, alsfrs={"Q1_Speech": 0, "Q2_Salivation": 2})
    panel.set_provisional(draft)
    assert panel.provisional_position()[1] == 36.0
    assert "2 of 12" in panel.provisional_label.toPlainText()
    panel.set_provisional(None)
    assert panel.provisional_position() is None


def test_the_visit_begun_is_in_view_before_its_first_answer(qtbot, store, settings,
                                                            patient_with_visits):
    panel = _panel(qtbot, store, settings)
    day = date(2026, 6, 1)  # long after the last visit: outside the dates shown
    assert panel.plot.getPlotItem().viewRange()[0][1] < x_of(day)
    panel.set_provisional(Visit("P-1", day))  # the draft as saved when the visit begins
    shown = panel.plot.getPlotItem().viewRange()[0]
    assert shown[0] < x_of(day) < shown[1]
    assert panel.provisional_position() is None  # no answer yet: no star
    panel.set_provisional(Visit("P-1", day, alsfrs={"Q1_Speech": 1}))
    assert panel.plot.getPlotItem().viewRange()[0] == shown  # an answer moves the star only
    assert panel.provisional_position() == (x_of(day), 39.0)


def test_toggles_hide_series_and_are_remembered(qtbot, store, settings, patient_with_visits):
    panel = _panel(qtbot, store, settings)
    assert panel.curves["total"].isVisible()
    assert not panel.curves["bulbar"].isVisible()
    panel.toggles["bulbar"].click()
    assert panel.curves["bulbar"].isVisible()
    assert list(panel.curves["bulbar"].yData) == [10, 7]
    panel.toggles["total"].click()
    assert not panel.curves["total"].isVisible()
    again = _panel(qtbot, store, settings)
    assert again.toggles["bulbar"].isChecked() and not again.toggles["total"].isChecked()


def test_projection_and_slopes_around_an_event(qtbot, store, settings, patient_with_visits):
    panel = _panel(qtbot, store, settings)
    xs, ys = panel.projection.getData()
    assert xs[0] == x_of(date(2023, 1, 10)) and ys[0] == 48  # 48 at onset, falling
    assert ys[-1] < ys[0]
    panel.event_choice.setCurrentIndex(1)  # the MSC transplantation, between the visits
    assert "too few visits" in panel.slope_text.text()  # one visit each side
    # A third visit after the event gives a slope after it.
    d = visits.save_draft(store, Visit("P-1", date(2024, 12, 15), "Dr. K",
                                       alsfrs={**visits.for_patient(store, "P-1")[-1].alsfrs,
                                               "Q8_Walking": 0}))
    visits.sign(store, d.visit_id, "Dr. K")
    panel = _panel(qtbot, store, settings)
    panel.event_choice.setCurrentIndex(1)
    assert "after: -0.20 points/month (2 visits)" in panel.slope_text.text()


def test_mrc_heatmap_and_sum_with_event_markers(qtbot, store, patient_with_visits):
    from bedside.domain import MrcCell
    from bedside.instruments import protocols
    from bedside.ui.mrc_trend import MrcTrendPanel

    cells = protocols()["mrc_sum_score"].cells
    for day, grade in ((date(2024, 2, 1), "5"), (date(2024, 4, 1), "4-")):
        mrc = {c: MrcCell(grade) for c in cells}
        mrc[cells[0]] = MrcCell("NT", "pain")
        d = visits.save_draft(store, Visit("P-1", day, "Dr. K", mrc=mrc,
                                           mrc_protocol="mrc_sum_score"))
        visits.sign(store, d.visit_id, "Dr. K")
    panel = MrcTrendPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_visits(visits.for_patient(store, "P-1"), events.for_patient(store, "P-1"))
    assert panel.cells == list(cells)
    image = panel.image.image
    assert image.shape == (2, len(cells))
    assert image[0, 1] == 5 and abs(image[1, 1] - 3.67) < 0.01  # 4- drawn just under 4
    assert image[0, 0] != image[0, 0]  # not tested: blank (NaN), never 0
    assert list(panel.sum_curve.yData) == [55, 44]  # 11 muscles graded, NT excluded
    assert list(panel.max_curve.yData) == [55, 55]
    # The MSC transplantation (2024-03-01) lies between the two graded visits.
    positions = [line.value() for plot, line in panel.event_lines if plot is panel.sum_plot]
    assert len(positions) == 1 and 0 < positions[0] < 1
    assert "1 not tested" in panel.note.text()


def test_narrow_trend_keeps_its_texts_out_of_the_plot(qtbot, store, settings,
                                                      patient_with_visits):
    """Beside the visit list the panel is narrow: the explanation runs under the slope row
    (not in a column beside it, squeezing the plot) and a long event label is cut."""
    panel = _panel(qtbot, store, settings)
    panel.resize(540, 560)
    qtbot.waitUntil(lambda: panel.plot.height() > 300)
    assert panel.slope_text.text().startswith("Dashed: expected course")
    assert panel.slope_text.y() > panel.event_choice.y() + panel.event_choice.height() - 1
    assert panel.slope_text.height() < 3 * panel.fontMetrics().height()
    (line,) = panel.event_lines
    label = line.label.toPlainText()
    assert label == "1 Procedure: MSC transplantat…" and len(label) <= 30
    # the plot runs from onset (the expected course is on) to today: the event of 2024-03
    # lies in its earlier half, so its label reads to the right of the line
    assert line.label.anchors[0][0] == 0


def _seed_case(store):
    """The case report: onset 2018, visits May-September 2020, two transplantations."""
    from bedside.domain import Event, Patient
    from tests.ui.helpers import answers

    patients.add(store, Patient("SEED", "Beridze", "Nino", date(1968, 3, 2), "female",
                                date(2018, 9, 1), "lower_limb", None))
    for day, speech in ((date(2020, 5, 15), 0), (date(2020, 6, 15), 1), (date(2020, 7, 10), 2),
                        (date(2020, 9, 10), 3)):
        d = visits.save_draft(store, Visit("SEED", day, "Dr. K", alsfrs=answers(
            Q1_Speech=speech, Q8_Walking=0, Q9_Climbing_Stairs=0, Q7_Turning_in_Bed=0)))
        visits.sign(store, d.visit_id, "Dr. K")
    for day, label in ((date(2020, 5, 15), "MSC transplantation, intrathecal"),
                       (date(2020, 7, 10), "MSC transplantation, intrathecal and iv")):
        events.add(store, Event("SEED", day, "procedure", label))


def _seed_panel(qtbot, store, settings) -> TrendPanel:
    panel = TrendPanel(settings)
    qtbot.addWidget(panel)
    panel.resize(700, 560)
    panel.show()
    panel.show_patient(patients.get(store, "SEED"), visits.for_patient(store, "SEED"),
                       events.for_patient(store, "SEED"))
    return panel


def test_the_trend_opens_on_the_visits_dates_and_shows_the_whole_course_on_request(
        qtbot, store, settings):
    _seed_case(store)
    panel = _seed_panel(qtbot, store, settings)
    lo, hi = panel.plot.getPlotItem().viewRange()[0]
    # onset (2018) would squeeze four months of visits into a corner: it is left out
    assert x_of(date(2020, 4, 1)) < lo < x_of(date(2020, 5, 15)) < x_of(date(2020, 9, 10)) < hi
    assert hi < x_of(date(2020, 11, 1))
    assert panel.onset_text.toPlainText() == ""
    panel.whole_course.click()
    lo, hi = panel.plot.getPlotItem().viewRange()[0]
    assert lo < x_of(date(2018, 9, 1)) and hi > x_of(date.today())
    assert panel.onset_text.toPlainText() == "onset"
    assert _seed_panel(qtbot, store, settings).whole_course.isChecked()  # remembered
    # zoom is in time only: the score axis keeps 0-48 and its labels
    assert panel.plot.getPlotItem().vb.state["mouseEnabled"] == [True, False]


def test_events_of_one_kind_are_numbered_and_a_visit_on_the_event_day_is_before_it(
        qtbot, store, settings):
    _seed_case(store)
    panel = _seed_panel(qtbot, store, settings)
    labels = [line.label.toPlainText() for line in panel.event_lines]
    assert labels[0].startswith("1 Procedure") and labels[1].startswith("2 Procedure")
    panel.event_choice.setCurrentIndex(1)  # the first transplantation, 2020-05-15
    text = panel.slope_text.text()
    assert "too few visits" in text.split("after")[0]  # the baseline alone is before it
    assert "after: +0.66 points/month (3 visits)" in text
    panel.event_choice.setCurrentIndex(2)  # the second, on the day of the third visit
    assert "(3 visits)" in panel.slope_text.text().split("after")[0]


def test_the_slope_event_choice_stays_when_the_patient_is_redrawn(qtbot, store, settings):
    _seed_case(store)
    panel = _seed_panel(qtbot, store, settings)
    panel.event_choice.setCurrentIndex(2)
    panel.show_patient(patients.get(store, "SEED"), visits.for_patient(store, "SEED"),
                       events.for_patient(store, "SEED"))  # as after signing a visit
    assert panel.event_choice.currentIndex() == 2


def test_a_first_visit_shows_no_total_until_it_is_complete(qtbot, store, settings):
    from bedside.domain import Patient
    from tests.ui.helpers import answers

    patients.add(store, Patient("NEW", "New", "Nia", None, "female", None, "unknown", None))
    panel = TrendPanel(settings)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_patient(patients.get(store, "NEW"), [], [])
    day = date(2020, 5, 15)
    panel.set_provisional(Visit("NEW", day, alsfrs={"Q1_Speech": 0, "Q2_Salivation": 1}))
    assert panel.provisional_position() is None  # not 44: the open items are unknown
    assert "2 of 12 answered" in panel.provisional_label.toPlainText()
    assert "no earlier complete visit" in panel.provisional_label.toPlainText()
    panel.set_provisional(Visit("NEW", day, alsfrs=answers(Q1_Speech=0)))
    assert panel.provisional_position() == (x_of(day), 44.0)


def test_mrc_heatmap_rows_follow_the_latest_gradings_protocol(qtbot, store, patient_with_visits):
    from bedside.domain import MrcCell
    from bedside.instruments import protocols
    from bedside.ui.mrc_trend import row_order

    seven = protocols()["seven_groups"].cells
    early = Visit("P-1", date(2024, 2, 1), mrc={"shoulder_abduction_L": MrcCell("5")},
                  mrc_protocol="mrc_sum_score", status="signed")
    late = Visit("P-1", date(2024, 4, 1), mrc={c: MrcCell("4") for c in seven},
                 mrc_protocol="seven_groups", status="signed")
    assert row_order([early, late]) == [*seven, "shoulder_abduction_L"]


def test_event_lines_follow_the_events_when_the_patient_is_shown_again(
        qtbot, store, settings, patient_with_visits):
    """Shown again with the same events, the lines stay as they are; an event added since
    gets its line, numbered in date order, and a later one its own."""
    from bedside.domain import Event

    panel = _panel(qtbot, store, settings)
    (first,) = panel.event_lines
    again = patients.get(store, "P-1"), visits.for_patient(store, "P-1")
    panel.show_patient(*again, events.for_patient(store, "P-1"))
    assert panel.event_lines == [first]
    events.add(store, Event("P-1", date(2024, 5, 1), "gastrostomy", "PEG"))
    panel.show_patient(*again, events.for_patient(store, "P-1"))
    labels = [line.label.toPlainText() for line in panel.event_lines]
    assert labels[0].startswith("1 Procedure") and labels[1].startswith("2 Gastrostomy")
    assert [line.value() for line in panel.event_lines] == [
        x_of(date(2024, 3, 1)), x_of(date(2024, 5, 1))]
