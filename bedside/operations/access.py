"""Examiner accounts from the screens: who may sign in, signing in, adding an examiner,
unlocking and encrypting a database (bedside.store.accounts and .encryption)."""

from __future__ import annotations

import os
from pathlib import Path

from bedside.store import Store, accounts, encryption, keyfile, throttle
from bedside.store.encryption import Encrypted

MIN_PASSWORD_LENGTH = accounts.MIN_PASSWORD_LENGTH
IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 5


def _no_wait(seconds: float) -> None:
    """The screens hold the form for the wait themselves (wait_before): nothing sleeps."""


def is_protected(store: Store) -> bool:
    """The database has examiner accounts: sign-in first, signatures confirmed by password."""
    return accounts.has_accounts(store)


def examiner_names(store: Store) -> list[str]:
    return accounts.names(store)


def wait_before(db_path: str | os.PathLike[str], name: str) -> float:
    """Seconds this name must wait before its next sign-in attempt (failures here or in
    another window or command); 0 when it may try now."""
    return throttle.wait_before(db_path, name)


def sign_in(store: Store, name: str, password: str) -> None:
    """The store then acts as this examiner (audited); SignInFailed says it did not."""
    accounts.sign_in(store, name, password, sleep=_no_wait)


def add_examiner(store: Store, name: str, password: str) -> None:
    """A new examiner account; the first one set up signs in as the new examiner."""
    first = not accounts.has_accounts(store)
    accounts.create(store, name, password)
    if first:
        sign_in(store, name, password)


def idle_minutes(store: Store) -> float:
    """After how many idle minutes a protected database's window locks (a database setting)."""
    try:
        return max(0.1, float(store.setting(IDLE_SETTING, str(DEFAULT_IDLE_MINUTES))))
    except ValueError:
        return DEFAULT_IDLE_MINUTES


# -- encrypted databases -----------------------------------------------------------------------
def examiners_of_encrypted(path: str | os.PathLike[str]) -> list[str]:
    """Who can unlock an encrypted database (from its keys file; StoreError when damaged)."""
    return encryption.examiner_names(path)


def unlock(path: str | os.PathLike[str], name: str, password: str) -> bytes:
    """The key of the encrypted database ``path``; SignInFailed for a wrong name or password."""
    return encryption.unlock(path, name, password, sleep=_no_wait)


def sign_in_unlocked(store: Store, name: str, password: str) -> None:
    """The audited sign-in to an encrypted database just opened with the unlocked key."""
    encryption.sign_in_opened(store, name, password)


def encrypt(path: str | os.PathLike[str], name: str, password: str) -> Encrypted:
    """Convert the (closed) database into an encrypted one, keyed for this examiner."""
    return encryption.encrypt(path, name, password)


def open_signed_in(path: str | os.PathLike[str], name: str, password: str) -> Store:
    """Open a database (encrypted or not) and sign in to it as this examiner."""
    if encryption.needs_key(path):
        return encryption.open_signed_in(path, name, password, sleep=_no_wait)
    store = Store.open(path)
    try:
        sign_in(store, name, password)
    except BaseException:
        store.close()
        raise
    return store


def keys_file(path: str | os.PathLike[str]) -> Path:
    """The keys file that must stay beside an encrypted database."""
    return keyfile.keys_path(path)
