"""`bedside accounts add NAME` and `bedside accounts list`."""

from __future__ import annotations

import argparse

from bedside.cli import credentials
from bedside.cli.common import EXIT_BAD_INPUT, EXIT_OK, CommandError, add_db_option, open_store
from bedside.store import StoreError, accounts


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("accounts", help="examiner accounts (sign-in protects the database)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add an examiner (the first one sets protection up)")
    add.add_argument("name")
    add_db_option(add)
    add.set_defaults(func=cmd_add)
    lst = actions.add_parser("list", help="list the examiners")
    add_db_option(lst)
    lst.set_defaults(func=cmd_list)


def cmd_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        first = not accounts.has_accounts(store)
        try:
            accounts.create(store, args.name, credentials.new_password())
        except StoreError as e:
            raise CommandError(f"{e}; nothing was changed", EXIT_BAD_INPUT) from None
    if first:
        print(f"added examiner {args.name}; this database now asks for sign-in")
    else:
        print(f"added examiner {args.name}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args, must_exist=True) as store:
        for name in accounts.names(store):
            print(name)
    return EXIT_OK
