"""Where the database lives: --db, then BEDSIDE_DB, then the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Bedside"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "bedside.sqlite3"


def demo_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo.sqlite3"


def resolve_db_path(cli_value: str | None = None) -> Path:
    if cli_value:
        return Path(cli_value)
    env = os.environ.get("BEDSIDE_DB")
    if env:
        return Path(env)
    return default_db_path()
