"""Encryption at rest (SQLCipher): what is on disk, who can open it, backups, conversion."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from bedside.domain import Patient
from bedside.store import (
    DatabaseBusy,
    KeyRequired,
    KeysFileProblem,
    NotADatabase,
    SignInFailed,
    Store,
    StoreError,
    accounts,
    backup,
    encryption,
    health,
    keyfile,
    patients,
    throttle,
)

NAME = "Dr Keller"
PASSWORD = "correct horse battery"
PATIENT_NAME = "Zebrowskaja"  # a name that appears nowhere else in a database
NO_WAIT = {"sleep": lambda s: None}


def all_bytes(folder: Path) -> bytes:
    """Everything Bedside wrote: database, journal, keys file, backups."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's bytes and mtime, but the sign-in throttle's record (failures count there)."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.endswith(throttle.RECORD_SUFFIX)}


@pytest.fixture
def encrypted(db_path):
    """An encrypted database with one patient, closed."""
    store = encryption.create_encrypted(db_path, NAME, PASSWORD)
    patients.add(store, Patient("P-1", PATIENT_NAME, "Anastasia", date(1961, 4, 2)))
    store.close()
    return db_path


def test_the_files_on_disk_hold_no_patient_name(db_path):
    store = encryption.create_encrypted(db_path, NAME, PASSWORD)
    try:
        patients.add(store, Patient("P-1", PATIENT_NAME, "Anastasia", date(1961, 4, 2)))
        assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0  # journal in use
        store.backup()
        written = all_bytes(db_path.parent)
        assert PATIENT_NAME.encode() not in written and b"Anastasia" not in written
        assert not db_path.read_bytes().startswith(b"SQLite format 3")
        key = store.connector.key
    finally:
        store.close()
    assert PATIENT_NAME.encode() not in all_bytes(db_path.parent)
    keys = keyfile.keys_path(db_path)
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    text = keys.read_text(encoding="utf-8")
    assert key is not None and key.hex() not in text and PASSWORD not in text
    assert list(json.loads(text)["examiners"]) == [NAME]
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it either
        sqlite3.connect(db_path).execute("SELECT * FROM patients").fetchall()


def test_a_wrong_password_opens_nothing_and_changes_nothing(encrypted):
    before = snapshot(encrypted.parent)
    with pytest.raises(SignInFailed, match="unknown examiner or wrong password"):
        encryption.open_signed_in(encrypted, NAME, "wrong password", **NO_WAIT)
    with pytest.raises(SignInFailed) as unknown:
        encryption.open_signed_in(encrypted, "Nobody", PASSWORD, **NO_WAIT)
    assert "unknown examiner or wrong password" in str(unknown.value)
    with pytest.raises(KeyRequired, match="encrypted.*sign"):
        Store.open(encrypted)
    verdict = health.inspect(encrypted)
    assert verdict.state == "encrypted" and "damaged" not in verdict.problem
    assert snapshot(encrypted.parent) == before  # no byte, no mtime, no -wal/-shm
    assert throttle.failures(encrypted, NAME) == throttle.failures(encrypted, "Nobody") == 1


def test_the_right_password_opens_it_and_the_sign_in_is_audited(encrypted):
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        assert store.encrypted and store.signed_in == NAME
        assert [p.family_name for p in patients.all_patients(store)] == [PATIENT_NAME]
        signed = store.conn.execute("SELECT who FROM audit_log WHERE action = 'sign-in'")
        assert signed.fetchall() == [(NAME,), (NAME,)]  # at creation, and now


def test_failed_unlocks_slow_down(encrypted, clock):
    for _ in range(5):
        with pytest.raises(SignInFailed):
            encryption.unlock(encrypted, NAME, "nope nope", sleep=clock.sleep)
    assert clock.waits == [0, 0, 0, 1, 2]
    encryption.unlock(encrypted, NAME, PASSWORD, sleep=clock.sleep)
    encryption.unlock(encrypted, NAME, PASSWORD, sleep=clock.sleep)
    assert clock.waits[-2:] == [4, 0]  # the right password waits its turn, then it resets


def test_failed_unlocks_are_audited_at_the_next_sign_in(encrypted):
    for who in (NAME, "Nobody"):
        with pytest.raises(SignInFailed):
            encryption.open_signed_in(encrypted, who, "wrong password", **NO_WAIT)
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        rows = store.conn.execute(
            "SELECT action, who FROM audit_log WHERE entity = 'examiner' ORDER BY id"
        ).fetchall()
        assert rows[-3:] == [("sign-in failed", NAME), ("sign-in failed", "Nobody"),
                             ("sign-in", NAME)]
        assert throttle.failures(encrypted, NAME) == 0  # the sign-in reset the count


def test_examiners_added_and_passwords_changed_get_their_key(encrypted):
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        accounts.create(store, "Nurse Ada", "nurse password")
        accounts.change_password(store, NAME, PASSWORD, "a new password")
    assert encryption.examiner_names(encrypted) == [NAME, "Nurse Ada"]
    with pytest.raises(SignInFailed):
        encryption.unlock(encrypted, NAME, PASSWORD, **NO_WAIT)
    with encryption.open_signed_in(encrypted, NAME, "a new password") as store:
        assert store.signed_in == NAME
    with encryption.open_signed_in(encrypted, "Nurse Ada", "nurse password") as store:
        assert [p.patient_id for p in patients.all_patients(store)] == ["P-1"]


def test_a_removed_examiner_no_longer_unlocks_the_key(encrypted):
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        accounts.create(store, "Nurse Ada", "nurse password")
        with pytest.raises(StoreError, match="your own account"):
            accounts.remove(store, NAME)
        accounts.remove(store, "Nurse Ada")
        assert accounts.names(store) == [NAME]
        assert store.conn.execute("SELECT who, entity_key FROM audit_log WHERE action ="
                                  " 'remove'").fetchall() == [(NAME, "Nurse Ada")]
    assert encryption.examiner_names(encrypted) == [NAME]
    with pytest.raises(SignInFailed):
        encryption.unlock(encrypted, "Nurse Ada", "nurse password", **NO_WAIT)


def test_a_failed_account_change_leaves_the_keys_file_as_it_was(encrypted):
    keys = keyfile.keys_path(encrypted)
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        before = keys.read_bytes()
        with pytest.raises(StoreError, match="already exists"):
            accounts.create(store, NAME, "another password")
        with pytest.raises(StoreError, match="at least 8"):
            accounts.change_password(store, NAME, PASSWORD, "short")
    assert keys.read_bytes() == before


def test_a_backup_is_encrypted_and_restores_only_with_the_key(encrypted, tmp_path):
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        made = store.backup(tmp_path / "copy.sqlite3")
        patients.add(store, Patient("P-2", "Later", "Added"))
    assert keyfile.keys_path(made).is_file()
    assert PATIENT_NAME.encode() not in made.read_bytes()
    assert health.inspect(made).state == "encrypted"
    before = snapshot(encrypted.parent)
    with pytest.raises(SignInFailed):
        encryption.restore(encrypted, made, NAME, "wrong password", **NO_WAIT)
    with pytest.raises(KeyRequired):
        backup.restore(encrypted, made)  # no key at all
    assert snapshot(encrypted.parent) == before
    result = encryption.restore(encrypted, made, NAME, PASSWORD)
    assert result.kept and keyfile.keys_path(result.kept[0]).is_file()
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        assert [p.patient_id for p in patients.all_patients(store)] == ["P-1"]
    with encryption.open_signed_in(result.kept[0], NAME, PASSWORD) as kept:  # nothing lost
        assert sorted(p.patient_id for p in patients.all_patients(kept)) == ["P-1", "P-2"]


def test_a_backup_moved_without_its_keys_file(encrypted, tmp_path):
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        made = store.backup(tmp_path / "copy.sqlite3")
    keyfile.keys_path(made).unlink()
    # the database's own keys file holds the same key: the backup still restores
    encryption.restore(encrypted, made, NAME, PASSWORD)
    other = tmp_path / "other" / "db.sqlite3"
    other.parent.mkdir()
    with pytest.raises(StoreError, match=r"keys file copy\.sqlite3\.keys is missing"):
        encryption.restore(other, made, NAME, PASSWORD)
    assert not other.exists()


def test_a_backup_from_before_a_password_change_restores_with_the_new_password(encrypted,
                                                                             tmp_path):
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        made = store.backup(tmp_path / "copy.sqlite3")
        accounts.change_password(store, NAME, PASSWORD, "the new password")
    encryption.restore(encrypted, made, NAME, "the new password")
    with encryption.open_signed_in(encrypted, NAME, "the new password") as store:
        assert [p.patient_id for p in patients.all_patients(store)] == ["P-1"]
        repaired = store.conn.execute("SELECT reason FROM audit_log WHERE action = 'rehash'")
        assert "in line with the keys file" in repaired.fetchone()[0]
    with encryption.open_signed_in(encrypted, NAME, "the new password") as store:
        store.user = "somebody else"  # the idle lock's check uses the stored hash: in line now
        accounts.sign_in(store, NAME, "the new password", **NO_WAIT)


def test_a_lost_keys_file_is_explained(encrypted):
    keyfile.keys_path(encrypted).rename(encrypted.with_name("elsewhere"))
    with pytest.raises(NotADatabase) as e:
        Store.open(encrypted)
    assert "bedside.sqlite3.keys is missing" in str(e.value)
    assert "restore a backup together with its keys file" in str(e.value)


def test_a_damaged_keys_file_is_explained(encrypted):
    keyfile.keys_path(encrypted).write_text("{not json", encoding="utf-8")
    with pytest.raises(KeysFileProblem, match="keys file is damaged"):
        encryption.unlock(encrypted, NAME, PASSWORD, **NO_WAIT)


def test_a_keys_file_of_another_database_opens_nothing(encrypted, tmp_path):
    other = tmp_path / "other.sqlite3"
    encryption.create_encrypted(other, NAME, PASSWORD).close()
    keyfile.keys_path(other).replace(keyfile.keys_path(encrypted))
    before = encrypted.read_bytes()
    with pytest.raises(NotADatabase, match="does not open this encrypted file"):
        encryption.open_signed_in(encrypted, NAME, PASSWORD)
    assert encrypted.read_bytes() == before


def test_a_cut_off_encrypted_file_is_called_damaged(encrypted):
    key = encryption.unlock(encrypted, NAME, PASSWORD, **NO_WAIT)
    with open(encrypted, "r+b") as fh:
        fh.truncate(encrypted.stat().st_size - 100)
    with pytest.raises(NotADatabase, match="cut off"):
        Store.open(encrypted, key=key)


def test_a_key_for_a_plain_database_is_refused(store, db_path):
    store.close()
    with pytest.raises(StoreError, match="not encrypted.*bedside encrypt"):
        Store.open(db_path, key=os.urandom(32))


def plain_protected(db_path: Path) -> None:
    with Store.open(db_path) as s:
        patients.add(s, Patient("P-1", PATIENT_NAME, "Anastasia"))
        accounts.create(s, NAME, PASSWORD)
        accounts.sign_in(s, NAME, PASSWORD, **NO_WAIT)
        accounts.create(s, "Nurse Ada", "nurse password")


def test_converting_keeps_a_verified_plain_backup_and_the_same_records(db_path):
    plain_protected(db_path)
    result = encryption.encrypt(db_path, NAME, PASSWORD)
    assert PATIENT_NAME.encode() not in db_path.read_bytes()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert result.without_key == ("Nurse Ada",)
    kept = sqlite3.connect(result.plain_backup)  # the unencrypted original, whole
    assert kept.execute("SELECT family_name FROM patients").fetchall() == [(PATIENT_NAME,)]
    kept.close()
    assert result.plain_backup.name.endswith("-before-encrypt.sqlite3")
    assert result.plain_backup in [b.path for b in backup.list_backups(db_path)]
    with encryption.open_signed_in(db_path, NAME, PASSWORD) as store:
        assert [p.family_name for p in patients.all_patients(store)] == [PATIENT_NAME]
        assert store.conn.execute("SELECT who FROM audit_log WHERE action = 'encrypt'"
                                  ).fetchall() == [(NAME,)]
        accounts.set_password(store, "Nurse Ada", "a new nurse password")
    with encryption.open_signed_in(db_path, "Nurse Ada", "a new nurse password") as store:
        assert store.signed_in == "Nurse Ada"
    backup.rotate(db_path)  # rotation never removes the kept original
    assert result.plain_backup.exists()


def test_converting_needs_the_right_password_and_nobody_else_writing(db_path):
    plain_protected(db_path)
    with pytest.raises(SignInFailed):
        encryption.encrypt(db_path, NAME, "wrong password")
    assert db_path.read_bytes().startswith(b"SQLite format 3")
    other = sqlite3.connect(db_path, isolation_level=None)  # another program reading it
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM patients").fetchall()
    try:
        with pytest.raises(DatabaseBusy, match="has this database open"):
            encryption.encrypt(db_path, NAME, PASSWORD)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert db_path.read_bytes().startswith(b"SQLite format 3")
    assert not keyfile.keys_path(db_path).exists()
    with Store.open(db_path) as s:
        assert [p.family_name for p in patients.all_patients(s)] == [PATIENT_NAME]


def test_converting_needs_an_account_first(store, db_path):
    store.close()
    with pytest.raises(StoreError, match="set up an examiner account first"):
        encryption.encrypt(db_path, NAME, PASSWORD)


def test_a_conversion_that_fails_at_the_last_step_leaves_the_plain_database(db_path,
                                                                           monkeypatch):
    plain_protected(db_path)
    real_replace = os.replace

    def refuse_the_database(src, dst):
        if Path(dst) == db_path:
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_the_database)
    with pytest.raises(StoreError, match="the database was not replaced"):
        encryption.encrypt(db_path, NAME, PASSWORD)
    monkeypatch.undo()
    assert db_path.read_bytes().startswith(b"SQLite format 3")
    assert not keyfile.keys_path(db_path).exists()
    assert not list(db_path.parent.glob(".*partial"))
    with Store.open(db_path) as s:
        assert [p.family_name for p in patients.all_patients(s)] == [PATIENT_NAME]
    kept = [b for b in backup.list_backups(db_path) if b.reason == "before-encrypt"]
    assert len(kept) == 1 and health.inspect(kept[0].path).state == "ok"


def test_automatic_backups_rotate_with_their_keys_files(encrypted, monkeypatch):
    monkeypatch.setattr(backup, "KEEP_RECENT", 2)
    monkeypatch.setattr(backup, "KEEP_DAILY_DAYS", 0)
    with encryption.open_signed_in(encrypted, NAME, PASSWORD) as store:
        for _ in range(4):
            store.backup()
    folder = backup.backup_dir(encrypted)
    made = sorted(p.name for p in folder.glob("*.sqlite3"))
    keys = sorted(p.name[: -len(keyfile.SUFFIX)] for p in folder.glob("*.keys"))
    assert made == keys and len(made) == 2
