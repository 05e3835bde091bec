"""`bedside sync` and `bedside conflicts`: the clinic server from the command line (SPEC §7)."""

from __future__ import annotations

import argparse

from bedside.cli.common import (
    CLI,
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    add_db_option,
    err,
    open_store,
)
from bedside.i18n import fill
from bedside.store import StoreError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help=CLI.tr("send and receive changes with the clinic server"))
    p.add_argument("--server", metavar="URL", help=CLI.tr(
        "the clinic's PostgreSQL server (a libpq connection string or URI; kept as this "
        "database's server once the sync worked, without a password); default: the "
        "database's server"))
    add_db_option(p)
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("conflicts",
                       help=CLI.tr("list the conflicts between laptops, or resolve one"))
    p.add_argument("--patient", metavar="ID", help=CLI.tr("only this patient's"))
    add_db_option(p)
    p.set_defaults(func=cmd_list)
    actions = p.add_subparsers(dest="conflicts_command", metavar="resolve")
    r = actions.add_parser("resolve", help=CLI.tr("resolve one conflict, as listed"))
    r.add_argument("kind", choices=("patients", "details", "visits", "event"))
    r.add_argument("key", metavar="KEY", help=CLI.tr(
        "as listed: the patient identifier, IDENTIFIER/DATE for visits, the event's id"))
    r.add_argument("--choice", type=int, required=True, metavar="N",
                   help=CLI.tr("the choice, numbered as listed"))
    r.add_argument("--reason", required=True, help=CLI.tr("why (kept in the audit trail)"))
    r.add_argument("--take", action="append", default=[], metavar="DETAIL=N", help=CLI.tr(
        "patients and details conflicts: take this detail from choice N, the others from "
        "--choice (repeat it: the details are combined into a new version)"))
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
        err(fill(CLI.tr("integrity problem: %1 %2: %3"), kind, uid, what))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from bedside.operations import conflicts

    with open_store(args, reading=True) as store:
        found = conflicts.listed(store, args.patient)
        for c in found:
            print(f"{c.kind} {c.key}: {conflicts.title(c)}")
            for n in range(len(c.choices)):
                print(f"  {n + 1}) {conflicts.describe_choice(store, c, n)}")
            command = f"bedside conflicts resolve {c.kind} {c.key} --choice N --reason TEXT"
            print("  " + fill(CLI.tr("resolve: %1  (%2)"), command,
                              conflicts.choice_means(c.kind)))
            differ = conflicts.differing_details(c) if c.kind in conflicts.COMBINABLE else []
            for name in differ:
                values = " | ".join(f"{n + 1}) {conflicts.detail_text(v.patient, name)}"
                                    for n, v in enumerate(c.choices))
                print(f"    {name} ({conflicts.detail_label(name)}): {values}")
            if differ:
                print("  " + fill(CLI.tr("or combine them: add --take DETAIL=N for each detail "
                                         "taken from another choice than --choice, e.g. %1"),
                                  f"--take {differ[0]}=2"))
        problems = conflicts.integrity_problems(store)
        for line in problems:
            print(line)
        if not found and not problems:
            print(CLI.tr("no conflicts"))
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from bedside.operations import conflicts

    picks = {}
    for take in args.take:
        name, _, n = take.partition("=")
        if not n.strip().isdigit():
            raise CommandError(fill(CLI.tr("--take %1: give it as DETAIL=N, e.g. "
                                           "family_name=2"), take), EXIT_BAD_INPUT)
        picks[name.strip()] = int(n)
    with open_store(args) as store:
        try:
            if picks:
                done = conflicts.combine(
                    store, args.kind, args.key,
                    {**dict.fromkeys(conflicts.DETAILS, args.choice), **picks}, args.reason,
                    store.signed_in or store.user)
            else:
                done = conflicts.resolve(store, args.kind, args.key, args.choice, args.reason,
                                         store.signed_in or store.user)
        except StoreError as e:
            raise CommandError(fill(CLI.tr("%1; nothing was changed"), e),
                               EXIT_BAD_INPUT) from None
    print(done)
    return EXIT_OK
