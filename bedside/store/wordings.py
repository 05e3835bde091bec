"""The clinic's wordings of the ALSFRS-R (bedside.instruments.wording): added once, never
changed or removed (visits point at them), each audited.

A wording is stored whole (its canonical JSON) under its identity, the SHA-256 of that JSON:
the same wording has the same id on every laptop, and a visit's ``alsfrs_wording`` names it.
"""

from __future__ import annotations

import json

from bedside.instruments.wording import Wording, as_data, canonical_json, parse
from bedside.store.db import Store, utc_now
from bedside.store.errors import Conflict


def add(store: Store, wording: Wording) -> Wording:
    """Store ``wording`` (audited); Conflict when it is there already, or when another
    wording has its language and version."""
    with store.transaction():
        if get(store, wording.id) is not None:
            raise Conflict(f"this wording ({wording.title}, version {wording.version}, "
                           f"{wording.language}) is stored already")
        clash = store.conn.execute(
            "SELECT title FROM instrument_wordings WHERE instrument = ? AND language = ?"
            " AND version = ?", (wording.instrument, wording.language, wording.version),
        ).fetchone()
        if clash:
            raise Conflict(f"another {wording.language} wording has version {wording.version} "
                           f"({clash[0]}): give this one its own version")
        store.execute(
            "INSERT INTO instrument_wordings (wording_id, instrument, language, title,"
            " version, content, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (wording.id, wording.instrument, wording.language, wording.title,
             wording.version, canonical_json(wording), utc_now(), store.user),
        )
        store.audit("add", "wording", wording.id, new=json.dumps(
            {"title": wording.title, "language": wording.language, "version": wording.version,
             "date": wording.date.isoformat(), "source": wording.source,
             "licence_holder": wording.licence_holder}, ensure_ascii=False))
    return wording


def _parsed(content: str) -> Wording:
    return parse(json.loads(content), "database")


def get(store: Store, wording_id: str) -> Wording | None:
    row = store.conn.execute("SELECT content FROM instrument_wordings WHERE wording_id = ?",
                             (wording_id,)).fetchone()
    return _parsed(row[0]) if row else None


def all_wordings(store: Store) -> list[Wording]:
    """Every stored wording, the most recently added first."""
    rows = store.conn.execute(
        "SELECT content FROM instrument_wordings ORDER BY added_at DESC, rowid DESC").fetchall()
    return [_parsed(r[0]) for r in rows]


def for_language(store: Store, language: str) -> Wording | None:
    """The wording a new visit uses in ``language`` ("ka_GE"): the latest added for that
    language exactly, else for its base language ("ka"), else None (the English original)."""
    base = language.replace("-", "_").split("_")[0]
    for wording in all_wordings(store):
        if wording.language.replace("-", "_") == language.replace("-", "_"):
            return wording
    for wording in all_wordings(store):
        if wording.language.replace("-", "_").split("_")[0] == base:
            return wording
    return None


__all__ = ["add", "all_wordings", "as_data", "for_language", "get"]
