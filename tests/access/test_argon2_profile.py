"""A clinic's passwords and keys file get argon2id's production profile (RFC 9106 low memory:
64 MiB, 3 passes, 4 lanes). The other tests run at argon2's cheapest (tests/cheap_argon2.py);
these keep the real one."""

from __future__ import annotations

import pytest

from bedside.store import Store, accounts, encryption, keyfile
from tests.cheap_argon2 import CHEAPEST

pytestmark = pytest.mark.production_argon2

PRODUCTION = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}


def test_an_encrypted_clinic_database_gets_the_production_profile(db_path):
    with encryption.create_encrypted(db_path, "Dr Keller", "correct horse 1") as store:
        stored = store.conn.execute("SELECT password_hash FROM examiners").fetchone()[0]
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    entry = keyfile.for_database(db_path).entries["Dr Keller"]
    assert entry["kdf"] == "argon2id"
    assert {k: entry[k] for k in PRODUCTION} == PRODUCTION
    key = encryption.unlock(db_path, "Dr Keller", "correct horse 1", sleep=lambda s: None)
    with Store.open(db_path, key=key) as store:
        assert store.conn.execute("SELECT name FROM examiners").fetchall() == [("Dr Keller",)]


def test_a_database_made_at_the_tests_cheapest_profile_opens_with_the_production_one(
        db_path, monkeypatch):
    """What the other tests make at the cheapest profile opens as a clinic's database would;
    the examiner's hash is brought up to the production profile at the next sign-in."""
    from argon2 import PasswordHasher

    with monkeypatch.context() as cheap:
        cheap.setattr(keyfile, "KDF", dict(CHEAPEST))
        cheap.setattr(accounts, "_hasher", PasswordHasher(**CHEAPEST))
        encryption.create_encrypted(db_path, "Dr Keller", "correct horse 1").close()
    assert keyfile.KDF == PRODUCTION
    key = encryption.unlock(db_path, "Dr Keller", "correct horse 1", sleep=lambda s: None)
    with Store.open(db_path, key=key) as store:
        accounts.sign_in(store, "Dr Keller", "correct horse 1", sleep=lambda s: None)
        stored = store.conn.execute("SELECT password_hash FROM examiners").fetchone()[0]
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
