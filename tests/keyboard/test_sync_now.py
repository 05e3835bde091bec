"""File > Sync now at a real keyboard, against a real PostgreSQL (the tests' own cluster):
what another laptop sent arrives in the database the app shows, and what this laptop holds is
on the server. Asserted on what the server and the laptop's database hold."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from tests.keyboard.conftest import export, wait_for

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
import pg_cluster  # noqa: E402
from laptops import a_visit, day, new_patient  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture
def clinic_url():
    from bedside.server import schema

    cluster = pg_cluster.create()
    try:
        url = cluster.url(dbname=cluster.create_database("clinic"))
        schema.migrate_url(url)
        yield url
    finally:
        cluster.destroy()


def laptop(path: Path, url: str, patient: str, when: int):
    """A laptop's database holding one patient and one signed visit, its server set."""
    from bedside.operations import sync as sync_op
    from bedside.store import Store, patients, visits

    store = Store.open(path)
    patients.add(store, new_patient(patient))
    draft = visits.save_draft(store, a_visit(patient, day(when), seed=when))
    visits.sign(store, draft.visit_id, "Dr Test")
    sync_op.set_server_url(store, url)
    return store


def on_server(url: str) -> set[str]:
    """The patient identifiers whose details the server holds."""
    import psycopg

    with psycopg.connect(url) as conn:
        return {r[0] for r in conn.execute(
            "SELECT content->>'patient_id' FROM records_json WHERE kind = 'patient'")}


def test_sync_now_sends_and_receives(app_factory, tmp_path, clinic_url, monkeypatch):
    from bedside.operations import sync as sync_op
    from bedside.store import backup

    monkeypatch.setattr(backup, "AUTO_BACKUP", False)
    monkeypatch.setenv("BEDSIDE_USER", "tester")
    mine = laptop(tmp_path / "ward.sqlite3", clinic_url, "KB-1", 10)
    mine.close()
    app = app_factory(tmp_path / "ward.sqlite3")
    app.env["PGPASSWORD"] = conninfo_to_dict(clinic_url)["password"]  # (as libpq finds it)
    app.start()
    wait_for(lambda: "KB-1" in on_server(clinic_url), app=app,
             why="the sync at start sending KB-1")
    other = laptop(tmp_path / "clinic.sqlite3", clinic_url, "KB-2", 20)
    sync_op.sync(other, clinic_url)  # another laptop sends a patient and a visit meanwhile
    other.close()
    assert on_server(clinic_url) == {"KB-1", "KB-2"}
    assert [r["patient_id"] for r in export(app.db)] == ["KB-1"]  # (the next sync is minutes off)
    app.key("alt+f")
    app.key("y")  # File > S&ync now
    rows = wait_for(lambda: [r for r in export(app.db) if r["patient_id"] == "KB-2"], app=app,
                    why="KB-2's visit received at Sync now")
    assert rows[0]["visit_date"] == day(20).isoformat()
    assert [r["patient_id"] for r in export(app.db)] == ["KB-1", "KB-2"]
