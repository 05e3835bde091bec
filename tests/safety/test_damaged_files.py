"""Damaged or foreign files: the store opens nothing for writing and changes nothing."""

from __future__ import annotations

import random
import shutil
import sqlite3

import pytest

from bedside.store import NotADatabase, SchemaTooNew, Store, health, patients
from tests.safety.conftest import fill, snapshot

PAGE = 4096


def _truncate_half(p):
    p.write_bytes(p.read_bytes()[: (p.stat().st_size // PAGE // 2) * PAGE])


def _truncate_header(p):
    p.write_bytes(p.read_bytes()[:60])


def _truncate_odd(p):
    p.write_bytes(p.read_bytes()[:-1000])


def _garbage(p):
    p.write_bytes(random.Random(7).randbytes(3 * PAGE))


def _garbage_inside(p):
    data = bytearray(p.read_bytes())
    data[2 * PAGE : 4 * PAGE] = random.Random(8).randbytes(2 * PAGE)
    p.write_bytes(bytes(data))


def _text(p):
    p.write_text("patient_id,visit_date,Q1_Speech\nP001,2024-05-01,4\n", encoding="utf-8")


def _accented_csv(p):  # the 100-byte header read ends inside the "é"
    p.write_text("\ufeffpatient_id,family_name\n" + "P001," + "x" * 68 + "é" + "\n" * 20,
                 encoding="utf-8")


def _newer_schema(p):
    c = sqlite3.connect(p)
    c.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    c.commit()
    c.close()


def _other_program(p):
    p.unlink()
    c = sqlite3.connect(p)
    c.execute("CREATE TABLE contacts (name TEXT)")
    c.commit()
    c.close()


def _empty_with_journal(p):
    (p.parent / (p.name + "-wal")).write_bytes(random.Random(9).randbytes(PAGE))
    p.write_bytes(b"")


CASES = {
    "truncated to half": (_truncate_half, "cut off", NotADatabase),
    "truncated inside the header": (_truncate_header, "cut off", NotADatabase),
    "truncated mid-page": (_truncate_odd, "cut off", NotADatabase),
    "garbage bytes": (_garbage, "not a Bedside database", NotADatabase),
    "garbage inside the file": (_garbage_inside, "damaged", NotADatabase),
    "a text file": (_text, "text file", NotADatabase),
    "a CSV file with accents and a BOM": (_accented_csv, "text file", NotADatabase),
    "a newer schema": (_newer_schema, "newer version of Bedside", SchemaTooNew),
    "another program's database": (_other_program, "another program", NotADatabase),
    "empty file with a journal": (_empty_with_journal, "journal", NotADatabase),
}


@pytest.mark.parametrize("case", list(CASES))
def test_store_refuses_and_leaves_the_file_untouched(filled_db, case):
    damage, words, error = CASES[case]
    damage(filled_db)
    before = snapshot(filled_db)
    with pytest.raises(error) as raised:
        Store.open(filled_db)
    message = str(raised.value)
    assert words in message and str(filled_db) in message
    assert snapshot(filled_db) == before  # bytes, mtime, no -wal/-shm created
    verdict = health.inspect(filled_db, thorough=True)
    assert not verdict.ok and words in verdict.problem
    assert snapshot(filled_db) == before


def _bedside_db_with_live_journal(tmp_path, name):
    """Another Bedside database, with its -wal as a crash would leave it."""
    other = tmp_path / name
    fill(other, n_patients=2, seed=5)
    store = Store.open(other)
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    for n in range(5):
        patients.add(store, patients.get(store, "P000").__class__(f"X{n}"))
    wal = other.parent / (other.name + "-wal")
    copy = wal.read_bytes()
    store.close()
    return copy


def test_a_leftover_journal_of_another_database_is_refused(filled_db, tmp_path):
    foreign = tmp_path / "elsewhere"
    foreign.mkdir()
    wal_bytes = _bedside_db_with_live_journal(foreign, "other.sqlite3")
    (filled_db.parent / (filled_db.name + "-wal")).write_bytes(wal_bytes)
    before = snapshot(filled_db)
    with pytest.raises(NotADatabase, match="belongs to another database"):
        Store.open(filled_db)
    assert snapshot(filled_db) == before


def test_a_journal_of_another_program_is_refused(filled_db, tmp_path):
    other = tmp_path / "x.db"
    c = sqlite3.connect(other, isolation_level=None)
    c.execute("PRAGMA journal_mode = WAL")
    c.execute("PRAGMA wal_autocheckpoint = 0")
    c.execute("CREATE TABLE t (x)")
    c.executemany("INSERT INTO t VALUES (?)", [("y" * 100,)] * 200)
    shutil.copyfile(tmp_path / "x.db-wal", filled_db.parent / (filled_db.name + "-wal"))
    c.close()
    before = snapshot(filled_db)
    with pytest.raises(NotADatabase, match="journal"):
        Store.open(filled_db)
    assert snapshot(filled_db) == before


def test_its_own_journal_after_a_crash_is_accepted(filled_db):
    store = Store.open(filled_db)
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    patients.add(store, patients.get(store, "P000").__class__("CRASH1"))
    wal = filled_db.parent / (filled_db.name + "-wal")
    kept_db, kept_wal = filled_db.read_bytes(), wal.read_bytes()
    store.close()
    filled_db.write_bytes(kept_db)  # as a power cut leaves them: the change only in the -wal
    wal.write_bytes(kept_wal)
    with Store.open(filled_db) as again:
        assert patients.get(again, "CRASH1") is not None
