"""Ids that travel: every patient, visit version and event gets a UUIDv7 that no other laptop
mints; the CSV and FHIR exports carry them, and an import keeps them, recognises a visit
already stored, refuses one stored otherwise, and mints ids for rows without one."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import threading
from pathlib import Path

from bedside.cli import main
from bedside.domain.uids import canonical_uid, new_uid, new_uids
from bedside.store import Store, patients, visits

UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
HEAD = "patient_id,family_name,visit_date,examiner,Q1_Speech,MRC_deltoid"


def write(tmp_path: Path, text: str, name: str = "visits.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_minted_ids_are_version_7_in_order_and_never_twice():
    ids = [new_uid() for _ in range(500)] + new_uids(5000) + [new_uid()]
    assert all(UID.match(u) for u in ids)
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    minted: list[list[str]] = []  # minted at once by several threads: still distinct
    threads = [threading.Thread(target=lambda: minted.append(new_uids(2000)))
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    together = [u for batch in minted for u in batch]
    assert len(set(together)) == len(together) == 8000


def test_another_programs_ids_are_kept_in_lower_case():
    assert canonical_uid("0190F5C2-7B1E-4CC4-9A3E-1F2B3C4D5E6F") == \
        "0190f5c2-7b1e-4cc4-9a3e-1f2b3c4d5e6f"
    for bad in ("", "0190f5c27b1e4cc49a3e1f2b3c4d5e6f", "0190f5c2-7b1e-4cc4-9a3e-1f2b3c4d5e6",
                "g190f5c2-7b1e-4cc4-9a3e-1f2b3c4d5e6f", "{0190f5c2-7b1e-4cc4-9a3e-1f2b3c4d5e6f}"):
        assert canonical_uid(bad) is None


def test_export_carries_the_ids_and_an_import_keeps_them(db_path, tmp_path):
    assert main(["demo-data", "--patients", "4", "--seed", "2"]) == 0
    out = tmp_path / "a.csv"
    assert main(["export", "-o", str(out)]) == 0
    exported = rows(out)
    assert all(UID.match(r["patient_uid"]) and UID.match(r["visit_uid"]) for r in exported)
    assert len({r["visit_uid"] for r in exported}) == len(exported)
    with Store.open(db_path) as store:
        some = exported[0]
        p = patients.get(store, some["patient_id"])
        assert p is not None and p.patient_uid == some["patient_uid"]
        assert visits.for_patient(store, p.patient_id)[0].visit_uid == some["visit_uid"]
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "import", str(out)]) == 0
    again = tmp_path / "b.csv"
    assert main(["--db", str(other), "export", "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()


def test_a_second_import_of_a_file_finds_its_visits_already_there(db_path, tmp_path, capsys):
    assert main(["demo-data", "--patients", "3", "--seed", "4"]) == 0
    out = tmp_path / "a.csv"
    assert main(["export", "-o", str(out)]) == 0
    n = len(rows(out))
    capsys.readouterr()
    assert main(["import", str(out)]) == 0
    said = capsys.readouterr().out
    assert "imported 0 visits" in said and f"{n} visits were already there" in said
    with Store.open(db_path) as store:
        assert store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == n


def test_a_visit_id_stored_with_other_content_is_refused_and_nothing_changes(db_path, tmp_path,
                                                                            capsys):
    path = write(tmp_path, f"{HEAD},visit_uid\nP1,Doe,2024-01-01,Dr K,4,5,\n")
    assert main(["import", str(path)]) == 0
    out = tmp_path / "a.csv"
    assert main(["export", "-o", str(out)]) == 0
    [row] = rows(out)
    changed = write(tmp_path, f"{HEAD},visit_uid\nP1,Doe,2024-01-01,Dr K,3,4-,{row['visit_uid']}\n"
                    f"P1,Doe,2024-02-01,Dr K,3,4,\n", "changed.csv")
    assert main(["import", str(changed)]) == 2
    err = capsys.readouterr().err
    assert (f"changed.csv:2: visit_uid={row['visit_uid']}: is stored with other content "
            "(Q1_Speech, MRC_deltoid)") in err
    with Store.open(db_path) as store:
        assert store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1


def test_bad_and_repeated_ids_are_explained_with_their_line(db_path, tmp_path, capsys):
    uid = new_uid()
    path = write(tmp_path, f"{HEAD},visit_uid,patient_uid\n"
                 f"P1,Doe,2024-01-01,Dr K,4,5,{uid},not-an-id\n"
                 f"P1,Doe,2024-02-01,Dr K,4,5,{uid.upper()},not-an-id\n"
                 f"P2,Roe,2024-02-01,Dr K,4,5,xyz,\n")
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"visits.csv:3: visit_uid={uid}: appears twice in the file (first on line 2)" in err
    assert "visits.csv:4: visit_uid=xyz: must be a UUID" in err
    assert "Nothing was imported." in err
    path = write(tmp_path, f"{HEAD},patient_uid\nP1,Doe,2024-01-01,Dr K,4,5,not-an-id\n")
    assert main(["import", str(path)]) == 2
    assert "visits.csv:2: patient_uid=not-an-id: must be a UUID" in capsys.readouterr().err


def test_a_patient_id_must_match_the_patients_stored_id(db_path, tmp_path, capsys):
    assert main(["import", str(write(tmp_path, f"{HEAD}\nP1,Doe,2024-01-01,Dr K,4,5\n"))]) == 0
    with Store.open(db_path) as store:
        stored = patients.get(store, "P1").patient_uid  # type: ignore[union-attr]
    other = new_uid()
    text = (f"{HEAD},patient_uid\nP1,Doe,2024-02-01,Dr K,4,5,{other}\n"
            f"P9,Moe,2024-02-01,Dr K,4,5,{stored}\n")
    assert main(["import", str(write(tmp_path, text, "b.csv"))]) == 2
    err = capsys.readouterr().err
    assert f"b.csv:2: patient_uid={other}: patient P1 has {stored} in the database" in err
    assert f"b.csv:3: patient_uid={stored}: is the id of patient P1 in the database" in err


def test_an_events_file_imported_twice_stores_each_event_once(db_path, tmp_path, capsys):
    assert main(["demo-data", "--patients", "3", "--seed", "6"]) == 0
    out = tmp_path / "events.csv"
    assert main(["export", "--events", "-o", str(out)]) == 0
    exported = rows(out)
    assert exported and all(UID.match(r["event_uid"]) for r in exported)
    assert main(["import", str(out)]) == 0
    assert f"imported 0 events ({len(exported)} already there)" in capsys.readouterr().out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == len(exported)


def test_fhir_resources_are_named_by_the_ids_that_travel(db_path, tmp_path):
    assert main(["demo-data", "--patients", "2", "--seed", "8"]) == 0
    bundle = tmp_path / "bundle.json"
    assert main(["export", "--format", "fhir", "-o", str(bundle)]) == 0
    resources = [json.loads(line.rstrip(",\n"))["resource"]
                 for line in bundle.read_text().splitlines()[1:-1]]
    with Store.open(db_path) as store:
        patient_uids = {r[0] for r in store.conn.execute("SELECT patient_uid FROM patients")}
        visit_uids = {r[0] for r in store.conn.execute(
            "SELECT visit_uid FROM visits WHERE status = 'signed' AND Q1_Speech IS NOT NULL")}
    assert {r["id"] for r in resources if r["resourceType"] == "Patient"} == patient_uids
    assert {r["id"] for r in resources
            if r["resourceType"] == "QuestionnaireResponse"} == visit_uids
    deidentified = tmp_path / "deid.json"
    assert main(["export", "--format", "fhir", "--deidentify", "-o", str(deidentified)]) == 0
    text = deidentified.read_text()
    assert not any(u in text for u in patient_uids | visit_uids)
