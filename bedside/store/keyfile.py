"""The keys file of an encrypted database: its random key, wrapped once per examiner.

An encrypted database ``NAME.sqlite3`` is opened with a random 256-bit key that is stored
nowhere in plain form. ``NAME.sqlite3.keys`` (JSON, owner-only, replaced atomically) holds one
entry per examiner: the key sealed with AES-256-GCM under a key derived by argon2id from that
examiner's password and a salt of the entry's own. The entry's examiner name is bound to it
(associated data), so entries cannot be swapped between names. A correct password unseals the
key; a wrong one fails the GCM tag check and gives nothing. The file has to be readable before
the database can be opened, so it cannot live inside it; it names the examiners (not patients).

Without its keys file an encrypted database cannot be opened by anyone: a backup is always the
pair ``backup.sqlite3`` + ``backup.sqlite3.keys``.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bedside.domain.text import matching_account
from bedside.store.connector import KEY_BYTES
from bedside.store.errors import KeysFileProblem, SignInFailed
from bedside.store.files import create_private_file, fsync_dir, fsync_file, partial_path

SUFFIX = ".keys"
FORMAT = "bedside-database-keys"
VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 12
# argon2id as argon2-cffi's PasswordHasher (RFC 9106 low-memory profile): 64 MiB, 3 passes
KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
_DUMMY_SALT = b"bedside-no-such-examiner"[:SALT_BYTES]


def keys_path(db_path: str | os.PathLike[str]) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SUFFIX)


def exists_for(db_path: str | os.PathLike[str]) -> bool:
    return keys_path(db_path).is_file()


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)


def _derive(password: str, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, hash_len=32, type=Type.ID,
                           time_cost=params["time_cost"], memory_cost=params["memory_cost"],
                           parallelism=params["parallelism"])


def _aad(name: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{name}".encode()


def seal(key: bytes, name: str, password: str) -> dict[str, Any]:
    """One examiner's entry: ``key`` wrapped under their password."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    wrapping = _derive(password, salt, KDF)
    sealed = AESGCM(wrapping).encrypt(nonce, key, _aad(name))
    return {"kdf": "argon2id", **KDF, "salt": _b64(salt), "cipher": "aes-256-gcm",
            "nonce": _b64(nonce), "wrapped_key": _b64(sealed)}


@dataclass(frozen=True)
class KeysFile:
    path: Path
    entries: dict[str, dict[str, Any]]

    @property
    def names(self) -> list[str]:
        return sorted(self.entries)

    def unseal(self, name: str, password: str) -> bytes:
        """The database key for this examiner and password; SignInFailed when either is wrong
        (the same message and the same argon2 work for an unknown name)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        stored = matching_account(self.names, name)
        entry = self.entries.get(stored) if stored is not None else None
        if entry is None:
            _derive(password, _DUMMY_SALT, KDF)  # timing says nothing about the name
            raise SignInFailed("sign-in failed: unknown examiner or wrong password")
        try:
            params = {k: int(entry[k]) for k in KDF}
            wrapping = _derive(password, _unb64(entry["salt"]), params)
            key = AESGCM(wrapping).decrypt(_unb64(entry["nonce"]), _unb64(entry["wrapped_key"]),
                                           _aad(stored))
        except InvalidTag:
            raise SignInFailed("sign-in failed: unknown examiner or wrong password") from None
        except (KeyError, ValueError, TypeError) as e:
            raise KeysFileProblem(f"{self.path}: the entry of {name!r} is damaged ({e}); "
                                  f"restore the keys file from a backup.") from None
        if len(key) != KEY_BYTES:
            raise KeysFileProblem(f"{self.path}: the entry of {name!r} holds no database key")
        return key

    def with_entry(self, name: str, key: bytes, password: str) -> KeysFile:
        return KeysFile(self.path, {**self.entries, name: seal(key, name, password)})

    def without(self, name: str) -> KeysFile:
        return KeysFile(self.path, {n: e for n, e in self.entries.items() if n != name})

    def save(self) -> None:
        """Write atomically: a hidden owner-only file, synced, renamed over the old one."""
        write_entries(self.path, self.entries)


def missing_message(db_path: Path) -> str:
    keys = keys_path(db_path)
    return (f"{db_path}: this database is encrypted and its keys file {keys.name} is missing, "
            f"so it cannot be opened. Put the keys file back beside it, or restore a backup "
            f"together with its keys file (bedside restore BACKUP.sqlite3, with "
            f"BACKUP.sqlite3{SUFFIX} beside it).")


def load(path: Path) -> KeysFile:
    """Read a keys file; KeysFileProblem says what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KeysFileProblem(f"{path}: no such keys file") from None
    except OSError as e:
        raise KeysFileProblem(f"{path}: the keys file cannot be read ({e.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise KeysFileProblem(f"{path}: the keys file is damaged ({e}); restore it from a "
                              f"backup (each backup has its keys file beside it).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise KeysFileProblem(f"{path}: this is not a Bedside keys file")
    if data.get("version") != VERSION:
        raise KeysFileProblem(f"{path}: keys file version {data.get('version')} is not known "
                              f"to this version of Bedside; use a newer version.")
    entries = data.get("examiners")
    if not isinstance(entries, dict) or not all(isinstance(e, dict) for e in entries.values()):
        raise KeysFileProblem(f"{path}: the keys file is damaged (no examiner entries)")
    return KeysFile(path, dict(entries))


def for_database(db_path: str | os.PathLike[str]) -> KeysFile:
    db_path = Path(db_path)
    path = keys_path(db_path)
    if not path.is_file():
        raise KeysFileProblem(missing_message(db_path))
    return load(path)


def write_entries(path: Path, entries: dict[str, dict[str, Any]]) -> None:
    text = json.dumps({"format": FORMAT, "version": VERSION, "examiners": entries},
                      indent=1, sort_keys=True) + "\n"
    partial = partial_path(path)
    try:
        create_private_file(partial)
        with open(partial, "w", encoding="utf-8") as fh:
            fh.write(text)
        fsync_file(partial)
        os.replace(partial, path)
        fsync_dir(path.parent)
    finally:
        if partial.exists():
            partial.unlink()


def create(db_path: Path, name: str, password: str) -> bytes:
    """A new random key and a keys file holding it for one examiner; returns the key."""
    path = keys_path(db_path)
    key = new_database_key()
    write_entries(path, {name: seal(key, name, password)})
    return key


def copy(source: Path, dest: Path) -> None:
    """Copy a keys file (atomically, owner-only)."""
    write_entries(dest, load(source).entries)
