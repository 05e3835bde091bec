"""Issue 17, findings 1, 7, 14 and 16: where a command may write its output.

Every command that writes a file (export, export --events, report, backup -o) is pointed at
the database's own files, spelt every way an adversary would, and must refuse with exit 2 and
one line, leaving the database's folder exactly as it was. Then the other ways an output goes
wrong (a folder, a device, a missing or read-only folder, a full disk while the export's audit
entry is written, a killed backup) and a database on a read-only medium.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sqlite3
import stat
import subprocess
import time
from pathlib import Path

import pytest

from bedside.cli import main
from bedside.store import Store, keyfile
from tests.cheap_argon2 import BEDSIDE, command_env
from tests.safety.conftest import fill, folder_state

COMMANDS = {
    "export": ["export", "-o"],
    "export --events": ["export", "--events", "-o"],
    "report": ["report", "--patient", "P000", "-o"],
    "backup -o": ["backup", "-o"],
}


@pytest.fixture
def clinic(tmp_path, monkeypatch):
    """A database with a backup, a journal left open by nobody, a keys file's place taken by a
    real keys file (so it exists to be overwritten), in a folder of its own."""
    folder = tmp_path / "clinic"
    folder.mkdir()
    db = folder / "bedside.sqlite3"
    monkeypatch.setenv("BEDSIDE_DB", str(db))
    fill(db)
    assert main(["backup"]) == 0
    keyfile.keys_path(db).write_text("{}", encoding="utf-8")  # present, to be protected
    for side in ("-wal", "-shm"):
        Path(f"{db}{side}").write_bytes(b"")  # present, to be protected
    monkeypatch.chdir(tmp_path)
    return db


def spellings(db: Path, tmp_path: Path) -> dict[str, str]:
    backups = db.parent / "backups"
    newest = sorted(backups.iterdir())[-1]
    link = tmp_path / "innocent.csv"
    link.symlink_to(db)
    folder_link = tmp_path / "looks-elsewhere"
    folder_link.symlink_to(db.parent)
    hard = tmp_path / "hard.csv"
    os.link(db, hard)
    return {
        "the database": str(db),
        "relative": os.path.relpath(db),
        "with ..": str(db.parent / ".." / db.parent.name / db.name),
        "with ./": str(db.parent / "." / db.name),
        "other case": str(db.with_name(db.name.upper())),
        "-wal": f"{db}-wal",
        "-shm": f"{db}-shm",
        "keys file": str(keyfile.keys_path(db)),
        "a backup": str(newest),
        "new file in backups": str(backups / "new.csv"),
        "the backups folder": str(backups),
        "hidden partial beside it": str(db.parent / f".{db.name}.restore-1.partial"),
        "symlink to the database": str(link),
        "through a folder link": str(folder_link / db.name),
        "hard link": str(hard),
    }


def test_no_output_may_be_a_file_of_the_database(clinic, tmp_path, capsys):
    for label, target in spellings(clinic, tmp_path).items():
        for command, argv in COMMANDS.items():
            before = folder_state(clinic.parent)
            code = main([*argv, target])
            err = capsys.readouterr().err.strip()
            assert code == 2, (command, label)
            assert len(err.splitlines()) == 1, (command, label, err)
            assert "one of its own files" in err or "is a folder" in err, (command, label, err)
            assert folder_state(clinic.parent) == before, (command, label)
    with Store.open(clinic) as s:  # and the database still opens, whole
        assert s.conn.execute("SELECT count(*) FROM patients").fetchone() == (3,)


def test_an_encrypted_database_and_its_keys_file_cannot_be_overwritten(tmp_path, monkeypatch):
    db = tmp_path / "enc.sqlite3"
    pw = tmp_path / "pw"
    pw.write_text("correct horse battery\n", encoding="utf-8")
    env = {**os.environ, "BEDSIDE_DB": str(db), "BEDSIDE_USER": "Dr Keller",
           "BEDSIDE_PASSWORD_FILE": str(pw)}
    run = bedside(env, "accounts", "add", "Dr Keller", "--encrypt")
    assert run.returncode == 0, run.stderr
    for target in (db, keyfile.keys_path(db)):
        before = folder_state(tmp_path)
        for argv in (["export", "-o", str(target)], ["export", "--events", "-o", str(target)]):
            run = bedside(env, *argv)
            assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
            assert "one of its own files" in run.stderr
        after = folder_state(tmp_path)
        record = f".{db.name}.sign-ins"  # (the sign-ins are counted there)
        assert {k: v for k, v in after.items() if k != record} == {
            k: v for k, v in before.items() if k != record}
    assert bedside(env, "check").returncode == 0  # still opens, still encrypted


def bedside(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([*BEDSIDE, *argv], env=command_env(env), text=True,
                          capture_output=True, stdin=subprocess.DEVNULL, timeout=120)


def test_another_existing_file_is_replaced_whole(clinic, tmp_path, capsys):
    target = tmp_path / "old-export.csv"
    target.write_text("yesterday's export\n", encoding="utf-8")
    assert main(["export", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("patient_id,")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_outputs_that_cannot_be_written_are_one_line_and_exit_2(clinic, tmp_path, capsys,
                                                               command):
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    cases = {
        str(tmp_path): "is a folder",
        str(tmp_path / "missing" / "x.out"): "does not exist",
        "/dev/null": "not a regular file",
        str(read_only / "x.out"): "cannot be written",
    }
    real_access = os.access  # (root may write anywhere: the folder is made read-only here)
    os.access = lambda p, mode, **k: (False if Path(p) == read_only and mode & os.W_OK
                                      else real_access(p, mode, **k))
    try:
        for target, why in cases.items():
            before = folder_state(tmp_path)
            assert main([*COMMANDS[command], target]) == 2, target
            err = capsys.readouterr().err.strip()
            assert why in err and len(err.splitlines()) == 1, (target, err)
            assert folder_state(tmp_path) == before
    finally:
        os.access = real_access
    assert stat.S_IMODE(os.stat("/dev/null").st_mode) == 0o666


def test_a_full_disk_while_the_export_is_recorded_leaves_no_export(clinic, tmp_path, capsys,
                                                                  monkeypatch):
    """The export's audit entry cannot be written (the database is full: SQLite's page limit,
    as the other disk-full tests make it): the export file, complete aside, must not appear
    without it, and nothing of it stays behind."""
    con = sqlite3.connect(clinic)  # fill the database's pages to the last byte
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")
    try:
        while True:
            con.execute("INSERT INTO audit_log (at_utc, who, action, entity, entity_key)"
                        " VALUES ('2020-01-01T00:00:00+00:00', 'x', 'export', 'e', 'k')")
            con.commit()
    except sqlite3.OperationalError as e:
        assert "full" in str(e)
        con.rollback()
    con.close()
    real_open = Store.open.__func__

    def open_with_a_full_disk(cls, *args, **kwargs):
        store = real_open(cls, *args, **kwargs)
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_with_a_full_disk))
    out = tmp_path / "export.csv"
    audit_before = _audit_count(clinic)
    for argv in (["export", "-o", str(out)], ["report", "--patient", "P000", "-o", str(out)]):
        code = main(argv)
        err = capsys.readouterr().err
        assert code == 1 and "disk is full" in err and "was not written" in err, err
        assert len(err.strip().splitlines()) == 1
        assert not out.exists()
        assert not [p for p in tmp_path.iterdir() if "partial" in p.name]
    assert _audit_count(clinic) == audit_before


def _audit_count(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        con.close()


def test_a_killed_backup_leaves_no_partial_copy_after_the_next_run(clinic, tmp_path):
    """SIGKILL a `backup -o` while it writes its hidden copy (plaintext patient data); the
    next backup into that folder removes it."""
    usb = tmp_path / "usb"
    usb.mkdir()
    env = {**os.environ, "BEDSIDE_DB": str(clinic)}
    seen = []
    for _ in range(20):  # catch it while the partial copy exists
        proc = subprocess.Popen([*BEDSIDE, "backup", "-o",
                                 str(usb / "copy.sqlite3")], env=command_env(env),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            seen = [p for p in usb.iterdir() if p.name.endswith(".partial")]
            if seen:
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.001)
        proc.wait(30)
        if seen and any(p.exists() for p in seen):
            break
        for p in usb.iterdir():
            p.unlink()
    left = [p for p in usb.iterdir() if p.name.endswith(".partial")]
    assert left, "the backup was never caught writing its partial copy"
    assert bedside(env, "backup", "-o", str(usb / "second.sqlite3")).returncode == 0
    assert sorted(p.name for p in usb.iterdir()) == ["second.sqlite3"]


@pytest.mark.skipif(shutil.which("unshare") is None or os.name != "posix",
                    reason="needs unshare for a read-only mount")
def test_reading_commands_work_from_a_read_only_medium(clinic, tmp_path):
    """The database on a read-only mount (as a CD or a write-protected stick): export, report,
    backup -o, check and accounts list write to a writable folder elsewhere."""
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user and mount namespaces are not available here")
    out = tmp_path / "out"
    out.mkdir()
    medium = tmp_path / "medium"
    medium.mkdir()
    before = folder_state(clinic.parent)
    commands = [
        f"export -o {out}/visits.csv", f"export --events -o {out}/events.csv",
        f"report --patient P000 -o {out}/summary.pdf", f"backup -o {out}/copy.sqlite3",
        "check", "accounts list",
    ]
    script = " && ".join([
        f"mount --bind {clinic.parent} {medium}",
        f"mount -o remount,bind,ro {medium}",
        *(f"{shlex.join(BEDSIDE)} {c}" for c in commands),
    ])
    env = command_env({**os.environ, "BEDSIDE_DB": str(medium / clinic.name)})
    run = subprocess.run(["unshare", "-rm", "sh", "-c", script], env=env, text=True,
                         capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "cannot be written here" not in run.stderr
    assert "could not be written to its audit trail" in run.stderr  # said, not hidden
    assert sorted(p.name for p in out.iterdir()) == [
        "copy.sqlite3", "events.csv", "summary.pdf", "visits.csv"]
    assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")
    assert folder_state(clinic.parent) == before
