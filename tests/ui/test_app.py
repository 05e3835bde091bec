"""`bedside --quit-after-start` as SPEC §1 says, run as a user runs it: in its own process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bedside.store import Store, visits


def _run(*args: str, env_extra: dict | None = None, tmp_path=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "bedside", *args], capture_output=True,
                          text=True, timeout=60, env=env)


def test_quit_after_start_prints_startup_ms_and_exits_0(db_path):
    result = _run("--db", str(db_path), "--quit-after-start")
    assert result.returncode == 0, result.stderr
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("startup_ms=")]
    assert 0 < int(line.split("=")[1]) < 20000
    assert db_path.exists()


def test_a_file_that_is_not_a_database_exits_1_with_the_message(tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("these are not the patients you are looking for\n")
    result = _run("--db", str(bad), "--quit-after-start")
    assert result.returncode == 1
    assert "not a Bedside database" in result.stderr
    assert str(bad) in result.stderr
    assert "startup_ms" not in result.stdout
    assert bad.read_text().startswith("these are not")  # left untouched


@pytest.mark.slow
def test_demo_opens_a_separate_filled_database(tmp_path, db_path):
    result = _run("--demo", "--quit-after-start",
                  env_extra={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    demo = tmp_path / "data" / "Bedside" / "demo.sqlite3"
    with Store.open(demo) as store:
        assert store.conn.execute("SELECT count(*) FROM patients").fetchone()[0] >= 20
        assert store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] > 100
    assert not db_path.exists()  # the real database was not touched


HEAVY_AT_START = ("pyqtgraph", "bedside.ui.trends", "numpy", "reportlab", "argon2")


def test_startup_loads_no_library_a_first_paint_does_not_need(store, tmp_path):
    """The real entry point, up to the first paint: no plotting, PDF, hashing or numpy."""
    code = (
        "import sys\n"
        "from bedside.cli import main\n"
        f"code = main(['--db', {str(store.path)!r}, '--quit-after-start'])\n"
        f"print(code, sorted(m for m in {HEAVY_AT_START!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 []"


NOT_BEFORE_FIRST_PAINT = (*HEAVY_AT_START, "bedside.store", "bedside.cli.data_commands",
                          "importlib.metadata")


def test_the_window_paints_before_the_database_is_opened(store, tmp_path):
    """At the first paint the window says the database is being opened, and neither the store
    nor the command line's commands nor the package metadata have been loaded yet."""
    code = (
        "import sys\n"
        "from bedside.ui.main_window import MainWindow\n"
        "seen = []\n"
        "def record():\n"
        f"    heavy = sorted(m for m in {NOT_BEFORE_FIRST_PAINT!r} if m in sys.modules)\n"
        "    w = next(w for w in __import__('PySide6.QtWidgets').QtWidgets.QApplication"
        ".topLevelWidgets() if isinstance(w, MainWindow))\n"
        "    seen.append((w.patient_list.count.text(), heavy))\n"
        "original = MainWindow.__init__\n"
        "def init(self, *a, **k):\n"
        "    original(self, *a, **k)\n"
        "    self.first_painted.connect(record)\n"
        "MainWindow.__init__ = init\n"
        "from bedside.cli import main\n"
        f"code = main(['--db', {str(store.path)!r}, '--quit-after-start'])\n"
        "print(code, seen)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 [('Opening the database…', [])]"


def test_unsigned_draft_is_reported_not_lost(db_path, store, patient_with_visits):
    from datetime import date

    from bedside.domain import Visit

    visits.save_draft(store, Visit("P-1", date(2025, 2, 1), "Dr. K", alsfrs={"Q1_Speech": 3}))
    result = _run("--db", str(db_path), "--quit-after-start")
    assert result.returncode == 0
    assert "1 unsigned visit would be offered for resuming" in result.stderr
    assert len(visits.drafts(store)) == 1


def test_protected_database_stops_at_sign_in_without_credentials(db_path, store, tmp_path):
    from bedside.store import accounts

    accounts.create(store, "Dr. Keller", "correct horse 1")
    env = {k: v for k, v in os.environ.items() if k not in ("BEDSIDE_USER",
                                                            "BEDSIDE_PASSWORD_FILE")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-m", "bedside", "--db", str(db_path),
                             "--quit-after-start"], capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 1
    assert "protected by examiner accounts" in result.stderr
    assert "BEDSIDE_PASSWORD_FILE" in result.stderr
    secret = tmp_path / "pw.txt"
    secret.write_text("correct horse 1\n")
    ok = _run("--db", str(db_path), "--quit-after-start",
              env_extra={"BEDSIDE_USER": "Dr. Keller", "BEDSIDE_PASSWORD_FILE": str(secret)})
    assert ok.returncode == 0, ok.stderr
    assert "startup_ms=" in ok.stdout
    secret.write_text("wrong password\n")
    bad = _run("--db", str(db_path), "--quit-after-start",
               env_extra={"BEDSIDE_USER": "Dr. Keller", "BEDSIDE_PASSWORD_FILE": str(secret)})
    assert bad.returncode == 1 and "startup_ms" not in bad.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland: Linux only")
def test_without_a_display_it_says_so_in_one_line_and_how_to_get_one(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["BEDSIDE_DB"] = str(tmp_path / "never.sqlite3")
    result = subprocess.run([sys.executable, "-m", "bedside", "--demo"], capture_output=True,
                            text=True, timeout=60, env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr and "xvfb-run" in result.stderr
    assert not (tmp_path / "never.sqlite3").exists()
