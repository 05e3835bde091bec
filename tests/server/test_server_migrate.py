"""`bedside server migrate URL` against a real PostgreSQL: create, upgrade, refuse."""

from __future__ import annotations

import psycopg
import pytest

from bedside.cli import main
from bedside.server import schema

pytestmark = pytest.mark.slow


def tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        return {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def test_migrate_creates_the_schema_then_says_it_is_up_to_date(server_url, capsys):
    assert main(["server", "migrate", server_url]) == 0
    out = capsys.readouterr().out
    assert f"schema 0 -> {schema.CURRENT_VERSION}" in out
    assert "admin-secret" not in out  # the password is never printed
    assert {"bedside_schema", "laptops", "records", "pushes"} <= tables(server_url)
    assert main(["server", "migrate", server_url]) == 0
    assert "up to date" in capsys.readouterr().out


def test_received_records_cannot_be_changed_on_the_server(server_url):
    assert main(["server", "migrate", server_url]) == 0
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("INSERT INTO laptops (laptop_uid, name) VALUES "
                     "('018f0000-0000-7000-8000-000000000001', 'ward laptop')")
        conn.execute("INSERT INTO pushes (id, laptop_uid, stored, already_there, refused)"
                     " VALUES (1, '018f0000-0000-7000-8000-000000000001', 1, 0, 0)")
        conn.execute("INSERT INTO records (uid, kind, content, push_id) VALUES "
                     "('018f0000-0000-7000-8000-000000000002', 'event', '{}', 1)")
        for statement in ("UPDATE records SET content = '{\"x\": 1}'", "DELETE FROM records",
                          "DELETE FROM pushes", "UPDATE bedside_server SET created_at = now()"):
            with pytest.raises(psycopg.errors.RaiseException, match="never changed"):
                conn.execute(statement)
        assert conn.execute("SELECT content FROM records").fetchone() == ("{}",)


def test_a_newer_server_schema_is_refused_and_left_alone(server_url, capsys):
    assert main(["server", "migrate", server_url]) == 0
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("INSERT INTO bedside_schema (version) VALUES (99)")
    capsys.readouterr()
    assert main(["server", "migrate", server_url]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "schema 99, newer than this Bedside knows" in err
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT max(version) FROM bedside_schema").fetchone() == (99,)


def test_wrong_password_is_one_line_and_exit_1(pg, capsys):
    url = pg.url(password="not-the-password")
    assert main(["server", "migrate", url]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "password authentication failed" in err and "nothing was changed" in err
    assert "not-the-password" not in err


def test_unreachable_server_is_one_line_and_exit_1(pg, capsys):
    url = "postgresql://bedside_admin@127.0.0.1:1/postgres?connect_timeout=2"
    assert main(["server", "migrate", url]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cannot be reached" in err


@pytest.mark.parametrize("url", [
    "postgresql://clinic@db.hospital.example/bedside",
    "host=10.1.2.3 dbname=bedside sslmode=prefer",
    "postgresql://clinic@db.hospital.example/bedside?sslmode=disable",
])
def test_a_remote_server_without_tls_is_refused_before_connecting(url, capsys):
    assert main(["server", "migrate", url]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "sslmode=verify-full" in err


def test_a_role_without_create_rights_is_told_so_and_nothing_is_made(pg, server_url, capsys):
    pg.create_role("nurse_laptop", "laptop-secret-1")
    db = server_url.rsplit("/", 1)[1]
    pg.sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC", dbname=db)
    url = pg.url(user="nurse_laptop", password="laptop-secret-1", dbname=db)
    assert main(["server", "migrate", url]) == 1
    err = capsys.readouterr().err.strip()
    assert "refused the migration" in err and "permission denied" in err
    assert tables(server_url) == set()
