"""The database as the screens hold it: opening one, and restoring one that cannot be opened
from a backup. The damaged file is never changed: a restore keeps it in the backups folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bedside.store import Store as Store  # the open database the screens hold and hand on
from bedside.store import backup, health
from bedside.store.connector import PLAIN, Connector
from bedside.store.encryption import needs_key as needs_key  # sign-in before it can be read

DAMAGE_ADVICE = health.ADVICE  # a refusal's last sentence; the recovery offer says more
backups_folder = backup.backup_dir


def open_database(path: str | os.PathLike[str], key: bytes | None = None) -> Store:
    """Opened for writing, after it was checked; StoreError (KeyRequired for an encrypted one
    opened without its key) says why not."""
    return Store.open(path, key=key)


@dataclass(frozen=True)
class BackupOffer:
    """The newest good backup of a database, and what it holds."""

    path: Path
    taken_at: datetime  # UTC
    patients: int
    visits: int  # signed


def _connector(key: bytes | None) -> Connector:
    return PLAIN if key is None else Connector(key)


def newest_good_backup(db_path: str | os.PathLike[str],
                       key: bytes | None = None) -> BackupOffer | None:
    """The newest backup that passes the check (of an encrypted database: those ``key``
    opens), or None."""
    connector = _connector(key)
    newest = backup.newest_good(db_path, connector)
    if newest is None:
        return None
    counts = health.inspect(newest.path, thorough=True, connector=connector).counts
    return BackupOffer(newest.path, newest.taken_at, counts.get("patients", 0),
                       counts.get("visits", 0))


def restore_backup(db_path: str | os.PathLike[str], source: str | os.PathLike[str],
                   key: bytes | None = None) -> None:
    """A checked copy of ``source`` in place of the database; the file it replaces (and its
    journal) kept in the backups folder. StoreError says why not (nothing was changed)."""
    backup.restore(db_path, source, _connector(key))
