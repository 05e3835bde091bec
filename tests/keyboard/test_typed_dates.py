"""A date typed into every date field of the app, in the clinic locale's short form (here
German: 02.03.1968, 15.06.20) as well as ISO: what is stored is the date that was typed."""

from __future__ import annotations

import pytest

from tests.keyboard.conftest import export, wait_for

pytestmark = pytest.mark.slow


def test_dates_typed_in_the_locale_short_form_are_stored_as_typed(app_factory, db_path):
    app = app_factory(db_path, lang="de_DE.UTF-8")
    app.start()
    app.key("ctrl+shift+n")
    app.wait_window("New patient")
    app.type("TB-7")
    app.key("Tab")
    app.type("Tsereteli")
    app.key("Tab")
    app.type("Tamar")
    app.key("Tab")
    app.type("02.03.1968")
    app.key("Tab", "Tab")  # past the sex
    app.type("01.09.2018")
    app.key("Tab", "Tab")  # past the onset region
    app.type("2019-06-01")
    app.key("Return")  # Save
    app.wait_window("Bedside")
    app.key("ctrl+shift+e")
    app.wait_window("New event")
    app.type("p")  # the kind (no default): Procedure
    app.key("Tab")
    app.type("15.05.2020")
    app.key("Tab")
    app.type("MSC transplantation")
    app.key("Return")
    app.wait_window("Bedside")
    app.key("ctrl+n")
    app.type("15.06.20")  # a two-digit year: the latest such year, not 1920
    app.key("Tab")
    app.type("Dr. Tabatadze")
    app.key("Return")
    app.type("444444444444")
    app.key("ctrl+Return", "Return")
    (row,) = wait_for(lambda: export(db_path), app=app, why="the visit in the export")
    assert (row["patient_id"], row["birth_date"], row["onset_date"], row["diagnosis_date"],
            row["visit_date"]) == ("TB-7", "1968-03-02", "2018-09-01", "2019-06-01",
                                   "2020-06-15")
    (event,) = export(db_path, "--events")
    assert (event["event_date"], event["kind"], event["label"]) == (
        "2020-05-15", "procedure", "MSC transplantation")
