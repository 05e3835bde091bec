"""Issue 17, finding 11: a command run against a mistyped database path creates nothing. Only
the commands that create a database (import, demo-data, accounts add; the app's first start)
may make one, and when they fail, nothing of it stays behind."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.cheap_argon2 import BEDSIDE, command_env
from tests.safety.conftest import folder_state


def bedside(db: Path, *argv: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items()
                   if k not in ("BEDSIDE_USER", "BEDSIDE_PASSWORD_FILE")}
    environment.update(BEDSIDE_DB=str(db), **env)
    return subprocess.run([*BEDSIDE, *argv], env=command_env(environment),
                          text=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "bad.csv").write_text("patient_id,visit_date,Q1_Speech\nP1,2024-01-02,9\n",
                                    encoding="utf-8")
    (folder / "good.csv").write_text("patient_id,visit_date,Q1_Speech\nP1,2024-01-02,4\n",
                                     encoding="utf-8")
    (folder / "short-pw").write_text("short\n", encoding="utf-8")
    (folder / "backup.sqlite3").write_bytes(b"not a backup")
    return folder


def failing_commands(inputs: Path) -> list[tuple[list[str], dict[str, str]]]:
    return [
        (["import", str(inputs / "bad.csv")], {}),
        (["import", str(inputs / "missing.csv")], {}),
        (["accounts", "add", "alice"], {"BEDSIDE_USER": "alice",
                                        "BEDSIDE_PASSWORD_FILE": str(inputs / "short-pw")}),
        (["accounts", "add", "alice", "--encrypt"],
         {"BEDSIDE_USER": "alice", "BEDSIDE_PASSWORD_FILE": str(inputs / "short-pw")}),
        (["export"], {}), (["export", "--events", "-o", str(inputs / "e.csv")], {}),
        (["report", "--patient", "P1", "-o", str(inputs / "s.pdf")], {}),
        (["backup"], {}), (["backup", "-o", str(inputs / "b.sqlite3")], {}), (["check"], {}),
        (["accounts", "list"], {}), (["encrypt"], {}),
        (["restore", str(inputs / "backup.sqlite3")], {}),
    ]


def test_a_failed_command_on_a_mistyped_path_creates_no_folder_and_no_file(tmp_path, inputs):
    typo = tmp_path / "Bedsdie" / "data" / "bedside.sqlite3"
    for argv, env in failing_commands(inputs):
        run = bedside(typo, *argv, **env)
        assert run.returncode in (1, 2), (argv, run.stderr)
        assert len(run.stderr.strip().splitlines()) <= 2, (argv, run.stderr)
        assert not (tmp_path / "Bedsdie").exists(), argv
    assert sorted(p.name for p in inputs.iterdir()) == [
        "backup.sqlite3", "bad.csv", "good.csv", "short-pw"]


def test_a_failed_first_import_leaves_its_folder_as_it_was(tmp_path, inputs):
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "notes.txt").write_text("the clinic's own file\n", encoding="utf-8")
    before = folder_state(folder)
    db = folder / "bedside.sqlite3"
    for argv, env in failing_commands(inputs):
        assert bedside(db, *argv, **env).returncode in (1, 2), argv
        assert folder_state(folder) == before, argv


def test_the_commands_that_create_do_create(tmp_path, inputs):
    made = tmp_path / "new" / "bedside.sqlite3"
    assert bedside(made, "import", str(inputs / "good.csv")).returncode == 0
    assert made.is_file()
    other = tmp_path / "other" / "bedside.sqlite3"
    assert bedside(other, "demo-data", "--patients", "1").returncode == 0
    assert other.is_file()
