"""Shared test setup: headless Qt, a fresh database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    """A database path of the test's own; BEDSIDE_DB points at it for commands."""
    path = tmp_path / "bedside.sqlite3"
    monkeypatch.setenv("BEDSIDE_DB", str(path))
    monkeypatch.setenv("BEDSIDE_USER", "tester")
    return path


@pytest.fixture
def store(db_path):
    from bedside.store import Store

    s = Store.open(db_path)
    yield s
    s.close()
