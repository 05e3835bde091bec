"""`bedside report --patient ID [--visit YYYY-MM-DD|latest] -o FILE.pdf`: the visit summary."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from bedside.cli.common import (
    CLI,
    EXIT_BAD_INPUT,
    EXIT_OK,
    CommandError,
    add_db_option,
    open_store,
    output_path,
    write_output,
)
from bedside.i18n import fill
from bedside.store import patients, visits

LATEST = "latest"
LISTED_DATES = 5


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=CLI.tr("write the PDF summary of one signed visit"))
    p.add_argument("--patient", required=True, metavar="ID",
                   help=CLI.tr("the patient's identifier"))
    p.add_argument("--visit", default=LATEST, metavar="YYYY-MM-DD|latest",
                   help=CLI.tr("the visit date (default: the latest signed visit)"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    add_db_option(p)
    p.set_defaults(func=cmd_report)


def _visit_day(text: str) -> date | None:
    if text == LATEST:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(fill(CLI.tr("--visit %1: not a date; give YYYY-MM-DD or '%2'"), text,
                                LATEST), EXIT_BAD_INPUT) from None


def cmd_report(args: argparse.Namespace) -> int:
    # reportlab loads only for this command, never for the app's start
    from bedside.operations.summary import SummaryUnavailable, record_summary, summary_pdf

    day = _visit_day(args.visit)
    out = output_path(args, args.output)
    with open_store(args, reading=True) as store:
        pid = args.patient
        if patients.get(store, pid) is None:
            raise CommandError(fill(CLI.tr("--patient %1: no such patient in %2"), pid,
                                    store.path), EXIT_BAD_INPUT)
        signed = visits.for_patient(store, pid)
        if not signed:
            raise CommandError(CLI.tr("--patient %1: has no signed visit to summarise").replace(
                "%1", pid), EXIT_BAD_INPUT)
        if day is None:
            visit = signed[-1]
        else:
            visit = next((v for v in signed if v.visit_date == day), None)
            if visit is None:
                recent = ", ".join(v.visit_date.isoformat() for v in signed[-LISTED_DATES:])
                raise CommandError(fill(CLI.tr("--visit %1: %2 has no signed visit on this date "
                                               "(latest visits: %3)"), day, pid, recent),
                                   EXIT_BAD_INPUT)
        assert visit.visit_id is not None
        try:
            pdf = summary_pdf(store, pid, visit.visit_id)
        except SummaryUnavailable as e:
            raise CommandError(str(e), EXIT_BAD_INPUT) from None
        visit_id = visit.visit_id
        write_output(store, out, lambda fh: fh.write(pdf),
                     lambda: record_summary(store, pid, visit_id, "save summary pdf"),
                     binary=True, not_written=CLI.tr("The summary was not written."))
    print(fill(CLI.tr("%1: summary of the visit on %2"), out, visit.visit_date))
    return EXIT_OK
