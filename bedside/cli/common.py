"""What every command shares: the database choice, opening it, error exits."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bedside.store import Store, StoreError, accounts, resolve_db_path

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class CommandError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def db_path(args: argparse.Namespace) -> Path:
    return resolve_db_path(getattr(args, "db", None))


@contextmanager
def open_store(args: argparse.Namespace, sign_in: bool = True) -> Iterator[Store]:
    """Open the chosen database; a protected one signs the examiner in first."""
    try:
        store = Store.open(db_path(args))
    except StoreError as e:
        raise CommandError(str(e), EXIT_FAILURE) from None
    try:
        if sign_in and accounts.has_accounts(store):
            from bedside.cli import credentials

            try:
                accounts.sign_in(store, credentials.examiner_name(), credentials.password())
            except accounts.SignInFailed as e:
                raise CommandError(f"{e}; nothing was done", EXIT_BAD_INPUT) from None
        yield store
    finally:
        store.close()


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Accept --db after the command too (`bedside import --db x.sqlite3 f.csv`)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: BEDSIDE_DB, then the user data folder)")


def err(message: str) -> None:
    print(message, file=sys.stderr)
