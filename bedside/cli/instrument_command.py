"""`bedside instrument add FILE` (a clinic's licensed wording of the ALSFRS-R, checked complete
before it is stored) and `bedside instrument list`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bedside.cli.common import (
    CLI,
    EXIT_BAD_INPUT,
    EXIT_OK,
    CommandError,
    add_db_option,
    open_store,
)
from bedside.i18n import fill
from bedside.instruments.wording import WordingError
from bedside.operations.wordings import add_wording
from bedside.store import Conflict, StoreError, wordings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("instrument", help=CLI.tr("the clinic's wordings of the ALSFRS-R"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=CLI.tr(
        "add a licensed wording of the ALSFRS-R after checking that it words every item and "
        "anchor"))
    add.add_argument("file", type=Path, metavar="FILE")
    add_db_option(add)
    add.set_defaults(func=cmd_add)
    lst = actions.add_parser("list", help=CLI.tr("list the wordings added"))
    add_db_option(lst)
    lst.set_defaults(func=cmd_list)


def cmd_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            added = add_wording(store, args.file)
        except WordingError as e:
            raise CommandError(f"{e}; " + CLI.tr("nothing was added"), EXIT_BAD_INPUT,
                               plain=True) from None
        except Conflict as e:
            raise CommandError(fill(CLI.tr("%1: %2; nothing was added"), args.file.name, e),
                               EXIT_BAD_INPUT, plain=True) from None
        except StoreError as e:
            raise CommandError(CLI.tr("%1; nothing was added").replace("%1", str(e))) from None
    print(fill(CLI.tr("added the %1 wording: %2 (id %3)"), added.language, added.label(),
               added.id[:12]))
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args, reading=True) as store:
        for w in wordings.all_wordings(store):
            print(f"{w.id[:12]}  {w.language}  {w.label()}  · {w.licence_holder}")
    return EXIT_OK
