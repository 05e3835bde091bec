"""`bedside import`, `bedside export` and `bedside demo-data`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from bedside.cli.common import (
    CLI,
    EXIT_BAD_INPUT,
    EXIT_OK,
    CommandError,
    add_db_option,
    note_unrecorded,
    open_store,
    output_path,
    write_output,
)
from bedside.i18n import fill
from bedside.interchange import export as export_job
from bedside.interchange import proact
from bedside.interchange.csv import events as csv_events
from bedside.interchange.csv.bulk_rows import collector_paused
from bedside.interchange.csv.table import CsvTable, InputRejected, open_table, parse_date
from bedside.operations import demo
from bedside.operations.export import export_source, record_export
from bedside.operations.visit_import import file_source, import_visits, store_parsed
from bedside.store import Store, StoreError, bulk, patients


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help=CLI.tr("import visits or events from CSV (all or "
                                             "nothing)"))
    p.add_argument("files", nargs="*", type=Path, metavar="FILE.csv")
    p.add_argument("--proact", type=Path, metavar="FILE",
                   help=CLI.tr("PRO-ACT ALSFRS table (subject_id, Q1_Speech ..., ALSFRS_Delta)"))
    p.add_argument("--origin-date", metavar="YYYY-MM-DD",
                   help=CLI.tr("with --proact: the date ALSFRS_Delta counts from"))
    add_db_option(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help=CLI.tr("export visits (CSV with derived columns) or "
                                             "events"))
    p.add_argument("--format", choices=list(export_job.FORMATS), default="csv")
    p.add_argument("--patient", metavar="ID", help=CLI.tr("only this patient"))
    p.add_argument("--events", action="store_true",
                   help=CLI.tr("write the events file instead"))
    p.add_argument("--deidentify", action="store_true",
                   help=CLI.tr("no names, identifiers, birth dates or free text; pseudonyms "
                               "and per-patient date shifts"))
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help=CLI.tr("file (default: stdout)"))
    add_db_option(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo-data", help=CLI.tr("fill the database with synthetic patients"))
    p.add_argument("--patients", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--follow-up-days", type=int, default=demo.FOLLOW_UP_DAYS, metavar="D",
                   help=CLI.tr("mean days between visits (default %(default)s, about 10 visits "
                               "a patient; 40 gives about 20)"))
    add_db_option(p)
    p.set_defaults(func=cmd_demo_data)


def import_file(store: Store, table: CsvTable, today: date) -> str:
    """Check and insert one file inside the caller's transaction; returns a summary."""
    if csv_events.is_events_header(table.header):
        parsed_events = csv_events.parse_events(table)
        ids = sorted({e.patient_id for _, e in parsed_events})
        uids = [e.event_uid for _, e in parsed_events if e.event_uid]
        plan = csv_events.plan_event_import(
            table.name, parsed_events, bulk.existing_patients(store, ids),
            bulk.last_visit_dates(store, ids), bulk.death_dates(store, ids),
            bulk.event_keys(store, ids), today, bulk.events_by_uid(store, uids),
        )
        bulk.insert(store, [], [], plan.new, source=file_source(table, len(parsed_events)))
        there = (" " + CLI.tr("(%1 already there)").replace("%1", str(plan.already_there))
                 if plan.already_there else "")
        return fill(CLI.tr("%1: imported %n event(s)", "", len(plan.new)), table.name) + there
    done = import_visits(store, table, today)
    there = ("; " + CLI.tr("%n visit(s) were already there (same visit_uid and content)", "",
                           done.already_there) if done.already_there else "")
    return fill(CLI.tr("%1: imported %2 of %3 (%4 new)"), table.name,
                CLI.tr("%n visit(s)", "", done.visits), CLI.tr("%n patient(s)", "", done.patients),
                done.new_patients) + there


def visits_first(tables: list[CsvTable]) -> list[CsvTable]:
    """Visit files before events files: an export's two files import in one command in
    either order (an event needs its patient, who comes with the visits)."""
    return sorted(tables, key=lambda t: csv_events.is_events_header(t.header))


def import_proact(store: Store, path: Path, origin: date, today: date) -> str:
    """Check and insert a PRO-ACT ALSFRS table inside the caller's transaction."""
    table = open_table(path)
    result = proact.parse_proact(table, origin)
    done = store_parsed(store, result.parsed, today,
                        file_source(table, len(result.parsed.lines), "PRO-ACT"))
    summary = fill(CLI.tr("%1: imported %2 of %3 (%4 new patients)"), path.name,
                   CLI.tr("%n visit(s)", "", done.visits),
                   CLI.tr("%n subject(s)", "", done.patients), done.new_patients)
    if result.original_alsfrs_rows:
        summary += "; " + CLI.tr("%n visit(s) were scored on the original ALSFRS "
                                 "(Q10_Respiratory): R-1 to R-3 imported as not assessed", "",
                                 result.original_alsfrs_rows)
    if result.unread_administration_rows:
        summary += "; " + CLI.tr(
            "%n visit(s) give a %1 or %2 that is not one of Bedside's words: kept in their "
            "notes as given, recorded as in clinic / by the patient", "",
            result.unread_administration_rows).replace("%1", proact.MODE).replace(
            "%2", proact.RESPONDED_BY)
    return summary


def cmd_import(args: argparse.Namespace) -> int:
    if not args.files and args.proact is None:
        raise CommandError(CLI.tr("name a CSV file to import, or --proact FILE"),
                           EXIT_BAD_INPUT)
    origin = None
    if args.proact is not None:
        origin = parse_date(args.origin_date or "")
        if origin is None:
            raise CommandError(CLI.tr("--proact needs --origin-date YYYY-MM-DD (the day "
                                      "ALSFRS_Delta counts from)"), EXIT_BAD_INPUT)
    elif args.origin_date:
        raise CommandError(CLI.tr("--origin-date goes with --proact"), EXIT_BAD_INPUT)
    with open_store(args, create=True) as store:
        try:
            # no cyclic collection during the import: the collector would walk the millions
            # of objects the import keeps (there are no cycles among them) after each step
            with collector_paused(), store.transaction():
                today = date.today()
                tables = visits_first([open_table(path) for path in args.files])
                summaries = [import_file(store, table, today) for table in tables]
                if args.proact is not None and origin is not None:
                    summaries.append(import_proact(store, args.proact, origin, today))
        except InputRejected as e:
            raise CommandError("\n".join([*e.lines(), CLI.tr("Nothing was imported.")]),
                               EXIT_BAD_INPUT, plain=True) from None
        except StoreError as e:
            raise CommandError(CLI.tr("%1; nothing was imported").replace("%1", str(e))
                               ) from None
    for s in summaries:
        print(s)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    options = export_job.ExportOptions(format=args.format, patient_id=args.patient,
                                       deidentify=args.deidentify, events=args.events)
    try:
        export_job.check_options(options)
    except export_job.ExportError as e:
        raise CommandError(str(e), EXIT_BAD_INPUT) from None
    out = output_path(args, args.output) if args.output is not None else None
    with open_store(args, reading=True) as store:
        if args.patient and patients.get(store, args.patient) is None:
            raise CommandError(CLI.tr("--patient %1: no such patient").replace(
                "%1", args.patient), EXIT_BAD_INPUT)
        source = export_source(store, options)
        if out is None:
            export_job.write_export(sys.stdout, source, options)
            if not record_export(store, options, "standard output"):
                note_unrecorded(store)
        else:
            write_output(store, out, lambda fh: export_job.write_export(fh, source, options),
                         lambda: record_export(store, options, str(out)),
                         not_written=CLI.tr("The export was not written."))
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    if args.patients < 1:
        raise CommandError(CLI.tr("--patients must be at least 1"), EXIT_BAD_INPUT)
    if args.follow_up_days < 3:
        raise CommandError(CLI.tr("--follow-up-days must be at least 3"), EXIT_BAD_INPUT)
    with open_store(args, create=True) as store:
        if not bulk.only_demo_patients(store):
            raise CommandError(CLI.tr("%1: this database holds patients who are not demo "
                                      "data; synthetic patients go only into an empty database "
                                      "or one of demo data (name another with --db). Nothing "
                                      "was changed.").replace("%1", str(store.path)),
                               EXIT_BAD_INPUT)
        data = demo.add_patients(store, args.patients, args.seed, args.follow_up_days)
    print(fill(CLI.tr("added %1 with %2 and %3"),
               CLI.tr("%n demo patient(s)", "", len(data.patients)),
               CLI.tr("%n visit(s)", "", len(data.visits)),
               CLI.tr("%n event(s)", "", len(data.events))))
    return EXIT_OK
