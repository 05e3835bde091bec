"""One export (CSV visits, events CSV or FHIR; identified or de-identified), from data given.

The caller (command line or app) reads the database and hands the data in, so this module
stays free of the store: ``ExportSource`` holds the patients in scope, the streamed current
visits (ordered by patient identifier), the events and, for de-identification, the secret.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TextIO

from bedside.analysis import LungEquations
from bedside.domain import Event, Patient, Visit, VisitScores
from bedside.instruments.wording import Wording
from bedside.interchange.csv import events as csv_events
from bedside.interchange.csv import visits_write
from bedside.interchange.deidentify import Deidentifier
from bedside.interchange.fhir import bundle as fhir
from bedside.interchange.patient_records import Counter, PatientRecord, group_records, write_ordered

FORMATS = ("csv", "fhir")
# De-identified CSV: these input columns go; the age at the visit comes after visit_date.
# (The ids that travel go too: they would link the file back to the record.)
DROPPED_COLUMNS = ("family_name", "given_name", "birth_date", "examiner", "notes",
                   "patient_uid", "visit_uid")
AGE_COLUMN = "age_at_visit"


@dataclass(frozen=True)
class ExportOptions:
    format: str = "csv"  # csv | fhir
    patient_id: str | None = None  # None: every patient
    deidentify: bool = False
    events: bool = False  # the events CSV instead of visits (csv only)


@dataclass
class ExportSource:
    patients: list[Patient]
    rows: Iterable[tuple[Patient, Visit]]
    events: list[Event]
    mrc_cells: set[str]
    secret: str = ""  # the database's pseudonym secret; required to de-identify
    # the same visits as ``rows`` read as VisitScores, for the plain visit CSV (faster)
    score_rows: Iterable[tuple[Patient, VisitScores]] | None = None
    # the clinic's wordings by id: a QuestionnaireResponse names the one it was entered in
    wordings: Mapping[str, Wording] = field(default_factory=dict)
    lung: LungEquations = field(default_factory=LungEquations)  # the clinic's setting


class ExportError(ValueError):
    """The options do not fit together (said in words a user can act on)."""


def check_options(options: ExportOptions) -> None:
    if options.format not in FORMATS:
        raise ExportError(f"unknown format {options.format!r}; choose csv or fhir")
    if options.events and options.format != "csv":
        raise ExportError("the events file is CSV only; FHIR exports carry the events already")


def write_export(out: TextIO, source: ExportSource, options: ExportOptions,
                 counter: Counter | None = None) -> Counter:
    """Write the export to ``out``; ``counter`` reports progress (visits written)."""
    check_options(options)
    counter = counter or Counter()
    records: Iterator[PatientRecord] = group_records(source.patients, source.rows,
                                                     source.events)
    scope = options.patient_id or "all"
    if options.deidentify:
        if not source.secret:
            raise ExportError("de-identification needs the database's pseudonym secret")
        deid = Deidentifier(source.secret)
        records = (deid.record(r) for r in records)
        if options.patient_id:
            scope = deid.pseudonym(options.patient_id)  # the bundle id must not name them
    if options.format == "fhir":
        return fhir.write_bundle(out, records, scope=scope, reorder=options.deidentify,
                                 counter=counter, wordings=source.wordings,
                                 lung=source.lung)
    if options.events:
        _write_events(out, records, options.deidentify, counter)
    elif not options.deidentify:  # the plain visit file, streamed row by row
        if source.score_rows is not None:
            visits_write.write_visit_scores(out, counter.count_rows(source.score_rows),
                                            source.mrc_cells, source.lung)
        else:
            visits_write.write_visits(out, counter.count_rows(source.rows), source.mrc_cells,
                                      source.lung)
    else:
        _write_visits(out, records, source.mrc_cells, options.deidentify, counter, source.lung)
    counter.done()
    return counter


def _write_events(out: TextIO, records: Iterable[PatientRecord], reorder: bool,
                  counter: Counter) -> None:
    def chunks() -> Iterator[tuple[str, str]]:
        for rec in records:
            buf = io.StringIO()
            csv_events.write_events(buf, rec.events)
            counter.add(rec)
            yield rec.patient.patient_id, _without_header(buf.getvalue())

    buf = io.StringIO()
    csv_events.write_events(buf, [])
    out.write(buf.getvalue())
    write_ordered(out, chunks(), reorder)


def _write_visits(out: TextIO, records: Iterable[PatientRecord], mrc_cells: set[str],
                  deidentified: bool, counter: Counter, lung: LungEquations) -> None:
    header = _visit_header(mrc_cells)
    keep = [n for n, h in enumerate(header) if not (deidentified and h in DROPPED_COLUMNS)]
    age_at = header.index("visit_date") + 1
    out_header = [header[n] for n in keep]
    if deidentified:
        out_header.insert(out_header.index("visit_date") + 1, AGE_COLUMN)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(out_header)

    def chunks() -> Iterator[tuple[str, str]]:
        for rec in records:
            buf = io.StringIO()
            visits_write.write_visits(buf, ((rec.patient, v) for v in rec.visits), mrc_cells,
                                      lung, rec.exact_ages)
            counter.add(rec)
            if not deidentified:
                yield rec.patient.patient_id, _without_header(buf.getvalue())
                continue
            text = io.StringIO()
            w = csv.writer(text, lineterminator="\n")
            rows = csv.reader(io.StringIO(buf.getvalue(), newline=""))
            next(rows)
            for row, age in zip(rows, rec.ages or (), strict=True):
                cells = [row[n] for n in keep if n < age_at]
                cells.append(age or "")
                cells += [row[n] for n in keep if n >= age_at]
                w.writerow(cells)
            yield rec.patient.patient_id, text.getvalue()

    write_ordered(out, chunks(), deidentified)


def _visit_header(mrc_cells: set[str]) -> list[str]:
    buf = io.StringIO()
    visits_write.write_visits(buf, [], mrc_cells)
    return next(csv.reader(io.StringIO(buf.getvalue())))


def _without_header(text: str) -> str:
    return text.split("\n", 1)[1]
