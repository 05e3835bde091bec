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
