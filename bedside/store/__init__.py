"""SQLite storage: the only package that speaks SQL.

Use: ``store = Store.open(path)``, then the repository modules ``patients``, ``visits``,
``events`` and ``bulk``, which take and return domain values.
"""

from bedside.store import (
    accounts,
    audit_log,
    backup,
    bulk,
    encryption,
    events,
    health,
    keyfile,
    patients,
    throttle,
    visits,
    wordings,
)
from bedside.store.db import Store
from bedside.store.errors import (
    BadBackup,
    Conflict,
    DatabaseBusy,
    DiskFull,
    KeyRequired,
    KeysFileProblem,
    NotADatabase,
    ReadOnlyLocation,
    ReadOnlyRecord,
    SchemaTooNew,
    SignInFailed,
    StoreError,
)
from bedside.store.files import create_private_file
from bedside.store.location import default_db_path, demo_db_path, resolve_db_path

__all__ = [
    "BadBackup", "Conflict", "DatabaseBusy", "DiskFull", "KeyRequired", "KeysFileProblem",
    "NotADatabase", "ReadOnlyLocation", "ReadOnlyRecord", "SchemaTooNew", "SignInFailed",
    "Store", "StoreError", "accounts", "audit_log", "backup", "bulk", "create_private_file",
    "default_db_path", "demo_db_path", "encryption", "events", "health", "keyfile", "patients",
    "resolve_db_path", "throttle", "visits", "wordings",
]
