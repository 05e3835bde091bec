"""Where the database lives (--db, then BEDSIDE_DB, then the platform's user data folder), and
which files belong to it: no command or screen may write its output over one of them."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "Bedside"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "bedside.sqlite3"


def demo_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo.sqlite3"


def resolve_db_path(cli_value: str | None = None) -> Path:
    if cli_value:
        return Path(cli_value)
    env = os.environ.get("BEDSIDE_DB")
    if env:
        return Path(env)
    return default_db_path()


def _spelling(path: str | os.PathLike[str]) -> str:
    """One spelling of a path for comparing: absolute, symbolic links and '..' resolved, and
    case folded (on a case-insensitive disk 'B.SQLITE3' is the database too; on another, a
    name differing from the database's only in case is refused as well: no loss there)."""
    return os.path.normcase(os.path.realpath(path)).casefold()


def _database_spellings(db_path: Path) -> list[Path]:
    """The database as named (its folder resolved: the keys file lies beside the name given)
    and as the file it finally is (SQLite keeps its -wal and -shm beside the real file)."""
    named = Path(os.path.realpath(db_path.parent if str(db_path.parent) else ".")) / db_path.name
    return list(dict.fromkeys([named, Path(os.path.realpath(db_path))]))


def database_files(db_path: str | os.PathLike[str]) -> tuple[list[Path], list[Path]]:
    """The files that belong to the database (itself, -wal, -shm, keys file, sign-in record),
    and its folders that belong to it whole (backups)."""
    from bedside.store import backup, keyfile, throttle
    from bedside.store.files import sidecars

    files: list[Path] = []
    folders: list[Path] = []
    for base in _database_spellings(Path(db_path)):
        files += [base, *sidecars(base), keyfile.keys_path(base), throttle.record_path(base)]
        folders.append(backup.backup_dir(base))
    return files, folders


def belongs_to_database(path: str | os.PathLike[str],
                        db_path: str | os.PathLike[str]) -> bool:
    """True when writing ``path`` would replace or touch a file of the database ``db_path``:
    the database, its -wal, -shm or keys file, a hidden file of its own beside it (partial
    copies, the sign-in record) or anything in its backups folder, however ``path`` is spelt
    (relative, through a symbolic link, with '..'), or a hard link to any of these."""
    files, folders = database_files(db_path)
    target = _spelling(path)
    if target in {_spelling(f) for f in files}:
        return True
    for folder in folders:
        inside = _spelling(folder)
        if target == inside or target.startswith(inside.rstrip(os.sep) + os.sep):
            return True
    name = Path(os.path.realpath(path))
    for base in _database_spellings(Path(db_path)):  # its own hidden files beside it
        if (_spelling(name.parent) == _spelling(base.parent)
                and name.name.casefold().startswith("." + base.name.casefold())):
            return True
    return _same_file_as_any(path, files, folders)


def _same_file_as_any(path: str | os.PathLike[str], files: list[Path],
                      folders: list[Path]) -> bool:
    """A hard link (or another name) of an existing file of the database."""
    try:
        st = os.stat(path)
    except OSError:
        return False  # nothing there yet: no file it could be
    ident = (st.st_dev, st.st_ino)
    candidates = list(files)
    for folder in folders:
        with contextlib.suppress(OSError):
            candidates += [Path(e.path) for e in os.scandir(folder)]
    for f in candidates:
        try:
            other = os.stat(f)
        except OSError:
            continue
        if (other.st_dev, other.st_ino) == ident:
            return True
    return False
