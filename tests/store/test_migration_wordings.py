"""The migration that lets two wordings share a language and version (received from two
laptops): a database of the schema before it opens with its wordings and the visits that name
them as they were, a stored wording still never changed or removed, a visit still unable to
name a wording that is not there."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from bedside.domain import Visit
from bedside.instruments.wording import canonical_json, parse
from bedside.store import Store, visits, wordings
from bedside.store.migrations import LATEST, MIGRATIONS, _m009_wordings_sharing_a_version
from tests.store.schema_before import database_before
from tests.wording.wording_files import test_wording_data

NOW = "2026-11-01T00:00:00+00:00"
BEFORE = [f for _, f in MIGRATIONS].index(_m009_wordings_sharing_a_version)


def test_wordings_and_the_visits_naming_them_come_over(tmp_path):
    path = tmp_path / "v7.sqlite3"
    conn = database_before(path, BEFORE)
    kept = [parse(test_wording_data(version=v), "w.json") for v in ("1", "2")]
    for n, w in enumerate(kept):
        conn.execute("INSERT INTO instrument_wordings (wording_id, instrument, language, title,"
                     " version, content, added_at, added_by, received_seq) VALUES"
                     " (?, ?, ?, ?, ?, ?, ?, 'Dr K', ?)",
                     (w.id, w.instrument, w.language, w.title, w.version, canonical_json(w),
                      NOW, n or None))
    conn.close()

    with Store.open(path, "Dr K") as store:
        assert store.schema_version() == LATEST
        assert [w.id for w in wordings.all_wordings(store)] == [kept[1].id, kept[0].id]
        assert store.conn.execute("SELECT added_by, received_seq, wording_uid FROM"
                                  " instrument_wordings ORDER BY rowid").fetchall() == [
            ("Dr K", None, _uid(kept[0].id)), ("Dr K", 1, _uid(kept[1].id))]
        store.conn.execute("INSERT INTO patients (patient_uid, patient_id, created_at) VALUES"
                           " ('0190f5c2-7b1e-7cc4-9a3e-1f2b3c4d5e01', 'P1', ?)", (NOW,))
        draft = visits.save_draft(store, replace(
            Visit(patient_id="P1", visit_date=date(2026, 1, 5), examiner="Dr K"),
            alsfrs_wording=kept[0].id))
        assert visits.get(store, draft.visit_id).alsfrs_wording == kept[0].id
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            store.conn.execute("UPDATE instrument_wordings SET title = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="cannot be removed"):
            store.conn.execute("DELETE FROM instrument_wordings")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            store.conn.execute("UPDATE visits SET alsfrs_wording = ? WHERE id = ?",
                               ("f" * 64, draft.visit_id))


def _uid(wording_id: str) -> str:
    h = wording_id
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
