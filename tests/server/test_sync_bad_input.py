"""A sync that cannot happen says why in one line and changes nothing, on the laptop or the
server (SPEC §7: exit 1 when the server is unreachable or fails, 2 on bad input)."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest
from laptops import day, run


def dump(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def laptop(laptops, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent/pgpass")
    a = laptops("a")
    a.add_patient("P1")
    a.sign("P1", day(3))
    a.close()
    return a


def refused(laptop, *args: str) -> tuple[int, str]:
    before = dump(laptop.path)
    code, out, err = run("--db", str(laptop.path), "sync", *args)
    assert out == "" and len(err.strip().splitlines()) == 1, err
    assert dump(laptop.path) == before  # nothing changed here
    return code, err


def test_an_unreachable_server(laptop):
    code, err = refused(laptop, "--server",
                        "postgresql://nurse@127.0.0.1:1/clinic?connect_timeout=2")
    assert code == 1 and "cannot be reached" in err and "nothing was changed" in err


def test_a_wrong_password(laptop, pg, clinic_url):
    url = clinic_url.replace("admin-secret-1", "not-the-password")
    code, err = refused(laptop, "--server", url)
    assert code == 1 and "password authentication failed" in err
    assert "not-the-password" not in err


def test_no_password_found(laptop, clinic_url):
    code, err = refused(laptop, "--server", clinic_url.replace(":admin-secret-1", ""))
    assert code == 1 and "asks for a password" in err and "PGPASSWORD" in err


def test_a_server_without_the_schema(laptop, pg):
    server_url = pg.url(dbname=pg.create_database("no_schema_yet"))
    code, err = refused(laptop, "--server", server_url)
    assert code == 1 and "no Bedside schema" in err and "bedside server migrate" in err
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone()[0] == 0


def test_a_server_with_a_newer_schema(laptop, clinic_url):
    with psycopg.connect(clinic_url, autocommit=True) as conn:
        conn.execute("INSERT INTO bedside_schema (version) VALUES (99)")
    code, err = refused(laptop, "--server", clinic_url)
    assert code == 1 and "schema 99, newer than this Bedside knows" in err
    with psycopg.connect(clinic_url) as conn:
        assert conn.execute("SELECT count(*) FROM records").fetchone()[0] == 0


@pytest.mark.parametrize("url", [
    "postgresql://clinic@db.hospital.example/bedside",
    "host=10.1.2.3 dbname=bedside sslmode=prefer",
])
def test_a_remote_server_without_tls(laptop, url):
    code, err = refused(laptop, "--server", url)
    assert code == 2 and "sslmode=verify-full" in err


def test_no_server_given_or_set(laptop):
    code, err = refused(laptop)
    assert code == 2 and "--server URL" in err


def test_a_url_that_is_not_one(laptop):
    code, err = refused(laptop, "--server", "host=")
    assert code in (1, 2) and "server" in err
