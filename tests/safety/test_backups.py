"""Automatic, verified, rotating backups and a restore that never leaves half a database."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest

from bedside.store import (
    BadBackup,
    DatabaseBusy,
    Store,
    backup,
    health,
    patients,
    visits,
)
from tests.safety.conftest import snapshot
from tests.safety.factory import day, patient, visit


def _patient_ids(path):
    with Store.open(path) as s:
        return {p.patient_id for p in patients.all_patients(s)}


def test_saving_makes_verified_private_backups_beside_the_database(filled_db):
    found = backup.list_backups(filled_db)
    assert found and all(b.path.parent == filled_db.parent / "backups" for b in found)
    for b in found:
        assert health.inspect(b.path, thorough=True).state == "ok"
        assert stat.S_IMODE(b.path.stat().st_mode) == 0o600
        assert not (b.path.parent / (b.path.name + "-wal")).exists()
    assert stat.S_IMODE((filled_db.parent / "backups").stat().st_mode) == 0o700
    newest = health.inspect(found[0].path, thorough=True)
    assert newest.counts["patients"] == 3 and newest.counts["visits"] == 6  # all that was saved


def test_the_save_that_makes_the_periodic_backup_does_not_wait_for_it(db_path, monkeypatch):
    """A clinic's database takes a second or two to copy and check: the tenth save returns
    at once, the backup is made from a snapshot on its own thread while saving goes on."""
    monkeypatch.setattr(backup, "BACKUP_MIN_INTERVAL_S", 0.0)
    release = threading.Event()
    real = backup.make_backup

    def slow_backup(*args, **kwargs):
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "make_backup", slow_backup)
    store = Store.open(db_path)
    for n in range(10):
        patients.add(store, patient(f"P{n:02d}"))
    assert store.auto_backups.running() and backup.list_backups(db_path) == []
    patients.add(store, patient("P10"))  # saving goes on meanwhile
    release.set()
    store.auto_backups.wait()
    [made] = backup.list_backups(db_path)
    assert made.reason == "saves" and store.backup_warning == ""
    assert health.inspect(made.path, thorough=True).counts["patients"] >= 10
    store.close()
    assert _patient_ids(backup.list_backups(db_path)[0].path) == {f"P{n:02d}" for n in range(11)}


def test_a_failed_periodic_backup_is_said_and_made_again_at_close(db_path, monkeypatch):
    monkeypatch.setattr(backup, "BACKUP_MIN_INTERVAL_S", 0.0)
    real = backup.make_backup
    monkeypatch.setattr(backup, "make_backup",
                        lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left")))
    store = Store.open(db_path)
    for n in range(10):
        patients.add(store, patient(f"P{n:02d}"))
    store.auto_backups.wait()
    assert "The automatic backup failed" in store.backup_warning
    assert backup.list_backups(db_path) == []
    monkeypatch.setattr(backup, "make_backup", real)
    store.close()
    [made] = backup.list_backups(db_path)
    assert made.reason == "close"
    assert health.inspect(made.path, thorough=True).counts["patients"] == 10


def test_a_backup_at_start_only_when_something_changed(filled_db):
    before = len(backup.list_backups(filled_db))
    Store.open(filled_db).close()  # nothing changed since the backup made at close
    assert len(backup.list_backups(filled_db)) == before
    for b in backup.list_backups(filled_db):
        b.path.unlink()
    Store.open(filled_db).close()
    [made] = backup.list_backups(filled_db)
    assert made.reason == "start"


def test_a_backup_after_every_ten_saves(db_path, monkeypatch):
    monkeypatch.setattr(backup, "BACKUP_MIN_INTERVAL_S", 0.0)
    store = Store.open(db_path)
    for n in range(25):
        patients.add(store, patient(f"P{n:02d}"))
        store.auto_backups.wait()  # (made in the background: as if the examiner paused here)
    reasons = [b.reason for b in backup.list_backups(db_path)]
    assert reasons == ["saves", "saves"]
    assert health.inspect(backup.list_backups(db_path)[0].path, thorough=True
                          ).counts["patients"] == 20
    store.close()
    assert backup.list_backups(db_path)[0].reason == "close"
    assert health.inspect(backup.list_backups(db_path)[0].path, thorough=True
                          ).counts["patients"] == 25


def test_rotation_keeps_the_ten_newest_and_one_a_day_for_thirty_days(filled_db):
    folder = filled_db.parent / "backups"
    for b in backup.list_backups(filled_db):
        b.path.unlink()
    now = datetime(2026, 3, 31, 12, tzinfo=UTC)
    made = []
    for hours in range(0, 45 * 24, 6):  # four a day for 45 days
        at = now - timedelta(hours=hours)
        p = folder / f"bedside-{at.strftime('%Y%m%dT%H%M%S%fZ')}-saves.sqlite3"
        p.write_bytes(b"")
        made.append(at)
    aside = folder / "bedside-20250101T000000000000Z-set-aside.sqlite3"
    aside.write_bytes(b"x")
    other_db = folder / "demo-20250101T000000000000Z-saves.sqlite3"
    other_db.write_bytes(b"")
    backup.rotate(filled_db, now=now)
    kept = [b.taken_at for b in backup.list_backups(filled_db) if b.reason == "saves"]
    assert kept[:10] == made[:10]
    days = {t.date() for t in kept}
    assert days == {(now - timedelta(days=d)).date() for d in range(31)}
    assert len(kept) == 10 + (len(days) - 3)  # the 10 newest span 3 days (2.5 days x 4)
    assert aside.exists() and other_db.exists()


def test_an_interrupted_backup_is_never_taken_for_a_backup(filled_db):
    folder = filled_db.parent / "backups"
    partial = folder / ".bedside-20260101T000000000000Z-saves.sqlite3.123.partial"
    partial.write_bytes(b"half")
    assert all(b.path != partial for b in backup.list_backups(filled_db))
    with Store.open(filled_db) as s:
        patients.add(s, patient("NEW"))
        s.backup()
    assert not partial.exists()


def test_restore_replaces_the_database_and_keeps_the_current_one(filled_db):
    good = backup.newest_good(filled_db)
    with Store.open(filled_db) as s:
        patients.add(s, patient("LATE"))
    result = backup.restore(filled_db, good.path)
    assert "LATE" not in _patient_ids(filled_db)
    [kept] = result.kept
    assert "before-restore" in kept.name and "LATE" in _patient_ids(kept)
    assert health.inspect(filled_db, thorough=True).state == "ok"
    assert stat.S_IMODE(filled_db.stat().st_mode) == 0o600
    assert not [n for n in os.listdir(filled_db.parent) if n.endswith(".partial")]


def test_restore_sets_a_damaged_database_aside_untouched(filled_db):
    good = backup.newest_good(filled_db)
    data = bytearray(filled_db.read_bytes())
    data[4096:8192] = b"\x00" * 4096
    filled_db.write_bytes(bytes(data))
    (filled_db.parent / (filled_db.name + "-wal")).write_bytes(b"\x01" * 5000)
    result = backup.restore(filled_db, good.path)
    aside = [p for p in result.kept if p.name.endswith("set-aside.sqlite3")]
    assert aside and aside[0].read_bytes() == bytes(data)
    assert [p for p in result.kept if p.name.endswith("-wal")][0].read_bytes() == b"\x01" * 5000
    assert not (filled_db.parent / (filled_db.name + "-wal")).exists()
    assert _patient_ids(filled_db) == {"P000", "P001", "P002"}


def test_restore_refuses_a_bad_file_and_changes_nothing(filled_db, tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("hello\n")
    before = snapshot(filled_db)
    with pytest.raises(BadBackup, match="text file"):
        backup.restore(filled_db, bad)
    with pytest.raises(BadBackup, match="no such file"):
        backup.restore(filled_db, tmp_path / "missing.sqlite3")
    assert snapshot(filled_db) == before


def test_restore_refuses_while_another_instance_has_the_database_open(filled_db):
    good = backup.newest_good(filled_db)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from bedside.store import Store; s = Store.open(sys.argv[1]);"
         " print('open', flush=True); sys.stdin.readline()", str(filled_db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseBusy, match="another Bedside window"):
            backup.restore(filled_db, good.path)
    finally:
        holder.communicate("\n", timeout=20)
    with Store.open(filled_db), pytest.raises(DatabaseBusy, match="this window"):
        backup.restore(filled_db, good.path)


def test_a_failed_restore_leaves_the_database_as_it_was(filled_db, monkeypatch):
    good = backup.newest_good(filled_db)
    with Store.open(filled_db) as s:
        patients.add(s, patient("LATE"))
    before = snapshot(filled_db)

    def no_space(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "verify", no_space)
    with pytest.raises(Exception, match="No space left"):
        backup.restore(filled_db, good.path)
    assert snapshot(filled_db)["bytes"] == before["bytes"]
    assert "LATE" in _patient_ids(filled_db)
    assert not [n for n in os.listdir(filled_db.parent) if n.endswith(".partial")]


def test_a_draft_in_the_backup_comes_back(db_path):
    with Store.open(db_path) as s:
        patients.add(s, patient("P1"))
        visits.save_draft(s, visit("P1", day(1)))
        made = s.backup()
    backup.restore(db_path, made)
    with Store.open(db_path) as s:
        assert [d.patient_id for d in visits.drafts(s)] == ["P1"]


def test_an_export_is_audited_but_copies_no_backup_an_import_does(db_path, tmp_path, capsys):
    from bedside.cli import main
    from bedside.store import audit_log

    src = tmp_path / "visits.csv"
    src.write_text("patient_id,visit_date,Q1_Speech\nP1,2024-01-01,3\n", encoding="utf-8")
    assert main(["import", str(src)]) == 0
    after_import = backup.list_backups(db_path)
    assert len(after_import) == 1  # the import is in a verified backup when the command ends
    for _ in range(2):  # neither on its way out nor (the next one) on its way in
        assert main(["export", "-o", str(tmp_path / "out.csv")]) == 0
        assert backup.list_backups(db_path) == after_import
    with Store.open(db_path) as s:
        entries = audit_log.history(s, "export", str(tmp_path / "out.csv"))
    assert [(e.action, e.who) for e in entries] == [("export", "tester")] * 2
    capsys.readouterr()
