"""SQLite storage: the only package that speaks SQL.

Use: ``store = Store.open(path)``, then the repository modules ``patients``, ``visits``,
``events`` and ``bulk``, which take and return domain values.
"""

from bedside.store import accounts, bulk, events, patients, visits
from bedside.store.db import Store
from bedside.store.errors import (
    Conflict,
    NotADatabase,
    ReadOnlyRecord,
    SchemaTooNew,
    StoreError,
)
from bedside.store.location import default_db_path, demo_db_path, resolve_db_path

__all__ = [
    "Conflict", "NotADatabase", "ReadOnlyRecord", "SchemaTooNew", "Store", "StoreError",
    "accounts", "bulk",
    "default_db_path", "demo_db_path", "events", "patients", "resolve_db_path", "visits",
]
