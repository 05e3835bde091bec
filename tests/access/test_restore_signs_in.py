"""Issue 17, findings 2 and 3: `bedside restore` signs in to the database it replaces, the
restore is in the audit trail of the database that results, and the recovery `check` advises
for a lost keys file works when followed to the letter."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bedside.store import Store, encryption, keyfile, throttle
from tests.cheap_argon2 import BEDSIDE, command_env
from tests.safety.conftest import folder_state

PASSWORD = "correct horse battery"


def bedside(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([*BEDSIDE, *argv], env=command_env(env), text=True,
                          capture_output=True, stdin=subprocess.DEVNULL, timeout=120)


def environment(db: Path, user: str | None = None, password_file: Path | None = None
                ) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("BEDSIDE_USER", "BEDSIDE_PASSWORD_FILE")}
    env["BEDSIDE_DB"] = str(db)
    if user is not None:
        env["BEDSIDE_USER"] = user
    if password_file is not None:
        env["BEDSIDE_PASSWORD_FILE"] = str(password_file)
    return env


def secret(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def without_sign_in_record(state: dict) -> dict:
    return {k: v for k, v in state.items() if not k.endswith(throttle.RECORD_SUFFIX)}


def restore_entry(db: Path, key: bytes | None = None) -> tuple:
    store = Store.open(db, key=key)
    try:
        return store.conn.execute(
            "SELECT who, entity_key, old_value, new_value FROM audit_log"
            " WHERE action = 'restore' ORDER BY id DESC").fetchone()
    finally:
        store.close()


@pytest.fixture
def protected_clinic(tmp_path):
    """A clinic database with an examiner account and a patient, and a stranger's
    account-less database (with a patient of its own) to restore over it."""
    clinic = tmp_path / "clinic" / "bedside.sqlite3"
    clinic.parent.mkdir()
    pw = secret(tmp_path, "alice-pw", PASSWORD)
    env = environment(clinic, "alice", pw)
    assert bedside(env, "accounts", "add", "alice").returncode == 0
    assert bedside(env, "demo-data", "--patients", "2").returncode == 0
    stranger = tmp_path / "stranger" / "evil.sqlite3"
    stranger.parent.mkdir()
    assert bedside(environment(stranger), "demo-data", "--patients", "1",
                   "--seed", "9").returncode == 0
    return clinic, pw, stranger


def test_restore_without_credentials_changes_nothing(protected_clinic):
    clinic, _, stranger = protected_clinic
    before = folder_state(clinic.parent)
    run = bedside(environment(clinic), "restore", str(stranger))
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1
    assert "BEDSIDE_PASSWORD_FILE" in run.stderr
    assert folder_state(clinic.parent) == before


def test_restore_with_a_wrong_password_changes_nothing_but_the_failure_record(
        protected_clinic, tmp_path):
    clinic, _, stranger = protected_clinic
    wrong = secret(tmp_path, "wrong", "not the password")
    run = bedside(environment(clinic, "alice", wrong), "restore", str(stranger))
    assert run.returncode == 2 and "sign-in failed" in run.stderr
    assert "the database was not changed" in run.stderr
    con = sqlite3.connect(clinic)
    try:
        actions = [r[0] for r in con.execute("SELECT action FROM audit_log ORDER BY id")]
        assert actions[-1] == "sign-in failed" and "restore" not in actions
        assert con.execute("SELECT name FROM examiners").fetchall() == [("alice",)]
    finally:
        con.close()
    assert not [p for p in (clinic.parent / "backups").iterdir() if "before-restore" in p.name]


def test_a_signed_in_restore_is_recorded_in_the_restored_database(protected_clinic):
    clinic, pw, stranger = protected_clinic
    run = bedside(environment(clinic, "alice", pw), "restore", str(stranger))
    assert run.returncode == 0, run.stderr
    who, entity_key, old, new = restore_entry(clinic)
    assert who == "alice" and entity_key == clinic.name
    assert json.loads(new) == {"file": str(stranger),
                               "sha256": hashlib.sha256(stranger.read_bytes()).hexdigest()}
    kept = json.loads(old)["kept as"]
    assert "before-restore" in kept and Path(kept).is_file()
    con = sqlite3.connect(kept)  # the replaced database kept, with alice's sign-in in it
    try:
        assert con.execute("SELECT count(*) FROM audit_log WHERE action = 'sign-in'"
                           " AND who = 'alice'").fetchone()[0] >= 1
    finally:
        con.close()


@pytest.mark.slow
def test_another_persons_encrypted_backup_cannot_replace_the_clinics(tmp_path):
    """Mallory brings an encrypted database of her own, its keys file and her password: the
    clinic's encrypted database is replaced only by someone who can sign in to it."""
    clinic = tmp_path / "clinic" / "bedside.sqlite3"
    clinic.parent.mkdir()
    alice = environment(clinic, "alice", secret(tmp_path, "alice-pw", PASSWORD))
    assert bedside(alice, "accounts", "add", "alice", "--encrypt").returncode == 0
    assert bedside(alice, "demo-data", "--patients", "1").returncode == 0
    evil = tmp_path / "mallory" / "evil.sqlite3"
    evil.parent.mkdir()
    mallory_pw = secret(tmp_path, "mallory-pw", "mallory's own password")
    mallory = environment(evil, "mallory", mallory_pw)
    assert bedside(mallory, "accounts", "add", "mallory", "--encrypt").returncode == 0
    before = without_sign_in_record(folder_state(clinic.parent))
    run = bedside(environment(clinic, "mallory", mallory_pw), "restore", str(evil))
    assert run.returncode == 2 and "sign-in failed" in run.stderr, run.stderr
    assert without_sign_in_record(folder_state(clinic.parent)) == before
    assert bedside(alice, "check").returncode == 0  # still alice's, still opens


@pytest.mark.slow
def test_the_advice_check_gives_for_a_lost_keys_file_works_as_written(tmp_path):
    clinic = tmp_path / "clinic" / "bedside.sqlite3"
    clinic.parent.mkdir()
    env = environment(clinic, "alice", secret(tmp_path, "alice-pw", PASSWORD))
    assert bedside(env, "accounts", "add", "alice", "--encrypt").returncode == 0
    assert bedside(env, "demo-data", "--patients", "2").returncode == 0
    assert bedside(env, "backup").returncode == 0
    keyfile.keys_path(clinic).unlink()  # lost
    check = bedside(env, "check")
    assert check.returncode == 1
    advice = re.search(r"(bedside restore '[^']+')", check.stderr)
    assert advice, check.stderr
    venv_bin = str(Path(sys.executable).parent)  # where the installed `bedside` is
    followed = subprocess.run(["sh", "-c", advice[1]], text=True, capture_output=True,
                              env={**env, "PATH": venv_bin + os.pathsep + env["PATH"]},
                              stdin=subprocess.DEVNULL, timeout=120)
    assert followed.returncode == 0, followed.stderr
    assert keyfile.keys_path(clinic).is_file()
    again = bedside(env, "check")
    assert again.returncode == 0 and "OK: encrypted" in again.stdout, again.stderr
    key = encryption.unlock(clinic, "alice", PASSWORD)
    who, _, _, new = restore_entry(clinic, key)
    backup_file = shlex.split(advice[1])[2]
    assert who == "alice" and json.loads(new)["file"] == backup_file
