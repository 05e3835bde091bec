"""Opening the database: WAL, foreign keys, FULL sync, migrations; transactions; the audit log."""

from __future__ import annotations

import getpass
import json
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from bedside.store import migrations
from bedside.store.errors import NotADatabase, ReadOnlyRecord, StoreError

BUSY_TIMEOUT_MS = 5000


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers, services)
        return "unknown"


class Store:
    """One open database. All SQL of the app goes through bedside.store."""

    def __init__(self, conn: sqlite3.Connection, path: Path, user: str) -> None:
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.path = path
        self.user = user
        self._depth = 0

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], user: str | None = None) -> Store:
        path = Path(path)
        label = str(path)
        if path.exists() and path.stat().st_size > 0:
            with open(path, "rb") as fh:
                header = fh.read(16)
            if header != b"SQLite format 3\x00":
                raise NotADatabase(
                    f"{label}: this file is not a Bedside database (it is not SQLite). "
                    f"It was left untouched; choose another file or restore a backup."
                )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            migrations.check_not_newer(conn, label)
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"{label}: could not switch the database to WAL mode ({mode})")
            conn.execute("PRAGMA synchronous = FULL")
            migrations.migrate(conn, label)
        except sqlite3.DatabaseError as e:
            conn.close()
            raise NotADatabase(
                f"{label}: the database cannot be read ({e}). It was left untouched; "
                f"run 'bedside check' or restore a backup."
            ) from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, user or os.environ.get("BEDSIDE_USER") or _default_user())

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError:
            if not self.conn.in_transaction:
                raise
            self.conn.execute("ROLLBACK")
            raise

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, params)
        except sqlite3.IntegrityError as e:
            raise _explain(e) from None

    def executemany(self, sql: str, rows: Any) -> sqlite3.Cursor:
        try:
            return self.conn.executemany(sql, rows)
        except sqlite3.IntegrityError as e:
            raise _explain(e) from None

    # -- audit -----------------------------------------------------------------------------
    def audit(
        self,
        action: str,
        entity: str,
        entity_key: str,
        *,
        field: str | None = None,
        old: Any = None,
        new: Any = None,
        reason: str = "",
    ) -> None:
        self.execute(
            "INSERT INTO audit_log (at_utc, who, action, entity, entity_key, field,"
            " old_value, new_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (utc_now(), self.user, action, entity, entity_key, field,
             _as_text(old), _as_text(new), reason or None),
        )

    # -- settings --------------------------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            old = self.setting(key, "")
            self.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            self.audit("update", "setting", key, old=old, new=value)

    def pseudonym_secret(self) -> str:
        """The database's key for export pseudonyms; created (and audited) on first use.

        Kept only in the database: the same patient gets the same pseudonym in every export of
        this database, and nobody without the database can compute it. Never logged.
        """
        key = "pseudonym_secret"
        with self.transaction():
            value = self.setting(key)
            if not value:
                value = secrets.token_hex(32)
                self.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (key, value))
                self.audit("create", "setting", key, new="(a new random secret; not shown)")
        return value

    def schema_version(self) -> int:
        return migrations.current_version(self.conn)


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _explain(e: sqlite3.IntegrityError) -> StoreError:
    msg = str(e)
    if "signed visit" in msg or "append-only" in msg:
        return ReadOnlyRecord(msg)
    return StoreError(f"the database refused the change: {msg}")
