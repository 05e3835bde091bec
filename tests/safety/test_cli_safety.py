"""`bedside backup`, `bedside restore FILE`, `bedside check`: exit codes and messages."""

from __future__ import annotations

import stat

from bedside.cli import main
from bedside.store import Store, backup, patients
from tests.safety.conftest import snapshot
from tests.safety.factory import patient


def test_check_reports_a_healthy_database(filled_db, capsys):
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "OK: integrity ok" in out and "3 patients, 6 visits" in out
    assert "Newest good backup: " + str(filled_db.parent / "backups") in out


def test_check_reports_damage_and_names_the_backup_to_restore(filled_db, capsys):
    newest = backup.newest_good(filled_db)
    filled_db.write_bytes(filled_db.read_bytes()[:5000])
    before = snapshot(filled_db)
    assert main(["check"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "cut off" in err and f"bedside restore '{newest.path}'" in err
    assert snapshot(filled_db) == before
    assert main(["restore", str(newest.path)]) == 0
    assert main(["check"]) == 0


def test_check_of_a_newer_schema_says_to_use_the_newer_version(filled_db, capsys):
    import sqlite3

    c = sqlite3.connect(filled_db)
    c.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    c.commit()
    c.close()
    assert main(["check"]) == 1
    assert "open it with the newer version of Bedside" in capsys.readouterr().err


def test_check_without_a_database_is_bad_input(db_path, capsys):
    assert main(["check"]) == 2
    assert "there is no database here" in capsys.readouterr().err


def test_backup_command_writes_a_verified_private_file(filled_db, tmp_path, capsys):
    out = tmp_path / "copy.sqlite3"
    assert main(["backup", "-o", str(out)]) == 0
    assert f"verified: {out}" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with Store.open(out) as s:
        assert len(patients.all_patients(s)) == 3
    assert main(["backup", "-o", str(out)]) == 2  # never overwrites
    assert "exists already" in capsys.readouterr().err
    assert main(["backup"]) == 0
    assert "backups" in capsys.readouterr().out


def test_restore_command_checks_the_file_and_keeps_the_current_database(filled_db, tmp_path,
                                                                         capsys):
    newest = backup.newest_good(filled_db)
    with Store.open(filled_db) as s:
        patients.add(s, patient("LATE"))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 100)
    before = snapshot(filled_db)
    assert main(["restore", str(junk)]) == 2
    assert "not a Bedside database" in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "nope.sqlite3")]) == 2
    assert snapshot(filled_db)["bytes"] == before["bytes"]
    assert main(["restore", str(newest.path)]) == 0
    out = capsys.readouterr().out
    kept = out.split("kept as ")[1].strip()
    with Store.open(kept) as s:
        assert patients.get(s, "LATE") is not None
    with Store.open(filled_db) as s:
        assert patients.get(s, "LATE") is None
