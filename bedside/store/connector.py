"""Connections to a database file: plain SQLite (sqlite3) or SQLCipher with a raw key.

One ``Connector`` is threaded through opening (db), inspecting (health) and backups (backup),
so no other module decides how a file is opened. A file is opened by one library only in this
process: two SQLite libraries in one process do not share their POSIX locks, so a file open
in both could be damaged. The file decides which one: an SQLite header means plain sqlite3;
anything else (SQLCipher's header is random bytes) needs the key and SQLCipher.

SQLCipher (the ``sqlcipher3`` package, its own copy of SQLite) is imported on first use of a
key only; its exception classes are then added to the tuples below, which every ``except`` in
bedside.store names (``except connector.Error``), so both libraries' errors are caught.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_BYTES = 32  # AES-256: SQLCipher 4 defaults (page size 4096, HMAC-SHA512)

# The exception classes of every SQLite library in use (sqlcipher3's are added on its import).
Error: tuple[type[BaseException], ...] = (sqlite3.Error,)
DatabaseError: tuple[type[BaseException], ...] = (sqlite3.DatabaseError,)
OperationalError: tuple[type[BaseException], ...] = (sqlite3.OperationalError,)
IntegrityError: tuple[type[BaseException], ...] = (sqlite3.IntegrityError,)

_sqlcipher: ModuleType | None = None


def sqlcipher() -> ModuleType:
    """sqlcipher3's dbapi2, loaded once; its error log to stderr is switched off (a wrong
    key is reported by Bedside's own message, not by lines of library output)."""
    global _sqlcipher, Error, DatabaseError, OperationalError, IntegrityError
    if _sqlcipher is None:
        from sqlcipher3 import dbapi2

        quiet = dbapi2.connect(":memory:")
        try:
            quiet.execute("PRAGMA cipher_log_level = NONE")
        finally:
            quiet.close()
        Error = (sqlite3.Error, dbapi2.Error)
        DatabaseError = (sqlite3.DatabaseError, dbapi2.DatabaseError)
        OperationalError = (sqlite3.OperationalError, dbapi2.OperationalError)
        IntegrityError = (sqlite3.IntegrityError, dbapi2.IntegrityError)
        _sqlcipher = dbapi2
    return _sqlcipher


@dataclass(frozen=True)
class Connector:
    """How to open a database file: ``key`` None is plain SQLite, else SQLCipher keyed with
    these 32 raw bytes (``PRAGMA key = "x'...'"``: no key derivation at each open)."""

    key: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.key is not None and len(self.key) != KEY_BYTES:
            raise ValueError(f"a database key has {KEY_BYTES} bytes, not {len(self.key)}")

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def connect(self, database: str | os.PathLike[str], *, uri: bool = False,
                **kwargs: Any) -> sqlite3.Connection:
        if self.key is None:
            return sqlite3.connect(database, uri=uri, **kwargs)
        conn = sqlcipher().connect(str(database), uri=uri, **kwargs)
        try:
            conn.execute(f"PRAGMA key = \"x'{self.key.hex()}'\"")
        except BaseException:
            conn.close()
            raise
        return conn

    def for_file(self, path: Path) -> Connector:
        """The connector this file needs: plain for a file with an SQLite header (whatever key
        is held), this one otherwise (an encrypted file, or a new one to create)."""
        return PLAIN if self.key is not None and is_plain_file(path) else self


PLAIN = Connector()


def read_header(path: Path, size: int = 100) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def is_plain_file(path: Path) -> bool:
    """True when the file begins like an unencrypted SQLite database."""
    return read_header(path, len(SQLITE_MAGIC)) == SQLITE_MAGIC
