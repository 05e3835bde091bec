"""Importing a visit CSV: checked against the database and stored, inside the caller's
transaction (all or nothing); shared by `bedside import`.

A large file in the form Bedside writes is read in parts by a second process while this one
checks and stores each part it has been given (csv_visit_stream): reading and storing
overlap. That is only a quicker way to the same result. At the first part that is not
plainly acceptable (a cell the quick reading does not take as it is, a row that breaks a
rule) everything stored so far is undone and the whole file is read and checked at once, as
for any other file: its problems are explained exactly as they would be otherwise.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from datetime import date

from bedside.domain import Patient
from bedside.interchange import csv_visits
from bedside.interchange.csv_read import CsvTable, InputRejected
from bedside.interchange.csv_visit_columns import NotClean
from bedside.interchange.csv_visit_stream import read_parts
from bedside.store import Store, bulk

LARGE_FILE_BYTES = 2_000_000  # about 10,000 visit rows: bulk.insert's rule for a large import


@dataclass(frozen=True)
class VisitImport:
    visits: int
    patients: int  # the patients the file's visits belong to
    new_patients: int


def import_visits(store: Store, table: CsvTable, today: date, source: str) -> VisitImport:
    """Check every row of a visit file and store its visits; InputRejected (nothing stored)
    names every problem. Call inside store.transaction()."""
    columns = csv_visits.file_columns(table)
    try:
        with store.savepoint("import_in_parts"):
            return _import_in_parts(store, columns, table, today, source)
    except (NotClean, InputRejected):
        pass  # undone: the whole file is read and checked at once below
    return store_parsed(store, csv_visits.parse_visits(table, today), today, source)


def store_parsed(store: Store, parsed: csv_visits.ParsedVisits, today: date,
                 source: str) -> VisitImport:
    """A whole file's visits (a visit CSV or a PRO-ACT table, read and checked on its own)
    checked against the database and stored; InputRejected names every problem."""
    existing, dates, deaths = _in_database(store, sorted(parsed.patients))
    plan = csv_visits.plan_visit_import(parsed, existing, dates, deaths, today)
    bulk.insert(store, plan.new_patients, plan.batch, [], source=source)
    return VisitImport(len(plan.batch), len(parsed.patients), len(plan.new_patients))


def _import_in_parts(store: Store, columns: csv_visits.FileColumns, table: CsvTable,
                     today: date, source: str) -> VisitImport:
    """Each part checked (its new patients against the database, its visits against their
    patients) and stored as it comes; raises NotClean or InputRejected at the first part
    that is not plainly acceptable."""
    known: dict[str, Patient] = {}  # every patient of the parts so far, as stored or new
    existing: dict[str, Patient] = {}
    existing_dates: dict[str, set[date]] = {}
    deaths: dict[str, date] = {}
    visits = new_patients = 0
    large = len(table.data) > LARGE_FILE_BYTES
    with (bulk.Inserter(store, source, large=large) as inserter,
          closing(read_parts(columns, table)) as parts):
        for part in parts:  # (closing: a reader still running is stopped at once on a raise)
            csv_visits.check_patients(part)
            found, dates, died = _in_database(store, sorted(part.patients))  # first seen here
            existing.update(found)
            existing_dates.update(dates)
            deaths.update(died)
            plan = csv_visits.plan_visit_import(part, existing, existing_dates, deaths, today,
                                                known)
            known.update(plan.patients)
            inserter.add(plan.new_patients, plan.batch, [])
            visits += len(plan.batch)
            new_patients += len(plan.new_patients)
    return VisitImport(visits, len(known), new_patients)


def _in_database(store: Store, ids: list[str]
                 ) -> tuple[dict[str, Patient], dict[str, set[date]], dict[str, date]]:
    """Of these patients: those already stored, their visit dates and dates of death."""
    found = bulk.existing_patients(store, ids)
    if not found:  # (most patients of a first import: nothing more to look up)
        return found, {}, {}
    known = sorted(found)
    return found, bulk.existing_visit_dates(store, known), bulk.death_dates(store, known)
