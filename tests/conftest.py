"""Shared test setup: headless Qt, a fresh database per test."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English whatever the machine's language: the app's default is the system's
# (tests/i18n choose Georgian and Russian themselves).
os.environ["LANGUAGE"] = "en"
# Settings a test saves (window size, last examiner) never land in the user's own config.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bedside-test-config-")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _english(request):
    """Every test starts in English (the Qt-free side too); a test using Qt gets Bedside's
    English translator (its plural forms), as the app installs it."""
    from bedside import i18n

    i18n.use_language("en")
    if "qapp" in request.fixturenames:
        request.getfixturevalue("qapp")
        from bedside.ui import language

        language.install("en")
    yield
    i18n.use_language("en")


def pytest_configure(config):
    """Bedside's and the tests' sources compiled to bytecode once, before any test: the tests
    start hundreds of `bedside` and helper processes, and under PYTHONDONTWRITEBYTECODE=1 (or
    in a fresh clone) each would compile the same sources again, where an installed copy has
    them compiled. Done by the controller only; xdist's workers find the files in place."""
    if hasattr(config, "workerinput"):
        return
    import compileall
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for folder in ("bedside", "tests"):
        compileall.compile_dir(root / folder, quiet=1)


# The longest test files, longest first (bench/RESULTS.md, "make test under four minutes"):
# `make test` hands each file whole to the first worker free, so a long file handed out last
# would keep one worker busy long after the other has finished.
LONGEST_FIRST = (
    "packaging/test_bundle.py", "ui/test_text_scale.py", "safety/test_crash_kill.py",
    "server/test_sync_faults.py", "access/test_signin_hardening.py",
    "safety/test_restore_kill.py", "keyboard/test_visit_path.py", "safety/test_creation.py",
    "ui/test_app.py", "wording/test_wording_visits.py", "server/test_sync_convergence.py",
    "interchange/test_roundtrip_property.py", "packaging/test_pip_install.py",
)


# Slow as a whole: each test there starts the app at a real X server, or needs the PostgreSQL
# cluster the group starts (`-m "not slow"` leaves them out).
SLOW_FOLDERS = ("tests/keyboard/", "tests/server/")


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects
def pytest_collection_modifyitems(items):
    """The slow groups marked; the longest files first, then the others in their usual order
    (each file's tests stay in theirs)."""
    for item in items:
        if item.nodeid.startswith(SLOW_FOLDERS):
            item.add_marker(pytest.mark.slow)
    rank = {f"tests/{name}": n for n, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))


@pytest.fixture(autouse=True)
def _cheapest_argon2(request, monkeypatch):
    """Password hashes and keys-file entries made at argon2's cheapest (tests/cheap_argon2.py
    says why), but in the tests marked `production_argon2`."""
    if request.node.get_closest_marker("production_argon2"):
        return
    from argon2 import PasswordHasher

    from bedside.store import accounts, keyfile
    from tests.cheap_argon2 import CHEAPEST

    monkeypatch.setattr(keyfile, "KDF", dict(CHEAPEST))
    monkeypatch.setattr(accounts, "_hasher", PasswordHasher(**CHEAPEST))


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


class FakeClock:
    """The sign-in throttle's clock, advanced only by its own sleep: the waits are exact."""

    def __init__(self) -> None:
        self.t = 2_000_000_000.0
        self.waits: list[float] = []

    def now(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.t += seconds


@pytest.fixture
def clock(monkeypatch):
    from bedside.store import throttle

    c = FakeClock()
    monkeypatch.setattr(throttle, "now", c.now)
    return c
