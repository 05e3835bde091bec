"""`bedside accounts add NAME [--encrypt]`, `accounts list`, `accounts password NAME`,
`accounts remove NAME`."""

from __future__ import annotations

import argparse
from pathlib import Path

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
    open_store,
)
from bedside.cli.encrypt_command import report_encrypted
from bedside.domain.text import shown
from bedside.i18n import fill
from bedside.store import StoreError, accounts, encryption, keyfile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("accounts", help=CLI.tr("examiner accounts (sign-in protects the "
                                               "database)"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=CLI.tr("add an examiner (the first one sets "
                                                "protection up)"))
    add.add_argument("name")
    add.add_argument("--new-password-file", type=Path, metavar="FILE",
                     help=CLI.tr("file holding the new examiner's password (default: typed "
                                 "twice on the terminal; for the first account, "
                                 "BEDSIDE_PASSWORD_FILE when BEDSIDE_USER names it)"))
    add.add_argument("--encrypt", action="store_true",
                     help=CLI.tr("with the first examiner: encrypt the database (SQLCipher); a "
                                 "new database is created encrypted, an existing one is "
                                 "converted"))
    add_db_option(add)
    add.set_defaults(func=cmd_add)
    lst = actions.add_parser("list", help=CLI.tr("list the examiners"))
    add_db_option(lst)
    lst.set_defaults(func=cmd_list)
    pw = actions.add_parser("password", help=CLI.tr(
        "a signed-in examiner sets a new password for an examiner (on an encrypted database "
        "this gives them their key)"))
    pw.add_argument("name")
    pw.add_argument("--new-password-file", type=Path, metavar="FILE",
                    help=CLI.tr("file holding the new password (default: typed twice on the "
                                "terminal)"))
    add_db_option(pw)
    pw.set_defaults(func=cmd_password)
    rm = actions.add_parser("remove", help=CLI.tr(
        "a signed-in examiner removes another examiner's account (and, when encrypted, their "
        "key entry)"))
    rm.add_argument("name")
    add_db_option(rm)
    rm.set_defaults(func=cmd_remove)


def _checked_name(name: str) -> str:
    try:
        return accounts.checked_name(name)
    except StoreError as e:
        raise CommandError(unchanged(e), EXIT_BAD_INPUT) from None


def unchanged(error: Exception) -> str:
    return CLI.tr("%1; nothing was changed").replace("%1", str(error))


def cmd_add(args: argparse.Namespace) -> int:
    path = db_path(args)
    name = _checked_name(args.name)  # (before anything is opened)
    if args.encrypt:
        return _add_encrypted(path, name, args.new_password_file)
    with open_store(args, create=True) as store:
        first = not accounts.has_accounts(store)
        try:
            accounts.create(store, name, credentials.new_password(
                name, args.new_password_file, first_account=first))
        except StoreError as e:
            raise CommandError(unchanged(e), EXIT_BAD_INPUT) from None
    if first:
        print(CLI.tr("added examiner %1; this database now asks for sign-in").replace(
            "%1", name))
    else:
        print(CLI.tr("added examiner %1").replace("%1", name))
    return EXIT_OK


def _add_encrypted(path: Path, name: str, password_file: Path | None) -> int:
    """The first examiner of an encrypted database: created encrypted when new, else the
    account is added and the database converted (bedside encrypt)."""
    if encryption.needs_key(path):
        raise CommandError(CLI.tr("%1: this database is encrypted already; add examiners "
                                  "without --encrypt").replace("%1", str(path)), EXIT_BAD_INPUT)
    password = credentials.new_password(name, password_file, first_account=True)
    if not database_exists(path):
        try:
            store = encryption.create_encrypted(path, name, password)
        except StoreError as e:
            raise CommandError(f"{e}", EXIT_BAD_INPUT) from None
        store.close()
        print(fill(CLI.tr("created the encrypted database %1 with examiner %2; it asks for "
                          "sign-in. Its keys file %3 must stay beside it (and is copied with "
                          "every backup): without it nobody can open the database."),
                   path, name, keyfile.keys_path(path).name))
        return EXIT_OK
    args = argparse.Namespace(db=str(path))
    with open_store(args) as store:
        if accounts.has_accounts(store):
            raise CommandError(CLI.tr("%1: this database has examiners already; encrypt it "
                                      "with 'bedside encrypt' (signed in). Nothing was "
                                      "changed.").replace("%1", str(path)), EXIT_BAD_INPUT)
        try:
            accounts.create(store, name, password)
        except StoreError as e:
            raise CommandError(unchanged(e), EXIT_BAD_INPUT) from None
    print(CLI.tr("added examiner %1; this database now asks for sign-in").replace("%1", name))
    try:
        result = encryption.encrypt(path, name, password)
    except StoreError as e:
        raise CommandError(f"{e} " + CLI.tr("The account was added; the database stays "
                                            "unencrypted."), EXIT_FAILURE) from None
    report_encrypted(result)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args, reading=True) as store:
        for name in accounts.names(store):
            print(shown(name, 200))  # (a name made before names were checked: escaped)
    return EXIT_OK


def cmd_password(args: argparse.Namespace) -> int:
    new = credentials.new_password(args.name.strip(), args.new_password_file)
    with open_store(args) as store:
        if not accounts.has_accounts(store):
            raise CommandError(CLI.tr("%1: this database has no examiner accounts").replace(
                "%1", str(store.path)), EXIT_BAD_INPUT)
        try:
            accounts.set_password(store, args.name, new)
        except StoreError as e:
            raise CommandError(unchanged(e), EXIT_BAD_INPUT) from None
    print(CLI.tr("new password set for %1").replace("%1", args.name.strip()))
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            accounts.remove(store, args.name)
        except StoreError as e:
            raise CommandError(unchanged(e), EXIT_BAD_INPUT) from None
    print(CLI.tr("removed examiner %1").replace("%1", args.name.strip()))
    return EXIT_OK
