"""Command-line front door: the app (default) and the commands of SPEC §2.

Each command lives in its own module with ``register(subparsers)``; the module sets
``func`` on its parser, which returns the exit code (0 ok, 2 bad input, 1 other failure).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bedside import __version__
from bedside.cli import (
    accounts_command,
    data_commands,
    encrypt_command,
    report_command,
    safety_commands,
)
from bedside.cli.common import EXIT_BAD_INPUT, EXIT_OK, CommandError

# each: a module with register(subparsers)
COMMAND_MODULES = [data_commands, report_command, safety_commands, accounts_command,
                   encrypt_command]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bedside",
        description="ALSFRS-R and MRC muscle grading at the bedside. Without a command, "
        "opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"bedside {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: BEDSIDE_DB, "
                        "then bedside.sqlite3 in the user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a separate demo database with synthetic patients")
    parser.add_argument("--quit-after-start", action="store_true",
                        help="show the main window, paint once, print startup_ms and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from bedside.app import run  # Qt is imported only for the app

        return run(args)
    try:
        return int(args.func(args))
    except CommandError as e:
        print(f"bedside {args.command}: {e}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:  # `bedside export | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("bedside: interrupted; nothing was changed", file=sys.stderr)
        return EXIT_BAD_INPUT
