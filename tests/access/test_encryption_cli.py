"""Encrypted databases from the command line: every command signs in first, or says why not."""

from __future__ import annotations

import os
import subprocess

import pytest

from bedside.cli import main
from bedside.store import Store, encryption, keyfile, patients
from tests.cheap_argon2 import BEDSIDE, command_env

PASSWORD = "correct horse battery"
SCORES = ("Q1_Speech,Q2_Salivation,Q3_Swallowing,Q4_Handwriting,"
          "Q5a_Cutting_without_Gastrostomy,Q6_Dressing_and_Hygiene,Q7_Turning_in_Bed,"
          "Q8_Walking,Q9_Climbing_Stairs,R_1_Dyspnea,R_2_Orthopnea,"
          "R_3_Respiratory_Insufficiency")


@pytest.fixture
def signed_in(tmp_path, monkeypatch):
    path = tmp_path / "pw"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    monkeypatch.setenv("BEDSIDE_USER", "Dr Keller")
    monkeypatch.setenv("BEDSIDE_PASSWORD_FILE", str(path))
    return path


@pytest.fixture
def encrypted_db(db_path, signed_in):
    assert main(["accounts", "add", "Dr Keller", "--encrypt"]) == 0
    assert keyfile.keys_path(db_path).is_file()
    visits = db_path.parent / "visits.csv"
    visits.write_text(f"patient_id,family_name,given_name,visit_date,{SCORES}\n"
                      f"P-1,Zebrowskaja,Anastasia,2024-03-01,{','.join(['4'] * 12)}\n",
                      encoding="utf-8")
    assert main(["import", str(visits)]) == 0
    return db_path


def without_credentials(monkeypatch):
    monkeypatch.delenv("BEDSIDE_USER", raising=False)
    monkeypatch.delenv("BEDSIDE_PASSWORD_FILE", raising=False)


def test_every_command_works_signed_in(encrypted_db, tmp_path, capsys):
    assert b"Zebrowskaja" not in encrypted_db.read_bytes()
    out = tmp_path / "visits-out.csv"
    assert main(["export", "-o", str(out)]) == 0
    assert "Zebrowskaja" in out.read_text(encoding="utf-8")
    assert main(["report", "--patient", "P-1", "-o", str(tmp_path / "s.pdf")]) == 0
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert main(["check"]) == 0
    assert "OK: encrypted, integrity ok" in capsys.readouterr().out
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "-o", str(copy)]) == 0
    assert keyfile.keys_path(copy).is_file() and b"Zebrowskaja" not in copy.read_bytes()
    assert main(["restore", str(copy)]) == 0
    assert "restored" in capsys.readouterr().out


@pytest.mark.parametrize("command", [
    ["export"], ["check"], ["backup"], ["report", "--patient", "P-1", "-o", "x.pdf"],
    ["accounts", "list"], ["demo-data", "--patients", "1"],
])
def test_without_credentials_a_command_exits_2_and_says_why(encrypted_db, monkeypatch,
                                                           capsys, command):
    without_credentials(monkeypatch)
    before = encrypted_db.read_bytes()
    assert main(command) == 2
    err = capsys.readouterr().err
    assert "BEDSIDE_PASSWORD_FILE" in err and len(err.strip().splitlines()) == 1
    assert encrypted_db.read_bytes() == before


def test_a_wrong_password_exits_2_and_reads_nothing(encrypted_db, signed_in, capfd):
    signed_in.write_text("not the password\n", encoding="utf-8")
    capfd.readouterr()
    assert main(["export"]) == 2
    captured = capfd.readouterr()  # (file descriptors: SQLCipher's C library would log there)
    assert captured.out == ""
    assert "sign-in failed: unknown examiner or wrong password" in captured.err
    assert len(captured.err.strip().splitlines()) == 1  # SQLCipher's own log stays quiet


def test_check_without_the_keys_file_says_to_restore_a_backup_with_its_keys(
        encrypted_db, monkeypatch, capsys):
    assert main(["backup"]) == 0
    keyfile.keys_path(encrypted_db).unlink()
    capsys.readouterr()
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "bedside.sqlite3.keys is missing" in err
    assert "restore the newest encrypted backup together with its keys file" in err
    assert "backups/bedside-" in err


def test_a_backup_restores_only_with_the_right_password(encrypted_db, signed_in, tmp_path,
                                                        monkeypatch, capsys):
    copy = tmp_path / "copy.sqlite3"
    assert main(["backup", "-o", str(copy)]) == 0
    signed_in.write_text("not the password\n", encoding="utf-8")
    before = encrypted_db.read_bytes()
    assert main(["restore", str(copy)]) == 2
    assert "wrong password" in capsys.readouterr().err
    without_credentials(monkeypatch)
    assert main(["restore", str(copy)]) == 2
    assert encrypted_db.read_bytes() == before


def test_accounts_add_encrypt_says_where_the_keys_file_is(db_path, signed_in, capsys):
    assert main(["accounts", "add", "Dr Keller", "--encrypt"]) == 0
    out = capsys.readouterr().out
    assert "created the encrypted database" in out and "bedside.sqlite3.keys" in out
    assert main(["accounts", "add", "Nurse Ada", "--encrypt"]) == 2
    assert "encrypted already" in capsys.readouterr().err


@pytest.mark.slow
def test_encrypt_converts_a_plain_database(db_path, signed_in, capsys):
    assert main(["accounts", "add", "Dr Keller"]) == 0
    nurse_pw = db_path.parent / "nurse-first-pw"
    nurse_pw.write_text("nurse's first password\n", encoding="utf-8")
    assert main(["accounts", "add", "Nurse Ada", "--new-password-file", str(nurse_pw)]) == 0
    assert main(["demo-data", "--patients", "2"]) == 0
    capsys.readouterr()
    assert main(["encrypt"]) == 0
    out = capsys.readouterr().out
    assert "the unencrypted original is kept as" in out and "before-encrypt" in out
    assert "Nurse Ada cannot sign in until given a new password" in out
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    with encryption.open_signed_in(db_path, "Dr Keller", PASSWORD) as store:
        assert len(patients.all_patients(store)) == 2
    assert main(["encrypt"]) == 2
    assert "encrypted already" in capsys.readouterr().err
    new_pw = db_path.parent / "nurse-pw"
    new_pw.write_text("nurse's new password\n", encoding="utf-8")
    assert main(["accounts", "password", "Nurse Ada", "--new-password-file", str(new_pw)]) == 0
    with encryption.open_signed_in(db_path, "Nurse Ada", "nurse's new password") as store:
        assert store.signed_in == "Nurse Ada"
    assert main(["accounts", "remove", "Nurse Ada"]) == 0
    assert encryption.examiner_names(db_path) == ["Dr Keller"]
    assert main(["accounts", "remove", "Dr Keller"]) == 2
    assert "your own account" in capsys.readouterr().err


def test_encrypt_on_a_database_without_accounts_says_what_to_do(store, db_path, signed_in,
                                                                capsys):
    store.close()
    assert main(["encrypt"]) == 1
    assert "set up an examiner account first" in capsys.readouterr().err
    assert db_path.read_bytes().startswith(b"SQLite format 3")


def test_first_account_with_encrypt_converts_an_existing_database(db_path, signed_in, capsys):
    assert main(["demo-data", "--patients", "1"]) == 0
    assert main(["accounts", "add", "Dr Keller", "--encrypt"]) == 0
    assert "encrypted" in capsys.readouterr().out
    with pytest.raises(Exception, match="encrypted"):
        Store.open(db_path)


def run_app(env_changes, db_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("BEDSIDE_USER", "BEDSIDE_PASSWORD_FILE")}
    env.update(env_changes, QT_QPA_PLATFORM="offscreen", BEDSIDE_DB=str(db_path),
               XDG_CONFIG_HOME=str(db_path.parent / "config"))
    return subprocess.run([*BEDSIDE, "--quit-after-start"], env=command_env(env),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)


def test_quit_after_start_on_an_encrypted_database(encrypted_db, signed_in):
    run = run_app({}, encrypted_db)
    assert run.returncode == 1
    assert "encrypted" in run.stderr and "BEDSIDE_PASSWORD_FILE" in run.stderr
    ok = run_app({"BEDSIDE_USER": "Dr Keller", "BEDSIDE_PASSWORD_FILE": str(signed_in)},
                 encrypted_db)
    assert ok.returncode == 0, ok.stderr
    assert "startup_ms=" in ok.stdout
