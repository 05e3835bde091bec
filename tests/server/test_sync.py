"""Two laptops and the clinic server: what travels, what stays, the command line (SPEC §7)."""

from __future__ import annotations

import json
from dataclasses import replace

import psycopg
import pytest
from laptops import a_visit, day, run

from bedside.operations import sync as sync_op
from bedside.store import accounts, audit_log, events, outgoing, patients, visits


def test_two_laptops_converge_through_the_command_line(laptops, clinic_url, monkeypatch):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1")
    first = a.sign("P1", day(30), seed=1)
    a.amend(first, seed=2)
    a.add_event("P1", 40)
    a.close()
    b.close()
    code, out, err = run("--db", str(a.path), "sync", "--server", clinic_url)
    assert (code, err) == (0, "")
    sent = int(out.split(",")[0].split()[1])
    assert out == f"sent {sent}, received 0, conflicts 0\n" and sent >= 5
    code, out, _ = run("--db", str(b.path), "sync", "--server", clinic_url)
    assert out == f"sent 0, received {sent}, conflicts 0\n"
    # the URL is kept as each database's server, without its password (the setting, audited,
    # travels next); twice round, nothing is new
    monkeypatch.setenv("PGPASSWORD", "admin-secret-1")
    lines = [run("--db", str(laptop.path), "sync")[1] for laptop in (a, b, a, b)]
    assert lines == ["sent 1, received 0, conflicts 0\n", "sent 1, received 1, conflicts 0\n",
                     "sent 0, received 1, conflicts 0\n", "sent 0, received 0, conflicts 0\n"]
    assert a.export() == b.export() and a.export("--events") == b.export("--events")
    assert "P1" in a.export() and "event 40" in a.export("--events")


def test_every_kind_travels_with_who_when_and_laptop_and_drafts_stay(laptops):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1")
    a.edit_details("P1", "Roe")
    signed = a.sign("P1", day(10), seed=1)
    amended = a.amend(signed, seed=2)
    kept = a.add_event("P1", 20)
    edited = events.update(a.store, replace(kept, label="NIV nightly"))
    gone = a.add_event("P1", 21, "gastrostomy")
    events.delete(a.store, gone.event_id, "entered twice")
    draft = visits.save_draft(a.store, a_visit("P1", day(50), 3))
    accounts.create(a.store, "Dr Test", "a long password 1")
    a.sync()
    b.sync()
    p = patients.get(b.store, "P1")
    assert p.family_name == "Roe"
    [shown] = visits.for_patient(b.store, "P1")
    assert shown.visit_uid == amended.visit_uid and shown.version == 2
    assert [v.visit_uid for v in visits.versions(b.store, shown.visit_id)] == [
        amended.visit_uid, signed.visit_uid]
    assert [(e.event_uid, e.label) for e in events.for_patient(b.store, "P1")] == [
        (edited.event_uid, "NIV nightly")]
    assert visits.drafts(b.store) == [] and visits.drafts(a.store)[0].visit_id == draft.visit_id
    assert not accounts.has_accounts(b.store)  # examiner accounts stay on their laptop
    trail_a = [(h.at_utc, h.who, h.action, h.field, h.new_value)
               for h in audit_log.history(a.store, "patient", "P1") if h.action != "draft"]
    trail_b = [(h.at_utc, h.who, h.action, h.field, h.new_value)
               for h in audit_log.history(b.store, "patient", "P1")]
    assert trail_a == trail_b  # the same who, when and what
    laptop_of = {r[0] for r in b.store.conn.execute(
        "SELECT laptop_uid FROM audit_log WHERE received_seq IS NOT NULL")}
    assert laptop_of == {a.store.laptop_uid}
    assert not b.store.conn.execute("SELECT 1 FROM audit_log WHERE action IN ('draft', 'sync')"
                                    " AND received_seq IS NOT NULL").fetchone()


def test_an_import_travels_as_one_import(laptops, tmp_path, monkeypatch):
    a, b = laptops("a"), laptops("b")
    csv = tmp_path / "visits.csv"
    csv.write_text("patient_id,visit_date,Q1_Speech,examiner\nP7,2023-01-05,3,Dr X\n"
                   "P7,2023-03-05,2,Dr X\n", encoding="utf-8")
    a.close()
    assert run("--db", str(a.path), "import", str(csv))[0] == 0
    a.store = a.store.open(a.path)
    a.sync()
    b.sync()
    [(name, sha, rows)] = b.store.conn.execute(
        "SELECT file_name, sha256, row_count FROM imports").fetchall()
    assert (name, rows) == ("visits.csv", 2) and len(sha) == 64
    imported = visits.for_patient(b.store, "P7")
    assert [v.signed_by for v in imported] == ["tester", "tester"]  # the import's signer
    assert a.export() == b.export()


def test_nothing_new_is_one_round_trip_after_connecting(laptops, tmp_path):
    a = laptops("a")
    a.add_patient("P1")
    a.sync()
    a.sync()
    trace = tmp_path / "libpq.trace"
    from bedside.server import transfer

    real = transfer.connect

    def traced(*args, **kw):
        cm = real(*args, **kw)

        class Wrapped:
            def __enter__(self):
                self.conn = cm.__enter__()
                self.fh = open(trace, "w")  # noqa: SIM115
                self.conn.pgconn.trace(self.fh.fileno())
                return self.conn

            def __exit__(self, *exc):
                self.conn.pgconn.untrace()
                self.fh.close()
                return cm.__exit__(*exc)

        return Wrapped()

    transfer.connect = traced
    try:
        result = a.sync()
    finally:
        transfer.connect = real
    assert result.line == "sent 0, received 0, conflicts 0"
    directions = [line.split("\t")[1] for line in trace.read_text().splitlines() if "\t" in line]
    round_trips = sum(1 for x, y in zip(directions, directions[1:], strict=False)
                      if (x, y) == ("F", "B"))
    assert round_trips == 1, trace.read_text()


def test_the_apps_idle_sync_is_one_round_trip_on_its_kept_connection_and_writes_nothing(
        laptops, tmp_path, monkeypatch):
    """The app keeps its connection between syncs (no TCP and SCRAM again); a sync that
    finds nothing new on either side asks the server once and does not write the database."""
    import sqlite3

    from bedside.operations import sync as sync_op
    from bedside.server import transfer

    a, b = laptops("a"), laptops("b")
    b.add_patient("P9")
    b.sync()
    a.add_patient("P1")
    opened = []
    real = transfer.open_connection

    def counted(*args, **kw):
        opened.append(real(*args, **kw))
        return opened[-1]

    monkeypatch.setattr(transfer, "open_connection", counted)
    link = sync_op.Link()
    try:
        assert sync_op.sync(a.store, a.url, link=link).line == "sent 2, received 2, conflicts 0"
        watcher = sqlite3.connect(a.path)
        written = watcher.execute("PRAGMA data_version").fetchone()[0]
        files = {p: p.stat().st_mtime_ns for p in a.path.parent.glob(a.path.name + "*")}
        trace = tmp_path / "libpq.trace"
        with open(trace, "w") as fh:
            opened[0].pgconn.trace(fh.fileno())
            result = sync_op.sync(a.store, a.url, link=link)
            opened[0].pgconn.untrace()
        assert result.line == "sent 0, received 0, conflicts 0" and result.at
        assert len(opened) == 1  # the connection of the first sync, kept
        directions = [line.split("\t")[1] for line in trace.read_text().splitlines()
                      if "\t" in line]
        round_trips = sum(1 for x, y in zip(directions, directions[1:], strict=False)
                          if (x, y) == ("F", "B"))
        assert round_trips == 1 and directions[0] == "F", trace.read_text()
        a.store.conn.execute("SELECT 1")  # (data_version is read after the other's work)
        assert watcher.execute("PRAGMA data_version").fetchone()[0] == written
        assert {p: p.stat().st_mtime_ns for p in files} == files
        watcher.close()
        # what the window shows: the time of that sync, though none was written
        attempt = sync_op.sync_beside(a.store, link=link)
        assert attempt.status.last_sync is not None and attempt.failure == ""
        assert len(opened) == 1
    finally:
        link.close()


def test_a_kept_connection_the_server_closed_is_opened_again(laptops, pg):
    from bedside.operations import sync as sync_op

    a = laptops("a")
    a.add_patient("P1")
    link = sync_op.Link()
    try:
        sync_op.sync(a.store, a.url, link=link)
        pg.sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     " WHERE application_name = 'bedside'")
        a.add_patient("P2")
        assert sync_op.sync(a.store, a.url, link=link).sent > 0
    finally:
        link.close()


def test_the_server_keeps_which_laptop_sent_what(laptops, clinic_url):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1")
    b.add_patient("P2")
    a.sync()
    b.sync()
    with psycopg.connect(clinic_url) as conn:
        sent = dict(conn.execute(
            "SELECT p.laptop_uid::text, count(*) FROM records r JOIN pushes p"
            " ON p.id = r.push_id GROUP BY 1").fetchall())
        roles = {r[0] for r in conn.execute("SELECT db_role FROM pushes")}
        names = {r[0] for r in conn.execute("SELECT name FROM laptops")}
        contents = [json.loads(r[0]) for r in conn.execute(
            "SELECT content FROM records WHERE kind = 'patient'")]
    assert set(sent) == {a.store.laptop_uid, b.store.laptop_uid}
    assert roles == {"bedside_admin"} and len(names) == 1
    assert sorted(c["patient_id"] for c in contents) == ["P1", "P2"]
    assert all(list(c) == sorted(c) for c in contents)  # canonical: keys sorted


def test_a_sync_that_moved_something_is_in_the_laptops_audit_trail(laptops):
    a = laptops("a")
    a.add_patient("P1")
    a.sync()
    a.sync()  # nothing new: not recorded (a sync every few minutes would fill the trail)
    rows = a.store.conn.execute("SELECT entity, new_value FROM audit_log WHERE action = 'sync'"
                                ).fetchall()
    assert len(rows) == 1 and rows[0][1].startswith("sent ")
    assert sync_op.status(a.store).last_sync is not None


def test_the_same_id_with_other_content_is_refused_and_listed(laptops, clinic_url):
    a, b = laptops("a"), laptops("b")
    a.add_patient("P1")
    visit = a.sign("P1", day(10), seed=1)
    a.sync()
    b.sync()
    # a third party sends another content under the id of a visit b has not sent yet
    mine = b.sign("P1", day(20), seed=2)
    with psycopg.connect(clinic_url) as conn:
        conn.execute("INSERT INTO laptops (laptop_uid, name) VALUES "
                     "('018f0000-0000-7000-8000-0000000000aa', 'rogue')")
        conn.execute("INSERT INTO pushes (id, laptop_uid, stored, already_there, refused)"
                     " VALUES (9999, '018f0000-0000-7000-8000-0000000000aa', 1, 0, 0)")
        conn.execute("INSERT INTO records (uid, kind, content, push_id) VALUES (%s, 'visit',"
                     " '{\"tampered\":1}', 9999)", (mine.visit_uid,))
    result = b.sync()
    assert result.line.endswith("integrity problems 1") and result.received == 0
    assert visits.for_patient(b.store, "P1")[-1].notes == "seen 2"  # never merged
    with psycopg.connect(clinic_url) as conn:
        assert conn.execute("SELECT count(*) FROM integrity_problems").fetchone()[0] == 1
        assert conn.execute("SELECT content FROM records WHERE uid = %s",
                            (mine.visit_uid,)).fetchone()[0] == '{"tampered":1}'
    code, out, _ = run("--db", str(b.path), "conflicts")
    assert f"visit {mine.visit_uid}" in out and "integrity problem" in out
    assert visit.visit_uid not in out


def test_the_clinics_wording_travels_with_the_visits_entered_in_it(laptops):
    from bedside.instruments.wording import parse
    from bedside.store import wordings
    from tests.wording.wording_files import test_wording_data

    a, b, c = laptops("a"), laptops("b"), laptops("c")
    added = wordings.add(a.store, parse(test_wording_data(), "wording.json"))
    wordings.add(c.store, parse(test_wording_data(), "wording.json"))  # the same file, on c
    a.add_patient("P1")
    draft = visits.save_draft(a.store, replace(a_visit("P1", day(3)), alsfrs_wording=added.id))
    signed = visits.sign(a.store, draft.visit_id, "Dr Test")
    for laptop in (a, b, c, a, b):
        laptop.sync()
    assert wordings.get(b.store, added.id) == added
    [received] = visits.for_patient(b.store, "P1")
    assert (received.visit_uid, received.alsfrs_wording) == (signed.visit_uid, added.id)
    for laptop in (a, b, c):  # the wording added on two laptops is one record, not a problem
        assert sync_op.status(laptop.store).problems == 0
        assert laptop.export() == a.export()


def test_two_wordings_under_one_label_are_both_kept_and_listed(laptops):
    """Laptops a and c each added other words as Georgian version test-1 before either
    synced: every laptop keeps both (each visit names its own) and lists the problem."""
    from bedside.instruments.wording import parse
    from bedside.store import Conflict, wordings
    from tests.wording.wording_files import test_wording_data

    a, b, c = laptops("a"), laptops("b"), laptops("c")
    other = test_wording_data()
    other["title"] = "ტესტური ფორმულირება, სხვა (TEST)"
    mine = wordings.add(a.store, parse(test_wording_data(), "a.json"))
    theirs = wordings.add(c.store, parse(other, "c.json"))
    signed = {}
    for laptop, wording, patient in ((a, mine, "P1"), (c, theirs, "P2")):
        laptop.add_patient(patient)
        draft = visits.save_draft(laptop.store, replace(a_visit(patient, day(3)),
                                                        alsfrs_wording=wording.id))
        signed[patient] = visits.sign(laptop.store, draft.visit_id, "Dr Test")
    for laptop in (a, b, c, a, b):
        laptop.sync()
    for laptop in (a, b, c):
        assert {w.id for w in wordings.all_wordings(laptop.store)} == {mine.id, theirs.id}
        for patient, wording in (("P1", mine), ("P2", theirs)):
            [visit] = visits.for_patient(laptop.store, patient)
            assert (visit.visit_uid, visit.alsfrs_wording) == (
                signed[patient].visit_uid, wording.id)
        assert sync_op.status(laptop.store).problems >= 1
        listed = [detail for *_, detail in outgoing.problems(laptop.store)]
        assert any("(ka, version test-1)" in d and "both are kept" in d for d in listed)
        assert laptop.export() == a.export()
    with pytest.raises(Conflict, match="has version test-1"):  # a laptop still refuses one
        other["title"] = "a third"
        wordings.add(b.store, parse(other, "b.json"))


def test_a_laptop_role_granted_as_the_setup_says_syncs(laptops, pg, clinic_url):
    """docs/clinic-server.md's grants are enough for a laptop's own role, and it cannot
    change what was received."""
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "clinic-server.md").read_text()
    grants = doc.split("```sql\n")[1].split("```")[0]
    dbname = clinic_url.rsplit("/", 1)[1]
    with psycopg.connect(clinic_url, autocommit=True) as conn:
        conn.execute(grants)
    pg.create_role("laptop3", "laptop3-secret")
    pg.sql(f'GRANT bedside_laptop TO laptop3; GRANT CONNECT ON DATABASE "{dbname}" TO laptop3')
    a, b = laptops("a"), laptops("b")
    a.url = b.url = pg.url("laptop3", "laptop3-secret", dbname)
    a.add_patient("P1")
    a.sign("P1", day(1))
    assert a.sync().sent > 0 and b.sync().received > 0
    assert visits.for_patient(b.store, "P1")
    with psycopg.connect(a.url) as conn, pytest.raises(psycopg.Error):
        conn.execute("DELETE FROM records")


def test_the_rest_of_the_visit_travels(laptops):
    """Measurements, how the ALSFRS-R was taken and who answered, the pre-illness weight, and
    the hours a day of ventilation (schema 6) reach the other laptop as they were recorded."""
    from bedside.domain import Event, Measurements

    a, b = laptops("a"), laptops("b")
    p = a.add_patient("P1")
    patients.update(a.store, replace(p, pre_illness_weight_kg=71.5), reason="asked")
    measured = Measurements(fvc_l=3.2, vc_position="sitting", mip_cmh2o=55.0, weight_kg=66.4,
                            height_cm=172.0)
    draft = visits.save_draft(a.store, replace(a_visit("P1", day(5)), alsfrs_mode="telephone",
                                               alsfrs_respondent="caregiver",
                                               measurements=measured))
    signed = visits.sign(a.store, draft.visit_id, "Dr Test")
    niv = events.add(a.store, Event("P1", day(6), "niv_start", "nightly", hours_per_day=8.5))
    a.sync()
    b.sync()
    assert patients.get(b.store, "P1").pre_illness_weight_kg == 71.5
    [received] = visits.for_patient(b.store, "P1")
    assert received.visit_uid == signed.visit_uid
    assert (received.alsfrs_mode, received.alsfrs_respondent, received.measurements) == (
        "telephone", "caregiver", measured)
    [event] = events.for_patient(b.store, "P1")
    assert (event.event_uid, event.hours_per_day) == (niv.event_uid, 8.5)
    events.update(b.store, replace(event, hours_per_day=10.0))
    b.sync()
    a.sync()
    assert events.for_patient(a.store, "P1")[0].hours_per_day == 10.0
    assert a.export() == b.export() and a.export("--events") == b.export("--events")
