"""What every command shares: the database choice, opening it, error exits."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import IO, Any

from bedside.cli.words import CLI
from bedside.i18n import fill
from bedside.store import Store, StoreError, accounts, encryption, resolve_db_path
from bedside.store.creation import removed_if_failed
from bedside.store.db import writable_here

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2
__all__ = ["CLI"]  # the commands' translations, from bedside.cli.words


class CommandError(Exception):
    """A command cannot go on; ``main`` prints the message (prefixed with the command, unless
    ``plain``: lines of their own, such as an import's problems) and exits with the code."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE, *,
                 plain: bool = False) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.plain = plain


def db_path(args: argparse.Namespace) -> Path:
    return resolve_db_path(getattr(args, "db", None))


def no_database(path: Path) -> CommandError:
    return CommandError(CLI.tr("%1: there is no Bedside database here; check --db or "
                               "BEDSIDE_DB (nothing was created)").replace("%1", str(path)),
                        EXIT_BAD_INPUT)


def database_exists(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


@contextmanager
def open_store(args: argparse.Namespace, *, create: bool = False,
               reading: bool = False) -> Iterator[Store]:
    """Open the chosen database; a protected one signs the examiner in first.

    ``create``: only the commands that make a database (import, demo-data, accounts add) may
    create one, and if they fail, what they created is removed again. For every other command
    a missing file is a mistyped --db or BEDSIDE_DB: refused, nothing created.
    ``reading``: the command only reads (export, report, backup -o, accounts list), so a
    database on a read-only medium is opened for reading.
    """
    path = db_path(args)
    if not create and not database_exists(path):
        raise no_database(path)
    read_only = reading and database_exists(path) and not writable_here(path)
    with removed_if_failed(path) if create else nullcontext():
        try:
            if encryption.needs_key(path):
                store = open_encrypted(path, read_only=read_only)
            else:
                store = Store.open_read_only(path) if read_only else Store.open(path)
        except StoreError as e:
            raise CommandError(str(e), EXIT_FAILURE) from None
        try:
            if store.signed_in is None and accounts.has_accounts(store):
                from bedside.cli import credentials

                try:
                    accounts.sign_in(store, credentials.examiner_name(),
                                     credentials.password())
                except accounts.SignInFailed as e:
                    raise CommandError(CLI.tr("%1; nothing was done").replace("%1", str(e)),
                                       EXIT_BAD_INPUT) from None
            yield store
        finally:
            store.close()


def open_encrypted(path: Path, read_only: bool = False) -> Store:
    """An encrypted database: the examiner signs in before anything can be read."""
    from bedside.cli import credentials

    name, password = credentials.examiner_name(), credentials.password()
    try:
        return encryption.open_signed_in(path, name, password, read_only=read_only)
    except accounts.SignInFailed as e:
        raise CommandError(fill(CLI.tr("%1: %2; nothing was done"), path, e),
                           EXIT_BAD_INPUT) from None


def output_path(args: argparse.Namespace, path: Path, *, new_only: bool = False) -> Path:
    """A command's -o FILE, checked by the one rule for outputs (bedside.operations.output):
    never a file of the database, a folder, a device, in a missing or read-only folder."""
    from bedside.operations.output import OutputRefused, check_output

    try:
        return check_output(path, db_path(args), new_only=new_only)
    except OutputRefused as e:
        raise CommandError(f"-o {e}", EXIT_BAD_INPUT) from None


def write_output(store: Store, out: Path, write: Callable[[IO[Any]], object],
                 record: Callable[[], bool], *, binary: bool = False,
                 not_written: str = "") -> None:
    """Write ``out`` whole; it is renamed into place only once ``record`` has written its
    audit entry (a full disk there: nothing is written). On a read-only database nothing can
    be recorded: the command says so."""
    from bedside.operations.output import written_whole

    recorded: list[bool] = []
    try:
        with written_whole(out, binary=binary,
                           before_rename=lambda: recorded.append(record())) as fh:
            write(fh)
    except OSError as e:
        raise CommandError(fill(CLI.tr("-o %1: cannot write: %2; nothing was written"), out,
                                e.strerror or e)) from None
    except StoreError as e:
        raise CommandError(f"{e} " + (not_written or CLI.tr("The file was not written."))
                           ) from None
    if not recorded[0]:
        note_unrecorded(store)


def note_unrecorded(store: Store) -> None:
    err(CLI.tr("note: %1 is on a read-only medium, so this could not be written to its audit "
               "trail").replace("%1", str(store.path)))


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Accept --db after the command too (`bedside import --db x.sqlite3 f.csv`)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=CLI.tr("database file (default: BEDSIDE_DB, then the user data "
                                    "folder)"))


def err(message: str) -> None:
    print(message, file=sys.stderr)
