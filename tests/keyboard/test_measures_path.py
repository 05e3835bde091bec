"""The rest of the visit at a real keyboard: the page comes after the start page when the
last visit measured, each value is typed and Enter moves on (the decimal comma as well as the
point), a refused value keeps the page until it is corrected, Esc goes back and the values
stay, B on the review reopens the page; the export says what was typed."""

from __future__ import annotations

from datetime import date

from bedside.domain import Measurements, Patient, Visit
from bedside.store import Store, patients, visits
from tests.keyboard.conftest import export, wait_for

SEED = Patient("SEED-1", "Beridze", "Nino", date(1968, 3, 2), "female", date(2018, 9, 1),
               "lower_limb", date(2019, 6, 1), pre_illness_weight_kg=64.5)


def _seed(db) -> None:
    """Her last visit measured her height and weight (so this one asks again)."""
    with Store.open(db) as store:
        patients.add(store, SEED)
        d = visits.save_draft(store, Visit(
            "SEED-1", date(2020, 5, 15), "Dr. K", alsfrs={"Q1_Speech": 2},
            measurements=Measurements(weight_kg=60.0, height_cm=162.0)))
        visits.sign(store, d.visit_id, "Dr. K")


def _draft_fvc(db):
    with Store.open(db) as store:
        found = visits.drafts(store, "SEED-1")
        return found[0].measurements.fvc_l if found else None


def test_breathing_and_weight_typed_at_the_keyboard(app_factory, db_path):
    _seed(db_path)
    app = app_factory(db_path)
    app.start()
    app.key("ctrl+f")
    app.type("berid")
    app.key("Down", "Return", "ctrl+n")
    app.type("2020-06-15")
    app.key("Tab")
    app.type("Dr. Kvaratskhelia")
    app.key("Return")  # Begin: the breathing and weight page, the focus in FVC
    app.type("25")
    app.key("ctrl+Return")  # refused (FVC 25 L): the page stays, the value selected
    app.type("2,1")  # replaces it; a decimal comma
    app.key("Return")
    wait_for(lambda: _draft_fvc(db_path) == 2.1, app=app, why="FVC saved with the draft")
    app.key("Escape")  # back to the start page; the value is kept with the draft
    app.key("Return")  # Begin again: the page again, FVC still 2.1
    app.key("Return")  # FVC -> SVC
    app.type("2.2")
    app.key("Return", "Down", "Return")  # position: supine
    app.type("38")  # MIP
    app.key("Return", "Return", "Return")  # SNIP and peak cough flow not measured
    app.type("57.4")  # weight
    app.key("Return", "Return")  # height not measured today: the last one is used
    app.key("Down", "Return")  # ALSFRS-R taken by telephone
    app.key("Down", "Return")  # answered by the caregiver: the last field, on to the items
    app.type("213111110212")  # the 12 answers: the review
    app.type("b")  # the page again, from the review
    app.key("Escape")  # and back to the review
    app.key("Return")  # sign
    (row,) = wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-06-15"],
                      app=app, why="the visit signed")
    assert (row["fvc_l"], row["svc_l"], row["vc_position"], row["mip_cmh2o"],
            row["snip_cmh2o"], row["peak_cough_flow_l_min"], row["weight_kg"],
            row["height_cm"]) == ("2.1", "2.2", "supine", "38", "", "", "57.4", "")
    assert (row["Mode_of_Administration"], row["ALSFRS_Responded_By"]) == (
        "telephone", "caregiver")
    assert row["fvc_pct_pred"] and row["bmi"] == f"{57.4 / 1.62 ** 2:.1f}"  # her last height
    assert row["ALSFRS_R_Total"] == "16"


def test_not_asked_when_not_chosen_at_the_keyboard(app_factory, db_path):
    """The start page's box is a key away: Space on it unticks the page, which is then not
    asked (Ctrl+N, Enter, the answers, Enter, as before)."""
    _seed(db_path)
    app = app_factory(db_path)
    app.start()
    app.key("ctrl+f")
    app.type("berid")
    app.key("Down", "Return", "ctrl+n")
    app.type("2020-06-15")
    app.key("Tab")
    app.type("Dr. K")
    # examiner -> ALSFRS-R -> MRC box -> (its protocol: not chosen, skipped) -> breathing and
    # weight: Space unticks it, Enter begins
    app.key("Tab", "Tab", "Tab", "space", "Return")
    app.type("444444444444")
    app.key("Return")
    (row,) = wait_for(lambda: [r for r in export(db_path) if r["visit_date"] == "2020-06-15"],
                      app=app, why="the visit signed")
    assert row["ALSFRS_R_Total"] == "48" and row["weight_kg"] == "" and row["fvc_l"] == ""
