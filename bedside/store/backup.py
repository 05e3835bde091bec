"""Backups: made with SQLite's online backup API, verified, rotated; and a safe restore.

Backups live in a ``backups`` folder beside the database, named
``<database stem>-<UTC time>-<reason>.sqlite3``. A backup is first written to a hidden
``.partial`` file, verified (integrity check, schema version), then renamed into place, so a
file with a backup's name is always a whole, checked backup. Rotation keeps the
``KEEP_RECENT`` newest and the newest of each day for ``KEEP_DAILY_DAYS`` days; files set aside
by a restore are never rotated away.

A backup of an encrypted database is encrypted with the same key (SQLCipher's backup between
two connections keyed alike) and has a copy of the keys file beside it,
``<backup>.sqlite3.keys``, written before the backup gets its name: the pair is the backup.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bedside.store import connector as sql
from bedside.store import health, keyfile
from bedside.store.connector import PLAIN, Connector
from bedside.store.errors import BadBackup, DatabaseBusy, KeyRequired, StoreError
from bedside.store.files import (
    create_private_file,
    fsync_dir,
    fsync_file,
    partial_path,
    private_dir,
    remove_stale_partials,
    sidecars,
)

if TYPE_CHECKING:
    from bedside.store.db import Store

BACKUP_DIR_NAME = "backups"
KEEP_RECENT = 10
KEEP_DAILY_DAYS = 30
BEFORE_UPGRADE = "before-upgrade"  # the database as it was before a schema migration
KEPT_ASIDE = frozenset({"before-restore", "set-aside", "before-encrypt", BEFORE_UPGRADE})
AUTO_BACKUP = True  # at start (when something changed since the newest backup) and at close
BACKUP_EVERY_SAVES = 10  # ... and after this many committed saves,
BACKUP_MIN_INTERVAL_S = 300.0  # but not more often than this (a big database takes a moment)
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z][a-z-]*)\.sqlite3$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # start, saves, close, manual, before-restore, set-aside, before-upgrade

    @property
    def label(self) -> str:
        return f"{self.path} ({self.taken_at:%Y-%m-%d %H:%M} UTC)"


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    source: Path
    kept: tuple[Path, ...]  # where the replaced database (and its journal) were kept


def backup_dir(db_path: str | os.PathLike[str]) -> Path:
    return Path(db_path).parent / BACKUP_DIR_NAME


def _parse(path: Path, stem: str) -> BackupFile | None:
    m = _NAME.match(path.name)
    if not m or m["stem"] != stem:
        return None
    taken = datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=UTC)
    return BackupFile(path, taken, m["reason"])


def list_backups(db_path: str | os.PathLike[str]) -> list[BackupFile]:
    """Every backup of this database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    found = [b for p in folder.iterdir() if (b := _parse(p, stem)) is not None]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def new_name(db_path: Path, reason: str, folder: Path | None = None) -> Path:
    folder = folder or private_dir(backup_dir(db_path))
    now = datetime.now(UTC)
    while True:
        dest = folder / f"{db_path.stem}-{now.strftime(_STAMP)}-{reason}.sqlite3"
        if not dest.exists():
            return dest
        now += timedelta(microseconds=1)


def _copy_into(source: sqlite3.Connection, partial: Path, connector: Connector = PLAIN) -> None:
    if partial.exists():
        partial.unlink()
    create_private_file(partial, exclusive=True)
    target = connector.connect(partial, isolation_level=None)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        target.close()


def verify(path: Path, expected_version: int | None = None,
           connector: Connector = PLAIN) -> health.Health:
    """Open a written backup and check it fully; raise BadBackup when it is not good."""
    verdict = health.inspect(path, thorough=True, connector=connector)
    if verdict.state != "ok":
        raise BadBackup(f"the backup {path} is not good: {verdict.problem}")
    if expected_version is not None and verdict.schema_version != expected_version:
        raise BadBackup(f"the backup {path} has schema {verdict.schema_version}, "
                        f"expected {expected_version}")
    return verdict


def backup_to(source: sqlite3.Connection, dest: Path, connector: Connector = PLAIN,
              keys: Path | None = None) -> Path:
    """Copy the open database ``source`` into ``dest`` (a new file), verified, atomically.

    Encrypted (``connector`` holds the key): the copy is encrypted with the same key and the
    keys file ``keys`` (that of the database, or the one that unlocked it) is copied beside
    it first. Partial copies a killed backup left in the folder are removed first."""
    dest = Path(dest)
    remove_stale_partials(dest.parent)
    partial = partial_path(dest)
    version = _schema_version(source)
    try:
        if connector.encrypted and keys is None:
            raise StoreError(f"{dest}: an encrypted backup needs its keys file")
        _copy_into(source, partial, connector)
        verify(partial, version, connector)
        fsync_file(partial)
        if connector.encrypted and keys is not None:  # the pair: keys first, then the name
            keyfile.copy(keys, keyfile.keys_path(dest))
        os.replace(partial, dest)
        fsync_dir(dest.parent)
    finally:
        if partial.exists():
            partial.unlink()
    return dest


def _schema_version(conn: sqlite3.Connection) -> int:
    from bedside.store.migrations import current_version

    return current_version(conn)


def make_backup(source: sqlite3.Connection, db_path: str | os.PathLike[str],
                reason: str, connector: Connector = PLAIN) -> Path:
    """A new verified backup in the backups folder, then rotation."""
    db_path = Path(db_path)
    dest = backup_to(source, new_name(db_path, reason), connector, keyfile.keys_path(db_path))
    rotate(db_path)
    return dest


# Audit entries that only record who looked at or took data: a backup that lacks them still
# holds every clinical value, so they alone do not make the newest backup out of date (the
# next backup, made for a clinical change, carries them). Store.transaction(record_only=True)
# writes only these.
RECORD_ONLY_ACTIONS = ("export", "save summary pdf", "print summary", "sign-in",
                       "sign-in failed")


def _fingerprint(conn: sqlite3.Connection) -> tuple[int, int]:
    """What changes whenever clinical data or the schema changes: the last audit entry that
    is not a record-only one (found from the newest entry backwards)."""
    marks = ", ".join("?" * len(RECORD_ONLY_ACTIONS))
    row = conn.execute(f"SELECT id FROM audit_log WHERE action NOT IN ({marks})"
                       " ORDER BY id DESC LIMIT 1", RECORD_ONLY_ACTIONS).fetchone()
    return (int(row[0]) if row else 0), _schema_version(conn)


def _holds_now(source: sqlite3.Connection, b: BackupFile, connector: Connector) -> bool | None:
    """Whether backup ``b`` holds the database as it is now; None when it cannot be read."""
    try:
        conn = health.connect_immutable(b.path, connector.for_file(b.path))
        try:
            return _fingerprint(conn) == _fingerprint(source)
        finally:
            conn.close()
    except sql.Error:
        return None


def kept_aside_already(source: sqlite3.Connection, db_path: str | os.PathLike[str],
                       reason: str, connector: Connector = PLAIN) -> bool:
    """True when a backup kept aside for ``reason`` already holds the database as it is now
    (an upgrade that failed and is tried again needs no second copy)."""
    return any(_holds_now(source, b, connector) for b in list_backups(db_path)
               if b.reason == reason)


def up_to_date(source: sqlite3.Connection, db_path: str | os.PathLike[str],
               connector: Connector = PLAIN) -> bool:
    """True when the newest readable backup (of those that rotate) already holds everything
    in the database."""
    for b in list_backups(db_path):
        if b.reason not in KEPT_ASIDE and (holds := _holds_now(source, b, connector)) is not None:
            return holds
    return False


def rotate(db_path: str | os.PathLike[str], now: datetime | None = None) -> list[Path]:
    """Delete backups beyond the newest KEEP_RECENT and one a day for KEEP_DAILY_DAYS days."""
    now = now or datetime.now(UTC)
    rotating = [b for b in list_backups(db_path) if b.reason not in KEPT_ASIDE]
    keep = {b.path for b in rotating[:KEEP_RECENT]}
    days_seen: set[str] = set()
    for b in rotating:  # newest first: the first of each day is that day's newest
        day = b.taken_at.date().isoformat()
        if now - b.taken_at <= timedelta(days=KEEP_DAILY_DAYS) and day not in days_seen:
            days_seen.add(day)
            keep.add(b.path)
    removed = []
    for b in rotating:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            keyfile.keys_path(b.path).unlink(missing_ok=True)
            removed.append(b.path)
    remove_stale_partials(backup_dir(db_path))  # left by a backup that was interrupted
    return removed


def newest_good(db_path: str | os.PathLike[str],
                connector: Connector = PLAIN) -> BackupFile | None:
    """The newest backup that passes the check (files set aside by a restore excluded);
    an encrypted backup counts only when ``connector`` holds its key."""
    for b in list_backups(db_path):
        if b.reason in KEPT_ASIDE:
            continue
        if health.inspect(b.path, connector=connector).state == "ok":
            return b
    return None


# -- restore ----------------------------------------------------------------------------------
def set_aside(db_path: Path) -> list[Path]:
    """Keep the database file and its journal, exactly as they are, in the backups folder
    (a hard link where possible, else a copy): the originals are not modified."""
    base = new_name(db_path, "set-aside")
    kept = []
    keys = keyfile.keys_path(db_path)
    for src, suffix in ((db_path, ""), *zip(sidecars(db_path), ("-wal", "-shm"), strict=True),
                        (keys, keyfile.SUFFIX)):
        if not src.exists():
            continue
        dst = base.with_name(base.name + suffix)
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)
            os.chmod(dst, 0o600)
        kept.append(dst)
    fsync_dir(base.parent)
    return kept


def _keep_healthy(db_path: Path, connector: Connector = PLAIN,
                  keys: Path | None = None) -> list[Path]:
    """Back up the current (healthy) database, making sure nobody else has it open; an
    encrypted one with the keys file ``keys`` (its own, or, when that is lost, the one that
    unlocked it: the same key)."""
    conn = connector.connect(db_path, timeout=0.5, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sql.OperationalError:
            raise DatabaseBusy(
                f"{db_path}: another Bedside window or command has this database open; close "
                f"it, then restore again. Nothing was changed."
            ) from None
        return [backup_to(conn, new_name(db_path, "before-restore"), connector, keys)]
    finally:
        conn.close()


def restore(db_path: str | os.PathLike[str], source: str | os.PathLike[str],
            connector: Connector = PLAIN, keys_from: Path | None = None, *,
            who: str = "") -> RestoreResult:
    """Replace the database with the backup ``source``, which is checked first.

    The current database is kept in the backups folder first (a verified backup when it is
    healthy; the file and its journal untouched when it is damaged). The backup is copied to a
    temporary file beside the database, verified, and renamed over the database in one step,
    so a half-restored database never exists.

    An encrypted backup needs ``connector`` with its key. The keys file that unlocked it
    (``keys_from``; by default the backup's own, else the database's) becomes the database's
    keys file, written before the database is replaced (the old one is kept with the old
    database).

    The restore is written to the audit trail of the database that results, in the copy
    before it takes the database's place: ``who`` (the examiner who signed in; by default
    BEDSIDE_USER or the login name), when, from which file and its sha256, and where the
    replaced database was kept."""
    db_path, source = Path(db_path), Path(source)
    if health.open_here(db_path):
        raise DatabaseBusy(f"{db_path}: this window has the database open; close it first, "
                           f"then restore. Nothing was changed.")
    if not source.is_file():
        raise BadBackup(f"{source}: no such file; name a backup file to restore")
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BadBackup(f"{source}: this is the database itself, not a backup of it")
    verdict = health.inspect(source, thorough=True, connector=connector)
    if verdict.state == "encrypted":
        raise KeyRequired(f"{source}: this backup is encrypted: restoring it needs an "
                          f"examiner's sign-in. Nothing was changed.")
    if verdict.state != "ok":
        reason = verdict.problem or f"{source}: it holds no Bedside data"
        raise BadBackup(f"cannot restore from this file: {reason}")
    source_connector = connector if verdict.encrypted else PLAIN
    new_keys = (keys_from or _keys_for_restore(db_path, source)) if verdict.encrypted else None
    digest = _sha256(source)
    remove_stale_partials(db_path.parent)  # left by a restore that was interrupted
    partial = partial_path(db_path, "restore")
    db_keys = keyfile.keys_path(db_path)
    try:
        with health.readable_view(source, source_connector) as src:
            _copy_into(src, partial, source_connector)
        verify(partial, verdict.schema_version, source_connector)
        fsync_file(partial)
        current = health.inspect(db_path, connector=connector)
        exists = db_path.exists() and db_path.stat().st_size > 0
        if current.state == "ok" and exists:
            kept = _keep_healthy(db_path, connector if current.encrypted else PLAIN,
                                 db_keys if db_keys.is_file() else new_keys)
        elif exists or any(s.exists() for s in (*sidecars(db_path), db_keys)):
            kept = set_aside(db_path)
        else:
            kept = []
        _record_restore(partial, source_connector, who, db_path, source, digest, kept)
        for side in sidecars(db_path):  # their content is kept: never apply them to the backup
            side.unlink(missing_ok=True)
        if new_keys is not None and new_keys != db_keys:
            keyfile.copy(new_keys, db_keys)
        os.replace(partial, db_path)
        if new_keys is None:
            db_keys.unlink(missing_ok=True)  # a plain database now; the old one kept it
        fsync_dir(db_path.parent)
    except OSError as e:
        raise StoreError(f"{db_path}: the restore failed ({e.strerror or e}); the database was "
                         f"not replaced.") from None
    finally:
        if partial.exists():
            partial.unlink()
    return RestoreResult(db_path, source, tuple(kept))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _record_restore(partial: Path, connector: Connector, who: str, db_path: Path,
                    source: Path, digest: str, kept: list[Path]) -> None:
    """The restore's audit entry, written into the verified copy before it becomes the
    database: the restored database always says where it came from."""
    from bedside.store.db import default_user, utc_now

    conn = connector.connect(partial, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO audit_log (at_utc, who, action, entity, entity_key, old_value,"
            " new_value, reason) VALUES (?, ?, 'restore', 'database', ?, ?, ?, ?)",
            (utc_now(), who or os.environ.get("BEDSIDE_USER") or default_user(),
             db_path.name,
             json.dumps({"kept as": str(kept[0]) if kept else None}),
             json.dumps({"file": str(source.absolute()), "sha256": digest}),
             "restored from a backup"))
        conn.execute("COMMIT")
    finally:
        conn.close()
    fsync_file(partial)


def _keys_for_restore(db_path: Path, source: Path) -> Path:
    """The keys file an encrypted backup is restored with: its own, else the database's."""
    for candidate in (keyfile.keys_path(source), keyfile.keys_path(db_path)):
        if candidate.is_file():
            return candidate
    raise BadBackup(f"{source}: this backup is encrypted and no keys file was found beside it "
                    f"({keyfile.keys_path(source).name}); put the backup's keys file beside it. "
                    f"Nothing was changed.")


class AutoBackups:
    """The automatic backups of one open database (AUTO_BACKUP). A failed one never stops
    the app: why it failed is kept in ``warning``. The one after a number of saves is made
    on a thread of its own with its own connection: copying and checking a clinic's database
    takes a moment, which the save that happens to be the tenth must not wait for."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.warning = ""
        self._saves = 0  # committed since the last backup
        self._last = float("-inf")  # time.monotonic() of the last backup
        self._thread: threading.Thread | None = None  # a periodic backup being made
        self._failed = False  # ... that failed: close makes one

    def _enabled(self) -> bool:
        return AUTO_BACKUP and not self.store.read_only

    def made(self) -> None:
        """A backup was just made (by any route): the count starts again."""
        self._saves = 0
        self._last = time.monotonic()

    def at(self, reason: str) -> None:
        """A backup now, for ``reason`` ("start": only when the newest one is out of date)."""
        if not self._enabled():
            return
        store = self.store
        try:
            if reason == "start" and up_to_date(store.conn, store.path, store.connector):
                self._last = time.monotonic()  # the newest backup is current
                return
            store.backup(reason=reason)
            self.warning = ""
        except (StoreError, OSError, *sql.Error) as e:
            self.warning = self._failed_text(e)

    def _failed_text(self, e: BaseException) -> str:
        return (f"The automatic backup failed ({e}). Your data is saved in {self.store.path}; "
                f"free disk space or check the folder {backup_dir(self.store.path)}.")

    def saved(self) -> None:
        """A save was committed: every BACKUP_EVERY_SAVES, a backup in the background."""
        self._saves += 1
        if (self._saves >= BACKUP_EVERY_SAVES
                and time.monotonic() - self._last >= BACKUP_MIN_INTERVAL_S
                and self._enabled() and not self.running()):
            self.made()
            self._thread = threading.Thread(target=self._in_background, name="bedside-backup",
                                            daemon=False)
            self._thread.start()

    def _in_background(self) -> None:
        try:
            conn = self.store.connect_again()
            try:
                make_backup(conn, self.store.path, "saves", self.store.connector)
            finally:
                conn.close()
            self.warning = ""
        except (StoreError, OSError, *sql.Error) as e:
            self._failed = True
            self.warning = self._failed_text(e)

    def running(self) -> bool:
        """True while a periodic backup is being made in the background."""
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        """Until the periodic backup being made, if any, is done."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def at_close(self) -> None:
        """The database closes: a last backup when something was saved since the previous
        one (or the one in the background failed)."""
        self.wait()
        if self._saves or self._failed:
            self.at("close")
