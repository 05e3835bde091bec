"""The sign-in throttle, shared by every process that signs in to one database.

Each attempt to sign in (a password checked against the examiners table, or against the keys
file of an encrypted database) first takes its turn in a small record beside the database,
``.NAME.sqlite3.sign-ins`` (JSON, owner-only), under an exclusive file lock: the turn is
``FREE_ATTEMPTS`` attempts of a name within ``FAILURE_WINDOW`` free, then each one
1, 2, 4 ... ``MAX_DELAY_S`` seconds after the turn before it. A turn counts as a failure until
the password proves right (a killed attempt stays counted), so attempts made at once by
parallel processes queue one behind the other instead of being checked together; a success
clears the name's turns. The lock is held only to read and write the record, never while
waiting or checking.

Failures that cannot be written to the audit log when they happen (the database is encrypted
and not yet open, or read-only, or only checked) are kept in the record too, and written to
the audit log at the next sign-in that can write it. Where the record cannot be written (a
read-only medium) the turns are kept in this process only: anyone who can copy the files
can try passwords on a copy anyway.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bedside.domain.text import account_key
from bedside.store.files import PRIVATE_FILE, locked

FREE_ATTEMPTS = 3  # failures within the window before each new attempt is slowed down
FAILURE_WINDOW = timedelta(minutes=15)
MAX_DELAY_S = 30.0
RECORD_SUFFIX = ".sign-ins"
MAX_UNAUDITED = 1000  # failures kept for the audit log (each took its turn: slow to fill)

now: Callable[[], float] = time.time  # seconds; shared by every process (tests replace it)
_in_process: dict[str, dict[str, Any]] = {}  # where the record cannot be written


def record_path(db_path: str | os.PathLike[str]) -> Path:
    """The record beside the database file itself: one record however the database is named
    (a symbolic link to it, a relative path)."""
    db_path = Path(os.path.realpath(db_path))
    return db_path.with_name(f".{db_path.name}{RECORD_SUFFIX}")


def delay_for(failures: int) -> float:
    """Seconds between the previous turn and the next: 0, then 1, 2, 4 ... up to 30."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(MAX_DELAY_S, 2.0 ** (failures - FREE_ATTEMPTS))


def _empty() -> dict[str, Any]:
    return {"turns": {}, "unaudited": []}


def _clean(data: Any) -> dict[str, Any]:
    """The record as read, with turns outside the window dropped (a damaged record counts as
    empty: it only ever slows sign-ins down)."""
    if not isinstance(data, dict):
        return _empty()
    cutoff = now() - FAILURE_WINDOW.total_seconds()
    turns = data.get("turns") if isinstance(data.get("turns"), dict) else {}
    kept = {k: [t for t in v if isinstance(t, (int, float)) and t >= cutoff]
            for k, v in turns.items() if isinstance(v, list)}
    unaudited = [u for u in data.get("unaudited", []) if isinstance(u, list) and len(u) == 2]
    return {"turns": {k: v for k, v in kept.items() if v},
            "unaudited": unaudited[-MAX_UNAUDITED:]}


@contextlib.contextmanager
def _record(db_path: Path) -> Iterator[dict[str, Any]]:
    """The record, read and written back under its exclusive lock."""
    path = record_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    except OSError:  # a read-only medium: this process only
        data = _in_process.setdefault(str(path.absolute()), _empty())
        cleaned = _clean(data)
        yield cleaned
        _in_process[str(path.absolute())] = cleaned
        return
    try:
        with locked(fd):
            raw = b""
            while chunk := os.read(fd, 1 << 16):
                raw += chunk
            try:
                data = _clean(json.loads(raw.decode("utf-8"))) if raw.strip() else _empty()
            except (UnicodeDecodeError, ValueError):
                data = _empty()
            yield data
            text = json.dumps(data, sort_keys=True).encode("utf-8")
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, text)
    finally:
        os.close(fd)


@dataclass
class Turn:
    """One attempt's place in the queue of its name."""

    db_path: Path
    key: str
    at: float
    failures_before: int
    done: bool = field(default=False)

    def succeeded(self) -> None:
        """The password was right: the name's count starts again."""
        with _record(self.db_path) as data:
            data["turns"].pop(self.key, None)
        self.done = True


def take_turn(db_path: str | os.PathLike[str], name: str,
              sleep: Callable[[float], None] = time.sleep) -> Turn:
    """Wait for this name's next turn (counted as a failure until ``succeeded``)."""
    db_path = Path(db_path)
    key = account_key(name)
    with _record(db_path) as data:
        turns = data["turns"].setdefault(key, [])
        at = max(now(), (max(turns) + delay_for(len(turns))) if turns else 0.0)
        turns.append(at)
        before = len(turns) - 1
    sleep(max(0.0, at - now()))
    return Turn(db_path, key, at, before)


def wait_before(db_path: str | os.PathLike[str], name: str) -> float:
    """Seconds until this name's next turn (0 when it may try now); changes nothing."""
    with _record(Path(db_path)) as data:
        turns = data["turns"].get(account_key(name), [])
    if not turns:
        return 0.0
    return max(0.0, max(turns) + delay_for(len(turns)) - now())


def failures(db_path: str | os.PathLike[str], name: str) -> int:
    """The name's turns within the window since its last success."""
    with _record(Path(db_path)) as data:
        return len(data["turns"].get(account_key(name), []))


def note_unaudited(db_path: str | os.PathLike[str], name: str) -> None:
    """A failure the audit log could not take when it happened."""
    at = datetime.fromtimestamp(now(), UTC).isoformat(timespec="seconds")
    with _record(Path(db_path)) as data:
        data["unaudited"].append([at, name])


def unaudited(db_path: str | os.PathLike[str]) -> list[tuple[str, str]]:
    """Failures waiting for the audit log: (UTC time, name), oldest first."""
    with _record(Path(db_path)) as data:
        return [(str(at), str(who)) for at, who in data["unaudited"]]


def forget_unaudited(db_path: str | os.PathLike[str], written: list[tuple[str, str]]) -> None:
    """Those failures are in the audit log now."""
    done = set(written)
    with _record(Path(db_path)) as data:
        data["unaudited"] = [u for u in data["unaudited"] if (u[0], u[1]) not in done]
