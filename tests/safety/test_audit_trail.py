"""Every create, update and delete of clinical data leaves who/when/what/old/new/reason."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bedside.domain import MrcCell
from bedside.store import ReadOnlyRecord, audit_log, bulk, events, patients, visits
from tests.safety.factory import day, event, patient, visit


def _rows(store, **where):
    sql = "SELECT at_utc, who, action, entity, entity_key, field, old_value, new_value, reason" \
          " FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(f"{k} = ?" for k in where)
    return [dict(zip(("at", "who", "action", "entity", "key", "field", "old", "new", "reason"),
                     r, strict=True))
            for r in store.conn.execute(sql + " ORDER BY id", tuple(where.values()))]


def _recent_utc(text: str) -> bool:
    at = datetime.fromisoformat(text)
    return at.utcoffset() == timedelta(0) and abs(datetime.now(UTC) - at) < timedelta(minutes=5)


def test_patient_add_and_update_are_audited_with_old_new_and_reason(store):
    patients.add(store, patient("P001"), reason="referral")
    created = _rows(store, entity="patient", action="create")
    assert len(created) == 1 and created[0]["who"] == "tester" and _recent_utc(created[0]["at"])
    assert '"family_name": "Doe"' in created[0]["new"] and created[0]["reason"] == "referral"
    patients.update(store, replace(patient("P001"), family_name="Roe"), reason="typo")
    [upd] = _rows(store, entity="patient", action="update")
    assert (upd["field"], upd["old"], upd["new"], upd["reason"]) == (
        "family_name", "Doe", "Roe", "typo")


def test_visit_draft_sign_amend_discard_are_audited(store):
    patients.add(store, patient("P001"))
    v = visit("P001", day(10))
    d = visits.save_draft(store, v)
    key = f"P001/{day(10).isoformat()}"
    first = _rows(store, entity="visit", entity_key=key, action="draft")
    assert {r["field"] for r in first} >= {"Q1_Speech", "MRC_shoulder_abduction_L", "examiner"}
    assert all(r["old"] is None for r in first)
    changed = dict(v.alsfrs)
    changed["Q1_Speech"] = (v.alsfrs["Q1_Speech"] + 1) % 5
    d = visits.save_draft(store, replace(d, alsfrs=changed))
    [q1] = [r for r in _rows(store, entity="visit", action="draft") if r["old"] is not None]
    assert (q1["field"], q1["old"], q1["new"]) == (
        "Q1_Speech", str(v.alsfrs["Q1_Speech"]), str(changed["Q1_Speech"]))
    s = visits.sign(store, d.visit_id, "Dr Test")
    [signed] = _rows(store, action="sign")
    assert signed["old"] == "draft" and signed["new"] == "signed by Dr Test"
    mrc = dict(s.mrc)
    mrc["shoulder_abduction_L"] = MrcCell("2")
    visits.amend(store, s.visit_id, replace(s, mrc=mrc), "grade misread", "Dr Test")
    amended = _rows(store, action="amend")
    assert {r["reason"] for r in amended} == {"grade misread"}
    grade = [r for r in amended if r["field"] == "MRC_shoulder_abduction_L"]
    assert grade and grade[0]["old"] == s.mrc["shoulder_abduction_L"].code
    assert grade[0]["new"] == "2"
    other = visits.save_draft(store, visit("P001", day(20)))
    visits.discard_draft(store, other.visit_id, reason="wrong patient")
    [gone] = _rows(store, action="discard")
    assert gone["reason"] == "wrong patient" and '"Q1_Speech"' in gone["old"]


def test_event_add_update_delete_are_audited(store):
    patients.add(store, patient("P001"))
    e = events.add(store, event("P001", 5), reason="from letter")
    events.update(store, replace(e, label="NIV at night"), reason="detail")
    events.delete(store, e.event_id, reason="entered twice")
    rows = _rows(store, entity="event", entity_key=f"P001/{e.event_id}")
    assert [r["action"] for r in rows] == ["create", "update", "delete"]
    assert '"event 5"' in rows[1]["old"] and '"NIV at night"' in rows[1]["new"]
    assert rows[2]["reason"] == "entered twice" and rows[2]["new"] is None


def test_an_import_is_one_entry_naming_its_file_plus_one_per_patient_it_created(store):
    patients.add(store, patient("P001"))
    source = bulk.ImportSource("clinic.csv", "ab" * 32, 4)
    with store.transaction():
        done = bulk.insert(store, [patient("P002"), patient("P003")],
                           [visit(p, day(n)) for p in ("P001", "P002") for n in (1, 2)],
                           [event("P002", 3)], source=source)
    rows = _rows(store, action="import")
    assert [(r["entity"], r["key"]) for r in rows] == [
        ("import", done.import_uid), ("patient", "P002"), ("patient", "P003")]
    assert all(r["who"] == "tester" and _recent_utc(r["at"]) for r in rows)
    summary = json.loads(rows[0]["new"])
    assert summary == {"file": "clinic.csv", "sha256": "ab" * 32, "rows": 4, "visits": 4,
                       "new patients": 2, "events": 1}
    assert all(r["reason"] == "clinic.csv" for r in rows)
    created = json.loads(rows[1]["new"])
    assert created["import_uid"] == done.import_uid and created["patient_uid"]
    recorded = store.conn.execute(
        "SELECT import_uid, imported_by, file_name, sha256, row_count, signature_meaning"
        " FROM imports").fetchall()
    assert recorded == [(done.import_uid, "tester", "clinic.csv", "ab" * 32, 4,
                         bulk.IMPORT_MEANING)]
    pointing = store.conn.execute("SELECT count(*) FROM visits WHERE import_ref = ?",
                                  (done.import_id,)).fetchone()[0]
    assert pointing == 4
    with pytest.raises(sqlite3.IntegrityError, match="import"):  # recorded once, for good
        store.conn.execute("UPDATE imports SET file_name = 'other.csv'")


def test_an_imported_visit_shows_its_import_and_later_changes_value_by_value(store):
    with store.transaction():
        done = bulk.insert(store, [patient("P002")], [visit("P002", day(1))], [],
                           source=bulk.ImportSource("clinic.csv", None, 1))
    key = f"P002/{day(1).isoformat()}"
    [entry] = audit_log.history(store, "visit", key)
    assert (entry.action, entry.entity, entry.entity_key) == ("import", "import", done.import_uid)
    assert '"file": "clinic.csv"' in entry.new_value
    [imported] = visits.for_patient(store, "P002")
    amended = visits.amend(store, imported.visit_id,
                           replace(imported, alsfrs={**imported.alsfrs, "Q1_Speech": 0}),
                           "misheard", "Dr K")
    history = audit_log.history(store, "visit", key)
    assert [h.action for h in history][0] == "import"
    assert ("amend", "Q1_Speech", "0", "misheard") in [
        (h.action, h.field, h.new_value, h.reason) for h in history]
    assert amended.visit_uid != imported.visit_uid  # a new version: a row with its own id
    patient_history = audit_log.history(store, "patient", "P002")
    assert [h.entity for h in patient_history][:2] == ["import", "patient"]


def test_the_audit_log_refuses_update_and_delete(store):
    patients.add(store, patient("P001"))
    for sql in ("UPDATE audit_log SET who = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(ReadOnlyRecord, match="append-only"):
            store.execute(sql)
        with pytest.raises(sqlite3.IntegrityError):  # also at the SQL level, bypassing Python
            store.conn.execute(sql)
    assert _rows(store)[0]["who"] == "tester"


def test_history_of_a_patient_holds_its_visits_and_events_in_order(store):
    patients.add(store, patient("P_1"))
    patients.add(store, patient("P11"))  # '_' must not match as a wildcard
    d = visits.save_draft(store, visit("P_1", day(3)))
    visits.sign(store, d.visit_id, "Dr Test")
    events.add(store, event("P_1", 4))
    visits.save_draft(store, visit("P11", day(3)))
    hist = audit_log.history(store, "patient", "P_1")
    assert {h.entity for h in hist} == {"patient", "visit", "event"}
    assert all(h.entity_key == "P_1" or h.entity_key.startswith("P_1/") for h in hist)
    assert [h.entry_id for h in hist] == sorted(h.entry_id for h in hist)
    only = audit_log.history(store, "visit", f"P_1/{day(3).isoformat()}")
    assert only[-1].action == "sign" and only[-1].at_utc.tzinfo is not None


def test_history_of_a_patient_is_that_patient_exactly(db_path, tmp_path, capsys):
    """Issue 17, finding 6: the history of AB listed ab (LIKE ignores case) and AB/C (whose
    keys begin 'AB/'). Made through the command line, as a clinic's import would."""
    from bedside.cli import main
    from bedside.store import Store

    csv_file = tmp_path / "visits.csv"
    csv_file.write_text("patient_id,visit_date,Q1_Speech\nAB,2024-01-02,4\nab,2024-01-03,3\n"
                        "AB/C,2024-01-04,2\nAB/C/2024-01-02,2024-01-05,1\n", encoding="utf-8")
    assert main(["import", str(csv_file)]) == 0
    events_file = tmp_path / "events.csv"
    events_file.write_text("patient_id,event_date,kind,label\nab,2024-01-06,other,x\n"
                           "AB/C,2024-01-06,other,y\nAB,2024-01-06,other,z\n", encoding="utf-8")
    assert main(["import", str(events_file)]) == 0
    with Store.open(db_path) as s:  # records made in the app have entries of their own
        for pid in ("ab", "AB/C", "AB"):
            events.add(s, event(pid, 9))
        keys = [(h.entity, h.entity_key) for h in audit_log.history(s, "patient", "AB")]
    assert ("patient", "AB") in keys
    assert sum(1 for e, _ in keys if e == "import") == 2  # the visits file, the events file
    assert sum(1 for e, _ in keys if e == "event") == 1
    assert all(e == "import" or k == "AB" or (k.startswith("AB/") and "/" not in k[3:])
               for e, k in keys), keys
