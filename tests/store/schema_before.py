"""A database as an earlier Bedside left it: made by the migrations before the one a test
upgrades through, then filled by the test and opened with today's Bedside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bedside.store.migrations import MIGRATIONS

NOW = "2026-11-01T00:00:00+00:00"


def database_before(path: Path, count: int, *, foreign_keys: bool = False) -> sqlite3.Connection:
    """An open connection to ``path`` at schema ``count`` (its first ``count`` migrations
    applied and recorded)."""
    conn = sqlite3.connect(path, isolation_level=None)
    if foreign_keys:
        conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                 " applied_at TEXT NOT NULL)")
    conn.create_function("bedside_new_uid", 0, lambda: None)  # (no old row to give one)
    for number, (name, apply) in enumerate(MIGRATIONS[:count], start=1):
        apply(conn)
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (number, name, NOW))
    return conn
