"""Encrypted databases: signing in before opening, creating one encrypted, converting one.

An encrypted database cannot be read before sign-in, so the examiner is checked against the
keys file first (``unlock``: the password unseals the database key, or it is the wrong name or
password), then the database is opened with the key and the sign-in is audited inside it
(``open_signed_in``). Every unlock waits its turn in the sign-in throttle shared by all
processes (bedside.store.throttle); failures before the database is open cannot be written to
its audit log then, so the throttle's record keeps them for the next sign-in (with their
times).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bedside.domain.text import matching_account
from bedside.store import accounts, backup, health, keyfile, throttle
from bedside.store import connector as sql
from bedside.store.connector import Connector, is_plain_file
from bedside.store.db import Store, utc_now
from bedside.store.errors import DatabaseBusy, SignInFailed, StoreError
from bedside.store.files import (
    create_private_file,
    fsync_dir,
    fsync_file,
    partial_path,
    remove_stale_partials,
    sidecars,
)


def needs_key(path: str | os.PathLike[str]) -> bool:
    """An encrypted database (not plain SQLite, with its keys file beside it)."""
    path = Path(path)
    try:
        has_bytes = path.stat().st_size > 0
    except OSError:
        return False
    return has_bytes and keyfile.exists_for(path) and not is_plain_file(path)


def examiner_names(path: str | os.PathLike[str]) -> list[str]:
    """Who can sign in to an encrypted database (from its keys file)."""
    return keyfile.for_database(path).names


def unlock(path: str | os.PathLike[str], name: str, password: str,
           sleep: Callable[[float], None] = time.sleep, *,
           database: str | os.PathLike[str] | None = None) -> bytes:
    """The key of the encrypted database ``path`` for this examiner and password.
    SignInFailed for a wrong name or password (the same message either way). The attempt
    takes its turn in the sign-in throttle of ``database`` (default: ``path``; a restore
    unlocking a backup counts against the database it would replace)."""
    keys = keyfile.for_database(path)
    database = path if database is None else database
    turn = throttle.take_turn(database, name, sleep)
    try:
        key = keys.unseal(name.strip(), password)
    except SignInFailed:
        throttle.note_unaudited(database, name.strip())
        raise
    turn.succeeded()
    return key


def open_signed_in(path: str | os.PathLike[str], name: str, password: str,
                   sleep: Callable[[float], None] = time.sleep, *,
                   read_only: bool = False, check_contents: bool = True) -> Store:
    """Unlock, open and sign in (audited) to an encrypted database; ``read_only`` opens it
    for reading only (a read-only medium: the sign-in is then not recorded). Without
    ``check_contents``, as Store.open: the caller checks every page soon after."""
    key = unlock(path, name, password, sleep)
    store = (Store.open_read_only(path, key=key) if read_only
             else Store.open(path, key=key, check_contents=check_contents))
    try:
        sign_in_opened(store, name, password)
    except BaseException:
        store.close()
        raise
    return store


def sign_in_opened(store: Store, name: str, password: str) -> None:
    """The audited sign-in to an encrypted database just opened with the key this password
    unlocked (the failed unlocks before it are written to the audit log with it)."""
    accounts.sign_in(store, name, password, sleep=lambda s: None, proven_by_key=True)


def create_encrypted(path: str | os.PathLike[str], name: str, password: str) -> Store:
    """A new encrypted database whose first examiner is ``name`` (signed in). The database is
    never on disk unencrypted. Nothing is left behind when it fails."""
    path = Path(path)
    name = name.strip()
    if not name:
        raise StoreError("the examiner's name is required")
    accounts.check_new_password(password)
    if path.exists() and path.stat().st_size > 0 or any(s.exists() for s in sidecars(path)):
        raise StoreError(f"{path}: a database exists here already; 'bedside encrypt' converts "
                         f"an existing database. Nothing was changed.")
    keys = keyfile.keys_path(path)
    if keys.exists():
        raise StoreError(f"{keys}: a keys file lies here without its database (it may be the "
                         f"only way into a moved database); move it away first. Nothing was "
                         f"changed.")
    existed = path.exists()
    key = keyfile.create(path, name, password)
    try:
        store = Store.open(path, key=key)
    except BaseException:
        keys.unlink(missing_ok=True)
        raise
    try:
        accounts.create(store, name, password)
        accounts.sign_in(store, name, password, sleep=lambda s: None, proven_by_key=True)
    except BaseException:
        store.close()
        for leftover in (keys, *sidecars(path), *(() if existed else (path,))):
            leftover.unlink(missing_ok=True)
        if existed:
            path.write_bytes(b"")
        raise
    return store


@dataclass(frozen=True)
class Encrypted:
    database: Path
    plain_backup: Path  # the verified unencrypted copy kept (never rotated away)
    without_key: tuple[str, ...]  # examiners who need a new password to sign in
    plain_backups_left: tuple[Path, ...]  # older unencrypted backups still in backups/


def encrypt(path: str | os.PathLike[str], name: str, password: str) -> Encrypted:
    """Convert a plain database into an encrypted one, keyed for examiner ``name``.

    The examiner signs in first (audited). Then, holding the database exclusively: a verified
    plain backup is kept (reason before-encrypt), a private copy of it is exported by SQLCipher
    into an encrypted file, which is checked fully and must hold the same records; the keys
    file is written, and the encrypted file is renamed over the database in one step. Other
    examiners get a key entry when a signed-in examiner gives them a new password."""
    path = Path(path)
    if health.open_here(path):
        raise DatabaseBusy(f"{path}: this window has the database open; close it first, then "
                           f"encrypt. Nothing was changed.")
    verdict = health.inspect(path)
    if verdict.encrypted or verdict.state == "encrypted":
        raise StoreError(f"{path}: this database is encrypted already. Nothing was changed.")
    if verdict.state != "ok":
        raise verdict.error() if not verdict.ok else StoreError(
            f"{path}: there is no Bedside database here to encrypt. Nothing was changed.")
    with Store.open(path) as store:
        if not accounts.has_accounts(store):
            raise StoreError(f"{path}: set up an examiner account first ('bedside accounts add "
                             f"NAME'): the key is kept for examiners. Nothing was changed.")
        accounts.sign_in(store, name, password)
        others = tuple(n for n in accounts.names(store) if n != name.strip())
    return _convert(path, name.strip(), password, others)


def _lock_exclusively(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=0.5, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError:
        conn.close()
        raise DatabaseBusy(f"{path}: another Bedside window or command has this database open; "
                           f"close it, then encrypt again. Nothing was changed.") from None
    return conn


def _convert(path: Path, name: str, password: str, others: tuple[str, ...]) -> Encrypted:
    remove_stale_partials(path.parent)
    partial = partial_path(path, "encrypt")
    keys = keyfile.keys_path(path)
    replaced = False
    conn = _lock_exclusively(path)
    try:
        kept = backup.backup_to(conn, backup.new_name(path, "before-encrypt"))
        expected = backup.verify(kept)
        key = keyfile.new_database_key()
        _export_encrypted(kept, partial, key, name)
        result = health.inspect(partial, thorough=True, connector=Connector(key))
        _check_same_records(path, expected, result)
        fsync_file(partial)
        keyfile.write_entries(keys, {name: keyfile.seal(key, name, password)})
        if os.name == "nt":  # Windows renames over no open file: let go of it just before
            conn.close()
        os.replace(partial, path)
        replaced = True
        fsync_dir(path.parent)
    except sql.Error as e:
        raise StoreError(f"{path}: the encryption failed ({e}); the database was not "
                         f"replaced.") from None
    except OSError as e:
        raise StoreError(f"{path}: the encryption failed ({e.strerror or e}); the database was "
                         f"not replaced.") from None
    finally:
        conn.close()
        if partial.exists():
            partial.unlink()
        if not replaced:  # the plain database stays: no keys file beside it
            keys.unlink(missing_ok=True)
    wal, shm = sidecars(path)  # the old plain file's journal (empty: checkpointed above)
    if wal.exists() and wal.stat().st_size <= health.WAL_HEADER_BYTES:
        wal.unlink()
    shm.unlink(missing_ok=True)  # an index of that journal only, rebuilt on the next open
    plain_left = tuple(b.path for b in backup.list_backups(path)
                       if b.path != kept and is_plain_file(b.path))
    return Encrypted(path, kept, others, plain_left)


def _export_encrypted(source: Path, dest: Path, key: bytes, name: str) -> None:
    """SQLCipher's sqlcipher_export from a private copy of ``source`` (a file no other
    connection of this process has open) into the new encrypted file ``dest``."""
    with tempfile.TemporaryDirectory(prefix="bedside-encrypt-", dir=dest.parent) as tmp:
        copy = Path(tmp) / "plain.sqlite3"
        shutil.copyfile(source, copy)
        create_private_file(dest, exclusive=True)
        conn = sql.sqlcipher().connect(str(copy), isolation_level=None)
        try:
            conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(dest),))
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute(
                "INSERT INTO encrypted.audit_log (at_utc, who, action, entity, entity_key,"
                " reason) VALUES (?, ?, 'encrypt', 'database', ?, ?)",
                (utc_now(), name, dest.name.split(".encrypt-")[0].lstrip("."),
                 "encrypted at rest (SQLCipher); the unencrypted file kept as a backup"))
            conn.execute("DETACH DATABASE encrypted")
        finally:
            conn.close()


def _check_same_records(path: Path, plain: health.Health, encrypted: health.Health) -> None:
    if encrypted.state != "ok":
        raise StoreError(f"{path}: the encrypted copy did not pass its check "
                         f"({encrypted.problem}); the database was not replaced.")
    want = dict(plain.counts)
    want["audit entries"] = want.get("audit entries", 0) + 1  # the 'encrypt' entry
    if dict(encrypted.counts) != want or encrypted.schema_version != plain.schema_version:
        raise StoreError(f"{path}: the encrypted copy holds {dict(encrypted.counts)}, the "
                         f"database {want}; the database was not replaced.")


def unlocked(path: str | os.PathLike[str], name: str, password: str,
             sleep: Callable[[float], None] = time.sleep) -> Connector:
    """A connector holding the key of the encrypted database ``path`` (for inspecting it,
    e.g. 'bedside check', without opening it for writing)."""
    return Connector(unlock(path, name, password, sleep))


def backup_needs_key(source: str | os.PathLike[str],
                     db_path: str | os.PathLike[str] | None = None) -> bool:
    """A file to restore that is not plain SQLite and has a keys file to unlock it with:
    beside it, or the database's (without either, the restore's check explains the file)."""
    source = Path(source)
    try:
        encrypted_looking = source.stat().st_size > 0 and not is_plain_file(source)
    except OSError:
        return False
    owners = (source,) if db_path is None else (source, Path(db_path))
    return encrypted_looking and any(keyfile.exists_for(o) for o in owners)


def restore(db_path: str | os.PathLike[str], source: str | os.PathLike[str], name: str,
            password: str, sleep: Callable[[float], None] = time.sleep) -> backup.RestoreResult:
    """Restore an encrypted backup, or any backup over an encrypted database: the examiner's
    password unseals the key from the backup's keys file, else from the database's own (which
    holds the same key when the backup is of this database). The examiner whose password
    unsealed it is who the restore's audit entry names."""
    db_path, source = Path(db_path), Path(source)
    encrypted_source = backup_needs_key(source, db_path)
    owners = [o for o in ((source, db_path) if encrypted_source else (db_path,))
              if keyfile.exists_for(o)]
    failure: SignInFailed | None = None
    unlocked_key: bytes | None = None
    keys_from: Path | None = None
    for owner in owners:
        try:
            unlocked_key = unlock(owner, name, password, sleep, database=db_path)
        except SignInFailed as e:
            failure = e
            continue
        keys_from = keyfile.keys_path(owner)
        if not encrypted_source or health.inspect(source,
                                                  connector=Connector(unlocked_key)).ok:
            break
    if unlocked_key is None:
        if failure is not None:
            raise failure
        return backup.restore(db_path, source)
    assert keys_from is not None
    who = matching_account(keyfile.load(keys_from).names, name) or name.strip()
    # The keys file that took this password stays in use, so the examiner signs in with it
    # afterwards (a password hash restored from before a change is brought in line then).
    # A key that unlocked but does not open the backup: the restore's check explains it.
    return backup.restore(db_path, source, Connector(unlocked_key),
                          keys_from=keys_from if encrypted_source else None, who=who)
