"""`bedside sync` and `bedside conflicts`: the clinic server from the command line (SPEC §7)."""

from __future__ import annotations

import argparse

from bedside.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    add_db_option,
    err,
    open_store,
)
from bedside.store import StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="send and receive changes with the clinic server")
    p.add_argument("--server", metavar="URL", help="the clinic's PostgreSQL server (a libpq "
                   "connection string or URI; kept as this database's server once the sync "
                   "worked, without a password); default: the database's server")
    add_db_option(p)
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("conflicts", help="list the conflicts between laptops, or resolve one")
    p.add_argument("--patient", metavar="ID", help="only this patient's")
    add_db_option(p)
    p.set_defaults(func=cmd_list)
    actions = p.add_subparsers(dest="conflicts_command", metavar="resolve")
    r = actions.add_parser("resolve", help="resolve one conflict, as listed")
    r.add_argument("kind", choices=("patients", "details", "visits", "event"))
    r.add_argument("key", metavar="KEY", help="as listed: the patient identifier, "
                   "IDENTIFIER/DATE for visits, the event's id")
    r.add_argument("--choice", type=int, required=True, metavar="N",
                   help="the choice, numbered as listed")
    r.add_argument("--reason", required=True, help="why (kept in the audit trail)")
    add_db_option(r)
    r.set_defaults(func=cmd_resolve)


def cmd_sync(args: argparse.Namespace) -> int:
    from bedside.operations import sync
    from bedside.server.connection import ServerError

    with open_store(args) as store:
        try:
            result = sync.sync(store, args.server)
            if args.server:
                sync.set_server_url(store, args.server)
        except ServerError as e:
            raise CommandError(str(e), e.exit_code) from None
        except StoreError as e:
            raise CommandError(str(e), EXIT_FAILURE) from None
    print(result.line)
    for uid, kind, what in result.problems:
        err(f"integrity problem: {kind} {uid}: {what}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from bedside.operations import conflicts

    with open_store(args, reading=True) as store:
        found = conflicts.listed(store, args.patient)
        for c in found:
            print(f"{c.kind} {c.key}: {conflicts.title(c)}")
            for n in range(len(c.choices)):
                print(f"  {n + 1}) {conflicts.describe_choice(store, c, n)}")
            print(f"  resolve: bedside conflicts resolve {c.kind} {c.key} --choice N "
                  f"--reason TEXT  ({conflicts.CHOICE_MEANS[c.kind]})")
        problems = conflicts.integrity_problems(store)
        for line in problems:
            print(line)
        if not found and not problems:
            print("no conflicts")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from bedside.operations import conflicts

    with open_store(args) as store:
        try:
            done = conflicts.resolve(store, args.kind, args.key, args.choice, args.reason,
                                     store.signed_in or store.user)
        except StoreError as e:
            raise CommandError(f"{e}; nothing was changed", EXIT_BAD_INPUT) from None
    print(done)
    return EXIT_OK
