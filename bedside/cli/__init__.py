"""Command-line front door: the app (default) and the commands of SPEC §2.

Each command lives in its own module with ``register(subparsers)``; the module sets
``func`` on its parser, which returns the exit code (0 ok, 2 bad input, 1 other failure).
Opening the app (no command) reads only the app's own options and imports none of the command
modules: the first paint does not wait for them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

COMMAND_MODULES = ("data_commands", "report_command", "safety_commands", "accounts_command",
                   "encrypt_command", "server_command", "instrument_command")


class _VersionAction(argparse.Action):
    """--version, reading the package version only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from bedside import __version__

        print(f"bedside {__version__}")
        parser.exit()


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """The options of the app itself (the commands share --db)."""
    from bedside.cli.words import CLI

    parser.add_argument("--db", metavar="PATH", help=CLI.tr(
        "database file (default: BEDSIDE_DB, then bedside.sqlite3 in the user data folder)"))
    parser.add_argument("--demo", action="store_true", help=CLI.tr(
        "open the app on a separate demo database with synthetic patients"))
    parser.add_argument("--quit-after-start", action="store_true", help=CLI.tr(
        "show the main window, paint once, print startup_ms and exit"))


def build_parser() -> argparse.ArgumentParser:
    import importlib

    from bedside.cli.argparse_words import speak_argparse
    from bedside.cli.words import CLI

    speak_argparse()
    parser = argparse.ArgumentParser(
        prog="bedside",
        description=CLI.tr("ALSFRS-R and MRC muscle grading at the bedside. Without a "
                           "command, opens the app."),
    )
    parser.add_argument("--version", action=_VersionAction,
                        help=CLI.tr("show the version and exit"))
    add_app_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"bedside.cli.{name}").register(sub)
    return parser


def app_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed arguments when ``argv`` opens the app with the app's options only; None when
    it names a command, asks for help or the version, or is wrong (the full parser says why)."""
    parser = argparse.ArgumentParser(prog="bedside", add_help=False, exit_on_error=False)
    add_app_options(parser)
    try:
        args, rest = parser.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from bedside import i18n

    # The commands speak the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); the app
    # then its own setting (bedside.ui.appearance).
    i18n.use_language(i18n.system_language())
    argv = list(sys.argv[1:] if argv is None else argv)
    args = app_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.command is None:
        from bedside.app import run  # Qt is imported only for the app

        return run(args)
    from bedside.cli.common import CLI, EXIT_BAD_INPUT, EXIT_OK, CommandError

    try:
        return int(args.func(args))
    except CommandError as e:
        print(e if e.plain else f"bedside {args.command}: {e}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:  # `bedside export | head`: the reader has all it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return EXIT_OK
    except KeyboardInterrupt:
        print("bedside: " + CLI.tr("interrupted; nothing was changed"), file=sys.stderr)
        return EXIT_BAD_INPUT
