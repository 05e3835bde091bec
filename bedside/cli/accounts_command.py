"""`bedside accounts add NAME [--encrypt]`, `accounts list`, `accounts password NAME`,
`accounts remove NAME`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bedside.cli import credentials
from bedside.cli.common import (
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
from bedside.store import StoreError, accounts, encryption, keyfile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("accounts", help="examiner accounts (sign-in protects the database)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an examiner (the first one sets protection up)")
    add.add_argument("name")
    add.add_argument("--new-password-file", type=Path, metavar="FILE",
                     help="file holding the new examiner's password (default: typed twice on "
                     "the terminal; for the first account, BEDSIDE_PASSWORD_FILE when "
                     "BEDSIDE_USER names it)")
    add.add_argument("--encrypt", action="store_true",
                     help="with the first examiner: encrypt the database (SQLCipher); a new "
                     "database is created encrypted, an existing one is converted")
    add_db_option(add)
    add.set_defaults(func=cmd_add)
    lst = actions.add_parser("list", help="list the examiners")
    add_db_option(lst)
    lst.set_defaults(func=cmd_list)
    pw = actions.add_parser("password", help="a signed-in examiner sets a new password for an "
                            "examiner (on an encrypted database this gives them their key)")
    pw.add_argument("name")
    pw.add_argument("--new-password-file", type=Path, metavar="FILE",
                    help="file holding the new password (default: typed twice on the terminal)")
    add_db_option(pw)
    pw.set_defaults(func=cmd_password)
    rm = actions.add_parser("remove", help="a signed-in examiner removes another examiner's "
                            "account (and, when encrypted, their key entry)")
    rm.add_argument("name")
    add_db_option(rm)
    rm.set_defaults(func=cmd_remove)


def _checked_name(name: str) -> str:
    try:
        return accounts.checked_name(name)
    except StoreError as e:
        raise CommandError(f"{e}; nothing was changed", EXIT_BAD_INPUT) from None


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
            raise CommandError(f"{e}; nothing was changed", EXIT_BAD_INPUT) from None
    if first:
        print(f"added examiner {name}; this database now asks for sign-in")
    else:
        print(f"added examiner {name}")
    return EXIT_OK


def _add_encrypted(path: Path, name: str, password_file: Path | None) -> int:
    """The first examiner of an encrypted database: created encrypted when new, else the
    account is added and the database converted (bedside encrypt)."""
    if encryption.needs_key(path):
        raise CommandError(f"{path}: this database is encrypted already; add examiners "
                           f"without --encrypt", EXIT_BAD_INPUT)
    password = credentials.new_password(name, password_file, first_account=True)
    if not database_exists(path):
        try:
            store = encryption.create_encrypted(path, name, password)
        except StoreError as e:
            raise CommandError(f"{e}", EXIT_BAD_INPUT) from None
        store.close()
        print(f"created the encrypted database {path} with examiner {name}; it asks for "
              f"sign-in. Its keys file {keyfile.keys_path(path).name} must stay beside it "
              f"(and is copied with every backup): without it nobody can open the database.")
        return EXIT_OK
    args = argparse.Namespace(db=str(path))
    with open_store(args) as store:
        if accounts.has_accounts(store):
            raise CommandError(f"{path}: this database has examiners already; encrypt it with "
                               f"'bedside encrypt' (signed in). Nothing was changed.",
                               EXIT_BAD_INPUT)
        try:
            accounts.create(store, name, password)
        except StoreError as e:
            raise CommandError(f"{e}; nothing was changed", EXIT_BAD_INPUT) from None
    print(f"added examiner {name}; this database now asks for sign-in")
    try:
        result = encryption.encrypt(path, name, password)
    except StoreError as e:
        raise CommandError(f"{e} The account was added; the database stays unencrypted.",
                           EXIT_FAILURE) from None
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
            raise CommandError(f"{store.path}: this database has no examiner accounts",
                               EXIT_BAD_INPUT)
        try:
            accounts.set_password(store, args.name, new)
        except StoreError as e:
            raise CommandError(f"{e}; nothing was changed", EXIT_BAD_INPUT) from None
    print(f"new password set for {args.name.strip()}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            accounts.remove(store, args.name)
        except StoreError as e:
            raise CommandError(f"{e}; nothing was changed", EXIT_BAD_INPUT) from None
    print(f"removed examiner {args.name.strip()}")
    return EXIT_OK
