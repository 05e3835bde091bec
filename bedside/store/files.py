"""Files readable by their owner only (POSIX 0600): the database, its backups and exports.

``create_private_file(path)`` is the one place that creates such a file; the export command
and the backups use it before writing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def create_private_file(path: str | os.PathLike[str], *, exclusive: bool = False) -> Path:
    """Create ``path`` (empty) readable and writable by its owner only, or make an existing
    file so. ``exclusive=True`` refuses a file that already exists (FileExistsError).

    The caller then opens it for writing (``open(path, "w")`` keeps the mode)."""
    path = Path(path)
    flags = os.O_CREAT | os.O_WRONLY | (os.O_EXCL if exclusive else 0)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
    return path


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Create a folder (and its parents) that only its owner can list and enter."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix":
        with contextlib.suppress(PermissionError):
            os.chmod(path, PRIVATE_DIR)
    return path


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Make a rename or a new file in ``path`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: str | os.PathLike[str]) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sidecars(path: Path) -> tuple[Path, Path]:
    """The -wal and -shm files SQLite keeps beside a database in WAL mode."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
