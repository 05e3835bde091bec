"""Examiner accounts and sign-in for commands: protection is a property of the database."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bedside.cli import main
from bedside.store import Store, StoreError, accounts


@pytest.fixture
def password_file(tmp_path, monkeypatch):
    path = tmp_path / "pw"
    path.write_text("correct horse battery\n", encoding="utf-8")
    monkeypatch.setenv("BEDSIDE_PASSWORD_FILE", str(path))
    return path


def audit(db_path, action):
    with Store.open(db_path) as s:
        return s.conn.execute("SELECT who, entity_key FROM audit_log WHERE action = ?",
                              (action,)).fetchall()


def test_new_database_needs_no_sign_in(db_path, monkeypatch, capsys):
    monkeypatch.delenv("BEDSIDE_PASSWORD_FILE", raising=False)
    assert main(["demo-data", "--patients", "1"]) == 0


def test_first_account_protects_every_command(db_path, password_file, monkeypatch, capsys):
    monkeypatch.setenv("BEDSIDE_USER", "Dr Keller")
    assert main(["accounts", "add", "Dr Keller"]) == 0
    assert "now asks for sign-in" in capsys.readouterr().out
    # right password: the command runs as that examiner and the sign-in is audited
    assert main(["demo-data", "--patients", "1"]) == 0
    assert ("Dr Keller", "Dr Keller") in audit(db_path, "sign-in")
    with Store.open(db_path) as s:
        who = s.conn.execute("SELECT DISTINCT who FROM audit_log WHERE action = 'import'")
        assert [r[0] for r in who] == ["Dr Keller"]
    # wrong password: nothing is done, the failure is audited
    password_file.write_text("wrong password\n", encoding="utf-8")
    before = audit(db_path, "import")
    assert main(["demo-data", "--patients", "1"]) == 2
    assert "sign-in failed" in capsys.readouterr().err
    assert audit(db_path, "import") == before
    assert ("Dr Keller", "Dr Keller") in audit(db_path, "sign-in failed")


def test_without_terminal_or_variables_a_protected_command_exits_2(db_path, password_file,
                                                                  monkeypatch):
    monkeypatch.setenv("BEDSIDE_USER", "nurse")
    assert main(["accounts", "add", "nurse"]) == 0
    env = {k: v for k, v in __import__("os").environ.items()
           if k not in ("BEDSIDE_USER", "BEDSIDE_PASSWORD_FILE")}
    run = subprocess.run([sys.executable, "-m", "bedside", "export"], env=env,
                         stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "BEDSIDE_PASSWORD_FILE" in run.stderr


def test_only_a_signed_in_examiner_adds_another(store):
    accounts.create(store, "first", "password-one")
    store.user = "intruder"
    with pytest.raises(StoreError, match="signed-in examiner"):
        accounts.create(store, "second", "password-two")
    accounts.sign_in(store, "first", "password-one", sleep=lambda s: None)
    accounts.create(store, "second", "password-two")
    assert accounts.names(store) == ["first", "second"]


def test_short_password_is_refused(store):
    with pytest.raises(StoreError, match="at least 8"):
        accounts.create(store, "a", "short")
    assert not accounts.has_accounts(store)


def test_repeated_failures_slow_down(store, clock):
    accounts.create(store, "dr", "password-one")
    for _ in range(6):
        with pytest.raises(accounts.SignInFailed):
            accounts.sign_in(store, "dr", "nope", sleep=clock.sleep)
    assert clock.waits == [0, 0, 0, 1, 2, 4]
    accounts.sign_in(store, "dr", "password-one", sleep=clock.sleep)
    assert clock.waits[-1] == 8  # the right password still waits its turn
    accounts.sign_in(store, "dr", "password-one", sleep=clock.sleep)
    assert clock.waits[-1] == 0  # a success resets the count


def test_unknown_name_and_wrong_password_say_the_same(store):
    accounts.create(store, "dr", "password-one")
    with pytest.raises(accounts.SignInFailed) as a:
        accounts.sign_in(store, "nobody", "password-one", sleep=lambda s: None)
    with pytest.raises(accounts.SignInFailed) as b:
        accounts.sign_in(store, "dr", "password-two", sleep=lambda s: None)
    assert str(a.value) == str(b.value)


@pytest.mark.production_argon2
def test_hash_is_argon2id_and_rehashed_when_parameters_change(store):
    from argon2 import PasswordHasher

    accounts.create(store, "dr", "password-one")
    assert store.conn.execute("SELECT password_hash FROM examiners").fetchone()[0].startswith(
        "$argon2id$")
    weak = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)  # an older Bedside's
    old = weak.hash("password-one")
    with store.transaction():
        store.execute("UPDATE examiners SET password_hash = ?", (old,))
    assert old.startswith("$argon2id$")
    accounts.sign_in(store, "dr", "password-one", sleep=lambda s: None)
    new = store.conn.execute("SELECT password_hash FROM examiners").fetchone()[0]
    assert new != old and new.startswith("$argon2id$")
    assert store.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'rehash'").fetchone()[0] == 1


def test_export_and_printed_summaries_are_audited(db_path, tmp_path, capsys):
    assert main(["demo-data", "--patients", "2"]) == 0
    out = tmp_path / "all.csv"
    assert main(["export", "--format", "fhir", "--deidentify", "-o", str(out)]) == 0
    assert ("tester", str(out)) in audit(db_path, "export")
    with Store.open(db_path) as s:
        new = s.conn.execute("SELECT new_value FROM audit_log WHERE action = 'export'").fetchone()
        assert new[0] == "visits as fhir, de-identified; patients: all"
        pid = s.conn.execute("SELECT patient_id FROM patients ORDER BY id").fetchone()[0]
    assert main(["report", "--patient", pid, "-o", str(tmp_path / "s.pdf")]) == 0
    assert ("tester", pid) in audit(db_path, "save summary pdf")
