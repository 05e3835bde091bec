"""`bedside server migrate URL`: create or upgrade the clinic schema on PostgreSQL (SPEC §7)."""

from __future__ import annotations

import argparse

from bedside.cli.common import CLI, EXIT_OK, CommandError
from bedside.i18n import fill


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help=CLI.tr("the clinic's PostgreSQL server"))
    server_sub = p.add_subparsers(dest="server_command", metavar="COMMAND", required=True)
    m = server_sub.add_parser(
        "migrate", help=CLI.tr("create or upgrade Bedside's schema on a PostgreSQL database"))
    m.add_argument("url", metavar="URL", help=CLI.tr(
        "a libpq connection string or URI; the password from PGPASSFILE/.pgpass or PGPASSWORD; "
        "sslmode=verify-full (or require) unless the server is on this computer"))
    m.set_defaults(func=cmd_migrate)


def cmd_migrate(args: argparse.Namespace) -> int:
    from bedside.server import connection, schema

    try:
        before, after = schema.migrate_url(args.url)
    except connection.ServerError as e:
        raise CommandError(str(e), e.exit_code) from None
    where = connection.redacted(args.url)
    if before == after:
        print(fill(CLI.tr("%1: Bedside server schema %2, up to date"), where, after))
    else:
        print(fill(CLI.tr("%1: Bedside server schema %2 -> %3"), where, before, after))
    return EXIT_OK
