"""Errors the store raises, each with a message a clinician can act on."""


class StoreError(Exception):
    """Base class: the message says what is wrong and what to do."""


class SchemaTooNew(StoreError):
    pass


class NotADatabase(StoreError):
    pass


class Conflict(StoreError):
    """The change would contradict what the database already holds."""


class ReadOnlyRecord(StoreError):
    """A signed visit or the audit log cannot be changed in place."""
