"""Is this file a healthy Bedside database? Decided without writing a single byte.

``inspect(path)`` reads the header itself, then looks inside through an ``immutable`` read-only
connection (which creates no -wal or -shm file). When a -wal journal lies beside the database,
it checks a copy of the pair in a temporary folder instead, so the journal is replayed there and
never into the real file; a journal that belongs to another database is recognised by the
database identifier Bedside keeps in every database.

An encrypted database (SQLCipher: its header is random bytes) is recognised as such, state
"encrypted", instead of being called damaged; given the key (``connector``) it is inspected
the same way through SQLCipher.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from urllib.parse import quote

from bedside.store import connector as sql
from bedside.store import keyfile, migrations
from bedside.store.connector import PLAIN, SQLITE_MAGIC, Connector
from bedside.store.errors import KeyRequired, NotADatabase, SchemaTooNew, StoreError
from bedside.store.files import sidecars

CIPHER_PAGE_SIZE = 4096  # SQLCipher 4's default, which Bedside keeps
DATABASE_ID_KEY = "database_id"
WAL_HEADER_BYTES = 32
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "sshfs", "afs", "9p", "ncpfs",
    "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "lustre",
})
ADVICE = "It was left untouched. Restore the newest backup ('bedside restore FILE')."
OPEN_HERE: dict[str, int] = {}  # databases this process has open (Store), by resolved path


def path_key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def open_here(path: str | os.PathLike[str]) -> bool:
    """Is the database open in this process? Then this process must not read or replace the
    file behind SQLite's back (closing any handle on it would release SQLite's locks)."""
    return OPEN_HERE.get(path_key(Path(path)), 0) > 0


@dataclass(frozen=True)
class Health:
    """The verdict on one database file. ``state`` is "ok", "new" (absent or empty: Bedside
    may create it), "encrypted" (it can be inspected only with its key, which was not given)
    or "problem" (``problem`` says what is wrong in plain words). ``encrypted`` says whether
    the file is an SQLCipher database."""

    path: Path
    state: str
    problem: str = ""
    too_new: bool = False
    schema_version: int = 0
    counts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    encrypted: bool = False

    @property
    def ok(self) -> bool:
        return self.state in ("ok", "new")

    def error(self) -> StoreError:
        if self.state == "encrypted":
            return KeyRequired(self.problem)
        return SchemaTooNew(self.problem) if self.too_new else NotADatabase(self.problem)


def locked_message(path: Path) -> str:
    return (f"{path}: this database is encrypted: it can be read only after an examiner signs "
            f"in (for commands: set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE). Nothing was read "
            f"or changed.")


def _problem(path: Path, text: str, *, too_new: bool = False) -> Health:
    return Health(path, "problem", text, too_new=too_new)


def ro_uri(path: Path, *, immutable: bool = True) -> str:
    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_immutable(path: Path, connector: Connector = PLAIN) -> sqlite3.Connection:
    """A read-only connection that neither locks nor creates -wal/-shm (ignores a -wal)."""
    return connector.connect(ro_uri(path), uri=True, isolation_level=None,
                             check_same_thread=False)


def _wal_size(path: Path) -> int:
    wal, _ = sidecars(path)
    try:
        return wal.stat().st_size
    except OSError:
        return 0


@contextmanager
def readable_view(path: Path, connector: Connector = PLAIN) -> Iterator[sqlite3.Connection]:
    """A read-only view of the database as SQLite would see it, journal included, that
    cannot change the file: immutable when there is no journal, else a temporary copy."""
    if _wal_size(path) <= WAL_HEADER_BYTES:
        conn = connect_immutable(path, connector)
        try:
            yield conn
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="bedside-check-") as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        shutil.copyfile(path, copy)
        shutil.copyfile(sidecars(path)[0], sidecars(copy)[0])
        conn = connector.connect(copy, isolation_level=None)
        try:
            yield conn
        finally:
            conn.close()


def _looks_like_text(data: bytes) -> bool:
    for cut in range(4):  # the header read may end inside a multi-byte character
        try:
            text = data[: len(data) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
        return bool(text) and all(ch.isprintable() or ch in "\r\n\t\ufeff" for ch in text)
    return False


def _text_problem(path: Path, header: bytes) -> str:
    start = header[:30].decode("utf-8", "replace").splitlines()[0].lstrip("\ufeff")
    return (f"{path}: this is a text file (it begins \u201c{start}\u201d), not a Bedside "
            f"database. It was left untouched; choose the database file, or use "
            f"'bedside import' for a CSV file.")


def _encrypted_size_problem(path: Path, size: int, wal_size: int) -> str:
    if wal_size <= WAL_HEADER_BYTES and size % CIPHER_PAGE_SIZE:
        return (f"{path}: the encrypted database is cut off: it holds {size} bytes, not a whole "
                f"number of {CIPHER_PAGE_SIZE}-byte pages (an interrupted copy or a full disk "
                f"does this). {ADVICE}")
    return ""


def _header_problem(path: Path, header: bytes, size: int, wal_size: int) -> str:
    label = str(path)
    if header[:16] != SQLITE_MAGIC and not SQLITE_MAGIC.startswith(header):
        if _looks_like_text(header):
            return _text_problem(path, header)
        return (f"{label}: this file is not a Bedside database: it does not begin like an SQLite "
                f"database, so it is damaged or another kind of file (or an encrypted Bedside "
                f"database whose keys file {keyfile.keys_path(path).name} is missing: restore "
                f"a backup together with its keys file). {ADVICE}")
    if len(header) < 100:
        return (f"{label}: the database is cut off: the file ends after {size} bytes, inside its "
                f"header (an interrupted copy or a full disk does this). {ADVICE}")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"{label}: the database header is damaged (page size {page_size}). {ADVICE}"
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96]
    if wal_size <= WAL_HEADER_BYTES and (size % page_size or (
            header_valid and pages and size < pages * page_size)):
        expected = pages * page_size if header_valid and pages else "a whole number of pages"
        return (f"{label}: the database is cut off: the file holds {size} bytes where its header "
                f"announces {expected} (an interrupted copy or a full disk does this). {ADVICE}")
    return ""


def _database_id(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?",
                           (DATABASE_ID_KEY,)).fetchone()
    except sql.DatabaseError:
        return None
    return str(row[0]).split("/")[0] if row else None


def _key_problem(path: Path) -> str:
    return (f"{path}: the key unlocked from {keyfile.keys_path(path).name} does not open this "
            f"encrypted file: the keys file belongs to another database (an interrupted restore "
            f"keeps the replaced pair in the backups folder), or the file is damaged. Nothing "
            f"was changed. Restore the newest backup together with its keys file ('bedside "
            f"restore FILE').")


def contents_problem(path: Path, conn: sqlite3.Connection, thorough: bool = False) -> str:
    """What a check of every page finds wrong ("" when nothing): quick_check, or with
    ``thorough`` the integrity check that also compares every index with its table."""
    check = "PRAGMA integrity_check(20)" if thorough else "PRAGMA quick_check(20)"
    rows = [r[0] for r in conn.execute(check).fetchall()]
    if rows == ["ok"]:
        return ""
    return (f"{path}: the database is damaged ({len(rows)} fault(s) found, first: {rows[0]}). "
            f"{ADVICE}")


def _look_inside(path: Path, conn: sqlite3.Connection, thorough: bool,
                 encrypted: bool = False, contents: bool = True) -> Health:
    label = str(path)
    try:
        damage = contents_problem(path, conn, thorough) if contents else ""
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sql.DatabaseError as e:
        if encrypted and "not a database" in str(e):
            return _problem(path, _key_problem(path))
        return _problem(path, f"{label}: the database is damaged and cannot be read ({e}). "
                              f"{ADVICE}")
    if damage:
        return _problem(path, damage)
    if not tables:
        return Health(path, "new", encrypted=encrypted)
    if "schema_migrations" not in tables:
        sample = ", ".join(sorted(tables)[:3])
        return _problem(path, f"{label}: this is an SQLite database of another program (tables "
                              f"{sample}), not a Bedside database. It was left untouched; "
                              f"choose the Bedside database file.")
    version = migrations.current_version(conn)
    if version > migrations.LATEST:
        return _problem(path, migrations.too_new_message(label, version), too_new=True)
    counts: dict[str, int] = {}
    if thorough and version >= 1:
        for name, query in (
            ("patients", "SELECT count(*) FROM patients"),
            ("visits", "SELECT count(*) FROM visits WHERE status = 'signed'"),
            ("drafts", "SELECT count(*) FROM visits WHERE status = 'draft'"),
            ("audit entries", "SELECT count(*) FROM audit_log"),
        ):
            counts[name] = int(conn.execute(query).fetchone()[0])
    return Health(path, "ok", schema_version=version, counts=MappingProxyType(counts),
                  encrypted=encrypted)


def _journal_problem(path: Path, replayed: Health, replayed_id: str | None,
                     connector: Connector = PLAIN) -> str:
    """Compare the database with its journal replayed against the file alone."""
    wal = sidecars(path)[0]
    try:
        conn = connect_immutable(path, connector)
        try:
            alone = _look_inside(path, conn, thorough=False, encrypted=connector.encrypted)
            alone_id = _database_id(conn) if alone.state == "ok" else None
        finally:
            conn.close()
    except sql.DatabaseError:
        return ""
    foreign = (
        f"{path}: the journal file {wal.name} beside it belongs to another database, or is "
        f"damaged: opening them together would mix the two. Nothing was changed. Restore the "
        f"newest backup ('bedside restore FILE'), or move {wal.name} away if you know it is "
        f"stale."
    )
    if alone.ok and not replayed.ok and not replayed.too_new:
        return foreign
    if alone_id and replayed_id != alone_id:
        return foreign
    return ""


def inspect(path: str | os.PathLike[str], *, thorough: bool = False, contents: bool = True,
            connector: Connector = PLAIN) -> Health:
    """Say whether ``path`` is a healthy Bedside database, writing nothing at all.

    ``thorough`` runs the full integrity check and counts the records (for 'bedside check');
    otherwise the quicker quick_check runs. Without ``contents`` only the header, the
    schema and its version are read, not every page (the app's start: its check of every
    page runs once the patients are listed, see Store.check_contents). ``connector`` holds
    the key of an encrypted database; without one, an encrypted file is reported as state
    "encrypted" (a file with an SQLite header is always read as plain SQLite, key or not)."""
    path = Path(path)
    label = str(path)
    wal_size = _wal_size(path)
    if path.is_dir():
        return _problem(path, f"{label}: this is a folder, not a database file; choose a file.")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = 0
    except OSError as e:
        return _problem(path, f"{label}: the file cannot be read ({e.strerror}).")
    if size == 0:
        if wal_size > WAL_HEADER_BYTES:
            return _problem(path, f"{label}: the database file is empty or missing but its "
                                  f"journal ({path.name}-wal) lies beside it: the file was cut "
                                  f"off or replaced. {ADVICE}")
        return Health(path, "new")
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as e:
        return _problem(path, f"{label}: the file cannot be read ({e.strerror}). Check that "
                              f"you may read it.")
    plain = header[:16] == SQLITE_MAGIC or SQLITE_MAGIC.startswith(header)
    if plain:
        connector = PLAIN
        problem = _header_problem(path, header, size, wal_size)
    elif _looks_like_text(header):
        problem = _text_problem(path, header)
    elif not connector.encrypted:
        if not keyfile.exists_for(path):  # damaged, foreign, or its keys file was lost
            return _problem(path, _header_problem(path, header, size, wal_size))
        return Health(path, "encrypted", locked_message(path), encrypted=True)
    else:
        problem = _encrypted_size_problem(path, size, wal_size)
    if problem:
        return _problem(path, problem)
    try:
        with readable_view(path, connector) as conn:
            health = _look_inside(path, conn, thorough, connector.encrypted, contents)
            replayed_id = _database_id(conn) if health.state == "ok" else None
    except sql.DatabaseError as e:
        return _problem(path, f"{label}: the database cannot be read ({e}). {ADVICE}")
    except OSError as e:
        return _problem(path, f"{label}: the file cannot be read ({e.strerror}).")
    if wal_size > WAL_HEADER_BYTES:
        problem = _journal_problem(path, health, replayed_id, connector)
        if problem:
            return _problem(path, problem)
    return health


# -- network shares ---------------------------------------------------------------------------
def _mount_points(mounts_file: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    with suppress(OSError), open(mounts_file, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3:
                mount = parts[1].replace("\\040", " ").replace("\\011", "\t")
                out.append((mount, parts[2]))
    return out


def filesystem_type(path: str | os.PathLike[str],
                    mounts_file: str | os.PathLike[str] = "/proc/mounts") -> str | None:
    """The type of the filesystem holding ``path`` on Linux (from /proc/mounts); on Windows
    "network" for a mapped or UNC network drive; None when it cannot be told."""
    target = Path(path).absolute()
    if os.name == "nt":
        return _windows_drive_type(target)
    best, kind = "", None
    for mount, fstype in _mount_points(Path(mounts_file)):
        inside = str(target) == mount or str(target).startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, kind = mount, fstype
    return kind


def _windows_drive_type(target: Path) -> str | None:  # pragma: no cover - Windows only
    if str(target).startswith("\\\\"):
        return "network"
    try:
        import ctypes

        drive = target.drive + "\\"
        if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
            return "network"
    except Exception:
        return None
    return None


def network_share_warning(path: str | os.PathLike[str],
                          mounts_file: str | os.PathLike[str] = "/proc/mounts") -> str:
    """A warning when the database lies on a network share (SQLite's locking is unreliable
    there, so two computers writing at once can damage it); "" otherwise."""
    kind = filesystem_type(Path(path).parent, mounts_file)
    if kind is None or (kind != "network" and kind not in NETWORK_FILESYSTEMS):
        return ""
    return (f"{path}: the database lies on a network share ({kind}). Locking is unreliable "
            f"there: two computers writing at once can damage it. Keep it on this computer's "
            f"own disk, or make sure only one computer has it open.")
