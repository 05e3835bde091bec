"""The rest of the visit through the files: a visit with every new value round-trips through
the CSV (byte for byte) and out through FHIR (every value found again, with its code, in a
Bundle the fhir.resources models accept); a visit without them exports empty cells; an
implausible value is refused with its line, unit and range; the de-identified exports keep
the measurements; PRO-ACT's mode and respondent are read; the clinic's equations are used."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from fhir.resources import construct_fhir_element
from fhir.resources.bundle import Bundle

from bedside.analysis import LungEquations, decimal_age, predict
from bedside.cli import main
from bedside.domain import Event, Measurements, Patient, Visit
from bedside.interchange.csv.columns import MEASURE_DERIVED, MEASUREMENT_COLUMNS
from bedside.operations.lung_setting import set_lung_equations
from bedside.store import Store, events, patients, visits

SEED = Patient("SEED-1", "Beridze", "Nino", date(1968, 3, 2), "female", date(2018, 9, 1),
               "lower_limb", date(2019, 6, 1), pre_illness_weight_kg=64.5)
EVERY = Measurements(fvc_l=1.85, svc_l=1.9, vc_position="supine", mip_cmh2o=32,
                     snip_cmh2o=28.5, peak_cough_flow_l_min=160, weight_kg=58.2,
                     height_cm=162.5)
ALSFRS = {"Q1_Speech": 2, "Q2_Salivation": 1, "Q3_Swallowing": 2, "Q4_Handwriting": 1,
          "Q5a_Cutting_without_Gastrostomy": 1, "Q6_Dressing_and_Hygiene": 1,
          "Q7_Turning_in_Bed": 1, "Q8_Walking": 0, "Q9_Climbing_Stairs": 0, "R_1_Dyspnea": 2,
          "R_2_Orthopnea": 2, "R_3_Respiratory_Insufficiency": 3}


def _seed(db_path: Path) -> None:
    """The case's patient: a visit with every new value, one without any, her drugs and NIV."""
    with Store.open(db_path) as store:
        patients.add(store, SEED)
        for v in (Visit("SEED-1", date(2020, 5, 15), "Dr K", alsfrs=ALSFRS,
                        alsfrs_mode="telephone", alsfrs_respondent="caregiver",
                        measurements=EVERY),
                  Visit("SEED-1", date(2020, 6, 15), "Dr K", alsfrs=ALSFRS)):
            visits.sign(store, visits.save_draft(store, v).visit_id, "Dr K")
        for e in (Event("SEED-1", date(2019, 6, 10), "medication_start", "riluzole"),
                  Event("SEED-1", date(2019, 8, 1), "medication_start", "edaravone"),
                  Event("SEED-1", date(2020, 2, 1), "medication_stop", "edaravone"),
                  Event("SEED-1", date(2020, 1, 10), "niv_start", "BiPAP", hours_per_day=8),
                  Event("SEED-1", date(2020, 6, 1), "niv_stop"),
                  Event("SEED-1", date(2020, 3, 1), "other", "suctioning")):
            events.add(store, e)


def _export(db: Path, *args: str) -> str:
    out = db.parent / f"export-{len(list(db.parent.iterdir()))}.out"
    assert main(["export", "--db", str(db), "-o", str(out), *args]) == 0
    return out.read_text(encoding="utf-8")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_every_new_value_round_trips_through_the_csv(tmp_path, db_path):
    _seed(db_path)
    first = _export(db_path)
    first_events = _export(db_path, "--events")
    measured, plain = _rows(first)
    assert {k: measured[k] for k in MEASUREMENT_COLUMNS} == {
        "fvc_l": "1.85", "svc_l": "1.9", "vc_position": "supine", "mip_cmh2o": "32",
        "snip_cmh2o": "28.5", "peak_cough_flow_l_min": "160", "weight_kg": "58.2",
        "height_cm": "162.5"}
    assert (measured["Mode_of_Administration"], measured["ALSFRS_Responded_By"]) == (
        "telephone", "caregiver")
    assert measured["pre_illness_weight_kg"] == "64.5"
    age = decimal_age(SEED.birth_date, date(2020, 5, 15))
    p = predict("FVC", "female", age, 162.5)
    assert measured["fvc_pct_pred"] == f"{p.percent_predicted(1.85):.1f}"
    assert measured["fvc_z"] == f"{p.z_score(1.85):.2f}"
    assert measured["svc_pct_pred"] == f"{p.percent_predicted(1.9):.1f}"
    assert measured["bmi"] == f"{58.2 / 1.625 ** 2:.1f}"
    # the visit without measurements: empty cells, never zeros; the mode as SPEC reads empty
    assert all(plain[k] == "" for k in (*MEASUREMENT_COLUMNS, *MEASURE_DERIVED))
    assert (plain["Mode_of_Administration"], plain["ALSFRS_Responded_By"]) == (
        "clinic", "patient")
    hours = [r["niv_hours_per_day"] for r in _rows(first_events)]
    assert hours == ["", "", "8", "", "", ""]
    # into an empty database and out again: the same files
    visits_file, events_file = tmp_path / "v.csv", tmp_path / "e.csv"
    visits_file.write_text(first, encoding="utf-8")
    events_file.write_text(first_events, encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    assert main(["import", "--db", str(other), str(visits_file), str(events_file)]) == 0
    assert _export(other) == first
    assert _export(other, "--events") == first_events
    with Store.open(other) as store:
        (v, _) = visits.for_patient(store, "SEED-1")
        assert v.measurements == EVERY and v.alsfrs_mode == "telephone"
        assert patients.get(store, "SEED-1").pre_illness_weight_kg == 64.5


def _one_row_file(tmp_path: Path, **cells: str) -> Path:
    base = {"patient_id": "P9", "birth_date": "1960-01-01", "sex": "male",
            "visit_date": "2024-01-10", "Q1_Speech": "3"}
    base.update(cells)
    path = tmp_path / "visits.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([list(base), list(base.values())])
    return path


@pytest.mark.parametrize("cells, message", [
    ({"fvc_l": "25"}, "visits.csv:2: fvc_l=25: FVC 25 L: must be 0.1-10 L"),
    ({"weight_kg": "0"}, "visits.csv:2: weight_kg=0: Weight 0 kg: must be 20-300 kg"),
    ({"height_cm": "300"}, "visits.csv:2: height_cm=300: Height 300 cm: must be 100-250 cm"),
    ({"height_cm": "1.75"}, "visits.csv:2: height_cm=1.75: Height 1.75 cm: must be 100-250 cm"),
    ({"mip_cmh2o": "-60"}, "visits.csv:2: mip_cmh2o=-60: MIP -60 cmH2O: must be 0-300 cmH2O "
                           "(the pressure's size, without a minus sign)"),
    ({"weight_kg": "61,5"}, "visits.csv:2: weight_kg=61,5: must be a number, 20-300 kg (a decimal "
                            "point, no unit)"),
    ({"vc_position": "supine"}, "visits.csv:2: vc_position=supine: a position is given with "
                                "the vital capacity measured in it (fvc_l or svc_l)"),
    ({"fvc_l": "2", "vc_position": "lying"}, "visits.csv:2: vc_position=lying: must be one "
                                             "of sitting|supine"),
    ({"Mode_of_Administration": "Telephone"}, "visits.csv:2: Mode_of_Administration="
                                              "Telephone: must be one of clinic|telephone|"
                                              "video|self (empty: clinic)"),
    ({"ALSFRS_Responded_By": "nurse"}, "visits.csv:2: ALSFRS_Responded_By=nurse: must be "
                                       "one of patient|caregiver (empty: patient)"),
    ({"pre_illness_weight_kg": "640"}, "visits.csv:2: pre_illness_weight_kg=640: Weight "
                                       "640 kg: must be 20-300 kg"),
])
def test_an_implausible_value_in_a_file_is_refused_with_its_line_and_nothing_is_stored(
        tmp_path, db_path, capsys, cells, message):
    assert main(["import", str(_one_row_file(tmp_path, **cells))]) == 2
    err = capsys.readouterr().err
    assert message in err
    if db_path.exists():
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT count(*) FROM visits").fetchone() == (0,)


def test_derived_columns_are_accepted_and_recomputed_never_trusted(tmp_path, db_path):
    path = _one_row_file(tmp_path, fvc_l="3.2", vc_position="sitting", height_cm="178",
                         weight_kg="70", fvc_pct_pred="1.0", fvc_z="9", svc_pct_pred="",
                         bmi="99")
    assert main(["import", str(path)]) == 0
    (row,) = _rows(_export(db_path))
    assert row["bmi"] == f"{70 / 1.78 ** 2:.1f}" and row["fvc_pct_pred"] != "1.0"
    assert row["svc_pct_pred"] == ""


def test_the_clinics_equations_give_the_derived_values(tmp_path, db_path):
    _seed(db_path)
    with Store.open(db_path) as store:
        set_lung_equations(store, LungEquations("gli_2012", "caucasian"))
        assert store.conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'setting'"
                                  ).fetchone()[0] == 2
    (row, _) = _rows(_export(db_path))
    age = decimal_age(SEED.birth_date, date(2020, 5, 15))
    p = predict("FVC", "female", age, 162.5, "gli_2012", "caucasian")
    assert row["fvc_pct_pred"] == f"{p.percent_predicted(1.85):.1f}"
    bundle = json.loads(_export(db_path, "--format", "fhir"))
    (pct,) = _observations(bundle)["19872-1"]
    assert pct["method"]["text"].startswith("GLI-2012 Caucasian, FVC equation")


def _observations(bundle: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for e in bundle["entry"]:
        res = e["resource"]
        if res["resourceType"] == "Observation":
            out.setdefault(res["code"]["coding"][0]["code"], []).append(res)
    return out


def test_every_new_value_goes_out_through_fhir_with_its_code(db_path):
    _seed(db_path)
    bundle = json.loads(_export(db_path, "--format", "fhir"))
    Bundle.parse_obj(bundle)
    for entry in bundle["entry"]:
        construct_fhir_element(entry["resource"]["resourceType"], entry["resource"])
    obs = _observations(bundle)
    day = "2020-05-15"

    def value(code: str) -> float:
        (o,) = [o for o in obs[code] if o.get("effectiveDateTime", day) == day]
        return o["valueQuantity"]["value"]

    # read back, the visit's values are what was stored
    read = Measurements(fvc_l=value("19870-5"), svc_l=value("19867-1"),
                        vc_position={"40199007": "supine", "33586001": "sitting"}[
                            obs["19870-5"][0]["extension"][0]["valueCodeableConcept"][
                                "coding"][0]["code"]],
                        mip_cmh2o=value("mip"), snip_cmh2o=value("snip"),
                        peak_cough_flow_l_min=value("peak-cough-flow"),
                        weight_kg=value("29463-7"), height_cm=value("8302-2"))
    assert read == EVERY
    units = {o["valueQuantity"]["code"] for code in ("19870-5", "19867-1") for o in obs[code]}
    assert units == {"L"}
    assert obs["29463-7"][0]["category"][0]["coding"][0]["code"] == "vital-signs"
    age = decimal_age(SEED.birth_date, date(2020, 5, 15))
    p = predict("FVC", "female", age, 162.5)
    assert value("19872-1") == round(p.percent_predicted(1.85), 1)
    assert value("98088-8") == round(p.percent_predicted(1.9), 1)
    assert value("fvc-z-score") == round(p.z_score(1.85), 2)
    assert value("39156-5") == round(58.2 / 1.625 ** 2, 1)
    (pre,) = obs["pre-illness-weight"]
    assert pre["valueQuantity"]["value"] == 64.5
    # how the ALSFRS-R was taken, on its QuestionnaireResponse
    qrs = [e["resource"] for e in bundle["entry"]
           if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    ext = {x["url"].rsplit("/", 1)[1]: x.get("valueCode") for x in qrs[0]["extension"]}
    assert {k: ext[k] for k in ("alsfrs-mode-of-administration", "alsfrs-responded-by")} == {
        "alsfrs-mode-of-administration": "telephone", "alsfrs-responded-by": "caregiver"}
    assert "source" not in qrs[0] and qrs[1]["source"]["reference"].startswith("urn:uuid:")
    # NIV with its hours, stopped; the drugs started and stopped
    procedures = [e["resource"] for e in bundle["entry"]
                  if e["resource"]["resourceType"] == "Procedure"]
    niv = [r for r in procedures if r["code"]["coding"][0]["code"] == "niv_start"]
    assert niv[0]["extension"][0]["valueQuantity"]["value"] == 8
    assert any(r["code"]["coding"][0]["code"] == "niv_stop" for r in procedures)
    meds = [(r["medicationCodeableConcept"]["text"], r["status"]) for e in bundle["entry"]
            if (r := e["resource"])["resourceType"] == "MedicationStatement"]
    assert meds == [("riluzole", "active"), ("edaravone", "active"), ("edaravone", "stopped")]


def test_the_de_identified_exports_keep_the_measurements_and_their_reference_values(db_path):
    _seed(db_path)
    (plain, _) = _rows(_export(db_path))
    (deid, _) = _rows(_export(db_path, "--deidentify"))
    for column in (*MEASUREMENT_COLUMNS, *MEASURE_DERIVED, "pre_illness_weight_kg"):
        assert deid[column] == plain[column], column
    assert "birth_date" not in deid
    events_file = _rows(_export(db_path, "--events", "--deidentify"))
    assert [e["label"] for e in events_file] == ["riluzole", "edaravone", "", "edaravone", "",
                                                 ""]  # listed drugs stay; free text goes
    assert [e["niv_hours_per_day"] for e in events_file if e["kind"] == "niv_start"] == ["8"]
    bundle = json.loads(_export(db_path, "--format", "fhir", "--deidentify"))
    obs = _observations(bundle)
    assert obs["19872-1"][0]["valueQuantity"]["value"] == float(plain["fvc_pct_pred"])


def test_events_file_refuses_hours_that_are_not_a_start_of_niv(tmp_path, db_path, capsys):
    _seed(db_path)
    path = tmp_path / "events.csv"
    path.write_text("patient_id,event_date,kind,label,niv_hours_per_day\n"
                    "SEED-1,2020-07-01,gastrostomy,PEG,6\n"
                    "SEED-1,2020-07-02,niv_start,,25\n"
                    "SEED-1,2020-07-03,niv_start,,lots\n", encoding="utf-8")
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert ("events.csv:2: niv_hours_per_day=6: hours a day are given with the start of "
            "non-invasive ventilation (niv_start) only") in err
    assert ("events.csv:3: niv_hours_per_day=25: NIV use must be more than 0 and at most 24 "
            "hours a day") in err
    assert "events.csv:4: niv_hours_per_day=lots: must be a number" in err


PROACT = ("subject_id,Q1_Speech,Q2_Salivation,Q3_Swallowing,Q4_Handwriting,"
          "Q5a_Cutting_without_Gastrostomy,Q6_Dressing_and_Hygiene,Q7_Turning_in_Bed,"
          "Q8_Walking,Q9_Climbing_Stairs,R_1_Dyspnea,R_2_Orthopnea,"
          "R_3_Respiratory_Insufficiency,ALSFRS_Delta,Mode_of_Administration,"
          "ALSFRS_Responded_By\n")


def test_proact_mode_and_respondent_are_read_where_given_in_words(tmp_path, db_path, capsys):
    path = tmp_path / "ALSFRS.csv"
    path.write_text(PROACT + "7,4,4,4,4,4,4,4,4,4,4,4,4,0,Telephone,Caregiver\n"
                             "7,4,4,4,4,4,4,4,4,4,4,4,4,30,,\n"
                             "7,4,4,4,4,4,4,4,4,4,4,4,4,60,2,1\n", encoding="utf-8")
    assert main(["import", "--proact", str(path), "--origin-date", "2020-01-01"]) == 0
    out = capsys.readouterr().out
    assert ("1 visit gives a Mode_of_Administration or ALSFRS_Responded_By that is not one of "
            "Bedside's words") in out
    with Store.open(db_path) as store:
        taken = [(v.alsfrs_mode, v.alsfrs_respondent, v.notes)
                 for v in visits.for_patient(store, "7")]
    assert taken[0][:2] == ("telephone", "caregiver")
    assert taken[1][:2] == ("clinic", "patient")
    assert taken[2][:2] == ("clinic", "patient")
    assert "Mode_of_Administration: 2" in taken[2][2] and "ALSFRS_Responded_By: 1" in taken[2][2]
