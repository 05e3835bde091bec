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


class SignInFailed(StoreError):
    """Wrong name or password; the message never says which."""


class KeyRequired(StoreError):
    """The database is encrypted: it is opened only with the key an examiner's sign-in
    unlocks (or its keys file is missing); nothing was read or changed."""


class KeysFileProblem(StoreError):
    """The keys file of an encrypted database is missing, damaged or of another version."""
