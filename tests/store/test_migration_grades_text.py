"""Migration 3: a database written with forty grade columns opens with every grade, reason and
guard kept, the grades now one text per visit (since schema 4 a column of the visit's row)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from bedside.domain import MrcCell, Visit
from bedside.instruments import protocols
from bedside.store import Store, visits
from bedside.store.migrations import LATEST, MRC_CODES
from tests.store.schema_before import database_before


def _schema_2_database(path) -> list[str]:
    """A database as schema 2 left it: one signed visit graded on a protocol, every code used
    once, one cell of the layout left ungraded, and one NT with its reason. Returns the
    layout's cells."""
    conn = database_before(path, 2, foreign_keys=True)
    now = "2026-11-01T00:00:00+00:00"
    conn.execute("INSERT INTO patients (id, patient_id, created_at) VALUES (1, 'P1', ?)", (now,))
    conn.execute("INSERT INTO visits (id, patient_ref, visit_date, mrc_protocol, status,"
                 " signed_by, signed_at, created_at) VALUES (1, 1, '2025-01-02',"
                 " 'als_clinic', 'signed', 'Dr K', ?, ?)", (now, now))
    cells = list(protocols()["als_clinic"].cells)
    conn.execute("INSERT INTO mrc_layouts (id, cells) VALUES (1, ?)", (json.dumps(cells),))
    codes = [*MRC_CODES, None]  # the last graded cell is followed by one left ungraded
    names = [f"g{n:02d}" for n in range(1, len(codes) + 1)]
    conn.execute(f"INSERT INTO mrc_grades (visit_id, layout, {', '.join(names)})"
                 f" VALUES (1, 1, {', '.join('?' * len(codes))})", codes)
    nt_cell = cells[MRC_CODES.index("NT")]
    conn.execute("INSERT INTO mrc_not_tested VALUES (1, ?, 'cast')", (nt_cell,))
    conn.close()
    return cells


def test_grades_of_schema_2_come_back_the_same_after_migration(tmp_path):
    path = tmp_path / "old.sqlite3"
    cells = _schema_2_database(path)
    assert len(cells) > len(MRC_CODES) + 1  # the rest of the layout is not graded either
    with Store.open(path) as store:
        (visit,) = visits.for_patient(store, "P1")
        expected = {cell: MrcCell(code, "cast" if code == "NT" else "")
                    for cell, code in zip(cells, MRC_CODES, strict=False)}
        assert dict(visit.mrc) == expected
        stored = store.conn.execute("SELECT mrc_grades FROM visits").fetchone()[0]
        assert stored == "012c3Cd4De5N" + "." * (len(cells) - len(MRC_CODES))
        tables = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert not {"mrc_grades_v2", "mrc_not_tested_v2", "mrc_grades", "mrc_grades_v3"} & tables
        # the guards of a signed visit's grades are in place again
        for sql in ("UPDATE visits SET mrc_grades = '5' WHERE id = 1",
                    "UPDATE visits SET mrc_not_tested = NULL WHERE id = 1",
                    "DELETE FROM visits WHERE id = 1"):
            with pytest.raises(sqlite3.IntegrityError, match="signed visit"):
                store.conn.execute(sql)
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == LATEST


def test_a_visit_saved_after_migration_keeps_its_grades(tmp_path):
    path = tmp_path / "old.sqlite3"
    _schema_2_database(path)
    with Store.open(path) as store:
        grades = {"deltoid": MrcCell("4-"), "biceps": MrcCell("NT", "pain")}
        draft = visits.save_draft(store, Visit("P1", date(2025, 3, 1), mrc=grades))
        (again,) = [v for v in visits.drafts(store) if v.visit_id == draft.visit_id]
        assert dict(again.mrc) == grades


def test_the_database_as_it_was_is_kept_aside_before_the_upgrade(tmp_path):
    from bedside.store import backup, health

    path = tmp_path / "old.sqlite3"
    _schema_2_database(path)
    with Store.open(path):
        pass
    kept = [b for b in backup.list_backups(path) if b.reason == backup.BEFORE_UPGRADE]
    assert len(kept) == 1
    assert health.inspect(kept[0].path, thorough=True).state == "ok"
    with sqlite3.connect(kept[0].path) as conn:  # schema 2, the grades in their columns
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 2
        assert conn.execute("SELECT g01, g12 FROM mrc_grades").fetchone() == ("0", "NT")
    for _ in range(backup.KEEP_RECENT + 2):  # rotation never takes it away
        with Store.open(path) as store:
            store.backup()
    assert kept[0].path.exists()
    with Store.open(path):  # no second one: there is nothing left to upgrade
        pass
    assert [b.path for b in backup.list_backups(path)
            if b.reason == backup.BEFORE_UPGRADE] == [kept[0].path]


def test_an_upgrade_that_would_drop_a_grade_changes_nothing_and_says_why(tmp_path):
    """A grade past its layout's cells (schema 2's CHECKs let one through) is not cut off:
    the upgrade refuses, the file stays as it was, and a retry keeps no second copy."""
    from bedside.store import StoreError, backup

    path = tmp_path / "old.sqlite3"
    cells = _schema_2_database(path)
    beyond = f"g{len(cells) + 1:02d}"
    with sqlite3.connect(path) as conn:  # as if written before the guard existed
        conn.execute("DROP TRIGGER signed_grades_unchanged")
        conn.execute(f"UPDATE mrc_grades SET {beyond} = '4' WHERE visit_id = 1")
    before = path.read_bytes()
    for _ in range(2):
        with pytest.raises(StoreError, match=f"upgrade from schema 2 to {LATEST} failed.*cannot "
                           "read"):
            Store.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 2
        assert conn.execute(f"SELECT {beyond} FROM mrc_grades").fetchone() == ("4",)
    assert len(path.read_bytes()) == len(before)
    kept = [b for b in backup.list_backups(path) if b.reason == backup.BEFORE_UPGRADE]
    assert len(kept) == 1  # the failed retry did not copy the database again


def test_read_only_opening_of_an_older_database_says_to_upgrade_it_first(tmp_path):
    from bedside.store import StoreError

    path = tmp_path / "old.sqlite3"
    _schema_2_database(path)
    with pytest.raises(StoreError, match="schema 2.*upgraded"):
        Store.open_read_only(path)


def test_grades_text_refuses_a_nul_character(tmp_path):
    path = tmp_path / "new.sqlite3"
    _schema_2_database(path)
    with Store.open(path) as store:
        draft = visits.save_draft(store, Visit("P1", date(2025, 3, 1),
                                               mrc={"deltoid": MrcCell("4")}))
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            store.conn.execute("UPDATE visits SET mrc_grades = ? WHERE id = ?",
                               ("5\x00zz", draft.visit_id))
