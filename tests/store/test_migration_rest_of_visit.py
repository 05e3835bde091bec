"""The migration that adds the rest of the visit: a database of the schema before it opens
with every visit and event as it was, the new values empty (clinic, patient for how the
ALSFRS-R was taken), and the database refusing what the app refuses: a measurement outside
analysis.PLAUSIBLE's range, hours a day on anything but a start of NIV, a signed visit's
measurement changed in place."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bedside.analysis import FIELD_RANGES, PLAUSIBLE
from bedside.domain import EVENT_KINDS, NO_MEASUREMENTS, Event, Measurements, Visit
from bedside.store import Store, events, visits
from bedside.store.migrations import LATEST, MIGRATIONS, _m006_rest_of_the_visit
from tests.store.schema_before import database_before

NOW = "2026-11-01T00:00:00+00:00"
BEFORE = [f for _, f in MIGRATIONS].index(_m006_rest_of_the_visit)  # migrations before it
UIDS = [f"0190f5c2-7b1e-7cc4-9a3e-1f2b3c4d5e{n:02x}" for n in range(10)]


def _database_before(path) -> None:
    """A patient with a signed visit, a draft and events (one imported), in the schema this
    migration upgrades."""
    conn = database_before(path, BEFORE)
    conn.execute("INSERT INTO imports (id, import_uid, imported_at, imported_by, file_name,"
                 " row_count, signature_meaning) VALUES (1, ?, ?, 'me', 'events.csv', 1, 'm')",
                 (UIDS[0], NOW))
    conn.execute("INSERT INTO patients (id, patient_uid, patient_id, birth_date, sex,"
                 " onset_date, created_at) VALUES (1, ?, 'P1', '1968-03-02', 'female',"
                 " '2018-09-01', ?)", (UIDS[1], NOW))
    conn.executemany(
        "INSERT INTO visits (id, visit_uid, patient_ref, visit_date, examiner, status,"
        " created_at, signed_by, signed_at, signature_meaning, Q1_Speech)"
        " VALUES (?, ?, 1, ?, 'Dr K', ?, ?, ?, ?, ?, 3)",
        [(1, UIDS[2], "2020-05-15", "signed", NOW, "Dr K", NOW, "I attest."),
         (2, UIDS[3], "2020-06-15", "draft", NOW, None, None, None)])
    conn.executemany(
        "INSERT INTO events (id, event_uid, patient_ref, event_date, kind, label, import_ref,"
        " created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
        [(1, UIDS[4], "2019-06-10", "medication_start", "Riluzole", None, NOW),
         (2, UIDS[5], "2020-01-10", "niv_start", "nocturnal", 1, None)])
    conn.close()


@pytest.fixture
def upgraded(tmp_path):
    path = tmp_path / "before.sqlite3"
    _database_before(path)
    with Store.open(path) as store:
        yield store


def test_every_visit_and_event_comes_over_with_the_new_values_empty(upgraded):
    store = upgraded
    assert store.schema_version() == LATEST
    (signed,) = visits.for_patient(store, "P1")
    (draft,) = visits.drafts(store, "P1")
    for v in (signed, draft):
        assert v.measurements == NO_MEASUREMENTS and dict(v.alsfrs) == {"Q1_Speech": 3}
        assert (v.alsfrs_mode, v.alsfrs_respondent) == ("clinic", "patient")
    assert [(e.event_uid, e.kind, e.label, e.hours_per_day)
            for e in events.for_patient(store, "P1")] == [
        (UIDS[4], "medication_start", "Riluzole", None), (UIDS[5], "niv_start", "nocturnal",
                                                          None)]
    assert store.conn.execute("SELECT import_ref FROM events WHERE id = 2").fetchone() == (1,)
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for sql in ("UPDATE events SET event_uid = ? WHERE id = 1",):
        with pytest.raises(sqlite3.IntegrityError, match="id of an event"):
            store.conn.execute(sql, (UIDS[9],))


def test_the_database_refuses_what_plausible_refuses(upgraded):
    """The last guard has the ranges the app checks first (analysis.PLAUSIBLE)."""
    conn = upgraded.conn
    for field, r in FIELD_RANGES.items():
        for ok in (r.low, r.high, (r.low + r.high) / 2):
            conn.execute(f"UPDATE visits SET {field} = ? WHERE id = 2", (ok,))
        step = 0.01 if r.unit == "L" else 0.5
        for bad in (r.low - step, r.high + step, "2.5 L"):
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
                conn.execute(f"UPDATE visits SET {field} = ? WHERE id = 2", (bad,))
    weight = PLAUSIBLE["weight"]
    conn.execute("UPDATE patients SET pre_illness_weight_kg = ?", (weight.high,))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE patients SET pre_illness_weight_kg = ?", (weight.low - 1,))
    for good in ("sitting", "supine"):
        conn.execute("UPDATE visits SET vc_position = ? WHERE id = 2", (good,))
    for column, bad in (("vc_position", "lying"), ("alsfrs_mode", "email"),
                        ("alsfrs_respondent", "nurse"), ("alsfrs_mode", None)):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(f"UPDATE visits SET {column} = ? WHERE id = 2", (bad,))


def test_events_take_every_kind_and_hours_only_for_a_start_of_niv(upgraded):
    conn = upgraded.conn
    for kind in EVENT_KINDS:  # the database knows every kind the app offers
        conn.execute("INSERT INTO events (event_uid, patient_ref, event_date, kind, created_at)"
                     " VALUES (?, 1, '2020-02-01', ?, ?)", (UIDS[9], kind, NOW))
        conn.execute("DELETE FROM events WHERE event_uid = ?", (UIDS[9],))
    conn.execute("UPDATE events SET hours_per_day = 24 WHERE id = 2")
    for hours, event in ((0, 2), (24.5, 2), (8, 1)):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute("UPDATE events SET hours_per_day = ? WHERE id = ?", (hours, event))


def test_a_signed_visits_measurements_and_mode_are_kept_as_signed(upgraded):
    store = upgraded
    draft = visits.save_draft(store, Visit(
        "P1", date(2020, 7, 15), "Dr K", alsfrs={"Q1_Speech": 2}, alsfrs_mode="video",
        measurements=Measurements(fvc_l=1.7, vc_position="sitting", weight_kg=57.5)))
    signed = visits.sign(store, draft.visit_id, "Dr K")
    for column, value in (("fvc_l", 1.8), ("weight_kg", None), ("alsfrs_mode", "clinic"),
                          ("vc_position", "supine")):
        with pytest.raises(sqlite3.IntegrityError, match="signed visit"):
            store.conn.execute(f"UPDATE visits SET {column} = ? WHERE id = ?",
                               (value, signed.visit_id))
    events.add(store, Event("P1", date(2020, 8, 1), "niv_stop"))
    assert [e.kind for e in events.for_patient(store, "P1")][-1] == "niv_stop"
