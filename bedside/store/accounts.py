"""Examiner accounts: argon2id password hashes, sign-in with throttling, all of it audited.

A database without accounts opens without sign-in; once it has one, every way in (the app
and every command) signs in first. On an encrypted database every account also has an entry in
the keys file (bedside.store.keyfile): adding an examiner or changing a password rewraps the
database key for them in the same step.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bedside.domain.text import (
    account_key,
    matching_account,
    normalized,
    shown,
    text_rule_broken,
)
from bedside.store import keyfile, throttle
from bedside.store.db import Store, utc_now

if TYPE_CHECKING:
    from argon2 import PasswordHasher
from bedside.store.errors import Conflict, SignInFailed, StoreError

MIN_PASSWORD_LENGTH = 8
SIGN_IN_FAILED = "sign-in failed: unknown examiner or wrong password"

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


def checked_name(name: str) -> str:
    """A new examiner's name as it is stored (composed, trimmed); StoreError when it is empty
    or breaks the text rules (too long, control or invisible characters)."""
    name = normalized(name.strip())
    if not name:
        raise StoreError("the examiner's name is required")
    broken = text_rule_broken("account", name)
    if broken:
        raise StoreError(f"examiner name '{shown(name)}': {broken}")
    return name


def find(store: Store, name: str) -> str | None:
    return matching_account(names(store), name)


def create(store: Store, name: str, password: str) -> None:
    """Add an examiner. The first account may be created by anyone (first-run setup); later
    ones only by a signed-in examiner (the caller signs in first). Names compare without case
    and invisible characters: 'alice' beside 'Alice' is refused."""
    name = checked_name(name)
    check_new_password(password)
    with _keys_kept_in_step(store), store.transaction():
        taken = [n for n in names(store) if account_key(n) == account_key(name)]
        if taken:
            raise Conflict(f"an examiner named {taken[0]!r} already exists")
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


def verify_password(password_hash: str | None, password: str) -> bool:
    """The password against a stored hash (None: an unknown name, checked against nothing
    with the same work, so the time taken says nothing about the name)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if not password_hash:
        hasher().hash(password)
        return False
    try:
        return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def sign_in(store: Store, name: str, password: str,
            sleep: Callable[[float], None] = time.sleep, *, proven_by_key: bool = False) -> str:
    """Check the password; on success the store acts as this examiner. Audited either way
    (on a read-only database, at the next sign-in that can write). Each attempt waits its
    turn first (bedside.store.throttle), across every process using the database.

    ``proven_by_key``: the password has just unsealed this examiner's entry of the keys file
    (encrypted database; that took the turn). Should the stored hash disagree (a crash between
    writing the keys file and committing a password change), the hash is brought in line,
    audited."""
    turn = None if proven_by_key else throttle.take_turn(store.path, name, sleep)
    stored = find(store, name)
    row = store.conn.execute("SELECT password_hash FROM examiners WHERE name = ?",
                             (stored,)).fetchone() if stored else None
    ok = verify_password(row[0] if row else None, password)
    repair = proven_by_key and row is not None and not ok
    ok = ok or repair
    rehash = ok and not repair and hasher().check_needs_rehash(row[0])
    if not ok:
        _record_failure(store, name.strip())
        raise SignInFailed(SIGN_IN_FAILED)
    assert stored is not None
    if turn is not None:
        turn.succeeded()
    store.user = stored
    store.signed_in = stored
    if store.read_only:  # nothing can be written here: the sign-in is not recorded
        return stored
    pending = throttle.unaudited(store.path)
    with store.transaction(record_only=not (repair or rehash)):
        if repair:
            store.execute("UPDATE examiners SET password_hash = ? WHERE name = ?",
                          (hasher().hash(password), stored))
            store.audit("rehash", "examiner", stored,
                        reason="the password hash was brought in line with the keys file")
        _audit_failures(store, pending)
        store.audit("sign-in", "examiner", stored)
        if rehash:
            store.execute("UPDATE examiners SET password_hash = ? WHERE name = ?",
                          (hasher().hash(password), stored))
            store.audit("rehash", "examiner", stored, reason="hash parameters changed")
    throttle.forget_unaudited(store.path, pending)
    return stored


def _record_failure(store: Store, name: str) -> None:
    if store.read_only:
        throttle.note_unaudited(store.path, name)
        return
    try:
        with store.transaction(record_only=True):
            store.audit("sign-in failed", "examiner", name)
    except StoreError:  # (busy, full): kept for the next sign-in that can write
        throttle.note_unaudited(store.path, name)


def _audit_failures(store: Store, pending: list[tuple[str, str]]) -> None:
    """Failures that could not be written when they happened (an encrypted database not yet
    open, a read-only one, a check), with their own times."""
    store.executemany(
        "INSERT INTO audit_log (at_utc, who, action, entity, entity_key, reason)"
        " VALUES (?, ?, 'sign-in failed', 'examiner', ?, ?)",
        [(at, who, who, "recorded at the next sign-in") for at, who in pending])


def protected_file(path: str | os.PathLike[str]) -> bool:
    """Whether the plain database ``path`` has examiner accounts, read without writing (False
    when it cannot be read: a damaged file shows no patient data to protect)."""
    from bedside.store import connector as sql
    from bedside.store import health

    try:
        with health.readable_view(Path(path)) as conn:
            return conn.execute("SELECT 1 FROM examiners LIMIT 1").fetchone() is not None
    except (*sql.Error, OSError):
        return False


def check_password_in_file(path: str | os.PathLike[str], name: str, password: str,
                           sleep: Callable[[float], None] = time.sleep) -> str:
    """Sign-in to a plain database that is only looked at (`bedside check`), through a
    read-only view: throttled like every sign-in; a failure is audited at the next sign-in
    that writes. Returns the examiner's stored name; SignInFailed otherwise."""
    from bedside.store import health

    turn = throttle.take_turn(path, name, sleep)
    with health.readable_view(Path(path)) as conn:
        stored = matching_account([r[0] for r in conn.execute("SELECT name FROM examiners")], name)
        row = conn.execute("SELECT password_hash FROM examiners WHERE name = ?",
                           (stored,)).fetchone() if stored else None
    if not verify_password(row[0] if row else None, password):
        throttle.note_unaudited(path, name.strip())
        raise SignInFailed(SIGN_IN_FAILED)
    turn.succeeded()
    assert stored is not None
    return stored


def change_password(store: Store, name: str, old: str, new: str) -> None:
    name = sign_in(store, name, old)
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
    check_new_password(new)
    if store.signed_in is None:
        raise StoreError("only a signed-in examiner can set a password")
    with _keys_kept_in_step(store), store.transaction():
        name = _existing(store, name)
        store.execute("UPDATE examiners SET password_hash = ? WHERE name = ?",
                      (hasher().hash(new), name))
        store.audit("set password", "examiner", name)
        _wrap_key_for(store, name, new)


def remove(store: Store, name: str) -> None:
    """A signed-in examiner removes a colleague's account (audited); on an encrypted database
    their keys-file entry goes with it, so their password no longer unlocks the key. (A key
    unlocked before stays known to whoever kept it: the database key itself is not changed.)
    The last examiner, and the signed-in one, cannot be removed."""
    if store.signed_in is None:
        raise StoreError("only a signed-in examiner can remove an examiner")
    with _keys_kept_in_step(store), store.transaction():
        name = _existing(store, name)
        if name == store.signed_in:
            raise StoreError("you cannot remove your own account; ask a colleague to")
        store.execute("DELETE FROM examiners WHERE name = ?", (name,))
        store.audit("remove", "examiner", name)
        if store.connector.key is not None:
            keyfile.for_database(store.path).without(name).save()


def _existing(store: Store, name: str) -> str:
    stored = find(store, name)
    if stored is None:
        raise StoreError(f"there is no examiner named '{shown(name.strip())}'")
    return stored
