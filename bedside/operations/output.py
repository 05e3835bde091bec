"""Where a command or a screen may write a file it makes (an export, a visit summary, a
backup) and how: never over a file of the database, only whole.

One rule for every command and screen: no output may be the database, its -wal, -shm or keys
file, one of its own hidden files or anything in its backups folder, however the path is spelt
(bedside.store.location.belongs_to_database). Another existing file is replaced only whole:
written aside under a hidden name (owner-only), then renamed into place.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from bedside.store.files import fsync_dir, partial_path, remove_stale_partials
from bedside.store.location import belongs_to_database


class OutputRefused(ValueError):
    """The file cannot be written there; the message says why and what to do."""


def check_output(path: str | os.PathLike[str], db_path: str | os.PathLike[str], *,
                 new_only: bool = False) -> Path:
    """``path`` as a place for a new file made from the database ``db_path``; OutputRefused
    (one line: what and why) when it is one of the database's files, a folder, a device,
    in a folder that is missing or read-only, or (``new_only``) a file that exists."""
    path = Path(path)
    if belongs_to_database(path, db_path):
        raise OutputRefused(f"{path}: this is the database {db_path} or one of its own files "
                            f"(journal, keys, backups); choose another file. Nothing was "
                            f"written.")
    if path.is_dir():
        raise OutputRefused(f"{path}: is a folder; give a file name in it")
    folder = path.parent
    if not folder.is_dir():
        raise OutputRefused(f"{path}: the folder {folder} does not exist; create it or choose "
                            f"another")
    if path.exists() and not path.is_file():
        raise OutputRefused(f"{path}: is not a regular file (a device or a pipe); choose a "
                            f"file")
    if new_only and (path.exists() or path.is_symlink()):
        raise OutputRefused(f"{path}: this file exists already; name a new file")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputRefused(f"{path}: the folder {folder} cannot be written (read-only); "
                            f"choose another")
    return path


@contextmanager
def written_whole(path: str | os.PathLike[str], *, binary: bool = False,
                  before_rename: Callable[[], Any] | None = None) -> Iterator[IO[Any]]:
    """Write ``path`` aside (a hidden owner-only file), then rename it into place; on any
    error nothing is left and an existing ``path`` is untouched. ``before_rename`` runs once
    the content is complete and safe on disk, before the rename: if it fails (the audit entry
    of an export cannot be written: a full disk), the file is not written either. Partial
    files a killed writer left in the folder are removed first."""
    path = Path(path)
    remove_stale_partials(path.parent)
    tmp = partial_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with (open(fd, "wb") if binary else
              open(fd, "w", encoding="utf-8", newline="")) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(tmp, path)
        fsync_dir(path.parent)
    finally:
        tmp.unlink(missing_ok=True)
