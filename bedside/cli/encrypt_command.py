"""`bedside encrypt`: convert the database to SQLCipher encryption at rest, keeping a verified
unencrypted backup; the signed-in examiner (BEDSIDE_USER / BEDSIDE_PASSWORD_FILE or the
terminal) gets the first key entry."""

from __future__ import annotations

import argparse

from bedside.cli import credentials
from bedside.cli.common import (
    CLI,
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    add_db_option,
    database_exists,
    db_path,
    no_database,
)
from bedside.i18n import fill
from bedside.store import StoreError, accounts, encryption, keyfile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("encrypt", help=CLI.tr("encrypt the database at rest (SQLCipher); a "
                                              "verified unencrypted backup is kept"))
    add_db_option(p)
    p.set_defaults(func=cmd_encrypt)


def report_encrypted(result: encryption.Encrypted) -> None:
    path = result.database
    print(fill(CLI.tr("encrypted %1: checked record for record against the verified backup. "
                      "Its keys file %2 must stay beside it (and is copied with every backup): "
                      "without it nobody can open the database."),
               path, keyfile.keys_path(path).name))
    print(CLI.tr("the unencrypted original is kept as %1: it holds patient data in the clear; "
                 "once the encrypted database works, move it somewhere safe or delete it.")
          .replace("%1", str(result.plain_backup)))
    if result.plain_backups_left:
        print(CLI.tr("%n older backup(s) in %1 are unencrypted; they are rotated away over the "
                     "next 30 days, or delete them now.", "", len(result.plain_backups_left))
              .replace("%1", str(result.plain_backup.parent)))
    for name in result.without_key:
        print(CLI.tr("%1 cannot sign in until given a new password: bedside accounts password "
                     "'%1' (by a signed-in examiner)").replace("%1", name))


def cmd_encrypt(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not database_exists(path):
        raise no_database(path)
    if encryption.needs_key(path):
        raise CommandError(CLI.tr("%1: this database is encrypted already; nothing was "
                                  "changed").replace("%1", str(path)), EXIT_BAD_INPUT)
    name, password = credentials.examiner_name(), credentials.password()
    try:
        result = encryption.encrypt(path, name, password)
    except accounts.SignInFailed as e:
        raise CommandError(fill(CLI.tr("%1: %2; nothing was changed"), path, e),
                           EXIT_BAD_INPUT) from None
    except StoreError as e:
        raise CommandError(str(e), EXIT_FAILURE) from None
    report_encrypted(result)
    return EXIT_OK
