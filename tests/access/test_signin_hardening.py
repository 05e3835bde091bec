"""Issue 17, findings 9, 12, 13 and 15: examiner names that cannot be told apart, a new
account's password, the sign-in throttle across processes, and what `check` and `demo-data`
do on a clinic's database."""

from __future__ import annotations

import sqlite3
import subprocess
import time

import pytest

from tests.access.test_restore_signs_in import PASSWORD, bedside, environment, secret
from tests.cheap_argon2 import BEDSIDE, command_env
from tests.safety.conftest import folder_state


@pytest.fixture
def clinic(tmp_path):
    db = tmp_path / "clinic" / "bedside.sqlite3"
    db.parent.mkdir()
    env = environment(db, "alice", secret(tmp_path, "alice-pw", PASSWORD))
    assert bedside(env, "accounts", "add", "alice").returncode == 0
    return db, env


def test_names_that_look_alike_are_one_examiner(clinic):
    db, env = clinic
    for name, why in (("Alice", "already exists"), ("ALICE", "already exists"),
                      ("ali\u200bce", "invisible or control character"),
                      ("bob\nadmin", "invisible or control character"),
                      ("x\x1b[2J", "invisible or control character"),
                      ("n" * 65, "at most 64 characters")):
        run = bedside(env, "accounts", "add", name, "--new-password-file",
                      str(secret(db.parent.parent, "new-pw", "a new password")))
        assert run.returncode == 2 and why in run.stderr, (name, run.stderr)
        assert len(run.stderr.strip().splitlines()) == 1 and "\x1b" not in run.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT name FROM examiners").fetchall() == [("alice",)]
        assert con.execute("SELECT count(*) FROM audit_log WHERE action = 'create'"
                           " AND entity = 'examiner'").fetchone() == (1,)
    finally:
        con.close()
    listed = bedside(env, "accounts", "list")
    assert listed.stdout.splitlines() == ["alice"]
    as_typed = bedside({**env, "BEDSIDE_USER": "ALICE"}, "accounts", "list")
    assert as_typed.returncode == 0 and as_typed.stdout.splitlines() == ["alice"]


def test_a_new_account_never_gets_the_signed_in_examiners_password(clinic, tmp_path):
    db, env = clinic
    run = bedside(env, "accounts", "add", "bob")  # BEDSIDE_PASSWORD_FILE is alice's
    assert run.returncode == 2 and "--new-password-file" in run.stderr
    assert bedside(env, "accounts", "list").stdout.splitlines() == ["alice"]
    bobs = secret(tmp_path, "bob-pw", "bob's own password")
    assert bedside(env, "accounts", "add", "bob", "--new-password-file",
                   str(bobs)).returncode == 0
    assert bedside(environment(db, "bob", bobs), "accounts", "list").returncode == 0
    alices = environment(db, "bob", tmp_path / "alice-pw")
    assert bedside(alices, "accounts", "list").returncode == 2  # alice's password is not bob's


@pytest.mark.slow
@pytest.mark.parametrize("setup", ["accounts", "encrypted"])
def test_parallel_processes_cannot_bypass_the_throttle(tmp_path, setup):
    """Three free failures, then guesses made at once by parallel processes: each waits its
    turn (1, 2, then 4 s after the one before), so the last is checked at least 7 s after the
    third failure, where sleeping in each process let them all through in about one."""
    db = tmp_path / "bedside.sqlite3"
    env = environment(db, "alice", secret(tmp_path, "alice-pw", PASSWORD))
    add = ["accounts", "add", "alice"] + (["--encrypt"] if setup == "encrypted" else [])
    assert bedside(env, *add).returncode == 0
    guess = environment(db, "alice", secret(tmp_path, "guess", "a wrong guess"))
    link = tmp_path / "another-name.sqlite3"  # (another spelling shares the same turns)
    link.symlink_to(db)
    keys = db.with_name(db.name + ".keys")
    if keys.exists():
        link.with_name(link.name + ".keys").symlink_to(keys)
    for n in range(3):
        if n == 2:  # the next turns count from this third failure's turn: not before here
            start = time.monotonic()
        assert bedside(guess, "accounts", "list").returncode == 2
    guesses = [subprocess.Popen([*BEDSIDE, "accounts", "list"],
                                env=command_env({**guess, "BEDSIDE_DB": str(path)}),
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for path in (db, link, db)]
    for p in guesses:
        p.communicate(timeout=120)
    elapsed = time.monotonic() - start
    assert [p.returncode for p in guesses] == [2, 2, 2]
    assert elapsed >= 7.0, f"the third failure and three parallel guesses took {elapsed:.1f} s"
    assert bedside(env, "accounts", "list").returncode == 0  # waits its turn (8 s more) too
    assert time.monotonic() - start >= 15.0


def test_check_of_a_protected_database_shows_nothing_before_sign_in(clinic, tmp_path):
    db, env = clinic
    assert bedside(env, "demo-data", "--patients", "2").returncode == 0
    nobody = bedside(environment(db), "check")
    assert nobody.returncode == 2 and nobody.stdout == ""
    assert "patients" not in nobody.stderr and "BEDSIDE_PASSWORD_FILE" in nobody.stderr
    wrong = bedside(environment(db, "alice", secret(tmp_path, "w", "wrong guess")), "check")
    assert wrong.returncode == 2 and wrong.stdout == "" and "sign-in failed" in wrong.stderr
    right = bedside(env, "check")
    assert right.returncode == 0 and "2 patients" in right.stdout
    con = sqlite3.connect(db)  # the failed check is audited at the next sign-in
    try:
        assert bedside(env, "accounts", "list").returncode == 0
        failed = con.execute("SELECT who FROM audit_log WHERE action = 'sign-in failed'")
        assert failed.fetchall()
    finally:
        con.close()


def test_demo_data_never_goes_into_a_clinics_database(tmp_path):
    clinic = tmp_path / "clinic.sqlite3"
    visits = tmp_path / "visits.csv"
    visits.write_text("patient_id,family_name,visit_date,Q1_Speech\n"
                      "MRN-1,Real,2024-03-01,4\n", encoding="utf-8")
    env = environment(clinic)
    assert bedside(env, "import", str(visits)).returncode == 0
    before = folder_state(tmp_path)
    run = bedside(env, "demo-data", "--patients", "3")
    assert run.returncode == 2 and "not demo data" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert folder_state(tmp_path) == before
    demo = environment(tmp_path / "demo.sqlite3")  # an empty one, and one of demo data
    assert bedside(demo, "demo-data", "--patients", "2").returncode == 0
    assert bedside(demo, "demo-data", "--patients", "2", "--seed", "2").returncode == 0
