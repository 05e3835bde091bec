"""The store: migrations, constraints, drafts, signing, amendments, the append-only audit log."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bedside.domain import MrcCell, Patient, Visit
from bedside.store import (
    Conflict,
    NotADatabase,
    ReadOnlyRecord,
    SchemaTooNew,
    Store,
    StoreError,
    events,
    patients,
    visits,
)
from bedside.store.migrations import LATEST

PATIENT = Patient("P1", "Иванова", "Ольга", date(1961, 4, 2), "female", date(2022, 3, 1),
                  "bulbar", date(2022, 9, 1))


def raw(db_path):
    return sqlite3.connect(db_path)


def test_new_database_is_wal_with_migrations_recorded(store, db_path):
    con = raw(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = con.execute("SELECT version, name FROM schema_migrations").fetchall()
    assert [r[0] for r in rows] == list(range(1, LATEST + 1))
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize("column,value", [("Q1_Speech", 5), ("Q1_Speech", -1),
                                          ("Q1_Speech", 2.5), ("R_1_Dyspnea", "x")])
def test_check_constraints_refuse_bad_scores_written_directly(store, column, value):
    patients.add(store, PATIENT)
    v = visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q2_Salivation": 4}))
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(f"UPDATE visits SET {column} = ? WHERE id = ?", (value, v.visit_id))


def test_check_constraint_refuses_bad_mrc_grade_and_both_item5(store):
    patients.add(store, PATIENT)
    v = visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q2_Salivation": 4}))
    store.conn.execute("INSERT INTO mrc_layouts (id, cells) VALUES (1, '[\"deltoid\"]')")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("UPDATE visits SET mrc_layout = 1, mrc_grades = '6' WHERE id = ?",
                           (v.visit_id,))
    with pytest.raises(sqlite3.IntegrityError):  # grades need their layout
        store.conn.execute("UPDATE visits SET mrc_grades = '5' WHERE id = ?", (v.visit_id,))
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "UPDATE visits SET Q5a_Cutting_without_Gastrostomy = 3,"
            " Q5b_Cutting_with_Gastrostomy = 2 WHERE id = ?", (v.visit_id,))


def test_grade_check_accepts_every_code_and_nothing_else(store):
    from bedside.store.migrations import MRC_CODE_CHARS, MRC_CODES

    patients.add(store, PATIENT)
    v = visits.save_draft(store, Visit("P1", date(2023, 1, 1), mrc={"deltoid": MrcCell("5")}))
    assert tuple(MRC_CODE_CHARS) == MRC_CODES
    every = "".join(MRC_CODE_CHARS.values()) + "."  # every grade, and a cell not graded
    store.conn.execute("UPDATE visits SET mrc_grades = ? WHERE id = ?", (every, v.visit_id))
    for bad in ("6", "", "5,4", "4.5-", "n", "3 ", "-", "5+", "E", "5" * 41, b"5"):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            store.conn.execute("UPDATE visits SET mrc_grades = ? WHERE id = ?",
                               (bad, v.visit_id))


def test_draft_sign_amend_keeps_old_version(store):
    patients.add(store, PATIENT)
    d = visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 3},
                                       mrc={"deltoid": MrcCell("4-")}))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        store.conn.execute("UPDATE visits SET mrc_grades = '4,5' WHERE id = ?", (d.visit_id,))
    d = visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 2},
                                       mrc={"deltoid": MrcCell("NT", "cast")},
                                       visit_id=d.visit_id))
    assert visits.drafts(store)[0].mrc["deltoid"] == MrcCell("NT", "cast")
    signed = visits.sign(store, d.visit_id, "Dr K")
    assert signed.status == "signed" and signed.signed_by == "Dr K" and signed.signed_at
    with pytest.raises(ReadOnlyRecord):
        visits.save_draft(store, signed)
    with pytest.raises(sqlite3.IntegrityError, match="signed visit"):
        store.conn.execute("UPDATE visits SET notes = 'x' WHERE id = ?", (signed.visit_id,))
    with pytest.raises(sqlite3.IntegrityError, match="signed visit"):
        store.conn.execute("UPDATE visits SET mrc_grades = NULL, mrc_layout = NULL WHERE id = ?",
                           (signed.visit_id,))
    with pytest.raises(sqlite3.IntegrityError, match="signed visit"):
        store.conn.execute("DELETE FROM visits WHERE id = ?", (signed.visit_id,))
    with pytest.raises(StoreError, match="reason"):
        visits.amend(store, signed.visit_id, signed, "", "Dr K")
    new = visits.amend(store, signed.visit_id,
                       Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 1}), "misheard", "Dr L")
    chain = visits.versions(store, new.visit_id)
    assert [(v.version, v.status, v.alsfrs["Q1_Speech"]) for v in chain] == [
        (2, "signed", 1), (1, "superseded", 2)]
    assert [v.visit_id for v in visits.for_patient(store, "P1")] == [new.visit_id]
    reasons = store.conn.execute(
        "SELECT field, old_value, new_value, reason FROM audit_log WHERE action = 'amend'"
    ).fetchall()
    assert ("Q1_Speech", "2", "1", "misheard") in reasons


def test_one_visit_per_patient_and_date(store):
    patients.add(store, PATIENT)
    visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 3}))
    with pytest.raises(Conflict, match="already has a draft"):
        visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 2}))


def test_visit_rules_are_enforced_by_the_store(store):
    patients.add(store, PATIENT)
    with pytest.raises(StoreError, match="before onset"):
        visits.save_draft(store, Visit("P1", date(2021, 1, 1), alsfrs={"Q1_Speech": 3}))
    with pytest.raises(StoreError, match="score must be 0-4"):
        visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 9}))
    visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 3}))
    with pytest.raises(Conflict, match="death"):
        events.add(store, events.Event("P1", date(2022, 12, 1), "death"))


def test_audit_log_is_append_only(store):
    patients.add(store, PATIENT, reason="referral")
    patients.update(store, Patient(**{**PATIENT.__dict__, "given_name": "Olga"}), reason="typo")
    rows = store.conn.execute(
        "SELECT who, action, field, old_value, new_value, reason FROM audit_log"
        " WHERE entity = 'patient' ORDER BY id").fetchall()
    assert rows[0][:2] == ("tester", "create") and rows[0][5] == "referral"
    assert rows[1] == ("tester", "update", "given_name", "Ольга", "Olga", "typo")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("UPDATE audit_log SET who = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        store.conn.execute("DELETE FROM audit_log")


def test_newer_schema_is_refused_and_left_untouched(db_path):
    Store.open(db_path).close()
    con = raw(db_path)
    con.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of Bedside"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("patient notes, not a database\n" * 20)
    before = path.read_bytes()
    with pytest.raises(NotADatabase, match="not a Bedside database"):
        Store.open(path)
    assert path.read_bytes() == before


def test_patient_update_refuses_onset_after_first_visit(store):
    patients.add(store, PATIENT)
    visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 3}))
    late_onset = Patient(**{**PATIENT.__dict__, "onset_date": date(2023, 6, 1),
                            "diagnosis_date": None})
    with pytest.raises(Conflict, match="after the first visit"):
        patients.update(store, late_onset)


def test_a_second_death_is_refused_whichever_way_it_comes(store):
    patients.add(store, PATIENT)
    first = events.add(store, events.Event("P1", date(2024, 1, 1), "death"))
    with pytest.raises(Conflict, match="already has a recorded death"):
        events.add(store, events.Event("P1", date(2024, 2, 1), "death"))
    # correcting the date of the one death is not a second death
    events.update(store, events.Event("P1", date(2024, 1, 2), "death", "", first.event_id))
    assert [e.event_date for e in events.for_patient(store, "P1")] == [date(2024, 1, 2)]


def test_an_amendment_being_entered_is_a_draft_beside_the_signed_version(store):
    patients.add(store, PATIENT)
    d = visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 3}))
    signed = visits.sign(store, d.visit_id, "Dr K")
    edit = Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 1}, amends=signed.visit_id,
                 amend_reason="misheard")
    draft = visits.save_draft(store, edit)
    # after a crash it is there to resume, and the signed version is untouched and current
    assert [(v.amends, v.amend_reason, v.version) for v in visits.drafts(store)] == [
        (signed.visit_id, "misheard", 2)]
    assert visits.amendment_draft(store, signed.visit_id).alsfrs["Q1_Speech"] == 1
    assert [v.alsfrs["Q1_Speech"] for v in visits.for_patient(store, "P1")] == [3]
    with pytest.raises(StoreError, match="amendment"):
        visits.sign(store, draft.visit_id, "Dr K")  # not a second visit on that date
    # a second amendment draft of the same version is refused by the schema
    with pytest.raises(StoreError):
        visits.save_draft(store, Visit("P1", date(2023, 1, 1), alsfrs={"Q1_Speech": 0},
                                       amends=signed.visit_id, amend_reason="again"))
    new = visits.amend(store, signed.visit_id, edit, "misheard", "Dr K")
    assert visits.drafts(store) == []
    assert [(v.version, v.status) for v in visits.versions(store, new.visit_id)] == [
        (2, "signed"), (1, "superseded")]
