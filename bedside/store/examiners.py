"""Examiner accounts: how many the database holds (no accounts = open without sign-in)."""

from __future__ import annotations

from bedside.store.db import Store


def count(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM examiners").fetchone()[0])
