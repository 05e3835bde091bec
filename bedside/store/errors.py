"""Errors the store raises, each with a message a clinician can act on; an SQLite error
translated into one of them (``translate``)."""

from __future__ import annotations

from bedside.store import connector as sql


class StoreError(Exception):
    """Base class: the message says what is wrong and what to do."""


class SchemaTooNew(StoreError):
    pass


class NotADatabase(StoreError):
    """The file is not a Bedside database, or it is damaged; it was left untouched."""


class Conflict(StoreError):
    """The change would contradict what the database already holds."""


class ChangedElsewhere(Conflict):
    """A draft was saved by another window (or process) since this one last saw it."""


class ReadOnlyRecord(StoreError):
    """A signed visit or the audit log cannot be changed in place."""


class DatabaseBusy(StoreError):
    """Another Bedside window or command is writing; nothing was saved, try again."""


class DiskFull(StoreError):
    """The disk (or the database's size limit) is full; nothing was saved."""


class ReadOnlyLocation(StoreError):
    """The database cannot be written where it lies; nothing was saved."""


class BadBackup(StoreError):
    """A file offered for restoring is not a good Bedside backup; nothing was changed."""


class SignInFailed(StoreError):
    """Wrong name or password; the message never says which."""


class KeyRequired(StoreError):
    """The database is encrypted: it is opened only with the key an examiner's sign-in
    unlocks (or its keys file is missing); nothing was read or changed."""


class KeysFileProblem(StoreError):
    """The keys file of an encrypted database is missing, damaged or of another version."""


def translate(e: Exception, label: str) -> StoreError:
    """An SQLite error as a StoreError that says why nothing was saved and what to do."""
    msg = str(e)
    if isinstance(e, sql.IntegrityError):
        if "signed visit" in msg or "append-only" in msg:
            return ReadOnlyRecord(msg)
        return StoreError(f"the database refused the change: {msg}")
    name = getattr(e, "sqlite_errorname", "") or ""
    kept = "nothing was saved"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in msg:
        return DatabaseBusy(
            f"{label}: another Bedside window or command is writing to this database; {kept}. "
            f"Wait a moment and save again."
        )
    if name == "SQLITE_FULL" or "disk is full" in msg:
        return DiskFull(
            f"{label}: the disk is full (or the database reached its size limit); {kept}. "
            f"Free some disk space, then save again."
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in msg:
        return ReadOnlyLocation(
            f"{label}: the database cannot be written (the file or its folder is read-only); "
            f"{kept}. Work on a database in a folder you may write to."
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return NotADatabase(
            f"{label}: the database is damaged ({msg}); {kept}. Run 'bedside check'."
        )
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")):
        return StoreError(f"{label}: the disk reported an error ({msg}); {kept}. Check the "
                          f"disk or the connection to it, then save again.")
    return StoreError(f"{label}: the database refused the change ({msg}); {kept}.")
