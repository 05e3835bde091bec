"""Examiner accounts from the screens: who may sign in, signing in, adding an examiner,
unlocking and encrypting a database (bedside.store.accounts and .encryption)."""

from __future__ import annotations

import os

from bedside.store import Store, accounts, encryption, keyfile
from bedside.store.accounts import MIN_PASSWORD_LENGTH as MIN_PASSWORD_LENGTH
from bedside.store.encryption import Encrypted as Encrypted
from bedside.store.encryption import encrypt as encrypt  # the closed database, keyed for one
from bedside.store.throttle import wait_before as wait_before  # seconds before the next try

is_protected = accounts.has_accounts  # sign-in first, signatures confirmed by password
examiner_names = accounts.names
examiners_of_encrypted = encryption.examiner_names  # from its keys file
sign_in_unlocked = encryption.sign_in_opened  # audited, once opened with the unlocked key
keys_file = keyfile.keys_path  # must stay beside an encrypted database

IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 5


def _no_wait(seconds: float) -> None:
    """The screens hold the form for the wait themselves (wait_before): nothing sleeps."""


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


def unlock(path: str | os.PathLike[str], name: str, password: str) -> bytes:
    """The key of the encrypted database ``path``; SignInFailed for a wrong name or password."""
    return encryption.unlock(path, name, password, sleep=_no_wait)


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
