"""`bedside import`, `bedside export` and `bedside demo-data`."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TextIO

from bedside.cli.common import EXIT_BAD_INPUT, EXIT_OK, CommandError, add_db_option, open_store
from bedside.interchange import csv_events, csv_visits, demo
from bedside.interchange.csv_read import InputRejected, open_table
from bedside.store import Store, StoreError, bulk, patients


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import visits or events from CSV (all or nothing)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.csv")
    add_db_option(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="export visits (CSV with derived columns) or events")
    p.add_argument("--format", choices=["csv"], default="csv")
    p.add_argument("--patient", metavar="ID", help="only this patient")
    p.add_argument("--events", action="store_true", help="write the events file instead")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="file (default: stdout)")
    add_db_option(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo-data", help="fill the database with synthetic patients")
    p.add_argument("--patients", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--follow-up-days", type=int, default=demo.FOLLOW_UP_DAYS, metavar="D",
                   help="mean days between visits (default %(default)s, about 10 visits a "
                   "patient; 42 gives about 20)")
    add_db_option(p)
    p.set_defaults(func=cmd_demo_data)


def import_file(store: Store, path: Path, today: date) -> str:
    """Check and insert one file inside the caller's transaction; returns a summary."""
    table = open_table(path)
    if csv_events.is_events_header(table.header):
        parsed_events = csv_events.parse_events(table)
        ids = sorted({e.patient_id for _, e in parsed_events})
        events = csv_events.plan_event_import(
            table.name, parsed_events, bulk.existing_patients(store, ids),
            bulk.last_visit_dates(store, ids), bulk.death_dates(store, ids), today,
        )
        bulk.insert(store, [], [], events, source=f"import {path.name}")
        return f"{path.name}: imported {len(events)} events"
    parsed = csv_visits.parse_visits(table, today)
    ids = sorted(parsed.patients)
    plan = csv_visits.plan_visit_import(
        parsed, bulk.existing_patients(store, ids), bulk.existing_visit_dates(store, ids),
        bulk.death_dates(store, ids), today,
    )
    bulk.insert(store, plan.new_patients, plan.visits, [], source=f"import {path.name}")
    return (f"{path.name}: imported {len(plan.visits)} visits of {len(parsed.patients)} "
            f"patients ({len(plan.new_patients)} new)")


def cmd_import(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            with store.transaction():
                summaries = [import_file(store, path, date.today()) for path in args.files]
        except InputRejected as e:
            for line in e.lines():
                print(line, file=sys.stderr)
            print("Nothing was imported.", file=sys.stderr)
            return EXIT_BAD_INPUT
        except StoreError as e:
            raise CommandError(f"{e}; nothing was imported") from None
    for s in summaries:
        print(s)
    return EXIT_OK


@contextmanager
def _output(path: Path | None):
    if path is None:
        yield sys.stdout
        return
    tmp = path.with_name(f".{path.name}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner only
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def cmd_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.patient and patients.get(store, args.patient) is None:
            raise CommandError(f"--patient {args.patient}: no such patient", EXIT_BAD_INPUT)
        with _output(args.output) as out:
            _export(store, args, out)
    return EXIT_OK


def _export(store: Store, args: argparse.Namespace, out: TextIO) -> None:
    if args.events:
        csv_events.write_events(out, bulk.all_events(store, args.patient))
        return
    csv_visits.write_visits(
        out, bulk.iter_current(store, args.patient), bulk.mrc_cells_in_use(store, args.patient)
    )


def cmd_demo_data(args: argparse.Namespace) -> int:
    if args.patients < 1:
        raise CommandError("--patients must be at least 1", EXIT_BAD_INPUT)
    if args.follow_up_days < 3:
        raise CommandError("--follow-up-days must be at least 3", EXIT_BAD_INPUT)
    with open_store(args) as store:
        existing = {p.patient_id for p in patients.all_patients(store)}
        data = demo.generate(args.patients, args.seed, exclude_ids=existing,
                             follow_up_days=args.follow_up_days)
        with store.transaction():
            bulk.insert(store, *data, source=f"demo-data seed {args.seed}")
    print(f"added {len(data.patients)} demo patients with {len(data.visits)} visits and "
          f"{len(data.events)} events")
    return EXIT_OK
