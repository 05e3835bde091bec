"""A database created by a command that then fails leaves nothing behind.

Only the commands that create (the app's first start, `import`, `demo-data`, `accounts add`)
may make a new database; when one of them fails, the database it made (and its folder, its
journal, its backups folder) is removed again, so a mistyped --db or BEDSIDE_DB leaves no
empty database and no folder to puzzle over later.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from bedside.store import backup, keyfile, throttle
from bedside.store import connector as sql
from bedside.store.connector import is_plain_file
from bedside.store.files import sidecars


def _missing_folders(path: Path) -> list[Path]:
    """The folders above ``path`` that do not exist yet, deepest first."""
    missing = []
    folder = path.absolute().parent
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    return missing


def _holds_nothing(path: Path) -> bool:
    """True when the database has no record of anyone's work (no audit entry, examiner or
    patient): nothing another process could have put there meanwhile would be lost."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return True
    if not path.is_file() or not is_plain_file(path):
        return False
    try:
        conn = sql.PLAIN.connect(path, isolation_level=None)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            return all(t not in tables or not conn.execute(f"SELECT 1 FROM {t} LIMIT 1")
                       .fetchone() for t in ("audit_log", "examiners", "patients"))
        finally:
            conn.close()
    except sql.Error:
        return False


@contextlib.contextmanager
def removed_if_failed(path: str | os.PathLike[str]) -> Iterator[None]:
    """Run the block that may create the database ``path``; if the block fails and created
    it, remove what it created (the database, its journal, backups, keys and sign-in record,
    and the folders made for it), as long as the database holds nothing yet."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    folders = _missing_folders(path)
    made_here = [p for p in (*sidecars(path), keyfile.keys_path(path),
                             throttle.record_path(path), backup.backup_dir(path))
                 if not p.exists()]
    try:
        yield
    except BaseException:
        if not existed and _holds_nothing(path):
            for p in (*made_here, path):
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink(missing_ok=True)
            for folder in folders:  # deepest first; one that holds something else stays
                with contextlib.suppress(OSError):
                    folder.rmdir()
        raise
