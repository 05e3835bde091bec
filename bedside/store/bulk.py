"""Bulk paths: all-or-nothing import and streaming every current visit for export.

Inserts use executemany inside the caller's single transaction, with row ids assigned up
front (safe: BEGIN IMMEDIATE holds the write lock), so 200,000 visits go in quickly.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from itertools import chain, repeat
from operator import add, itemgetter
from types import MappingProxyType

from bedside.domain import Event, Grading, Patient, Visit, VisitBatch, VisitScores
from bedside.instruments import alsfrs_r
from bedside.store import mrc_rows
from bedside.store.db import Store, utc_now
from bedside.store.migrations import ALSFRS_COLUMNS, CURRENT_VISIT, MRC_NOT_GRADED_CHAR
from bedside.store.rows import (
    PATIENT_COLUMNS,
    VISIT_COLUMN_COUNT,
    VISIT_SELECT,
    SharedParts,
    iso,
    patient_from_row,
)

IMPORT_CACHE_KIB = 256 * 1024  # page cache during a large import
IMPORT_MEANING = "Transcribed from a source record by import; signed by the importing user."


def existing_patients(store: Store, ids: Sequence[str]) -> dict[str, Patient]:
    out: dict[str, Patient] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        cur = store.conn.execute(
            f"SELECT {', '.join(PATIENT_COLUMNS)} FROM patients"
            f" WHERE patient_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        for row in cur:
            p = patient_from_row(dict(zip(PATIENT_COLUMNS, row, strict=True)))
            out[p.patient_id] = p
    return out


def existing_visit_dates(store: Store, ids: Sequence[str]) -> dict[str, set[date]]:
    out: dict[str, set[date]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        # the current visits (those a new visit on their date would collide with), looked
        # up patient by patient in their index: no scan of every visit
        cur = store.conn.execute(
            "SELECT p.patient_id, v.visit_date FROM patients p"
            " CROSS JOIN visits v INDEXED BY visits_one_current ON v.patient_ref = p.id"
            f" WHERE {CURRENT_VISIT} AND p.patient_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        for pid, day in cur:
            out.setdefault(pid, set()).add(date.fromisoformat(day))
    return out


def death_dates(store: Store, ids: Sequence[str]) -> dict[str, date]:
    out: dict[str, date] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        cur = store.conn.execute(
            "SELECT p.patient_id, min(e.event_date) FROM events e JOIN patients p"
            " ON p.id = e.patient_ref WHERE e.kind = 'death'"
            f" AND p.patient_id IN ({', '.join('?' * len(chunk))}) GROUP BY p.patient_id",
            chunk,
        )
        for pid, day in cur:
            out[pid] = date.fromisoformat(day)
    return out


def _next_id(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]) + 1


def insert(
    store: Store,
    new_patients: Sequence[Patient],
    visits: Sequence[Visit] | VisitBatch,
    events: Sequence[Event],
    source: str,
) -> None:
    """Insert already-validated data; call inside store.transaction() so it is all or nothing.

    Rows are produced straight into executemany: nothing is built twice. Each visit's audit
    entry holds every value in short form: 'ALSFRS-R 1=4 2=3 ... 12=4; MRC layout 2: 5 5- 4+
    ...' (item numbers of the form; grades in the order of the recorded, unchangeable layout,
    '.' for a cell of the layout not graded).
    """
    batch = visits if isinstance(visits, VisitBatch) else VisitBatch.of_visits(visits)
    with Inserter(store, source, large=len(batch) > 10_000) as inserter:
        inserter.add(new_patients, batch, events)


class Inserter:
    """Inserts of one import made part by part (as its file is read), each part as insert
    makes it; what is made once per distinct value (an encoded grading, an answers text) is
    made once for the whole import. Use inside store.transaction(), as a context: ``large``
    keeps the index pages of a large import in memory until COMMIT, and the cyclic collector
    is paused meanwhile (millions of short-lived row tuples and no cycles: nothing to
    collect). After a rollback (to a savepoint) the inserter is not used again: its memos
    may hold layout ids that were rolled back."""

    def __init__(self, store: Store, source: str, *, large: bool = False) -> None:
        self.store = store
        self.source = source
        self.large = large
        self.now = utc_now()
        self.who = store.user
        self.days = _IsoDays()
        self.gradings = _Gradings(store)  # one encoding per distinct grading
        self.answers = _AnswerTexts()
        self._refs: dict[str, int] | None = None  # patient identifier -> row id

    def __enter__(self) -> Inserter:
        conn = self.store.conn
        self._cache_kib = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        if self.large:
            conn.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
        self._collecting = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._collecting:
            gc.enable()
        self.store.conn.execute(f"PRAGMA cache_size = {self._cache_kib}")

    def add(self, new_patients: Sequence[Patient], batch: VisitBatch,
            events: Sequence[Event]) -> None:
        store, now, who, source = self.store, self.now, self.who, self.source
        pid0 = _next_id(store, "patients")
        _insert_many(
            store, f"INSERT INTO patients (id, {', '.join(PATIENT_COLUMNS)}, created_at)",
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(pid0 + n, *_patient_row(p), now) for n, p in enumerate(new_patients)],
        )
        refs = self._refs
        if refs is None:  # every patient's row id, read once; the new ones added as made
            refs = self._refs = dict(store.conn.execute("SELECT patient_id, id FROM patients"))
        else:
            refs.update((p.patient_id, pid0 + n) for n, p in enumerate(new_patients))
        vid0 = _next_id(store, "visits")
        ids = range(vid0, vid0 + len(batch))
        isos = list(map(self.days.__getitem__, batch.dates))
        encoded = list(map(self.gradings.__getitem__, batch.gradings))
        _insert_many(
            store, "INSERT INTO visits (id, patient_ref, visit_date, examiner, notes,"
            " mrc_protocol, status, signed_by, signed_at, signature_meaning, created_at)",
            "(?, ?, ?, ?, ?, ?, 'signed', ?, ?, ?, ?)",
            zip(ids, map(refs.__getitem__, batch.patient_ids), isos, batch.examiners,
                batch.notes, map(itemgetter(0), encoded), repeat(who), repeat(now),
                repeat(IMPORT_MEANING), repeat(now)),
        )
        reasons = repeat(("{}",)) if batch.not_assessed is None else [
            (_not_assessed(r),) for r in batch.not_assessed]  # items not assessed: reasons kept
        _insert_many(  # every visit has its answers row (empty when only MRC was graded), as
            # drafts do: (visit id,) + scores + (reasons,)
            store, f"INSERT INTO alsfrs_answers (visit_id, {', '.join(ALSFRS_COLUMNS)},"
            " not_assessed)", f"({', '.join('?' * (len(ALSFRS_COLUMNS) + 2))})",
            map(add, zip(ids), map(add, batch.scores, reasons)),
        )
        _insert_many(store, mrc_rows.GRADES_INTO, mrc_rows.GRADES_ROW, (
            (vid, e[1], e[2]) for vid, e in zip(ids, encoded, strict=True) if e[1] is not None))
        _insert_many(store, mrc_rows.NOT_TESTED_INTO, mrc_rows.NOT_TESTED_ROW, (
            (vid, cell, reason) for vid, e in zip(ids, encoded, strict=True) if e[3]
            for cell, reason in e[3]))
        eid0 = _next_id(store, "events")
        _insert_many(
            store, "INSERT INTO events (id, patient_ref, event_date, kind, label, created_at)",
            "(?, ?, ?, ?, ?, ?)",
            [(eid0 + n, refs[e.patient_id], e.event_date.isoformat(), e.kind, e.label, now)
             for n, e in enumerate(events)],
        )
        audit_into = ("INSERT INTO audit_log (at_utc, who, action, entity, entity_key, field,"
                      " new_value, reason)")
        audit_row = "(?, ?, 'import', ?, ?, NULL, ?, ?)"
        _insert_many(store, audit_into, audit_row, (
            (now, who, "patient", p.patient_id,
             json.dumps(dict(zip(PATIENT_COLUMNS, _patient_row(p), strict=True)),
                        ensure_ascii=False), source) for p in new_patients))
        _insert_many(store, audit_into, audit_row, zip(
            repeat(now), repeat(who), repeat("visit"),
            map(add, map(add, batch.patient_ids, repeat("/")), isos),
            map(add, map(self.answers.__getitem__, batch.scores), map(itemgetter(4), encoded)),
            repeat(source)))
        _insert_many(store, audit_into, audit_row, (
            (now, who, "event", f"{e.patient_id}/{eid0 + n}",
             json.dumps({"event_date": e.event_date.isoformat(), "kind": e.kind,
                         "label": e.label}, ensure_ascii=False, sort_keys=True), source)
            for n, e in enumerate(events)))  # keyed by event id, as events.add does


# Rows per INSERT statement on the bulk paths: SQLite's work per statement executed (step,
# reset, VDBE start) is paid once per 50 rows instead of once per row, about 0.5 µs a row
# less (200,000 answers rows: 0.60 -> 0.46 s). 50 rows of the widest table (15 columns)
# bind 750 values, far below SQLite's limit of 32,766.
ROWS_PER_INSERT = 50


def _insert_many(store: Store, into: str, row: str, rows: Iterable[tuple]) -> None:
    """``into`` VALUES ``row``, ``row``, ... for every row, ROWS_PER_INSERT rows at a time."""
    rows = rows if isinstance(rows, list) else list(rows)
    per = ROWS_PER_INSERT
    whole = len(rows) - len(rows) % per
    flat = chain.from_iterable
    store.executemany(f"{into} VALUES {', '.join([row] * per)}",
                      (tuple(flat(rows[at:at + per])) for at in range(0, whole, per)))
    store.executemany(f"{into} VALUES {row}", rows[whole:])


class _IsoDays(dict):
    """date -> its ISO text, each made once (an import has a few thousand distinct days)."""

    def __missing__(self, day: date) -> str:
        text = self[day] = day.isoformat()
        return text


_NO_GRADING = ("", None, None, (), "")


class _Gradings(dict):
    """Grading -> (protocol, layout id, grades text, not-tested reasons, audit text), made
    once per distinct grading. Keyed by the Grading itself: equal gradings share an entry."""

    def __init__(self, store: Store) -> None:
        super().__init__({None: _NO_GRADING})
        self.store = store

    def __missing__(self, grading: Grading) -> tuple:
        encoded = mrc_rows.encode_grading(self.store, grading)
        if encoded is None:
            out: tuple = (grading.protocol, None, None, (), "")
        else:
            lid, text, reasons = encoded
            out = (grading.protocol, lid, text, tuple(reasons),
                   f"; MRC layout {lid}: {mrc_rows.spelled(text)}")
        self[grading] = out
        return out


class _AnswerTexts(dict):
    """Scores in item order -> 'ALSFRS-R 1=4 2=3 ... 12=4' for audit entries, made once each."""

    def __missing__(self, scores: tuple[int | None, ...]) -> str:
        text = self[scores] = "ALSFRS-R " + _answers_text(scores)
        return text


def _patient_row(p: Patient) -> tuple:
    return (p.patient_id, p.family_name, p.given_name, iso(p.birth_date), p.sex,
            iso(p.onset_date), p.onset_region, iso(p.diagnosis_date))


def _not_assessed(reasons: Mapping[str, str]) -> str:
    if not reasons:
        return "{}"
    return json.dumps(dict(reasons), ensure_ascii=False, sort_keys=True)


@cache
def _item_numbers() -> dict[str, str]:
    """Item key -> its number on the form ('1', '5a', '10'), for compact audit entries."""
    return {i.key: i.number.split()[0] for i in alsfrs_r().items}


@cache
def _answer_texts() -> tuple[dict[int | None, str], ...]:
    """Per item in the form's order: score -> '1=4', '5a=3', '10=2'... ('' when not
    assessed), made once."""
    q = alsfrs_r()
    numbers = _item_numbers()
    scores = range(q.min_score, q.max_score + 1)
    return tuple({None: "", **{s: f"{numbers[key]}={s}" for s in scores}} for key in q.keys)


def _answers_text(scores: Sequence[int | None]) -> str:
    """The answers of one visit (scores in item order) for its audit entry: '1=4 2=3 ... 12=4'."""
    try:
        text = " ".join(filter(None, map(dict.__getitem__, _answer_texts(), scores)))
    except KeyError:  # a score outside the instrument: written as it is
        numbers = list(_item_numbers().values())
        text = " ".join(f"{n}={s}" for n, s in zip(numbers, scores, strict=True) if s is not None)
    return text or "not assessed"


def _current_sql(patient_id: str | None, columns: str) -> tuple[str, tuple]:
    """Every signed visit with its patient's columns and its grades, ordered by patient
    identifier and date: patients in identifier order (their unique index), each one's visits
    in date order (the index of current visits), so no sort of 200,000 wide rows."""
    where = "v.status = 'signed'"
    params: tuple = ()
    if patient_id is not None:
        where += " AND p.patient_id = ?"
        params = (patient_id,)
    patient_cols = ", ".join(f"p.{c}" for c in PATIENT_COLUMNS)
    sql = (f"{columns}, {patient_cols}, g.layout, g.grades"
           " FROM patients p CROSS JOIN visits v INDEXED BY visits_one_current"
           " ON v.patient_ref = p.id LEFT JOIN alsfrs_answers a ON a.visit_id = v.id"
           f" LEFT JOIN mrc_grades g ON g.visit_id = v.id WHERE {where}"
           f" AND {CURRENT_VISIT} ORDER BY p.patient_id, v.visit_date")
    return sql, params


def iter_current(
    store: Store, patient_id: str | None = None
) -> Iterator[tuple[Patient, Visit]]:
    """Every signed visit with its patient, ordered by patient identifier and date.

    One query; a patient's rows come together, so each Patient is built once and shared.
    """
    reasons: dict[int, dict[str, str]] = {}
    for vid, cell, reason in store.conn.execute(
        "SELECT visit_id, cell, reason FROM mrc_not_tested"
    ):
        reasons.setdefault(vid, {})[cell] = reason
    lay = mrc_rows.layouts(store)
    # no reasons ('{}', every imported visit) come back as NULL: no JSON to parse
    columns = VISIT_SELECT[: VISIT_SELECT.index(" FROM visits v")].replace(
        ", a.not_assessed", ", nullif(a.not_assessed, '{}')")
    sql, params = _current_sql(patient_id, columns)
    split = VISIT_COLUMN_COUNT
    at_layout = split + len(PATIENT_COLUMNS)
    parts = SharedParts()
    no_grades: MappingProxyType = MappingProxyType({})
    no_reasons: dict[str, str] = {}
    patient: Patient | None = None
    for row in store.conn.execute(sql, params):
        layout = row[at_layout]
        mrc = no_grades if layout is None else MappingProxyType(mrc_rows.decode(
            lay.cells(layout), row[at_layout + 1], reasons.get(row[0], no_reasons)))
        visit = parts.visit(row[:split], mrc)
        if patient is None or patient.patient_id != visit.patient_id:
            patient = patient_from_row(
                dict(zip(PATIENT_COLUMNS, row[split:at_layout], strict=True)))
        yield patient, visit


def iter_current_scores(
    store: Store, patient_id: str | None = None
) -> Iterator[tuple[Patient, VisitScores]]:
    """The rows of iter_current as the visit CSV writes them: no Visit, no MrcCell and no
    not-tested reason is built (the file holds none of them), only the values it prints."""
    lay = mrc_rows.layouts(store)
    columns = ("SELECT p.patient_id, v.visit_date, v.examiner, v.notes, "
               + ", ".join(f"a.{c}" for c in ALSFRS_COLUMNS))
    sql, params = _current_sql(patient_id, columns)
    at_scores = 4
    at_patient = at_scores + len(ALSFRS_COLUMNS)
    at_layout = at_patient + len(PATIENT_COLUMNS)
    days: dict[str, date] = {}
    patient: Patient | None = None
    for row in store.conn.execute(sql, params):
        if patient is None or patient.patient_id != row[0]:
            patient = patient_from_row(
                dict(zip(PATIENT_COLUMNS, row[at_patient:at_layout], strict=True)))
        day = days.get(row[1])
        if day is None:
            day = days[row[1]] = date.fromisoformat(row[1])
        layout = row[at_layout]
        yield patient, VisitScores(
            day, row[2], row[3], row[at_scores:at_patient],
            () if layout is None else lay.cells(layout),
            () if layout is None else mrc_rows.codes(row[at_layout + 1]))


def all_events(store: Store, patient_id: str | None = None) -> list[Event]:
    sql = ("SELECT p.patient_id, e.event_date, e.kind, e.label, e.id FROM events e"
           " JOIN patients p ON p.id = e.patient_ref")
    params: tuple = ()
    if patient_id is not None:
        sql += " WHERE p.patient_id = ?"
        params = (patient_id,)
    sql += " ORDER BY p.patient_id, e.event_date, e.kind, e.label"
    return [Event(pid, date.fromisoformat(d), k, lbl, eid)
            for pid, d, k, lbl, eid in store.conn.execute(sql, params)]


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
    out: set[tuple[str, date, str, str]] = set()
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        cur = store.conn.execute(
            "SELECT p.patient_id, e.event_date, e.kind, e.label FROM events e JOIN patients p"
            f" ON p.id = e.patient_ref WHERE p.patient_id IN ({', '.join('?' * len(chunk))})",
            chunk)
        out.update((pid, date.fromisoformat(d), kind, label) for pid, d, kind, label in cur)
    return out


def last_visit_dates(store: Store, ids: Sequence[str] | None = None) -> dict[str, date]:
    """The latest current visit (draft or signed) of each patient; of every patient when
    ``ids`` is None. One aggregate over the (patient, date) index: no visit row is loaded."""
    sql = ("SELECT p.patient_id, max(v.visit_date) FROM visits v INDEXED BY visits_one_current"
           f" JOIN patients p ON p.id = v.patient_ref WHERE {CURRENT_VISIT}")
    chunks: list[list[str] | None] = [None] if ids is None else [
        list(ids[start : start + 500]) for start in range(0, len(ids), 500)]
    out: dict[str, date] = {}
    for chunk in chunks:
        where = "" if chunk is None else f" AND p.patient_id IN ({', '.join('?' * len(chunk))})"
        for pid, day in store.conn.execute(sql + where + " GROUP BY v.patient_ref", chunk or ()):
            out[pid] = date.fromisoformat(day)
    return out


def mrc_cells_in_use(store: Store, patient_id: str | None = None) -> set[str]:
    """Every MRC cell graded at some current visit (the export's MRC columns): every cell of
    a layout with a complete grading, and the graded cells of the few partial ones."""
    partial = f"g.grades GLOB '*{MRC_NOT_GRADED_CHAR}*'"
    sql = (f"SELECT DISTINCT g.layout, CASE WHEN {partial} THEN g.grades END"
           " FROM mrc_grades g JOIN visits v ON v.id = g.visit_id"
           " JOIN patients p ON p.id = v.patient_ref WHERE v.status = 'signed'")
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
