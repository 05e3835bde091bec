"""Opening the database: WAL, foreign keys, FULL sync, migrations; transactions; the audit log."""

from __future__ import annotations

import getpass
import json
import os
import secrets
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bedside.store import backup, health, keyfile, migrations
from bedside.store import connector as sql
from bedside.store.connector import PLAIN, Connector, is_plain_file
from bedside.store.errors import (
    KeyRequired,
    NotADatabase,
    ReadOnlyLocation,
    SchemaTooNew,
    StoreError,
    translate,
)
from bedside.store.files import create_private_file

BUSY_TIMEOUT_MS = 5000
# Every commit rewrites the row holding the database identifier ("<id>/<commit count>"), so
# each -wal journal Bedside writes carries the identity of its database (see health.inspect).
_STAMP_WRITE = (
    "UPDATE settings SET value = substr(value, 1, instr(value || '/', '/') - 1) || '/' ||"
    " (coalesce(nullif(substr(value, instr(value || '/', '/') + 1), ''), 0) + 1) WHERE key = ?"
)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers, services)
        return "unknown"


def _backup_before_upgrade(conn: sqlite3.Connection, path: Path, version: int,
                           connector: Connector) -> None:
    """A migration rewrites stored data: the file as it was is kept aside first (never
    rotated away), and without that backup the database is not upgraded."""
    try:
        if not backup.kept_aside_already(conn, path, backup.BEFORE_UPGRADE, connector):
            backup.make_backup(conn, path, backup.BEFORE_UPGRADE, connector)
    except (OSError, StoreError, *sql.Error) as e:
        raise StoreError(
            f"{path}: this database (schema {version}) must be upgraded to schema "
            f"{migrations.LATEST} by this version of Bedside, and a backup of it could not be "
            f"made first ({e}). Nothing was changed: free disk space in "
            f"{backup.backup_dir(path)} and open it again."
        ) from None


class Store:
    """One open database. All SQL of the app goes through bedside.store."""

    def __init__(self, conn: sqlite3.Connection, path: Path, user: str,
                 connector: Connector = PLAIN) -> None:
        self.conn = conn
        self.path = path
        self.user = user
        self.connector = connector  # plain, or the key of an encrypted database
        self.signed_in: str | None = None  # the examiner whose password was checked
        self._depth = 0
        self._record_only = False  # inside transaction(record_only=True)
        self.read_only = False
        self.cache: dict[str, Any] = {}  # derived from the database; emptied on rollback
        self.auto_backups = backup.AutoBackups(self)
        self._closed = False

    # -- opening -------------------------------------------------------------------------
    @property
    def encrypted(self) -> bool:
        return self.connector.encrypted

    @classmethod
    def open(cls, path: str | os.PathLike[str], user: str | None = None, *,
             key: bytes | None = None, check_contents: bool = True) -> Store:
        """Open (or create) a database for writing, after checking it without writing.

        A damaged, foreign or newer file raises NotADatabase or SchemaTooNew and is left
        exactly as it was (no byte, no mtime, no -wal/-shm beside it changes). ``key`` (from
        ``encryption.unlock``) opens an encrypted database; with a key, a new database is created
        encrypted. An encrypted database opened without its key raises KeyRequired.
        Without ``check_contents`` only the header and schema are checked before opening (the
        app's start); the caller runs check_contents() soon after."""
        path = Path(path)
        label = str(path)
        created = False
        connector = _connector_for(path, key)
        if not health.open_here(path):  # (reading a file this process has open would
            verdict = health.inspect(path, connector=connector,  # release SQLite's locks)
                                     contents=check_contents)
            if not verdict.ok:
                raise verdict.error()
            if verdict.state == "new":
                created = not path.exists() or path.stat().st_size == 0
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    create_private_file(path)
                except OSError as e:
                    raise ReadOnlyLocation(
                        f"{label}: the database cannot be created here ({e.strerror}). Choose "
                        f"a folder you may write to."
                    ) from None
        _check_writable(path)
        conn = connector.connect(path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = migrations.check_not_newer(conn, label)
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"{label}: could not switch the database to WAL mode ({mode})")
            conn.execute("PRAGMA synchronous = FULL")
            if 0 < version < migrations.LATEST and backup.AUTO_BACKUP:
                _backup_before_upgrade(conn, path, version, connector)
            try:
                migrations.migrate(conn, label)
            except sql.OperationalError:
                raise  # busy, disk full, read-only: said as such below
            except (StoreError, *sql.Error) as e:
                if isinstance(e, SchemaTooNew) or version == 0:
                    raise
                why = " ".join(str(e).split())  # (an SQL text in it: one line)
                raise StoreError(
                    f"{label}: the upgrade from schema {version} to {migrations.LATEST} failed "
                    f"({why}). The database was left as it was; a copy of it is kept in "
                    f"{backup.backup_dir(path)}."
                ) from None
            if 0 < version < migrations.LATEST:
                _compact_after_upgrade(conn)
            _ensure_database_id(conn)
        except sql.OperationalError as e:
            conn.close()
            raise translate(e, label) from None
        except sql.DatabaseError as e:
            conn.close()
            raise NotADatabase(
                f"{label}: the database cannot be read ({e}). It was left untouched; "
                f"run 'bedside check' or restore a backup."
            ) from None
        except BaseException:
            conn.close()
            raise
        store = cls(conn, path, user or os.environ.get("BEDSIDE_USER") or default_user(),
                    connector)
        here = health.path_key(path)
        health.OPEN_HERE[here] = health.OPEN_HERE.get(here, 0) + 1
        if not created:
            store.auto_backups.at("start")
        return store

    @classmethod
    def open_read_only(cls, path: str | os.PathLike[str], user: str | None = None, *,
                       key: bytes | None = None) -> Store:
        """Open a healthy database for reading only (a read-only folder, a CD, a share):
        every save then raises ReadOnlyLocation and nothing is written."""
        path = Path(path)
        connector = _connector_for(path, key)
        verdict = health.inspect(path, connector=connector)
        if verdict.state != "ok":
            raise verdict.error() if not verdict.ok else NotADatabase(
                f"{path}: there is no Bedside database here to open read-only.")
        if verdict.schema_version < migrations.LATEST:
            raise StoreError(
                f"{path}: this database is in the format of an earlier Bedside (schema "
                f"{verdict.schema_version}); open it once where it may be written, so it is "
                f"upgraded, before opening it read-only.")
        immutable = not os.access(path.parent, os.W_OK)
        conn = connector.connect(health.ro_uri(path, immutable=immutable), uri=True,
                                 isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        store = cls(conn, path, user or os.environ.get("BEDSIDE_USER") or default_user(),
                    connector)
        store.read_only = True
        here = health.path_key(path)
        health.OPEN_HERE[here] = health.OPEN_HERE.get(here, 0) + 1
        return store

    def connect_again(self) -> sqlite3.Connection:
        """A connection of its own to the open database, for another thread: it reads from a
        snapshot while the saves of this one go on (WAL)."""
        conn = self.connector.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    @property
    def backup_warning(self) -> str:
        """Why the last automatic backup failed ("" when it did not); the app shows it."""
        return self.auto_backups.warning

    def check_contents(self) -> str:
        """Every page of the open database checked (quick_check) through a connection of its
        own, from a snapshot (any thread may call this). What is wrong, in the words
        Store.open would use, or "" when nothing is."""
        conn = self.connect_again()
        try:
            conn.execute("PRAGMA query_only = ON")
            return health.contents_problem(self.path, conn)
        except sql.DatabaseError as e:
            return f"{self.path}: the database is damaged and cannot be read ({e}). {health.ADVICE}"
        finally:
            conn.close()

    @property
    def database_id(self) -> str:
        return self.setting(health.DATABASE_ID_KEY).split("/")[0]

    def backup(self, dest: str | os.PathLike[str] | None = None, reason: str = "manual") -> Path:
        """A verified backup now: into ``dest`` (a new file) or the backups folder."""
        try:
            if dest is None:
                made = backup.make_backup(self.conn, self.path, reason, self.connector)
            else:
                made = backup.backup_to(self.conn, Path(dest), self.connector,
                                        keyfile.keys_path(self.path))
        except sql.Error as e:
            raise translate(e, str(self.path)) from None
        self.auto_backups.made()
        return made

    @property
    def is_open(self) -> bool:
        return not self._closed

    def close(self) -> None:
        """Close, with a last backup when something was saved since the previous one."""
        if self._closed:
            return
        self._closed = True
        self.auto_backups.at_close()
        self.conn.close()
        key = health.path_key(self.path)
        health.OPEN_HERE[key] = health.OPEN_HERE.get(key, 1) - 1

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def transaction(self, *, record_only: bool = False) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; nested calls join the outer transaction.

        ``record_only``: the transaction only records who looked at or took data (sign-in,
        export, print), so it does not count toward the next automatic backup: a command that
        exports 200,000 visits need not copy the database on its way out, nor the next
        command on its way in. It may write only backup.RECORD_ONLY_ACTIONS entries."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sql.Error as e:
            raise translate(e, str(self.path)) from None
        self._depth = 1
        self._record_only = record_only
        try:
            yield self.conn
            self._depth = 0
            self._record_only = False
            self.conn.execute(_STAMP_WRITE, (health.DATABASE_ID_KEY,))
            self.conn.execute("COMMIT")
        except BaseException as e:
            self._depth = 0
            self._record_only = False
            self.cache.clear()
            if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                with suppress(*sql.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(e, sql.Error):
                raise translate(e, str(self.path)) from None
            raise
        if not record_only:
            self.auto_backups.saved()

    def execute(self, statement: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            return self.conn.execute(statement, params)
        except sql.Error as e:
            raise translate(e, str(self.path)) from None

    def executemany(self, statement: str, rows: Any) -> sqlite3.Cursor:
        try:
            return self.conn.executemany(statement, rows)
        except sql.Error as e:
            raise translate(e, str(self.path)) from None

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
        if self._record_only and action not in backup.RECORD_ONLY_ACTIONS:
            raise StoreError(f"audit action {action!r} changes data: it cannot be written in a "
                             "record-only transaction")
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


def _connector_for(path: Path, key: bytes | None) -> Connector:
    """Plain without a key; keyed for an encrypted (or a new) file. A key offered for a plain
    database, or none for an encrypted one, is refused before anything is opened."""
    label = str(path)
    if health.open_here(path):  # never read a file this process has open (SQLite's locks)
        return Connector(key) if key is not None else PLAIN
    has_bytes = path.is_file() and path.stat().st_size > 0
    if key is None:
        if has_bytes and not is_plain_file(path):
            from bedside.store import keyfile

            if keyfile.exists_for(path):
                raise KeyRequired(health.locked_message(path))
        return PLAIN  # (a file that is neither is explained by health.inspect)
    if has_bytes and is_plain_file(path):
        raise StoreError(f"{label}: this database is not encrypted; 'bedside encrypt' converts "
                         f"it (keeping a verified backup). Nothing was changed.")
    return Connector(key)


def writable_here(path: str | os.PathLike[str]) -> bool:
    """Whether the database ``path`` (and its folder, where SQLite keeps its journal) may be
    written: not on a read-only medium, in a read-only folder or a read-only file."""
    path = Path(path)
    return (not path.exists() or os.access(path, os.W_OK)) and os.access(path.parent, os.W_OK)


def _check_writable(path: Path) -> None:
    if not writable_here(path):
        raise ReadOnlyLocation(
            f"{path}: the database cannot be written here (the file or its folder is "
            f"read-only). Nothing was changed. Copy it to a folder you may write to."
        )


def _compact_after_upgrade(conn: sqlite3.Connection) -> None:
    """An upgrade that rebuilt tables leaves the old ones' pages free in the file, and every
    backup would copy them: the file is rebuilt without them once. If that fails (the disk is
    full), the database is whole as it is."""
    free, pages = (conn.execute(f"PRAGMA {p}").fetchone()[0]
                   for p in ("freelist_count", "page_count"))
    if free * 4 > pages:
        with suppress(*sql.Error):
            conn.execute("VACUUM")


def _ensure_database_id(conn: sqlite3.Connection) -> None:
    """Every database carries a random identifier: a journal (-wal) found beside a database
    with another identifier is recognised as foreign (see health.inspect)."""
    key = health.DATABASE_ID_KEY
    if conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone():
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                     (key, uuid.uuid4().hex))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
