"""SQLite storage: the only package that speaks SQL.

Use: ``store = Store.open(path)``, then the repository modules ``patients``, ``visits``,
``events`` and ``bulk``, which take and return domain values. Each module is loaded when it
is first used (bedside.lazy): opening a database does not load the import's or the audit's.
"""

from bedside.lazy import exports

__getattr__, __dir__ = exports(__name__, {
    "db": ("Store",),
    "errors": ("BadBackup", "ChangedElsewhere", "Conflict", "DatabaseBusy", "DiskFull",
               "KeyRequired", "KeysFileProblem", "NotADatabase", "ReadOnlyLocation",
               "ReadOnlyRecord", "SchemaTooNew", "SignInFailed", "StoreError"),
    "files": ("create_private_file",),
    "location": ("default_db_path", "demo_db_path", "resolve_db_path"),
})
