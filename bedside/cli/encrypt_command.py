"""`bedside encrypt`: convert the database to SQLCipher encryption at rest, keeping a verified
unencrypted backup; the signed-in examiner (BEDSIDE_USER / BEDSIDE_PASSWORD_FILE or the
terminal) gets the first key entry."""

from __future__ import annotations

import argparse

from bedside.cli import credentials
from bedside.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    add_db_option,
    database_exists,
    db_path,
    no_database,
)
from bedside.store import StoreError, accounts, encryption, keyfile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("encrypt", help="encrypt the database at rest (SQLCipher); a verified "
                       "unencrypted backup is kept")
    add_db_option(p)
    p.set_defaults(func=cmd_encrypt)


def report_encrypted(result: encryption.Encrypted) -> None:
    path = result.database
    print(f"encrypted {path}: checked record for record against the verified backup. Its keys "
          f"file {keyfile.keys_path(path).name} must stay beside it (and is copied with every "
          f"backup): without it nobody can open the database.")
    print(f"the unencrypted original is kept as {result.plain_backup}: it holds patient data "
          f"in the clear; once the encrypted database works, move it somewhere safe or delete "
          f"it.")
    if result.plain_backups_left:
        print(f"{len(result.plain_backups_left)} older backup(s) in "
              f"{result.plain_backup.parent} are unencrypted; they are rotated away over the "
              f"next 30 days, or delete them now.")
    for name in result.without_key:
        print(f"{name} cannot sign in until given a new password: bedside accounts password "
              f"'{name}' (by a signed-in examiner)")


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not database_exists(path):
        raise no_database(path)
    if encryption.needs_key(path):
        raise CommandError(f"{path}: this database is encrypted already; nothing was changed",
                           EXIT_BAD_INPUT)
    name, password = credentials.examiner_name(), credentials.password()
    try:
        result = encryption.encrypt(path, name, password)
    except accounts.SignInFailed as e:
        raise CommandError(f"{path}: {e}; nothing was changed", EXIT_BAD_INPUT) from None
    except StoreError as e:
        raise CommandError(str(e), EXIT_FAILURE) from None
    report_encrypted(result)
    return EXIT_OK
