"""Errors the store raises, each with a message a clinician can act on."""


class StoreError(Exception):
    """Base class: the message says what is wrong and what to do."""


class SchemaTooNew(StoreError):
    pass


class NotADatabase(StoreError):
    """The file is not a Bedside database, or it is damaged; it was left untouched."""


class Conflict(StoreError):
    """The change would contradict what the database already holds."""


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
