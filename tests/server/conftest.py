"""A real PostgreSQL for the clinic-server tests: one cluster per test session, a fresh
database per test. A machine without PostgreSQL fails these tests (never skips)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import pg_cluster  # noqa: E402

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg():
    cluster = pg_cluster.create()
    yield cluster
    cluster.destroy()


@pytest.fixture
def server_url(pg):
    """The URL of a new, empty database on the test server (no Bedside schema yet)."""
    name = pg.create_database(f"clinic{next(_names)}")
    return pg.url(dbname=name)


@pytest.fixture(autouse=True)
def _no_automatic_backups(monkeypatch):
    """A backup at every open and close is not what these tests are about (tests/safety)."""
    from bedside.store import backup

    monkeypatch.setattr(backup, "AUTO_BACKUP", False)


@pytest.fixture
def clinic_url(server_url):
    """A server database with Bedside's schema: the clinic's server."""
    from bedside.server import schema

    schema.migrate_url(server_url)
    return server_url


@pytest.fixture
def laptops(tmp_path, clinic_url, monkeypatch):
    """make(name) -> a Laptop of the clinic; all closed at the end."""
    from laptops import Laptop

    monkeypatch.setenv("BEDSIDE_USER", "tester")
    made: list[Laptop] = []

    def make(name: str) -> Laptop:
        laptop = Laptop(tmp_path / f"{name}.sqlite3", clinic_url)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()
