"""Conflicts between laptops are listed on every laptop and resolved by a person, never silently
and never losing a record (SPEC §7); the resolution travels like any record."""

from __future__ import annotations

from dataclasses import replace

import pytest
from laptops import day, run

from bedside.operations import conflicts
from bedside.store import StoreError, audit_log, events, patients, visits
from bedside.store import conflicts as store_conflicts


def listed(laptop) -> list[tuple[str, str, int]]:
    """The conflicts listed; found from the marks, they are those found from every row."""
    found = [(c.kind, c.key, len(c.choices)) for c in conflicts.listed(laptop.store)]
    assert found == [(c.kind, c.key, len(c.choices))
                     for c in store_conflicts.listed(laptop.store, everywhere=True)]
    assert store_conflicts.count(laptop.store) == len(found)
    return found


def round_of_syncs(*laptops) -> None:
    for _ in range(2):
        for laptop in laptops:
            laptop.sync()


def test_one_identifier_created_on_two_laptops_is_merged_keeping_everything(laptops):
    a, b = laptops("a"), laptops("b")
    pa = a.add_patient("P1", "Doe")
    a.sign("P1", day(10), seed=1)
    a.add_event("P1", 11)
    pb = b.add_patient("P1", "Doe-Smith")
    b.sign("P1", day(20), seed=2)
    b.add_event("P1", 21, "gastrostomy")
    round_of_syncs(a, b)
    assert listed(a) == listed(b) == [("patients", "P1", 2)]
    assert a.sync().conflicts == 1
    # both records' visits and events are kept and shown under the identifier meanwhile
    for laptop in (a, b):
        assert [v.visit_date for v in visits.for_patient(laptop.store, "P1")] == [day(10),
                                                                                  day(20)]
        assert len(events.for_patient(laptop.store, "P1")) == 2
    [c] = conflicts.listed(b.store)
    names = [conflicts.describe_choice(b.store, c, n) for n in range(2)]
    assert ["1 visit, 1 event" in line for line in names] == [True, True]
    keep = 1 + [ch.patient_uid for ch in c.choices].index(pb.patient_uid)
    code, out, err = run("--db", str(b.path), "conflicts", "resolve", "patients", "P1",
                         "--choice", str(keep), "--reason", "same person, entered twice")
    assert code == 0, err
    round_of_syncs(b, a)
    assert listed(a) == listed(b) == []
    for laptop in (a, b):
        p = patients.get(laptop.store, "P1")
        assert p.family_name == "Doe-Smith"  # the details chosen
        assert p.patient_uid == min(pa.patient_uid, pb.patient_uid)  # the oldest record's id
        assert len(visits.for_patient(laptop.store, "P1")) == 2
        assert len(events.for_patient(laptop.store, "P1")) == 2
        [merge] = [h for h in audit_log.history(laptop.store, "patient", "P1")
                   if h.action == "merge"]
        assert merge.reason == "same person, entered twice" and merge.who == "tester"
    assert a.export() == b.export() and a.export("--events") == b.export("--events")


def test_two_signed_visits_on_one_date_are_resolved_by_entering_one_in_error(laptops):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1")
    round_of_syncs(a, b)
    va = a.sign("P1", day(30), seed=1)
    vb = b.sign("P1", day(30), seed=2)
    round_of_syncs(a, b)
    key = f"P1/{day(30).isoformat()}"
    assert listed(a) == listed(b) == [("visits", key, 2)]
    shown = {v.visit_uid for v in visits.for_patient(a.store, "P1")}
    assert shown == {va.visit_uid, vb.visit_uid}  # both kept, side by side
    assert a.export() == b.export()
    [c] = conflicts.listed(a.store)
    with pytest.raises(StoreError, match="reason"):
        conflicts.resolve(a.store, "visits", key, 1, " ", "Dr Test")
    wrong = [v.visit_uid for v in c.choices].index(vb.visit_uid) + 1
    conflicts.resolve(a.store, "visits", key, wrong, "entered on the wrong patient's form",
                      "Dr Test")
    round_of_syncs(a, b)
    assert listed(a) == listed(b) == []
    for laptop in (a, b):
        [kept] = visits.for_patient(laptop.store, "P1")
        assert kept.visit_uid == va.visit_uid
        [withdrawn] = visits.entered_in_error(laptop.store, "P1")
        assert withdrawn.amend_reason == "entered on the wrong patient's form"
        assert withdrawn.alsfrs == vb.alsfrs  # still readable
    assert a.export() == b.export() and vb.visit_uid not in a.export()


def test_a_visit_in_a_same_day_conflict_can_still_be_corrected(laptops):
    """Found by the convergence test: amending one of two signed visits of one date (from two
    laptops) was refused as 'already has a visit on this date'; the correction is stored, the
    conflict stays listed until a person resolves it, and both laptops agree."""
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1")
    round_of_syncs(a, b)
    a.sign("P1", day(30), seed=1)
    vb = b.sign("P1", day(30), seed=2)
    round_of_syncs(a, b)
    corrected = b.amend(vb, seed=3)
    round_of_syncs(a, b)
    key = f"P1/{day(30).isoformat()}"
    assert listed(a) == listed(b) == [("visits", key, 2)]
    assert corrected.visit_uid in {v.visit_uid for v in visits.for_patient(a.store, "P1")}
    assert a.export() == b.export()


def test_details_changed_on_two_laptops_show_the_newer_until_one_is_picked(laptops):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1", "Doe")
    round_of_syncs(a, b)
    a.edit_details("P1", "Roe")
    b.edit_details("P1", "Moe")  # the newer
    round_of_syncs(a, b)
    assert listed(a) == listed(b) == [("details", "P1", 2)]
    assert patients.get(a.store, "P1").family_name == patients.get(b.store, "P1").family_name \
        == "Moe"
    code, out, _ = run("--db", str(a.path), "conflicts")
    assert "details P1" in out and "Roe" in out and "Moe" in out
    assert "resolve: bedside conflicts resolve details P1 --choice N" in out
    code, out, err = run("--db", str(a.path), "conflicts", "resolve", "details", "P1",
                         "--choice", "2", "--reason", "Roe is right (passport)")
    assert code == 0, err
    round_of_syncs(a, b)
    assert listed(a) == listed(b) == []
    assert patients.get(b.store, "P1").family_name == "Roe"
    assert a.export() == b.export()


def test_details_may_be_combined_by_a_person(laptops):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1", "Doe")
    round_of_syncs(a, b)
    a.edit_details("P1", "Roe")
    p = patients.get(b.store, "P1")
    patients.update(b.store, replace(p, given_name="Janet"))
    round_of_syncs(a, b)
    combined = replace(patients.get(a.store, "P1"), family_name="Roe", given_name="Janet")
    conflicts.resolve(a.store, "details", "P1", 1, "both corrections are right", "Dr Test",
                      details=combined)
    round_of_syncs(a, b)
    assert listed(b) == []
    assert patients.get(b.store, "P1").display_name == "Roe, Janet"


def test_details_are_combined_field_by_field_from_the_command_line(laptops):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1", "Doe")
    round_of_syncs(a, b)
    a.edit_details("P1", "Roe")
    p = patients.get(b.store, "P1")
    patients.update(b.store, replace(p, given_name="Janet", sex="male"))
    round_of_syncs(a, b)
    code, out, _ = run("--db", str(a.path), "conflicts")
    assert "given_name (given name): " in out and "--take" in out
    [c] = conflicts.listed(a.store)
    roe = 1 + [v.patient.family_name for v in c.choices].index("Roe")
    code, _, err = run("--db", str(a.path), "conflicts", "resolve", "details", "P1",
                       "--choice", str(roe), "--take", f"given_name={3 - roe}",
                       "--reason", "her name from the passport, the sex as first recorded")
    assert code == 0, err
    round_of_syncs(a, b)
    assert listed(a) == listed(b) == []
    for laptop in (a, b):
        kept = patients.get(laptop.store, "P1")
        assert (kept.family_name, kept.given_name, kept.sex) == ("Roe", "Janet", "female")
    [entry] = [h for h in audit_log.history(a.store, "patient", "P1") if h.action == "resolve"]
    assert entry.reason == "her name from the passport, the sex as first recorded"
    code, _, err = run("--db", str(a.path), "conflicts", "resolve", "details", "P1",
                       "--choice", "1", "--take", "given_name", "--reason", "x")
    assert code == 2 and "DETAIL=N" in err


def test_an_event_changed_on_two_laptops_is_listed_until_one_version_is_kept(laptops):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1")
    e = a.add_event("P1", 5)
    round_of_syncs(a, b)
    events.update(a.store, replace(e, label="NIV at night"))
    [eb] = events.for_patient(b.store, "P1")
    events.delete(b.store, eb.event_id, "not this patient's")
    round_of_syncs(a, b)
    assert listed(a) == listed(b) == [("event", e.event_uid, 2)]
    assert events.for_patient(a.store, "P1") == events.for_patient(b.store, "P1") == []
    [c] = conflicts.listed(b.store)
    keep = [ch.deleted for ch in c.choices].index(False) + 1
    conflicts.resolve(b.store, "event", e.event_uid, keep, "the NIV was started", "Dr Test")
    round_of_syncs(a, b)
    assert listed(a) == listed(b) == []
    assert [x.label for x in events.for_patient(a.store, "P1")] == ["NIV at night"]
    assert a.export("--events") == b.export("--events")


def test_a_resolution_names_a_listed_conflict_and_a_listed_choice(laptops):
    a = laptops("a")
    a.add_patient("P1")
    code, _, err = run("--db", str(a.path), "conflicts", "resolve", "details", "P1",
                       "--choice", "1", "--reason", "x")
    assert code == 2 and "there is no details conflict 'P1'" in err
    assert len(err.strip().splitlines()) == 1


def test_a_database_upgraded_to_conflict_marks_lists_the_conflicts_it_held(laptops):
    """Laptop migration 8 marks the conflicts a database already holds (schema 7 found them
    by scanning every row)."""
    import sqlite3

    from bedside.store import Store

    a, b = laptops("a"), laptops("b")
    a.add_patient("P1", "Doe")
    a.sign("P1", day(5), seed=1)
    round_of_syncs(a, b)
    a.edit_details("P1", "Roe")
    b.edit_details("P1", "Poe")
    a.sign("P1", day(9), seed=2)
    b.sign("P1", day(9), seed=3)
    round_of_syncs(a, b)
    before = listed(a)
    assert {k for k, _, _ in before} == {"details", "visits"}
    a.close()
    conn = sqlite3.connect(a.path)  # back to schema 7
    for trigger in ("patient_version_marks", "event_version_marks", "visit_marks",
                    "visit_changed_marks"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE conflict_marks")
    conn.execute("DELETE FROM schema_migrations WHERE version >= 8")  # later ones run again
    conn.commit()
    conn.close()
    a.store = Store.open(a.path)
    assert listed(a) == before
