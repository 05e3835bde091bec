"""Migration 4: a schema 3 database (a visit in three tables, no ids that travel) opens with
every patient, visit version, answer, reason, grade and event kept, each visit one row, and
ids minted for patients, visits and events."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date

import pytest

from bedside.domain import MrcCell, Visit
from bedside.instruments import protocols
from bedside.store import Store, StoreError, audit_log, backup, events, patients, visits
from bedside.store.migrations import LATEST
from tests.store.schema_before import database_before

NOW = "2026-11-01T00:00:00+00:00"
UID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
MEANING = "Transcribed from a source record by import; signed by the importing user."


def _schema_3_database(path) -> list[str]:
    """A database as schema 3 left it: a visit entered and amended in the app (the amended
    version, the new one and an amendment being entered), an imported visit with reasons for
    items not assessed and grades with not-tested reasons (one empty), a draft with answers
    only, a visit with grades only, and events. Returns the layout's cells."""
    conn = database_before(path, 3, foreign_keys=True)
    conn.executemany("INSERT INTO patients (id, patient_id, family_name, given_name, birth_date,"
                     " sex, onset_date, onset_region, diagnosis_date, created_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(1, "P1", "Müller", "Zoë", "1958-03-02", "female", "2023-01-15", "bulbar",
                       "2023-06-01", NOW), (2, "P2", "", "", None, "unknown", None, "unknown",
                                            None, NOW)])
    visit = ("INSERT INTO visits (id, patient_ref, visit_date, examiner, notes, mrc_protocol,"
             " status, version, previous_version, signed_by, signed_at, signature_meaning,"
             " amend_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    conn.executemany(visit, [
        (1, 1, "2024-01-10", "Dr K", "tired", "", "superseded", 1, None, "Dr K", NOW,
         "I attest.", None, NOW),
        (2, 1, "2024-01-10", "Dr K", "tired", "", "signed", 2, 1, "Dr L", NOW, "I attest.",
         "misheard", NOW),
        (3, 1, "2024-01-10", "Dr K", "tired", "", "draft", 3, 2, None, None, None,
         "a second look", NOW),
        (4, 1, "2024-03-01", "", "", "als_clinic", "signed", 1, None, "root", NOW, MEANING,
         None, NOW),
        (5, 2, "2024-02-01", "Dr M", "", "", "draft", 1, None, None, None, None, None, NOW),
        (6, 2, "2024-04-01", "Dr M", "", "als_clinic", "signed", 1, None, "Dr M", NOW,
         "I attest.", None, NOW),
    ])
    answers = ("INSERT INTO alsfrs_answers (visit_id, Q1_Speech, Q3_Swallowing,"
               " Q5b_Cutting_with_Gastrostomy, R_3_Respiratory_Insufficiency, not_assessed)"
               " VALUES (?, ?, ?, ?, ?, ?)")
    conn.executemany(answers, [
        (1, 4, 3, None, 4, "{}"), (2, 3, 3, None, 4, "{}"), (3, 2, 3, None, 4, "{}"),
        (4, 4, None, 2, None, json.dumps({"Q3_Swallowing": "asleep",
                                          "R_3_Respiratory_Insufficiency": "no mask"})),
        (5, 1, 1, 1, 1, "{}"), (6, None, None, None, None, "{}"),
    ])
    cells = list(protocols()["als_clinic"].cells)
    conn.execute("INSERT INTO mrc_layouts (id, cells) VALUES (1, ?)", (json.dumps(cells),))
    grades = "5dN" + "." * (len(cells) - 4) + "C"
    conn.executemany("INSERT INTO mrc_grades (visit_id, layout, grades) VALUES (?, 1, ?)",
                     [(4, grades), (6, "N" * len(cells))])
    conn.executemany("INSERT INTO mrc_not_tested (visit_id, cell, reason) VALUES (?, ?, ?)",
                     [(4, cells[2], "cast"), (6, cells[0], ""), (6, cells[1], "pain")])
    conn.executemany("INSERT INTO events (id, patient_ref, event_date, kind, label, created_at)"
                     " VALUES (?, ?, ?, ?, ?, ?)",
                     [(1, 1, "2023-06-01", "medication_start", "Riluzole", NOW),
                      (2, 2, "2024-05-01", "death", "", NOW)])
    conn.close()
    return cells


def test_every_value_comes_over_and_each_visit_is_one_row(tmp_path):
    path = tmp_path / "old.sqlite3"
    cells = _schema_3_database(path)
    with Store.open(path) as store:
        p1 = patients.get(store, "P1")
        assert (p1.family_name, p1.given_name, p1.birth_date, p1.onset_region) == (
            "Müller", "Zoë", date(1958, 3, 2), "bulbar")
        (amended, imported) = visits.for_patient(store, "P1")
        assert (amended.version, amended.signed_by, amended.amend_reason, amended.notes) == (
            2, "Dr L", "misheard", "tired")
        assert dict(amended.alsfrs) == {"Q1_Speech": 3, "Q3_Swallowing": 3,
                                        "R_3_Respiratory_Insufficiency": 4}
        chain = visits.versions(store, amended.visit_id)
        assert [(v.version, v.status, v.alsfrs["Q1_Speech"]) for v in chain] == [
            (2, "signed", 3), (1, "superseded", 4)]
        draft = visits.amendment_draft(store, amended.visit_id)
        assert draft is not None and draft.alsfrs["Q1_Speech"] == 2
        assert dict(imported.not_assessed) == {"Q3_Swallowing": "asleep",
                                               "R_3_Respiratory_Insufficiency": "no mask"}
        assert imported.signature_meaning == MEANING and imported.signed_by == "root"
        assert dict(imported.mrc) == {cells[0]: MrcCell("5"), cells[1]: MrcCell("4-"),
                                      cells[2]: MrcCell("NT", "cast"), cells[-1]: MrcCell("3+")}
        (graded,) = visits.for_patient(store, "P2")
        assert dict(graded.alsfrs) == {}
        assert graded.mrc[cells[0]] == MrcCell("NT") and graded.mrc[cells[1]] == MrcCell(
            "NT", "pain")
        (p2_draft,) = visits.drafts(store, "P2")
        assert dict(p2_draft.alsfrs)["Q5b_Cutting_with_Gastrostomy"] == 1
        assert [e.label for e in events.for_patient(store, "P1")] == ["Riluzole"]
        # ids that travel: every patient, visit version and event has its own UUIDv7
        uids = [r[0] for t, c in (("patients", "patient_uid"), ("visits", "visit_uid"),
                                  ("events", "event_uid"))
                for r in store.conn.execute(f"SELECT {c} FROM {t}")]
        assert len(uids) == 2 + 6 + 2 and len(set(uids)) == len(uids)
        assert all(UID.match(u) for u in uids)
        tables = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not {"alsfrs_answers", "mrc_grades", "mrc_not_tested"} & tables
        assert not [t for t in tables if t.endswith("_v3")]
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # the guards are in place: a signed version and the ids never change
        for sql in ("UPDATE visits SET Q1_Speech = 0 WHERE id = 2",
                    "UPDATE visits SET mrc_grades = '5' WHERE id = 4",
                    "DELETE FROM visits WHERE id = 4"):
            with pytest.raises(sqlite3.IntegrityError, match="signed visit"):
                store.conn.execute(sql)
        for sql in ("UPDATE patients SET patient_uid = ? WHERE id = 1",
                    "UPDATE visits SET visit_uid = ? WHERE id = 5",
                    "UPDATE events SET event_uid = ? WHERE id = 1"):
            with pytest.raises(sqlite3.IntegrityError, match="id of"):
                store.conn.execute(sql, ("0190f5c2-7b1e-7cc4-9a3e-1f2b3c4d5e6f",))
        # the visit's history from before the upgrade is read as before
        assert audit_log.history(store, "visit", "P1/2024-01-10") == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == LATEST


def test_visits_saved_after_the_upgrade_work_as_before(tmp_path):
    path = tmp_path / "old.sqlite3"
    cells = _schema_3_database(path)
    with Store.open(path) as store:
        grades = {cells[0]: MrcCell("4-"), cells[1]: MrcCell("NT", "pain")}
        draft = visits.save_draft(store, Visit("P1", date(2024, 6, 1), mrc=grades,
                                               not_assessed={"Q1_Speech": "asleep"}))
        signed = visits.sign(store, draft.visit_id, "Dr K")
        assert dict(signed.mrc) == grades and signed.visit_uid == draft.visit_uid
        assert dict(signed.not_assessed) == {"Q1_Speech": "asleep"}
        (_, old_draft) = [v for v in visits.drafts(store) if v.patient_id in ("P1", "P2")]
        visits.discard_draft(store, old_draft.visit_id, "entered in error")


def test_an_upgrade_that_would_lose_a_value_changes_nothing_and_says_why(tmp_path):
    """A not-tested reason whose visit has no grades (schema 3's foreign key let one in
    while foreign keys were off) is not dropped: the upgrade refuses, the file stays, and a
    retry keeps no second copy."""
    path = tmp_path / "old.sqlite3"
    _schema_3_database(path)
    with sqlite3.connect(path) as conn:  # foreign keys are off in a plain connection
        conn.execute("INSERT INTO mrc_not_tested VALUES (1, 'deltoid', 'cast')")
    for _ in range(2):
        with pytest.raises(StoreError, match=f"upgrade from schema 3 to {LATEST} failed.*"
                           "mrc_not_tested.*left as it was"):
            Store.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM alsfrs_answers").fetchone()[0] == 6
    kept = [b for b in backup.list_backups(path) if b.reason == backup.BEFORE_UPGRADE]
    assert len(kept) == 1
