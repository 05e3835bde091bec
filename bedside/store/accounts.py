"""Examiner accounts: argon2id password hashes, sign-in with throttling, all of it audited.

A database without accounts opens without sign-in; once it has one, every way in (the app
and every command) signs in first. On an encrypted database every account also has an entry in
the keys file (bedside.store.keyfile): adding an examiner or changing a password rewraps the
database key for them in the same step.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bedside.store import keyfile
from bedside.store.db import Store, utc_now

if TYPE_CHECKING:
    from argon2 import PasswordHasher
from bedside.store.errors import Conflict, SignInFailed, StoreError

MIN_PASSWORD_LENGTH = 8
FREE_ATTEMPTS = 3  # failures within the window before each new attempt is slowed down
FAILURE_WINDOW = timedelta(minutes=15)
MAX_DELAY_S = 30.0

_hasher: PasswordHasher | None = None  # made on first use: argon2 loads only when needed


def hasher() -> PasswordHasher:
    """argon2id with the library's current recommended parameters."""
    global _hasher
    if _hasher is None:
        from argon2 import PasswordHasher

        _hasher = PasswordHasher()
    return _hasher


def has_accounts(store: Store) -> bool:
    return store.conn.execute("SELECT 1 FROM examiners LIMIT 1").fetchone() is not None


def names(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT name FROM examiners ORDER BY name")]


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StoreError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def create(store: Store, name: str, password: str) -> None:
    """Add an examiner. The first account may be created by anyone (first-run setup); later
    ones only by a signed-in examiner (the caller signs in first)."""
    name = name.strip()
    if not name:
        raise StoreError("the examiner's name is required")
    check_new_password(password)
    with _keys_kept_in_step(store), store.transaction():
        if store.conn.execute("SELECT 1 FROM examiners WHERE name = ?", (name,)).fetchone():
            raise Conflict(f"an examiner named {name!r} already exists")
        if has_accounts(store) and store.user not in names(store):
            raise StoreError("only a signed-in examiner can add another examiner")
        store.execute("INSERT INTO examiners (name, password_hash, created_at) VALUES (?, ?, ?)",
                      (name, hasher().hash(password), utc_now()))
        store.audit("create", "examiner", name)
        _wrap_key_for(store, name, password)


def _wrap_key_for(store: Store, name: str, password: str) -> None:
    """Encrypted database: seal its key for ``name`` in the keys file (inside the caller's
    transaction, so a failure to write the keys file rolls the change back)."""
    if store.connector.key is None:
        return
    keys = keyfile.for_database(store.path)
    keys.with_entry(name, store.connector.key, password).save()


@contextmanager
def _keys_kept_in_step(store: Store) -> Iterator[None]:
    """Puts the keys file back as it was when the transaction around it fails after the keys
    file was written (the commit itself failing: a full disk, say)."""
    before = keyfile.for_database(store.path) if store.connector.key is not None else None
    try:
        yield
    except BaseException:
        if before is not None:
            before.save()
        raise


def recent_failures(store: Store, name: str) -> int:
    """Failed sign-ins of ``name`` within the window and since its last success."""
    since = (datetime.now(UTC) - FAILURE_WINDOW).isoformat(timespec="seconds")
    last_ok = store.conn.execute(
        "SELECT coalesce(max(id), 0) FROM audit_log WHERE entity = 'examiner'"
        " AND entity_key = ? AND action = 'sign-in'", (name,)).fetchone()[0]
    return int(store.conn.execute(
        "SELECT count(*) FROM audit_log WHERE entity = 'examiner' AND entity_key = ?"
        " AND action = 'sign-in failed' AND at_utc >= ? AND id > ?",
        (name, since, last_ok)).fetchone()[0])


def delay_for(failures: int) -> float:
    """Seconds to wait before checking the next attempt: 0, then 1, 2, 4 ... up to 30."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS))


def sign_in(store: Store, name: str, password: str,
            sleep: Callable[[float], None] = time.sleep, *, proven_by_key: bool = False) -> str:
    """Check the password; on success the store acts as this examiner. Audited either way.

    ``proven_by_key``: the password has just unsealed this examiner's entry of the keys file
    (encrypted database). Should the stored hash disagree (a crash between writing the keys
    file and committing a password change), the hash is brought in line, audited."""
    from argon2.exceptions import InvalidHashError, VerificationError

    name = name.strip()
    sleep(delay_for(recent_failures(store, name)))
    row = store.conn.execute(
        "SELECT password_hash FROM examiners WHERE name = ?", (name,)).fetchone()
    ok = False
    if row is not None and row[0]:
        try:
            ok = hasher().verify(row[0], password)
        except (VerificationError, InvalidHashError):
            ok = False
    else:
        hasher().hash(password)  # same work for an unknown name: timing says nothing
    repair = proven_by_key and row is not None and not ok
    ok = ok or repair
    rehash = ok and not repair and hasher().check_needs_rehash(row[0])
    with store.transaction(record_only=not (repair or rehash)):
        if repair:
            store.execute("UPDATE examiners SET password_hash = ? WHERE name = ?",
                          (hasher().hash(password), name))
            store.audit("rehash", "examiner", name,
                        reason="the password hash was brought in line with the keys file")
        if not ok:
            store.audit("sign-in failed", "examiner", name)
        else:
            store.user = name
            store.signed_in = name
            store.audit("sign-in", "examiner", name)
            if rehash:
                store.execute("UPDATE examiners SET password_hash = ? WHERE name = ?",
                              (hasher().hash(password), name))
                store.audit("rehash", "examiner", name, reason="hash parameters changed")
    if not ok:
        raise SignInFailed("sign-in failed: unknown examiner or wrong password")
    return name


def change_password(store: Store, name: str, old: str, new: str) -> None:
    sign_in(store, name, old)
    check_new_password(new)
    with _keys_kept_in_step(store), store.transaction():
        store.execute("UPDATE examiners SET password_hash = ? WHERE name = ?",
                      (hasher().hash(new), name))
        store.audit("change password", "examiner", name)
        _wrap_key_for(store, name, new)


def set_password(store: Store, name: str, new: str) -> None:
    """A signed-in examiner gives ``name`` (a colleague, or themself) a new password; on an
    encrypted database this is how a colleague gets their key entry back (after
    'bedside encrypt', or a lost entry). Audited with who did it."""
    name = name.strip()
    check_new_password(new)
    if store.signed_in is None:
        raise StoreError("only a signed-in examiner can set a password")
    with _keys_kept_in_step(store), store.transaction():
        if name not in names(store):
            raise StoreError(f"there is no examiner named {name!r}")
        store.execute("UPDATE examiners SET password_hash = ? WHERE name = ?",
                      (hasher().hash(new), name))
        store.audit("set password", "examiner", name)
        _wrap_key_for(store, name, new)


def remove(store: Store, name: str) -> None:
    """A signed-in examiner removes a colleague's account (audited); on an encrypted database
    their keys-file entry goes with it, so their password no longer unlocks the key. (A key
    unlocked before stays known to whoever kept it: the database key itself is not changed.)
    The last examiner, and the signed-in one, cannot be removed."""
    name = name.strip()
    if store.signed_in is None:
        raise StoreError("only a signed-in examiner can remove an examiner")
    if name == store.signed_in:
        raise StoreError("you cannot remove your own account; ask a colleague to")
    with _keys_kept_in_step(store), store.transaction():
        if name not in names(store):
            raise StoreError(f"there is no examiner named {name!r}")
        store.execute("DELETE FROM examiners WHERE name = ?", (name,))
        store.audit("remove", "examiner", name)
        if store.connector.key is not None:
            keyfile.for_database(store.path).without(name).save()
