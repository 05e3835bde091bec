"""De-identified CSV and FHIR exports: nothing identifying in the bytes; intervals kept."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from fhir.resources.bundle import Bundle

from bedside.cli import main
from bedside.domain import Event, MrcCell, Patient, Visit
from bedside.interchange.deidentify import Deidentifier, age_text
from bedside.store import Store, bulk

FULL = {
    "Q1_Speech": 3, "Q2_Salivation": 4, "Q3_Swallowing": 4, "Q4_Handwriting": 3,
    "Q5a_Cutting_without_Gastrostomy": 3, "Q6_Dressing_and_Hygiene": 3,
    "Q7_Turning_in_Bed": 4, "Q8_Walking": 3, "Q9_Climbing_Stairs": 2, "R_1_Dyspnea": 4,
    "R_2_Orthopnea": 4, "R_3_Respiratory_Insufficiency": 4,
}
PATIENTS = [
    Patient("MRN-77123", "Oyelaran", "Babatunde", date(1960, 8, 14), "male",
            date(2021, 3, 9), "upper_limb", date(2021, 9, 30)),
    Patient("MRN-90001", "Quennell", "Philippa", date(1931, 2, 20), "female",
            date(2022, 1, 4), "bulbar", None),
]
SECRETS = ["MRN-77123", "MRN-90001", "Oyelaran", "Babatunde", "Quennell", "Philippa",
           "1960-08-14", "1931-02-20", "Dr Zelinski", "daughter Ama", "Haukeland", "custom reason"]


def fill(db_path: Path) -> None:
    visits = [
        Visit("MRN-77123", date(2022, 1, 11), "Dr Zelinski", "daughter Ama came along", FULL,
              mrc={"deltoid": MrcCell("4+"), "biceps": MrcCell("NT", "custom reason"),
                   "triceps": MrcCell("NT", "pain")},
              mrc_protocol="seven_groups", status="signed"),
        Visit("MRN-77123", date(2022, 7, 1), "Dr Zelinski", "", FULL, status="signed"),
        Visit("MRN-90001", date(2022, 2, 19), "Dr Zelinski", "", FULL, status="signed"),
        Visit("MRN-90001", date(2022, 2, 21), "Dr Zelinski", "", FULL, status="signed"),
    ]
    events = [Event("MRN-77123", date(2022, 3, 3), "gastrostomy", "PEG at Haukeland"),
              Event("MRN-90001", date(2022, 5, 1), "medication_start", "Haukeland trial drug")]
    with Store.open(db_path) as store, store.transaction():
        bulk.insert(store, PATIENTS, visits, events, source="test")


def export_bytes(tmp_path: Path, fmt: str, *extra: str) -> bytes:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--format", fmt, "--deidentify", "-o", str(out), *extra]) == 0
    return out.read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "fhir"])
def test_no_name_identifier_birth_date_or_free_text_in_the_bytes(db_path, tmp_path, fmt):
    fill(db_path)
    data = export_bytes(tmp_path, fmt)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
    events = export_bytes(tmp_path, "csv", "--events")
    for secret in SECRETS:
        assert secret.encode() not in events, secret
    assert b"gastrostomy" in events


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_csv_intervals_ages_and_derived_columns_stay_true(db_path, tmp_path):
    fill(db_path)
    assert main(["export", "-o", str(tmp_path / "plain.csv")]) == 0
    plain = {(r["patient_id"], r["visit_date"]): r
             for r in _csv_rows((tmp_path / "plain.csv").read_bytes())}
    rows = _csv_rows(export_bytes(tmp_path, "csv"))
    assert "family_name" not in rows[0] and "birth_date" not in rows[0]
    assert "notes" not in rows[0] and "examiner" not in rows[0]
    by_pid: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_pid.setdefault(r["patient_id"], []).append(r)
    assert len(by_pid) == 2 and all(p.startswith("ps-") for p in by_pid)
    young = [r for r in by_pid.values() if r[0]["age_at_visit"] != "90+"][0]
    old = [r for r in by_pid.values() if r[0]["age_at_visit"] == "90+"][0]
    assert [r["age_at_visit"] for r in young] == ["61", "61"]
    assert [r["age_at_visit"] for r in old] == ["90+", "90+"]  # 90 and 91 on those days
    days = [date.fromisoformat(r["visit_date"]) for r in young]
    assert (days[1] - days[0]).days == (date(2022, 7, 1) - date(2022, 1, 11)).days
    shift = (days[0] - date(2022, 1, 11)).days
    assert shift != 0 and abs(shift) <= 180
    assert date.fromisoformat(young[0]["onset_date"]) - date(2021, 3, 9) == days[0] - \
        date(2022, 1, 11)
    original = plain[("MRN-77123", "2022-01-11")]
    for col in ("ALSFRS_R_Total", "delta_fs", "kings_stage", "mitos_stage", "mrc_sum"):
        assert young[0][col] == original[col], col
    assert young[0]["MRC_biceps"] == "NT"


def test_age_is_grouped_from_90():
    assert age_text(date(1931, 2, 20), date(2021, 2, 19)) == "89"
    assert age_text(date(1931, 2, 20), date(2021, 2, 20)) == "90+"
    assert age_text(None, date(2021, 1, 1)) is None


def test_same_pseudonym_twice_and_another_secret_gives_another(db_path, tmp_path):
    fill(db_path)
    first = export_bytes(tmp_path, "csv")
    again = export_bytes(tmp_path, "csv")
    assert first == again
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(db_path, copy)
    con = sqlite3.connect(copy)
    secret = con.execute("SELECT value FROM settings WHERE key = 'pseudonym_secret'").fetchone()
    assert secret and len(secret[0]) == 64
    con.execute("UPDATE settings SET value = ? WHERE key = 'pseudonym_secret'", ("ab" * 32,))
    con.commit()
    con.close()
    other = tmp_path / "other.csv"
    assert main(["export", "--db", str(copy), "--deidentify", "-o", str(other)]) == 0
    ids_first = {r["patient_id"] for r in _csv_rows(first)}
    ids_other = {r["patient_id"] for r in _csv_rows(other.read_bytes())}
    assert len(ids_other) == 2 and not ids_first & ids_other
    # a new database draws its own secret: the same identifier gets another pseudonym
    fresh = tmp_path / "fresh.sqlite3"
    with Store.open(fresh) as store:
        new_secret = store.pseudonym_secret()
        assert new_secret != secret[0] and store.pseudonym_secret() == new_secret
    assert Deidentifier(new_secret).pseudonym("MRN-77123") not in ids_first


def test_secret_creation_is_audited_without_the_secret(db_path):
    with Store.open(db_path) as store:
        secret = store.pseudonym_secret()
        rows = store.conn.execute(
            "SELECT action, entity_key, coalesce(new_value, '') FROM audit_log"
            " WHERE entity = 'setting'").fetchall()
    assert rows == [("create", "pseudonym_secret", "(a new random secret; not shown)")]
    assert all(secret not in r[2] for r in rows)


def test_fhir_deidentified_validates_and_keeps_intervals(db_path, tmp_path):
    fill(db_path)
    bundle = json.loads(export_bytes(tmp_path, "fhir"))
    Bundle.parse_obj(bundle)
    res = [e["resource"] for e in bundle["entry"]]
    patients = [r for r in res if r["resourceType"] == "Patient"]
    assert all("name" not in p and "birthDate" not in p for p in patients)
    assert all(p["identifier"][0]["value"].startswith("ps-") for p in patients)
    ages = [r["valueQuantity"] for r in res if r["resourceType"] == "Observation"
            and r["code"]["coding"][0]["code"] == "30525-0"]
    assert {"value": 90, "comparator": ">=", "unit": "a", "system": "http://unitsofmeasure.org",
            "code": "a"} in ages
    qrs = [r for r in res if r["resourceType"] == "QuestionnaireResponse"]
    assert all("author" not in r for r in qrs)
    days = sorted(date.fromisoformat(r["authored"]) for r in qrs
                  if r["subject"] == qrs[-1]["subject"])
    assert (days[1] - days[0]).days in (2, (date(2022, 7, 1) - date(2022, 1, 11)).days)
    deid = Deidentifier("00" * 32)
    assert deid.pseudonym("MRN-77123") == deid.pseudonym("MRN-77123")
    assert deid.pseudonym("MRN-77123") != deid.pseudonym("MRN-77124")


def test_deidentified_patients_are_not_in_identifier_order(db_path, tmp_path):
    """Rows come sorted by pseudonym, so their order tells nothing about the identifiers."""
    fill(db_path)
    rows = _csv_rows(export_bytes(tmp_path, "csv"))
    pids = [r["patient_id"] for r in rows]
    assert pids == sorted(pids)


def test_one_patient_fhir_export_does_not_name_them_even_in_hashed_ids(db_path, tmp_path):
    """Ids are hashes of names; for a de-identified export only of pseudonymous names."""
    import uuid

    from bedside.interchange.fhir.scores import resource_id

    fill(db_path)
    data = export_bytes(tmp_path, "fhir", "--patient", "MRN-77123")
    assert b"MRN-77123" not in data
    plain_ids = {resource_id("Bundle", "MRN-77123"), resource_id("MRN-77123")}
    assert all(i.encode() not in data for i in plain_ids)
    assert uuid.UUID(json.loads(data)["id"])
