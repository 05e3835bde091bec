"""FHIR R4 export through the command line, validated with the fhir.resources R4 models."""

from __future__ import annotations

import json
import stat
from contextlib import nullcontext
from datetime import date
from pathlib import Path

import pytest
from fhir.resources import construct_fhir_element
from fhir.resources.bundle import Bundle

from bedside.cli import main
from bedside.domain import Event, MrcCell, Patient, Visit
from bedside.instruments import alsfrs_r, mrc_scale
from bedside.operations.demo import generate
from bedside.store import Store, bulk

ALSFRS = {
    "Q1_Speech": 3, "Q2_Salivation": 4, "Q3_Swallowing": 4, "Q4_Handwriting": 2,
    "Q5b_Cutting_with_Gastrostomy": 1, "Q6_Dressing_and_Hygiene": 2, "Q7_Turning_in_Bed": 3,
    "Q8_Walking": 2, "Q9_Climbing_Stairs": 1, "R_1_Dyspnea": 3, "R_2_Orthopnea": 4,
    "R_3_Respiratory_Insufficiency": 4,
}  # total 33: bulbar 11, fine motor 5, gross motor 6, respiratory 11
PATIENT = Patient("ALS-0042", "Hansen", "Ingrid", date(1951, 4, 2), "female",
                  date(2022, 5, 1), "bulbar", date(2022, 11, 3))


def fill(store: Store) -> None:
    partial = {k: v for k, v in ALSFRS.items() if k != "Q9_Climbing_Stairs"}
    visits = [
        Visit("ALS-0042", date(2023, 1, 10), "Dr Berg", "lives alone", ALSFRS,
              mrc={"shoulder_abduction_L": MrcCell("4-"), "shoulder_abduction_R": MrcCell("5"),
                   "hip_flexion_L": MrcCell("NT", "cast"), "hip_flexion_R": MrcCell("3")},
              mrc_protocol="mrc_sum_score", status="signed"),
        Visit("ALS-0042", date(2023, 4, 12), "Dr Berg", "", partial, status="signed"),
    ]
    events = [
        Event("ALS-0042", date(2023, 2, 1), "gastrostomy", "PEG at St Olav"),
        Event("ALS-0042", date(2023, 2, 5), "medication_start", "Riluzole 50 mg"),
        Event("ALS-0042", date(2023, 3, 1), "niv_start"),
        Event("ALS-0042", date(2023, 3, 2), "other", "moved to care home"),
        Event("ALS-0042", date(2023, 5, 1), "tracheostomy"),
        Event("ALS-0042", date(2023, 5, 2), "medication_stop", "Riluzole 50 mg"),
        Event("ALS-0042", date(2023, 6, 1), "death"),
    ]
    with store.transaction():
        bulk.insert(store, [PATIENT], visits, events, source="test")


def export(tmp_path: Path, *extra: str) -> dict:
    out = tmp_path / "bundle.json"
    assert main(["export", "--format", "fhir", "-o", str(out), *extra]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    return json.loads(out.read_text(encoding="utf-8"))


def by_type(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_every_resource_validates_as_fhir_r4(db_path, tmp_path):
    with Store.open(db_path) as store:
        fill(store)
        with store.transaction():
            bulk.insert(store, *generate(3, seed=5), source="demo")
    bundle = export(tmp_path)
    Bundle.parse_obj(bundle)  # the whole Bundle, every entry inside it
    for entry in bundle["entry"]:
        res = entry["resource"]
        construct_fhir_element(res["resourceType"], res)
        assert entry["fullUrl"] == f"urn:uuid:{res['id']}"
    ids = [e["resource"]["id"] for e in bundle["entry"]]
    assert len(ids) == len(set(ids))
    refs = {e["fullUrl"] for e in bundle["entry"]}
    for target in set(_references(bundle)):
        assert target in refs, target


def _references(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "reference":
                yield v
            else:
                yield from _references(v)
    elif isinstance(node, list):
        for v in node:
            yield from _references(v)


def test_questionnaire_carries_the_instrument_wording(db_path, tmp_path):
    with Store.open(db_path) as store:
        fill(store)
    (q,) = by_type(export(tmp_path), "Questionnaire")
    alsfrs = alsfrs_r()
    assert [i["linkId"] for i in q["item"]] == list(alsfrs.keys)
    speech = q["item"][0]
    assert speech["type"] == "integer" and speech["prefix"] == "1"
    options = [(o["valueInteger"], o["extension"][0]["valueString"])
               for o in speech["answerOption"]]
    assert options == [(a.score, a.text) for a in alsfrs.item("Q1_Speech").anchors]
    assert options[0] == (4, "Normal speech processes")
    assert q["code"][0]["code"] == "82954-9"


def test_visit_answers_totals_mrc_and_events(db_path, tmp_path):
    with Store.open(db_path) as store:
        fill(store)
    bundle = export(tmp_path)
    (patient,) = by_type(bundle, "Patient")
    assert patient["identifier"][0]["value"] == "ALS-0042"
    assert patient["name"] == [{"family": "Hansen", "given": ["Ingrid"]}]
    assert patient["birthDate"] == "1951-04-02" and patient["deceasedDateTime"] == "2023-06-01"
    (condition,) = by_type(bundle, "Condition")
    assert condition["onsetDateTime"] == "2022-05-01"

    first, second = by_type(bundle, "QuestionnaireResponse")
    (q,) = by_type(bundle, "Questionnaire")
    assert first["questionnaire"] == q["url"] and first["authored"] == "2023-01-10"
    assert {i["linkId"]: i["answer"][0]["valueInteger"] for i in first["item"]} == ALSFRS
    assert "Q9_Climbing_Stairs" not in {i["linkId"] for i in second["item"]}

    obs = by_type(bundle, "Observation")
    totals = [o for o in obs if o["code"]["coding"][0]["code"] == "82953-1"]
    assert [(o["effectiveDateTime"], o["valueInteger"]) for o in totals] == [("2023-01-10", 33)]
    assert totals[0]["derivedFrom"] == [{"reference": f"urn:uuid:{first['id']}"}]
    subs = {(o["effectiveDateTime"], o["code"]["coding"][0]["code"]): o["valueInteger"]
            for o in obs if "alsfrs-r-subscore" in o["code"]["coding"][0]["system"]}
    assert subs[("2023-01-10", "bulbar")] == 11 and subs[("2023-01-10", "gross_motor")] == 6
    assert ("2023-04-12", "gross_motor") not in subs  # stairs not assessed: no subscore
    assert subs[("2023-04-12", "respiratory")] == 11

    (grades,) = [o for o in obs if o["code"]["coding"][0]["code"] == "grades"]
    comps = {c["code"]["coding"][0]["code"]: c for c in grades["component"]}
    assert comps["shoulder_abduction_L"]["code"]["coding"][0]["display"] == \
        "Shoulder abduction, left"
    four_minus = comps["shoulder_abduction_L"]["valueCodeableConcept"]["coding"][0]
    assert four_minus["code"] == "4-" and four_minus["display"] == mrc_scale().grade("4-").text
    nt = comps["hip_flexion_L"]
    assert "valueCodeableConcept" not in nt
    assert nt["dataAbsentReason"]["coding"][0]["code"] == "not-performed"
    assert "cast" in nt["dataAbsentReason"]["text"]
    (mrc_sum,) = [o for o in obs if o["code"]["coding"][0]["code"] == "sum"]
    assert mrc_sum["valueInteger"] == 4 + 5 + 3
    assert {c["code"]["coding"][0]["code"]: c["valueInteger"]
            for c in mrc_sum["component"]} == {"max-tested": 15, "graded": 3, "not-tested": 1}

    procedures = by_type(bundle, "Procedure")
    assert [(r["code"]["coding"][0]["code"], r["performedDateTime"]) for r in procedures] == [
        ("gastrostomy", "2023-02-01"), ("niv_start", "2023-03-01"),
        ("tracheostomy", "2023-05-01")]
    assert procedures[0]["code"]["text"] == "PEG at St Olav"
    start, stop = by_type(bundle, "MedicationStatement")
    assert start["medicationCodeableConcept"]["text"] == "Riluzole 50 mg"
    assert (start["status"], start["effectivePeriod"]) == ("active", {"start": "2023-02-05"})
    assert (stop["status"], stop["effectivePeriod"]) == ("stopped", {"end": "2023-05-02"})
    (other,) = [o for o in obs if o["code"]["coding"][0]["code"] == "other"]
    assert other["code"]["text"] == "moved to care home"


def test_export_is_reproducible_and_scoped(db_path, tmp_path, capsys):
    with Store.open(db_path) as store:
        fill(store)
        with store.transaction():
            bulk.insert(store, *generate(2, seed=9), source="demo")
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    assert main(["export", "--format", "fhir", "-o", str(a)]) == 0
    assert main(["export", "--format", "fhir", "-o", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert main(["export", "--format", "fhir", "--patient", "ALS-0042"]) == 0
    one = json.loads(capsys.readouterr().out)
    assert {p["identifier"][0]["value"] for p in by_type(one, "Patient")} == {"ALS-0042"}


@pytest.mark.parametrize("argv", [["--format", "fhir", "--events"], ["--format", "xml"]])
def test_bad_option_combinations_are_refused(db_path, argv, capsys):
    with pytest.raises(SystemExit) if "xml" in argv else nullcontext():
        assert main(["export", *argv]) == 2
    assert "events file is CSV only" in capsys.readouterr().err or "xml" in argv
