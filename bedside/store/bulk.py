"""Bulk paths: all-or-nothing import and streaming every current visit for export.

An import is recorded once (a row of ``imports``: who, when, which file, its sha256, how many
rows, the meaning of the signature its visits carry) with one audit entry naming it, plus one
per patient it created; each visit and event it brought points to it. Inserts use executemany
inside the caller's single transaction, with row ids assigned up front (safe: BEGIN IMMEDIATE
holds the write lock), so 200,000 visits go in quickly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain, islice, repeat
from operator import add

from bedside.domain import (
    DEFAULT_MODE,
    DEFAULT_RESPONDENT,
    MEASUREMENT_FIELDS,
    NO_MEASUREMENTS,
    Event,
    Grading,
    Patient,
    StoredVisit,
    Visit,
    VisitBatch,
    VisitScores,
)
from bedside.domain.uids import new_uid, new_uids
from bedside.store import mrc_rows
from bedside.store.db import Store, utc_now
from bedside.store.migrations import ALSFRS_COLUMNS, CURRENT_VISIT, MRC_NOT_GRADED_CHAR
from bedside.store.rows import (
    EXTRA_COLUMNS,
    PATIENT_COLUMNS,
    PATIENT_DETAILS,
    PATIENT_SELECT,
    VISIT_COLUMN_COUNT,
    VISIT_SELECT,
    SharedParts,
    measurements_of,
    not_assessed_text,
    patient_from_row,
    patient_values,
)

IMPORT_CACHE_KIB = 256 * 1024  # page cache during a large import
LARGE_IMPORT = 10_000  # visits: a large import keeps its index pages in memory until COMMIT
IMPORT_MEANING = "Transcribed from a source record by import; signed by the importing user."


@dataclass(frozen=True)
class ImportSource:
    """What an import brings in: a file (its name as given and the sha256 of its bytes) or
    data made by Bedside itself (sha256 None), and how many rows it has."""

    file_name: str
    sha256: str | None
    row_count: int


@dataclass(frozen=True)
class Imported:
    """The import as recorded: its row of ``imports`` and what it stored."""

    import_id: int
    import_uid: str
    visits: int
    patients: int
    events: int


def _rows_for(store: Store, sql: str, keys: Sequence[str]) -> Iterator[tuple]:
    """The rows of ``sql`` for every one of ``keys``: its ``IN ({keys})`` is filled with
    up to 500 of them at a time (SQLite binds at most 32,766 values a statement)."""
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        yield from store.conn.execute(sql.format(keys=", ".join("?" * len(chunk))), chunk)


def existing_patients(store: Store, ids: Sequence[str]) -> dict[str, Patient]:
    rows = _rows_for(store, PATIENT_SELECT + " WHERE patient_id IN ({keys})", ids)
    return {p.patient_id: p for p in map(patient_from_row, rows)}


def patients_by_uid(store: Store, uids: Sequence[str]) -> dict[str, str]:
    """Of these patient ids that travel, those stored: uid -> the patient's identifier."""
    return dict(_rows_for(store, "SELECT patient_uid, patient_id FROM patients"
                                 " WHERE patient_uid IN ({keys})", uids))


def stored_visits(store: Store, uids: Sequence[str]) -> dict[str, StoredVisit]:
    """Of these visit ids that travel, the versions stored (of any status)."""
    lay = mrc_rows.layouts(store)
    out: dict[str, StoredVisit] = {}
    n_scores = len(ALSFRS_COLUMNS)
    for uid, pid, status, day, examiner, notes, *rest in _rows_for(
            store, "SELECT v.visit_uid, p.patient_id, v.status, v.visit_date, v.examiner,"
            " v.notes, " + ", ".join(f"v.{c}" for c in (*ALSFRS_COLUMNS, *EXTRA_COLUMNS))
            + ", v.mrc_layout, v.mrc_grades FROM visits v JOIN patients p"
            " ON p.id = v.patient_ref WHERE v.visit_uid IN ({keys})", uids):
        layout, grades = rest[-2:]
        mode, respondent, *measured = rest[n_scores:-2]
        out[uid] = StoredVisit(pid, status, VisitScores(
            date.fromisoformat(day), examiner, notes, tuple(rest[:n_scores]),
            () if layout is None else lay.cells(layout),
            () if layout is None else mrc_rows.codes(grades), uid, mode, respondent,
            measurements_of(measured)))
    return out


def events_by_uid(store: Store, uids: Sequence[str]) -> dict[str, Event]:
    """Of these event ids that travel, the events stored."""
    rows = _rows_for(store, _EVENT_SELECT + " WHERE e.event_uid IN ({keys})", uids)
    return {e.event_uid: e for e in map(_event_of, rows)}


_EVENT_SELECT = ("SELECT p.patient_id, e.event_date, e.kind, e.label, e.id, e.event_uid,"
                 " e.hours_per_day FROM events e JOIN patients p ON p.id = e.patient_ref")


def _event_of(row: tuple) -> Event:
    pid, day, kind, label, eid, uid, hours = row
    return Event(pid, date.fromisoformat(day), kind, label, eid, uid, hours)


def existing_visit_dates(store: Store, ids: Sequence[str]) -> dict[str, set[date]]:
    out: dict[str, set[date]] = {}
    # the current visits (those a new visit on their date would collide with), looked up
    # patient by patient in their index: no scan of every visit
    for pid, day in _rows_for(
            store, "SELECT p.patient_id, v.visit_date FROM patients p"
            " CROSS JOIN visits v INDEXED BY visits_one_current ON v.patient_ref = p.id"
            f" WHERE {CURRENT_VISIT} AND p.patient_id IN ({{keys}})", ids):
        out.setdefault(pid, set()).add(date.fromisoformat(day))
    return out


def death_dates(store: Store, ids: Sequence[str]) -> dict[str, date]:
    return {pid: date.fromisoformat(day) for pid, day in _rows_for(
        store, "SELECT p.patient_id, min(e.event_date) FROM events e JOIN patients p"
        " ON p.id = e.patient_ref WHERE e.kind = 'death'"
        " AND p.patient_id IN ({keys}) GROUP BY p.patient_id", ids)}


def _next_id(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1


def _patient_refs(store: Store, ids: Iterable[str]) -> dict[str, int]:
    return dict(_rows_for(store, "SELECT patient_id, id FROM patients"
                                 " WHERE patient_id IN ({keys})", list(dict.fromkeys(ids))))


def _record_uids(store: Store, refs: Iterable[int]) -> dict[int, str]:
    """The id that travels of each of these patient rows."""
    return dict(_rows_for(store, "SELECT id, patient_uid FROM patients WHERE id IN ({keys})",
                          list(refs)))


@contextmanager
def _bulk_mode(store: Store, large: bool) -> Iterator[None]:
    """A large import keeps the index pages it fills in memory until COMMIT. (Its callers
    pause the cyclic collector: interchange.csv.bulk_rows.collector_paused.)"""
    conn = store.conn
    cache_kib = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    if large:
        conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {cache_kib}")


_VISIT_INTO = ("INSERT INTO visits (id, visit_uid, patient_ref, visit_date, examiner, notes,"
               f" import_ref, {', '.join(ALSFRS_COLUMNS)}, not_assessed, mrc_protocol,"
               f" mrc_layout, mrc_grades, mrc_not_tested, {', '.join(EXTRA_COLUMNS)}, status)")
_VISIT_ROW = f"({', '.join('?' * (12 + len(ALSFRS_COLUMNS) + len(EXTRA_COLUMNS)))}, 'signed')"
_AUDIT_INTO = ("INSERT INTO audit_log (at_utc, who, action, entity, entity_key, field,"
               " new_value, reason)")
_AUDIT_ROW = "(?, ?, 'import', ?, ?, NULL, ?, ?)"


def insert(
    store: Store,
    new_patients: Sequence[Patient],
    visits: Sequence[Visit] | VisitBatch,
    events: Sequence[Event],
    source: ImportSource | str,
) -> Imported:
    """Insert already-validated data as one import; call inside store.transaction() so it is
    all or nothing. ``source`` names what is imported (a text: data Bedside made itself, such
    as demo data). Ids that travel come with the data or are minted here. Rows are produced
    straight into executemany: nothing is built twice."""
    batch = visits if isinstance(visits, VisitBatch) else VisitBatch.of_visits(visits)
    if isinstance(source, str):
        source = ImportSource(source, None, len(batch) + len(events))
    now, who, import_uid = utc_now(), store.user, new_uid()
    import_id = int(store.execute(
        "INSERT INTO imports (import_uid, imported_at, imported_by, file_name, sha256,"
        " row_count, signature_meaning) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (import_uid, now, who, source.file_name, source.sha256, source.row_count,
         IMPORT_MEANING)).lastrowid)
    with _bulk_mode(store, large=len(batch) > LARGE_IMPORT):
        patients = [p if p.patient_uid else replace(p, patient_uid=uid)
                    for p, uid in zip(new_patients, _minted(new_patients, "patient_uid"),
                                      strict=True)]
        pid0 = _next_id(store, "patients")
        _insert_many(
            store, f"INSERT INTO patients (id, {', '.join(PATIENT_COLUMNS)}, created_at)",
            f"({', '.join('?' * (len(PATIENT_COLUMNS) + 2))})",
            [(pid0 + k, *patient_values(p), now) for k, p in enumerate(patients)])
        laptop = store.laptop_uid
        _insert_many(  # each patient's details as first recorded: a version that travels
            store, f"INSERT INTO patient_versions (version_uid, patient_uid, patient_ref,"
            f" {', '.join(PATIENT_DETAILS)}, recorded_at, recorded_by, laptop_uid, reason)",
            f"({', '.join('?' * (len(PATIENT_DETAILS) + 7))})",
            [(uid, p.patient_uid, pid0 + k, *patient_values(p)[1:-1], now, who, laptop,
              source.file_name) for k, (p, uid) in enumerate(zip(
                  patients, new_uids(len(patients)), strict=True))])
        refs = _patient_refs(store, chain(batch.patient_ids, (e.patient_id for e in events)))
        days = _IsoDays()
        gradings = _mrc_columns(store, batch.gradings)
        n = len(batch)
        vid0 = _next_id(store, "visits")
        uids = (new_uids(n) if batch.visit_uids is None
                else _minted_texts(batch.visit_uids))
        heads = zip(range(vid0, vid0 + n), uids, map(refs.__getitem__, batch.patient_ids),
                    map(days.__getitem__, batch.dates), batch.examiners, batch.notes,
                    repeat(import_id))
        reasons = (repeat((None,)) if batch.not_assessed is None
                   else zip(map(not_assessed_text, batch.not_assessed)))
        administration = repeat((DEFAULT_MODE, DEFAULT_RESPONDENT)) \
            if batch.administration is None else batch.administration
        measured = repeat(NO_MEASUREMENTS) if batch.measurements is None else batch.measurements
        _insert_many(store, _VISIT_INTO, _VISIT_ROW, map(
            add, map(add, map(add, heads, batch.scores),
                     map(add, reasons, map(gradings.__getitem__, map(id, batch.gradings)))),
            map(add, administration, measured)), n)
        eid0 = _next_id(store, "events")
        event_rows = [(eid0 + k, uid, refs[e.patient_id], e.event_date.isoformat(), e.kind,
                       e.label, import_id, e.hours_per_day) for k, (e, uid) in enumerate(zip(
                           events, _minted(events, "event_uid"), strict=True))]
        _insert_many(
            store, "INSERT INTO events (id, event_uid, patient_ref, event_date, kind, label,"
            " import_ref, hours_per_day)", "(?, ?, ?, ?, ?, ?, ?, ?)", event_rows)
        record_uids = _record_uids(store, {row[2] for row in event_rows})
        _insert_many(  # each event as imported: its first version, which travels
            store, "INSERT INTO event_versions (version_uid, event_uid, patient_uid,"
            " patient_ref, event_date, kind, label, hours_per_day, import_ref, recorded_at,"
            " recorded_by, laptop_uid)", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(vuid, uid, record_uids[ref], ref, day, kind, label, hours, import_id, now, who,
              laptop)
             for (_, uid, ref, day, kind, label, _, hours), vuid in zip(
                 event_rows, new_uids(len(event_rows)), strict=True)])
        summary = {"file": source.file_name, "sha256": source.sha256,
                   "rows": source.row_count, "visits": n, "new patients": len(patients),
                   "events": len(events)}
        # one entry for the import, one per patient it created: the patient's values and
        # the import's id; the reason, as for every imported record, says what was imported
        _insert_many(store, _AUDIT_INTO, _AUDIT_ROW, chain(
            [(now, who, "import", import_uid, json.dumps(summary, ensure_ascii=False),
              source.file_name)],
            ((now, who, "patient", p.patient_id, json.dumps(
                {**dict(zip(PATIENT_COLUMNS, patient_values(p), strict=True)),
                 "import_uid": import_uid}, ensure_ascii=False), source.file_name)
             for p in patients)))
    return Imported(import_id, import_uid, n, len(patients), len(events))


def _minted(values: Sequence[Patient] | Sequence[Event], field: str) -> list[str]:
    """Each value's id that travels, or a new one where it has none."""
    return _minted_texts([getattr(v, field) for v in values])


def _minted_texts(uids: Sequence[str]) -> list[str]:
    missing = iter(new_uids(sum(1 for u in uids if not u)))
    return [u or next(missing) for u in uids]


# Rows per INSERT statement on the bulk paths: SQLite's work per statement executed (step,
# reset, VDBE start) is paid once per 50 rows instead of once per row. 50 rows of the widest
# (35 values) bind 1,750 values, far below SQLite's limit of 32,766.
ROWS_PER_INSERT = 50


def _insert_many(store: Store, into: str, row: str, rows: Iterable[tuple],
                 count: int | None = None) -> None:
    """``into`` VALUES ``row``, ``row``, ... for every row, ROWS_PER_INSERT rows at a time.
    ``count``: how many rows an iterator gives (a list says it itself). The values of 50 rows
    are taken from one flat stream of values in C (zip over one iterator), not sliced."""
    if count is None:
        rows = rows if isinstance(rows, list) else list(rows)
        count = len(rows)
    per, width = ROWS_PER_INSERT, row.count("?")
    it = iter(rows)
    values = chain.from_iterable(islice(it, count - count % per))
    groups = zip(*[values] * (per * width), strict=False)  # (the last group is whole)
    store.executemany(f"{into} VALUES {', '.join([row] * per)}", groups)
    store.executemany(f"{into} VALUES {row}", it)


class _IsoDays(dict):
    """date -> its ISO text, each made once (an import has a few thousand distinct days)."""

    def __missing__(self, day: date) -> str:
        text = self[day] = day.isoformat()
        return text


def _mrc_columns(store: Store, gradings: Sequence[Grading | None]) -> dict[int, tuple]:
    """The MRC columns of a visit row (protocol, layout id, grades text, not-tested reasons)
    of each Grading object, by its id(): a file's reading shares one object among the visits
    graded alike, and finding the object is cheaper than comparing its cells. (Used while
    ``gradings`` holds the objects, so no id is reused.)"""
    out: dict[int, tuple] = {}
    for key, grading in dict(zip(map(id, gradings), gradings, strict=True)).items():
        encoded = mrc_rows.encode_grading(store, grading) or (None, None, None)
        out[key] = ("" if grading is None else grading.protocol, *encoded)
    return out


def _current_sql(patient_id: str | None, columns: str) -> tuple[str, tuple]:
    """Every signed visit with its patient's columns, ordered by patient identifier and
    date: patients in identifier order (their unique index), each one's visits in date order
    (the index of current visits), so no sort of 200,000 wide rows."""
    where = "v.status = 'signed'"
    params: tuple = ()
    if patient_id is not None:
        where += " AND p.patient_id = ?"
        params = (patient_id,)
    patient_cols = ", ".join(f"p.{c}" for c in PATIENT_COLUMNS)
    sql = (f"{columns}, {patient_cols}"
           " FROM patients p CROSS JOIN visits v INDEXED BY visits_one_current"
           " ON v.patient_ref = p.id LEFT JOIN imports i ON i.id = v.import_ref"
           f" WHERE {where} AND {CURRENT_VISIT} ORDER BY p.patient_id, v.visit_date, v.visit_uid")
    return sql, params


def iter_current(
    store: Store, patient_id: str | None = None
) -> Iterator[tuple[Patient, Visit]]:
    """Every signed visit with its patient, ordered by patient identifier and date.

    One query; a patient's rows come together, so each Patient is built once and shared.
    """
    sql, params = _current_sql(patient_id, VISIT_SELECT)
    parts = SharedParts(mrc_rows.layouts(store))
    split = VISIT_COLUMN_COUNT
    patient: Patient | None = None
    for row in store.conn.execute(sql, params):
        visit = parts.visit(row)
        if patient is None or patient.patient_id != visit.patient_id:
            patient = patient_from_row(row[split:])
        yield patient, visit


def iter_current_scores(
    store: Store, patient_id: str | None = None
) -> Iterator[tuple[Patient, VisitScores]]:
    """The rows of iter_current as the visit CSV writes them: no Visit, no MrcCell and no
    not-tested reason is built (the file holds none of them), only the values it prints."""
    lay = mrc_rows.layouts(store)
    columns = ("SELECT p.patient_id, v.visit_date, v.examiner, v.notes, v.visit_uid,"
               " v.mrc_layout, v.mrc_grades, v.alsfrs_mode, v.alsfrs_respondent, "
               + ", ".join(f"v.{c}" for c in (*ALSFRS_COLUMNS, *MEASUREMENT_FIELDS)))
    sql, params = _current_sql(patient_id, columns)
    at_scores = 9
    at_measured = at_scores + len(ALSFRS_COLUMNS)
    at_patient = at_measured + len(MEASUREMENT_FIELDS)
    days: dict[str, date] = {}
    patient: Patient | None = None
    for row in store.conn.execute(sql, params):
        if patient is None or patient.patient_id != row[0]:
            patient = patient_from_row(row[at_patient:])
        day = days.get(row[1])
        if day is None:
            day = days[row[1]] = date.fromisoformat(row[1])
        layout = row[5]
        yield patient, VisitScores(
            day, row[2], row[3], row[at_scores:at_measured],
            () if layout is None else lay.cells(layout),
            () if layout is None else mrc_rows.codes(row[6]), row[4], row[7], row[8],
            measurements_of(row[at_measured:at_patient]))


def all_events(store: Store, patient_id: str | None = None) -> list[Event]:
    sql = _EVENT_SELECT
    params: tuple = ()
    if patient_id is not None:
        sql += " WHERE p.patient_id = ?"
        params = (patient_id,)
    sql += " ORDER BY p.patient_id, e.event_date, e.kind, e.label, e.event_uid"
    return list(map(_event_of, store.conn.execute(sql, params)))


DEMO_SOURCE = "demo-data seed {seed}"  # what synthetic patients are imported as
_DEMO_SOURCES = ("demo", "demo-data seed %")  # (the app's demo database once said "demo")


def demo_source(seed: int) -> str:
    return DEMO_SOURCE.format(seed=seed)


def only_demo_patients(store: Store) -> bool:
    """True when every patient in the database is synthetic (imported as demo data), or
    there is none: only then may demo data be added (SPEC §1: never into a real database)."""
    return store.conn.execute(
        "SELECT NOT EXISTS (SELECT 1 FROM patients p WHERE NOT EXISTS (SELECT 1 FROM audit_log a"
        " WHERE a.entity = 'patient' AND a.entity_key = p.patient_id AND a.action = 'import'"
        " AND (a.reason = ? OR a.reason LIKE ?)))", _DEMO_SOURCES).fetchone()[0] == 1


def event_keys(store: Store, ids: Sequence[str]) -> set[tuple[str, date, str, str]]:
    """(patient, date, kind, label) of every stored event of these patients: what makes an
    event the same event (SPEC §3)."""
    return {(pid, date.fromisoformat(d), kind, label) for pid, d, kind, label in _rows_for(
        store, "SELECT p.patient_id, e.event_date, e.kind, e.label FROM events e JOIN patients p"
        " ON p.id = e.patient_ref WHERE p.patient_id IN ({keys})", ids)}


def last_visit_dates(store: Store, ids: Sequence[str] | None = None) -> dict[str, date]:
    """The latest current visit (draft or signed) of each patient; of every patient when
    ``ids`` is None. One aggregate over the (patient, date) index: no visit row is loaded."""
    sql = ("SELECT p.patient_id, max(v.visit_date) FROM visits v INDEXED BY visits_one_current"
           f" JOIN patients p ON p.id = v.patient_ref WHERE {CURRENT_VISIT}")
    rows = (store.conn.execute(sql + " GROUP BY v.patient_ref") if ids is None else _rows_for(
        store, sql + " AND p.patient_id IN ({keys}) GROUP BY v.patient_ref", ids))
    return {pid: date.fromisoformat(day) for pid, day in rows}


def mrc_cells_in_use(store: Store, patient_id: str | None = None) -> set[str]:
    """Every MRC cell graded at some current visit (the export's MRC columns): every cell of
    a layout with a complete grading, and the graded cells of the few partial ones."""
    partial = f"v.mrc_grades GLOB '*{MRC_NOT_GRADED_CHAR}*'"
    sql = (f"SELECT DISTINCT v.mrc_layout, CASE WHEN {partial} THEN v.mrc_grades END"
           " FROM visits v JOIN patients p ON p.id = v.patient_ref"
           " WHERE v.status = 'signed' AND v.mrc_layout IS NOT NULL")
    params: tuple = ()
    if patient_id is not None:
        sql += " AND p.patient_id = ?"
        params = (patient_id,)
    lay = mrc_rows.layouts(store)
    out: set[str] = set()
    for layout, text in store.conn.execute(sql, params):
        cells = lay.cells(layout)
        out.update(cells if text is None else mrc_rows.cells_graded(cells, text))
    return out
