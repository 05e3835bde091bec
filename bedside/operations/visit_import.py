"""Importing a visit CSV: read and checked, checked against the database and stored as one
import, inside the caller's transaction (all or nothing); shared by `bedside import`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from bedside.interchange.csv import visits_read as csv_visits
from bedside.interchange.csv.table import CsvTable
from bedside.store import Store, bulk


@dataclass(frozen=True)
class VisitImport:
    visits: int  # stored
    patients: int  # the patients the file's visits belong to
    new_patients: int
    already_there: int = 0  # rows whose visit_uid was stored with the same content


def file_source(table: CsvTable, rows: int, what: str = "") -> bulk.ImportSource:
    """The import's record of a file: its name (and ``what`` it is), the sha256 of its bytes."""
    name = f"{table.name} ({what})" if what else table.name
    return bulk.ImportSource(name, hashlib.sha256(table.data).hexdigest(), rows)


def import_visits(store: Store, table: CsvTable, today: date) -> VisitImport:
    """Check every row of a visit file and store its visits; InputRejected (nothing stored)
    names every problem. Call inside store.transaction()."""
    parsed = csv_visits.parse_visits(table, today)
    return store_parsed(store, parsed, today, file_source(table, len(parsed.lines)))


def store_parsed(store: Store, parsed: csv_visits.ParsedVisits, today: date,
                 source: bulk.ImportSource) -> VisitImport:
    """A whole file's visits (a visit CSV or a PRO-ACT table, read and checked on its own)
    checked against the database and stored; InputRejected names every problem."""
    ids = sorted(parsed.patients)
    existing = bulk.existing_patients(store, ids)
    known = sorted(existing)  # (a first import: no patient is, nothing more to look up)
    dates = bulk.existing_visit_dates(store, known) if known else {}
    deaths = bulk.death_dates(store, known) if known else {}
    given = [u for u in parsed.batch.visit_uids or () if u]
    stored = bulk.stored_visits(store, given) if given else {}
    new_uids = [p.patient_uid for pid, p in parsed.patients.items()
                if p.patient_uid and pid not in existing]
    owners = bulk.patients_by_uid(store, new_uids) if new_uids else {}
    plan = csv_visits.plan_visit_import(parsed, existing, dates, deaths, today, stored, owners)
    done = bulk.insert(store, plan.new_patients, plan.batch, [], source)
    return VisitImport(done.visits, len(parsed.patients), done.patients, plan.already_there)
