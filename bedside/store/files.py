"""Files of the database's own and of the user's: created readable by their owner only (POSIX
0600: the database, its backups and exports), written aside under a hidden partial name and
renamed into place, small text files read with care, and a lock shared by processes.

``create_private_file(path)`` is the one place that creates such a file; the export command
and the backups use it before writing.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from collections.abc import Iterator
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


# -- hidden partial files: a file is written aside under one of these names, then renamed ----
PARTIAL_SUFFIX = ".partial"


def partial_path(dest: str | os.PathLike[str], tag: str = "") -> Path:
    """The hidden file beside ``dest`` that this process writes before renaming it into place:
    ``.NAME.[TAG-]PID.partial``. The process id in the name tells a stale one (its writer was
    killed) from one being written (see remove_stale_partials)."""
    dest = Path(dest)
    return dest.with_name(f".{dest.name}.{tag + '-' if tag else ''}{os.getpid()}"
                          f"{PARTIAL_SUFFIX}")


def _writer_alive(pid: int) -> bool:
    """(POSIX: on Windows os.kill would end the process.)"""
    if pid == os.getpid():
        return False  # this process writes its partial file only after the cleanup
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True


_STALE_AFTER_S = 24 * 3600  # where a writer cannot be asked (Windows): a day-old partial file


_PARTIAL_NAME = re.compile(rf"^\..*\.(?:[a-z]+-)?(\d+){re.escape(PARTIAL_SUFFIX)}"
                           r"(?:-journal|-wal|-shm)?$")  # (and SQLite's files beside one)


def remove_stale_partials(folder: str | os.PathLike[str]) -> list[Path]:
    """Remove the partial files of our own naming in ``folder`` whose writer is gone: a killed
    backup, export or restore leaves one behind, and it may hold patient data in the clear.
    Files another user owns, and those of a writer still running, are left alone."""
    folder = Path(folder)
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _PARTIAL_NAME.match(entry.name)
        if not m:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        ours = not hasattr(os, "geteuid") or st.st_uid == os.geteuid()
        if not ours or not entry.is_file(follow_symlinks=False):
            continue
        stale = (not _writer_alive(int(m[1])) if os.name == "posix"
                 else time.time() - st.st_mtime > _STALE_AFTER_S)
        if stale:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


# -- small text files named by the user (a password file) -------------------------------------
class UnreadableFile(Exception):
    """A file that is not a small UTF-8 text file; the message says why in plain words."""


def read_small_text(path: str | os.PathLike[str], limit: int) -> str:
    """The UTF-8 text of a regular file of at most ``limit`` bytes. A folder, a device
    (/dev/zero), a pipe (which could make the caller wait forever), a longer file or one that
    is not UTF-8 raises UnreadableFile; no more than ``limit`` + 1 bytes are ever read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise UnreadableFile(f"cannot read it ({e.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UnreadableFile("is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise UnreadableFile("is not a regular file (a device or a pipe)")
        data = b""
        while len(data) <= limit and (more := os.read(fd, limit + 1 - len(data))):
            data += more
    except OSError as e:
        raise UnreadableFile(f"cannot read it ({e.strerror})") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UnreadableFile(f"is longer than {limit} bytes; it should hold a single line")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("is not UTF-8 text; save it as UTF-8") from None


PASSWORD_FILE_BYTES = 4096  # a password file holds one line


def read_password_file(path: str | os.PathLike[str]) -> str:
    """The password a file holds (its line, without the line break); UnreadableFile for a
    folder, a device, a pipe, a long file or one that is not UTF-8 text."""
    return read_small_text(path, PASSWORD_FILE_BYTES).rstrip("\r\n")


@contextlib.contextmanager
def locked(fd: int) -> Iterator[None]:
    """An exclusive lock on the open file ``fd`` for the block, shared by every process (it
    waits for a lock another process holds)."""
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
        return
    import msvcrt  # pragma: no cover - Windows

    os.lseek(fd, 0, os.SEEK_SET)
    while True:  # LK_LOCK gives up after 10 s: keep waiting, as flock does
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
            break
        except OSError:
            continue
    try:
        yield
    finally:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
