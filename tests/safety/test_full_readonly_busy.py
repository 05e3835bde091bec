"""Disk full, read-only locations, two writers, network shares, private files."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest

from bedside.store import (
    DatabaseBusy,
    DiskFull,
    ReadOnlyLocation,
    Store,
    bulk,
    create_private_file,
    health,
    patients,
    visits,
)
from tests.safety.factory import day, patient, visit


def _integrity(path):
    conn = health.connect_immutable(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def test_disk_full_saves_nothing_and_says_why(filled_db):
    store = Store.open(filled_db)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    big = [patient(f"B{n:04d}") for n in range(400)]
    with pytest.raises(DiskFull, match="disk is full.*nothing was saved"), store.transaction():
        bulk.insert(store, big, [visit(p.patient_id, day(1)) for p in big], [], "x.csv")
    draft = visit("P000", day(200))
    with pytest.raises(DiskFull):
        for n in range(200):  # a visit being typed: the draft save that no longer fits
            draft = visits.save_draft(store, replace(draft, notes="n" * 50 * n))
    assert store.conn.in_transaction is False
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    patients.add(store, patient("AFTER"))  # once space is back, saving works again
    store.close()
    assert _integrity(filled_db) == [("ok",)]
    with Store.open(filled_db) as s:
        ids = {p.patient_id for p in patients.all_patients(s)}
        assert ids == {"P000", "P001", "P002", "AFTER"}  # nothing of the bulk import
        assert len(visits.for_patient(s, "P000")) == 2


def test_read_only_location_saves_nothing_and_says_why(filled_db):
    before = filled_db.read_bytes()
    store = Store.open_read_only(filled_db)
    assert [p.patient_id for p in patients.all_patients(store)] == ["P000", "P001", "P002"]
    with pytest.raises(ReadOnlyLocation, match="read-only.*nothing was saved"):
        visits.save_draft(store, visit("P000", day(300)))
    with pytest.raises(ReadOnlyLocation):
        patients.add(store, patient("NEW"))
    store.close()
    assert filled_db.read_bytes() == before


def test_opening_for_writing_in_a_read_only_folder_is_refused_plainly(filled_db, monkeypatch):
    real_access = os.access
    folder = str(filled_db.parent)
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if str(p) == folder
                        and mode == os.W_OK else real_access(p, mode, **k))
    with pytest.raises(ReadOnlyLocation, match="cannot be written here"):
        Store.open(filled_db)


HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from bedside.store import Store, patients
    from tests.safety.factory import patient
    s = Store.open(sys.argv[1])
    with s.transaction():
        patients.add(s, patient("HOLDER"))
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
    print("done", flush=True)
""")


def _spawn(code, *args):
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)],
                            stdout=subprocess.PIPE, text=True, cwd=os.getcwd())


def test_a_second_writer_waits_then_gets_a_clear_message(filled_db, monkeypatch):
    monkeypatch.setattr("bedside.store.db.BUSY_TIMEOUT_MS", 300)
    holder = _spawn(HOLD_LOCK, filled_db, 1.5)
    assert holder.stdout.readline().strip() == "locked"
    store = Store.open(filled_db)
    store.conn.execute("PRAGMA busy_timeout = 300")
    with pytest.raises(DatabaseBusy, match="another Bedside window or command is writing"):
        patients.add(store, patient("SECOND"))
    assert holder.stdout.readline().strip() == "done"
    holder.wait(10)
    patients.add(store, patient("SECOND"))  # try again: it works, and nothing was lost
    assert {"HOLDER", "SECOND"} <= {p.patient_id for p in patients.all_patients(store)}
    store.close()


WRITER = textwrap.dedent("""
    import sys
    from bedside.store import Store, patients, visits
    from tests.safety.factory import patient, visit, day
    s = Store.open(sys.argv[1])
    tag = sys.argv[2]
    for n in range(40):
        pid = f"{tag}{n:03d}"
        patients.add(s, patient(pid))
        d = visits.save_draft(s, visit(pid, day(n)))
        visits.sign(s, d.visit_id, "Dr " + tag)
        print(pid, flush=True)
    s.close()
""")


def test_two_instances_writing_at_once_lose_nothing(filled_db):
    a, b = _spawn(WRITER, filled_db, "A"), _spawn(WRITER, filled_db, "B")
    out_a, out_b = a.communicate(timeout=120)[0].split(), b.communicate(timeout=120)[0].split()
    assert a.returncode == 0 and b.returncode == 0 and len(out_a) == len(out_b) == 40
    with Store.open(filled_db) as s:
        for pid in out_a + out_b:
            [v] = visits.for_patient(s, pid)
            assert v.status == "signed" and v.signed_by == "Dr " + pid[0]
    assert _integrity(filled_db) == [("ok",)]


def test_signing_one_draft_from_two_windows_signs_it_once(filled_db):
    with Store.open(filled_db) as one, Store.open(filled_db) as two:
        d = visits.save_draft(one, visit("P000", day(400)))
        visits.sign(one, d.visit_id, "Dr One")
        with pytest.raises(Exception, match="already signed"):
            visits.sign(two, d.visit_id, "Dr Two")
        assert visits.get(two, d.visit_id).signed_by == "Dr One"


def test_network_share_is_detected_from_the_mount_table(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "//server/clinic /mnt/clinic cifs rw 0 0\n"
        "server:/export /mnt/nfs\\040share nfs4 rw 0 0\n"
        "/dev/sdb1 /mnt/clinic/local ext4 rw 0 0\n")
    warn = health.network_share_warning
    assert "network share (cifs)" in warn("/mnt/clinic/bedside.sqlite3", mounts)
    assert "network share (nfs4)" in warn("/mnt/nfs share/b.sqlite3", mounts)
    assert warn("/mnt/clinic/local/bedside.sqlite3", mounts) == ""
    assert warn("/home/me/bedside.sqlite3", mounts) == ""
    assert warn(tmp_path / "x.sqlite3") == ""  # this machine's own disk


def test_database_journal_backups_and_exports_are_private(db_path):
    os.umask(0o022)
    store = Store.open(db_path)
    patients.add(store, patient("P1"))
    wal, shm = (db_path.parent / (db_path.name + s) for s in ("-wal", "-shm"))
    for f in (db_path, wal, shm):
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    made = store.backup()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    store.close()
    out = create_private_file(db_path.parent / "export.csv")
    out.write_text("data")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    loose = db_path.parent / "old.csv"
    loose.write_text("x")
    os.chmod(loose, 0o644)
    create_private_file(loose)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600 and loose.read_text() == "x"
