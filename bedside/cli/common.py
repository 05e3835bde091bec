"""What every command shares: the database choice, opening it, error exits."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bedside.store import Store, StoreError, accounts, encryption, resolve_db_path

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class CommandError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def db_path(args: argparse.Namespace) -> Path:
    return resolve_db_path(getattr(args, "db", None))


@contextmanager
def open_store(args: argparse.Namespace, sign_in: bool = True,
               must_exist: bool = False) -> Iterator[Store]:
    """Open the chosen database; a protected one signs the examiner in first.

    ``must_exist``: for commands that only read or copy (export, report, backup), a missing
    file is a mistyped --db or BEDSIDE_DB, never a reason to create an empty database.
    """
    path = db_path(args)
    if must_exist and (not path.is_file() or path.stat().st_size == 0):
        raise CommandError(f"{path}: there is no Bedside database here; check --db or "
                           "BEDSIDE_DB (nothing was created)", EXIT_BAD_INPUT)
    try:
        store = open_encrypted(path) if encryption.needs_key(path) else Store.open(path)
    except StoreError as e:
        raise CommandError(str(e), EXIT_FAILURE) from None
    try:
        if sign_in and store.signed_in is None and accounts.has_accounts(store):
            from bedside.cli import credentials

            try:
                accounts.sign_in(store, credentials.examiner_name(), credentials.password())
            except accounts.SignInFailed as e:
                raise CommandError(f"{e}; nothing was done", EXIT_BAD_INPUT) from None
        yield store
    finally:
        store.close()


def open_encrypted(path: Path) -> Store:
    """An encrypted database: the examiner signs in before anything can be read."""
    from bedside.cli import credentials

    name, password = credentials.examiner_name(), credentials.password()
    try:
        return encryption.open_signed_in(path, name, password)
    except accounts.SignInFailed as e:
        raise CommandError(f"{path}: {e}; nothing was done", EXIT_BAD_INPUT) from None


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Accept --db after the command too (`bedside import --db x.sqlite3 f.csv`)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="database file (default: BEDSIDE_DB, then the user data folder)")


def err(message: str) -> None:
    print(message, file=sys.stderr)
