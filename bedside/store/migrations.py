"""Numbered schema migrations; each runs with its record in one transaction.

Never edit a migration that has shipped: add a new one. Clinical tables change only here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from bedside.domain.uids import new_uid
from bedside.store.errors import SchemaTooNew, StoreError

ALSFRS_COLUMNS = (
    "Q1_Speech", "Q2_Salivation", "Q3_Swallowing", "Q4_Handwriting",
    "Q5a_Cutting_without_Gastrostomy", "Q5b_Cutting_with_Gastrostomy",
    "Q6_Dressing_and_Hygiene", "Q7_Turning_in_Bed", "Q8_Walking", "Q9_Climbing_Stairs",
    "R_1_Dyspnea", "R_2_Orthopnea", "R_3_Respiratory_Insufficiency",
)
MRC_CODES = ("0", "1", "2", "3-", "3", "3+", "4-", "4", "4+", "5-", "5", "NT")
# One row per graded visit: grade N belongs to cell N of the row's layout (a cell list stored
# in mrc_layouts), so a protocol file can never reinterpret stored grades, a clinic's own
# protocol needs no schema change, and a visit costs one row instead of one per muscle.
MRC_SLOTS = 40
MRC_GRADE_COLUMNS = tuple(f"g{n:02d}" for n in range(1, MRC_SLOTS + 1))  # schema 1-2 only
# Since schema 3 a visit's grades are one text, one character per cell of its layout: the
# digit for a whole grade, lower case for minus (c d e = 3- 4- 5-: a b c d e count 1 to 5),
# upper case for plus (C D = 3+ 4+), N = not tested, '.' = a cell of the layout not graded.
# One CHECK over the text (every character one of these) is exact and checks a whole grading
# at once: forty column CHECKs cost a bulk import more than all its other constraints.
MRC_CODE_CHARS = {"0": "0", "1": "1", "2": "2", "3-": "c", "3": "3", "3+": "C", "4-": "d",
                  "4": "4", "4+": "D", "5-": "e", "5": "5", "NT": "N"}
MRC_NOT_GRADED_CHAR = "."
assert tuple(MRC_CODE_CHARS) == MRC_CODES
_MRC_ALPHABET = "".join(MRC_CODE_CHARS.values()) + MRC_NOT_GRADED_CHAR


def _iso_date(col: str, nullable: bool = True) -> str:
    rule = f"(date({col}) IS {col})"
    return f"({col} IS NULL OR {rule})" if nullable else rule


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: executescript() would commit the open transaction."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending[:60]!r}")


def _m001_initial(conn: sqlite3.Connection) -> None:
    score_cols = ",\n".join(
        f"  {c} INTEGER CHECK ({c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 4))"
        for c in ALSFRS_COLUMNS
    )
    # instr() over a comma list: as strict as IN (...) here, and cheaper per row
    code_list = "," + ",".join(MRC_CODES) + ","
    grade_cols = ",\n".join(
        f"  {c} TEXT CHECK ({c} IS NULL OR (instr('{code_list}', ',' || {c} || ',') > 0"
        f" AND {c} NOT GLOB '*,*'))"
        for c in MRC_GRADE_COLUMNS
    )
    run_script(
        conn,
        f"""
CREATE TABLE patients (
  id INTEGER PRIMARY KEY,
  patient_id TEXT NOT NULL UNIQUE CHECK (length(trim(patient_id)) > 0),
  family_name TEXT NOT NULL DEFAULT '',
  given_name TEXT NOT NULL DEFAULT '',
  birth_date TEXT CHECK {_iso_date('birth_date')},
  sex TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  onset_date TEXT CHECK {_iso_date('onset_date')},
  onset_region TEXT NOT NULL DEFAULT 'unknown' CHECK (onset_region IN
    ('bulbar', 'upper_limb', 'lower_limb', 'respiratory', 'generalized', 'unknown')),
  diagnosis_date TEXT CHECK {_iso_date('diagnosis_date')},
  created_at TEXT NOT NULL
);
CREATE TABLE visits (
  id INTEGER PRIMARY KEY,
  patient_ref INTEGER NOT NULL REFERENCES patients(id),
  visit_date TEXT NOT NULL CHECK {_iso_date('visit_date', nullable=False)},
  examiner TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  mrc_protocol TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'superseded')),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  previous_version INTEGER REFERENCES visits(id),
  signed_by TEXT,
  signed_at TEXT,
  signature_meaning TEXT,
  amend_reason TEXT,
  created_at TEXT NOT NULL,
  CHECK (status = 'draft' OR (signed_by IS NOT NULL AND signed_at IS NOT NULL))
);
CREATE UNIQUE INDEX visits_one_current ON visits(patient_ref, visit_date)
  WHERE status != 'superseded';
CREATE INDEX visits_by_status ON visits(status);
CREATE TABLE alsfrs_answers (
  visit_id INTEGER PRIMARY KEY REFERENCES visits(id),
{score_cols},
  not_assessed TEXT NOT NULL DEFAULT '{{}}' CHECK (json_valid(not_assessed)),
  CHECK (Q5a_Cutting_without_Gastrostomy IS NULL OR Q5b_Cutting_with_Gastrostomy IS NULL)
);
CREATE TABLE mrc_layouts (
  id INTEGER PRIMARY KEY,
  cells TEXT NOT NULL UNIQUE CHECK (json_valid(cells) AND json_type(cells) = 'array')
);
CREATE TABLE mrc_grades (
  visit_id INTEGER PRIMARY KEY REFERENCES visits(id),
  layout INTEGER NOT NULL REFERENCES mrc_layouts(id),
{grade_cols}
);
CREATE TABLE mrc_not_tested (
  visit_id INTEGER NOT NULL REFERENCES mrc_grades(visit_id),
  cell TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (visit_id, cell)
) WITHOUT ROWID;
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  patient_ref INTEGER NOT NULL REFERENCES patients(id),
  event_date TEXT NOT NULL CHECK {_iso_date('event_date', nullable=False)},
  kind TEXT NOT NULL CHECK (kind IN ('gastrostomy', 'niv_start', 'tracheostomy',
    'medication_start', 'medication_stop', 'procedure', 'death', 'other')),
  label TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX events_by_patient ON events(patient_ref, event_date);
CREATE TABLE examiners (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  password_hash TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at_utc TEXT NOT NULL,
  who TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT,
  reason TEXT
);
CREATE INDEX audit_by_entity ON audit_log(entity, entity_key);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted'); END;
CREATE TRIGGER signed_visit_unchanged BEFORE UPDATE ON visits
WHEN OLD.status != 'draft' AND NOT (
  OLD.status = 'signed' AND NEW.status = 'superseded'
  AND NEW.visit_date IS OLD.visit_date AND NEW.examiner IS OLD.examiner
  AND NEW.notes IS OLD.notes AND NEW.mrc_protocol IS OLD.mrc_protocol
  AND NEW.patient_ref IS OLD.patient_ref AND NEW.signed_by IS OLD.signed_by
  AND NEW.signed_at IS OLD.signed_at AND NEW.version IS OLD.version)
BEGIN SELECT RAISE(ABORT, 'a signed visit cannot be edited: amend it to make a new version'); END;
CREATE TRIGGER signed_visit_kept BEFORE DELETE ON visits WHEN OLD.status != 'draft'
BEGIN SELECT RAISE(ABORT, 'a signed visit cannot be deleted'); END;
CREATE TRIGGER signed_answers_unchanged BEFORE UPDATE ON alsfrs_answers
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the answers of a signed visit cannot be edited'); END;
CREATE TRIGGER signed_answers_kept BEFORE DELETE ON alsfrs_answers
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the answers of a signed visit cannot be deleted'); END;
CREATE TRIGGER signed_grades_unchanged BEFORE UPDATE ON mrc_grades
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the MRC grades of a signed visit cannot be edited'); END;
CREATE TRIGGER signed_grades_kept BEFORE DELETE ON mrc_grades
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the MRC grades of a signed visit cannot be deleted'); END;
CREATE TRIGGER signed_not_tested_unchanged BEFORE UPDATE ON mrc_not_tested
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the MRC grades of a signed visit cannot be edited'); END;
CREATE TRIGGER signed_not_tested_kept BEFORE DELETE ON mrc_not_tested
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the MRC grades of a signed visit cannot be deleted'); END;
CREATE TRIGGER mrc_layouts_unchanged BEFORE UPDATE ON mrc_layouts
BEGIN SELECT RAISE(ABORT, 'an MRC layout cannot be changed once recorded'); END;
"""
    )


# The visit that counts for its patient and date: a signed one, or a draft of a new visit.
# An amendment being entered is a draft too (previous_version = the signed version it will
# replace), kept beside that version until it is signed. Queries that use the index
# visits_one_current repeat this condition word for word so SQLite can use the index.
CURRENT_VISIT = "(status = 'signed' OR (status = 'draft' AND previous_version IS NULL))"


def _m002_amendment_drafts(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        f"""
DROP INDEX visits_one_current;
CREATE UNIQUE INDEX visits_one_current ON visits(patient_ref, visit_date)
  WHERE {CURRENT_VISIT};
CREATE UNIQUE INDEX visits_one_amendment_draft ON visits(previous_version)
  WHERE status = 'draft' AND previous_version IS NOT NULL;
""",
    )


_SIGNED_GRADES_TRIGGERS = """
CREATE TRIGGER signed_grades_unchanged BEFORE UPDATE ON mrc_grades
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the MRC grades of a signed visit cannot be edited'); END;
CREATE TRIGGER signed_grades_kept BEFORE DELETE ON mrc_grades
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the MRC grades of a signed visit cannot be deleted'); END;
CREATE TRIGGER signed_not_tested_unchanged BEFORE UPDATE ON mrc_not_tested
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the MRC grades of a signed visit cannot be edited'); END;
CREATE TRIGGER signed_not_tested_kept BEFORE DELETE ON mrc_not_tested
WHEN (SELECT status FROM visits WHERE id = OLD.visit_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'the MRC grades of a signed visit cannot be deleted'); END;
"""


def _check_grades_carried_over(conn: sqlite3.Connection) -> None:
    """Migration 3 refuses (and so changes nothing) unless every grading, every grade and
    every reason of schema 2 is in the new tables: a row the old CHECKs let through (a blob, a
    grade past its layout's cells, a layout that is missing) is never silently dropped."""
    graded_old = " + ".join(f"({c} IS NOT NULL)" for c in MRC_GRADE_COLUMNS)
    not_graded = f"'{MRC_NOT_GRADED_CHAR}'"
    old = conn.execute(f"SELECT count(*), coalesce(sum({graded_old}), 0) FROM mrc_grades_v2"
                       ).fetchone()
    new = conn.execute(f"SELECT count(*), coalesce(sum(length(replace(grades, {not_graded},"
                       " ''))), 0) FROM mrc_grades").fetchone()
    reasons = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("mrc_not_tested_v2", "mrc_not_tested")]
    orphans = conn.execute("PRAGMA foreign_key_check(mrc_not_tested)").fetchall()
    if tuple(old) != tuple(new) or reasons[0] != reasons[1] or orphans:
        raise StoreError(
            f"the upgrade to schema 3 would not carry every MRC grade over unchanged "
            f"({old[0]} gradings with {old[1]} grades and {reasons[0]} not-tested reasons "
            f"before, {new[0]} with {new[1]} and {reasons[1]} after): the file holds MRC grades "
            f"this version cannot read. Nothing was changed; keep using it with the previous "
            f"version of Bedside and report this")


def _m003_grades_as_text(conn: sqlite3.Connection) -> None:
    """mrc_grades: forty grade columns become one text of one character per layout cell.
    The index of every visit by status becomes one of drafts only (the lists of drafts read
    it, in the order they are offered): an import of signed visits no longer fills it."""
    def char_of(col: str) -> str:
        cases = " ".join(f"WHEN '{code}' THEN '{ch}'" for code, ch in MRC_CODE_CHARS.items())
        return f"coalesce(CASE {col} {cases} END, '{MRC_NOT_GRADED_CHAR}')"

    text = " || ".join(char_of(f"g.{c}") for c in MRC_GRADE_COLUMNS)
    run_script(
        conn,
        f"""
PRAGMA defer_foreign_keys = ON;
ALTER TABLE mrc_not_tested RENAME TO mrc_not_tested_v2;
ALTER TABLE mrc_grades RENAME TO mrc_grades_v2;
CREATE TABLE mrc_grades (
  visit_id INTEGER PRIMARY KEY REFERENCES visits(id),
  layout INTEGER NOT NULL REFERENCES mrc_layouts(id),
  grades TEXT NOT NULL CHECK (typeof(grades) = 'text' AND instr(grades, char(0)) = 0
    AND length(grades) BETWEEN 1 AND {MRC_SLOTS} AND grades NOT GLOB '*[^{_MRC_ALPHABET}]*')
);
CREATE TABLE mrc_not_tested (
  visit_id INTEGER NOT NULL REFERENCES mrc_grades(visit_id),
  cell TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (visit_id, cell)
) WITHOUT ROWID;
INSERT INTO mrc_grades (visit_id, layout, grades)
  SELECT g.visit_id, g.layout, substr({text}, 1, json_array_length(l.cells))
  FROM mrc_grades_v2 g JOIN mrc_layouts l ON l.id = g.layout ORDER BY g.visit_id;
INSERT INTO mrc_not_tested (visit_id, cell, reason)
  SELECT visit_id, cell, reason FROM mrc_not_tested_v2;
""",
    )
    _check_grades_carried_over(conn)
    run_script(
        conn,
        f"""
DROP TABLE mrc_not_tested_v2;
DROP TABLE mrc_grades_v2;
{_SIGNED_GRADES_TRIGGERS}
DROP INDEX visits_by_status;
CREATE INDEX visits_drafts ON visits(created_at) WHERE status = 'draft';
""",
    )


def _uid_check(col: str) -> str:
    """An id that travels (bedside.domain.uids) as stored: lower-case hex in 8-4-4-4-12."""
    pattern = "-".join("[0-9a-f]" * n for n in (8, 4, 4, 4, 12))
    return f"(typeof({col}) = 'text' AND {col} GLOB '{pattern}')"


def _score_checks() -> str:
    return ",\n".join(
        f"  {c} INTEGER CHECK ({c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 4))"
        for c in ALSFRS_COLUMNS)


_GRADES_RULE = (f"typeof(mrc_grades) = 'text' AND instr(mrc_grades, char(0)) = 0"
                f" AND length(mrc_grades) BETWEEN 1 AND {MRC_SLOTS}"
                f" AND mrc_grades NOT GLOB '*[^{_MRC_ALPHABET}]*'")
# Columns of a visit that describe the visit row itself, not its answers or grades (the
# rest: ALSFRS_COLUMNS, not_assessed, then the MRC columns).
VISIT_V4_HEAD = ("id", "visit_uid", "patient_ref", "visit_date", "examiner", "notes", "status",
                 "version", "previous_version", "amend_reason", "created_at", "signed_by",
                 "signed_at", "signature_meaning", "import_ref")
VISIT_V4_MRC = ("mrc_protocol", "mrc_layout", "mrc_grades", "mrc_not_tested")


def _m004_tables() -> str:
    q5a, q5b = ALSFRS_COLUMNS[4], ALSFRS_COLUMNS[5]
    return f"""
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  import_uid TEXT NOT NULL UNIQUE CHECK {_uid_check('import_uid')},
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT CHECK (sha256 IS NULL OR (length(sha256) = 64
    AND sha256 NOT GLOB '*[^0-9a-f]*')),
  row_count INTEGER NOT NULL CHECK (row_count >= 0),
  signature_meaning TEXT NOT NULL
);
CREATE TABLE patients (
  id INTEGER PRIMARY KEY,
  patient_uid TEXT NOT NULL UNIQUE CHECK {_uid_check('patient_uid')},
  patient_id TEXT NOT NULL UNIQUE CHECK (length(trim(patient_id)) > 0),
  family_name TEXT NOT NULL DEFAULT '',
  given_name TEXT NOT NULL DEFAULT '',
  birth_date TEXT CHECK {_iso_date('birth_date')},
  sex TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  onset_date TEXT CHECK {_iso_date('onset_date')},
  onset_region TEXT NOT NULL DEFAULT 'unknown' CHECK (onset_region IN
    ('bulbar', 'upper_limb', 'lower_limb', 'respiratory', 'generalized', 'unknown')),
  diagnosis_date TEXT CHECK {_iso_date('diagnosis_date')},
  created_at TEXT NOT NULL
);
CREATE TABLE visits (
  id INTEGER PRIMARY KEY,
  visit_uid TEXT NOT NULL UNIQUE CHECK {_uid_check('visit_uid')},
  patient_ref INTEGER NOT NULL REFERENCES patients(id),
  visit_date TEXT NOT NULL CHECK {_iso_date('visit_date', nullable=False)},
  examiner TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('draft', 'signed', 'superseded')),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  previous_version INTEGER REFERENCES visits(id),
  amend_reason TEXT,
  created_at TEXT,
  signed_by TEXT,
  signed_at TEXT,
  signature_meaning TEXT,
  import_ref INTEGER REFERENCES imports(id),
{_score_checks()},
  not_assessed TEXT CHECK (not_assessed IS NULL OR json_valid(not_assessed)),
  mrc_protocol TEXT NOT NULL DEFAULT '',
  mrc_layout INTEGER REFERENCES mrc_layouts(id),
  mrc_grades TEXT CHECK (mrc_grades IS NULL OR ({_GRADES_RULE})),
  mrc_not_tested TEXT CHECK (mrc_not_tested IS NULL OR (mrc_grades IS NOT NULL
    AND json_valid(mrc_not_tested))),
  CHECK ((mrc_layout IS NULL) = (mrc_grades IS NULL)),
  CHECK ({q5a} IS NULL OR {q5b} IS NULL),
  CHECK (CASE WHEN import_ref IS NULL
    THEN created_at IS NOT NULL AND (status = 'draft'
      OR (signed_by IS NOT NULL AND signed_at IS NOT NULL))
    ELSE status != 'draft' AND created_at IS NULL AND signed_by IS NULL AND signed_at IS NULL
      AND signature_meaning IS NULL END)
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  event_uid TEXT NOT NULL UNIQUE CHECK {_uid_check('event_uid')},
  patient_ref INTEGER NOT NULL REFERENCES patients(id),
  event_date TEXT NOT NULL CHECK {_iso_date('event_date', nullable=False)},
  kind TEXT NOT NULL CHECK (kind IN ('gastrostomy', 'niv_start', 'tracheostomy',
    'medication_start', 'medication_stop', 'procedure', 'death', 'other')),
  label TEXT NOT NULL DEFAULT '',
  import_ref INTEGER REFERENCES imports(id),
  created_at TEXT CHECK ((created_at IS NULL) = (import_ref IS NOT NULL))
);
"""


_M004_INDEXES_AND_TRIGGERS = f"""
CREATE UNIQUE INDEX visits_one_current ON visits(patient_ref, visit_date)
  WHERE {CURRENT_VISIT};
CREATE UNIQUE INDEX visits_one_amendment_draft ON visits(previous_version)
  WHERE status = 'draft' AND previous_version IS NOT NULL;
CREATE INDEX visits_drafts ON visits(created_at) WHERE status = 'draft';
CREATE INDEX visits_amending ON visits(previous_version) WHERE previous_version IS NOT NULL;
CREATE INDEX events_by_patient ON events(patient_ref, event_date);
CREATE INDEX patients_by_name ON patients(family_name, given_name, patient_id, birth_date);
CREATE TRIGGER signed_visit_kept BEFORE DELETE ON visits WHEN OLD.status != 'draft'
BEGIN SELECT RAISE(ABORT, 'a signed visit cannot be deleted'); END;
CREATE TRIGGER imports_unchanged BEFORE UPDATE ON imports
BEGIN SELECT RAISE(ABORT, 'an import is recorded once and cannot be changed'); END;
CREATE TRIGGER imports_kept BEFORE DELETE ON imports
BEGIN SELECT RAISE(ABORT, 'an import is recorded once and cannot be deleted'); END;
CREATE TRIGGER patient_uid_kept BEFORE UPDATE OF patient_uid ON patients
  WHEN NEW.patient_uid IS NOT OLD.patient_uid
BEGIN SELECT RAISE(ABORT, 'the id of a patient cannot be changed'); END;
CREATE TRIGGER visit_uid_kept BEFORE UPDATE OF visit_uid ON visits
  WHEN NEW.visit_uid IS NOT OLD.visit_uid
BEGIN SELECT RAISE(ABORT, 'the id of a visit cannot be changed'); END;
CREATE TRIGGER event_uid_kept BEFORE UPDATE OF event_uid ON events
  WHEN NEW.event_uid IS NOT OLD.event_uid
BEGIN SELECT RAISE(ABORT, 'the id of an event cannot be changed'); END;
"""


def signed_visit_trigger(conn: sqlite3.Connection) -> None:
    """(Re)create the trigger that keeps a signed visit as it was signed: the one change it
    allows is 'signed' -> 'superseded' when it is amended, every other column unchanged. The
    columns are read from the table, so a migration that adds a visit column calls this again
    and the new column is covered. Since schema 5 a visit's ``patient_uid`` may also be given
    once where it was NULL (see _m007_sync), with the status unchanged."""
    columns = [r[1] for r in conn.execute("PRAGMA table_info(visits)")]
    fixed = [c for c in columns if c not in ("status", "patient_uid")]
    new = ", ".join(f"NEW.{c}" for c in fixed)
    old = ", ".join(f"OLD.{c}" for c in fixed)
    allowed = (f"(OLD.status = 'signed' AND NEW.status = 'superseded' AND ({new}) IS ({old})"
               + (" AND NEW.patient_uid IS OLD.patient_uid)" if "patient_uid" in columns else ")"))
    if "patient_uid" in columns:
        allowed += (f" OR (NEW.status IS OLD.status AND OLD.patient_uid IS NULL"
                    f" AND ({new}) IS ({old}))")
    conn.execute("DROP TRIGGER IF EXISTS signed_visit_unchanged")
    conn.execute(
        "CREATE TRIGGER signed_visit_unchanged BEFORE UPDATE ON visits"
        f" WHEN OLD.status != 'draft' AND NOT ({allowed})"
        " BEGIN SELECT RAISE(ABORT, 'a signed visit cannot be edited: amend it to make a new"
        " version'); END")


def _m004_visit_select() -> str:
    """Schema 3's visit, answers and grades rows as one schema 4 visit row each."""
    answers = ", ".join(f"a.{c}" for c in ALSFRS_COLUMNS)
    return f"""
SELECT v.id, bedside_new_uid(), v.patient_ref, v.visit_date, v.examiner, v.notes, v.status,
  v.version, v.previous_version, v.amend_reason, v.created_at, v.signed_by, v.signed_at,
  v.signature_meaning, NULL, {answers}, nullif(a.not_assessed, '{{}}'), v.mrc_protocol,
  g.layout, g.grades, (SELECT json_group_object(n.cell, n.reason) FROM mrc_not_tested_v3 n
    WHERE n.visit_id = v.id AND n.reason != '' HAVING count(*) > 0)
FROM visits_v3 v LEFT JOIN alsfrs_answers_v3 a ON a.visit_id = v.id
  LEFT JOIN mrc_grades_v3 g ON g.visit_id = v.id"""


def _check_visits_carried_over(conn: sqlite3.Connection) -> None:
    """Migration 4 refuses (and so changes nothing) unless every patient, visit and event and
    every value of them came over exactly: each schema 3 row, its answers and grades, is
    compared with the new row value by value (NULLs and types included), and every
    not-tested reason is found in its visit's reasons."""
    patient_cols = ("id", "patient_id", "family_name", "given_name", "birth_date", "sex",
                    "onset_date", "onset_region", "diagnosis_date", "created_at")
    event_cols = ("id", "patient_ref", "event_date", "kind", "label", "created_at")
    visit_cols = [c for c in VISIT_V4_HEAD if c not in ("visit_uid", "import_ref")]
    answers = ", ".join(f"a.{c}" for c in ALSFRS_COLUMNS)
    checks = {
        "patients": (f"SELECT {', '.join(patient_cols)} FROM patients_v3",
                     f"SELECT {', '.join(patient_cols)} FROM patients"),
        "events": (f"SELECT {', '.join(event_cols)} FROM events_v3",
                   f"SELECT {', '.join(event_cols)} FROM events"),
        "visits": (
            f"SELECT {', '.join('v.' + c for c in visit_cols)}, {answers},"
            " nullif(a.not_assessed, '{}'), v.mrc_protocol, g.layout, g.grades"
            " FROM visits_v3 v LEFT JOIN alsfrs_answers_v3 a ON a.visit_id = v.id"
            " LEFT JOIN mrc_grades_v3 g ON g.visit_id = v.id",
            f"SELECT {', '.join(visit_cols)}, {', '.join(ALSFRS_COLUMNS)}, not_assessed,"
            " mrc_protocol, mrc_layout, mrc_grades FROM visits"),
    }
    problems = []
    for table, (old, new) in checks.items():
        before = conn.execute(f"SELECT count(*) FROM {table}_v3").fetchone()[0]
        after = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        differing = conn.execute(f"SELECT count(*) FROM ({old} EXCEPT {new})").fetchone()[0]
        if before != after or differing:
            problems.append(f"{table}: {before} before, {after} after, {differing} not the same")
    reasons = conn.execute("SELECT count(*) FROM mrc_not_tested_v3 WHERE reason != ''"
                           ).fetchone()[0]
    found = conn.execute(
        "SELECT count(*) FROM mrc_not_tested_v3 n JOIN visits v ON v.id = n.visit_id,"
        " json_each(v.mrc_not_tested) r WHERE r.key = n.cell AND r.value IS n.reason"
        " AND n.reason != ''").fetchone()[0]
    kept = conn.execute("SELECT count(*) FROM visits v, json_each(v.mrc_not_tested)"
                        ).fetchone()[0]
    orphans = conn.execute("SELECT count(*) FROM mrc_not_tested_v3 n LEFT JOIN visits v"
                           " ON v.id = n.visit_id WHERE v.mrc_grades IS NULL").fetchone()[0]
    if not reasons == found == kept or orphans:
        problems.append(f"not-tested reasons: {reasons} before, {found} found and {kept} kept "
                        f"after, {orphans} of visits without grades")
    if problems:
        raise StoreError(
            f"the upgrade to schema 4 would not carry every patient, visit and event over "
            f"unchanged ({'; '.join(problems)}): the file holds data this version cannot read. "
            f"Nothing was changed; keep using it with the previous version of Bedside and "
            f"report this")


def _m004_one_row_per_visit(conn: sqlite3.Connection) -> None:
    """A visit becomes one row holding its answers, not-assessed reasons and MRC grades (the
    grades still laid out on a recorded layout); patients, visits and events get ids that
    travel (UUIDv7) beside their integer keys; imports are recorded once each (``imports``),
    the visits they brought pointing to them (their signer, time and meaning are the
    import's). The old tables are renamed, the new ones filled from them and compared value by
    value, then the old ones dropped."""
    conn.create_function("bedside_new_uid", 0, new_uid)  # (non-deterministic: one per row)
    visit_cols = [*VISIT_V4_HEAD, *ALSFRS_COLUMNS, "not_assessed", *VISIT_V4_MRC]
    run_script(
        conn,
        f"""
PRAGMA defer_foreign_keys = ON;
ALTER TABLE events RENAME TO events_v3;
ALTER TABLE mrc_not_tested RENAME TO mrc_not_tested_v3;
ALTER TABLE mrc_grades RENAME TO mrc_grades_v3;
ALTER TABLE alsfrs_answers RENAME TO alsfrs_answers_v3;
ALTER TABLE visits RENAME TO visits_v3;
ALTER TABLE patients RENAME TO patients_v3;
{_m004_tables()}
INSERT INTO patients (id, patient_uid, patient_id, family_name, given_name, birth_date, sex,
  onset_date, onset_region, diagnosis_date, created_at)
  SELECT id, bedside_new_uid(), patient_id, family_name, given_name, birth_date, sex,
  onset_date, onset_region, diagnosis_date, created_at FROM patients_v3 ORDER BY id;
INSERT INTO visits ({', '.join(visit_cols)}) {_m004_visit_select()} ORDER BY v.id;
INSERT INTO events (id, event_uid, patient_ref, event_date, kind, label, created_at)
  SELECT id, bedside_new_uid(), patient_ref, event_date, kind, label, created_at
  FROM events_v3 ORDER BY id;
""",
    )
    _check_visits_carried_over(conn)
    # (each row a DROP deletes is looked for among amendments: indexed, not a scan per row)
    run_script(
        conn,
        f"""
CREATE INDEX visits_v3_amending ON visits_v3(previous_version);
DROP TABLE events_v3;
DROP TABLE mrc_not_tested_v3;
DROP TABLE mrc_grades_v3;
DROP TABLE alsfrs_answers_v3;
DROP TABLE visits_v3;
DROP TABLE patients_v3;
{_M004_INDEXES_AND_TRIGGERS}
""",
    )
    signed_visit_trigger(conn)


def _m005_instrument_wordings(conn: sqlite3.Connection) -> None:
    """The clinic's licensed wordings of the ALSFRS-R (bedside.store.wordings), and which
    one each visit was entered in (NULL: the instrument's English original). A wording is
    never changed or removed: visits point at it."""
    run_script(
        conn,
        """
CREATE TABLE instrument_wordings (
  wording_id TEXT PRIMARY KEY CHECK (length(wording_id) = 64 AND wording_id NOT GLOB '*[^0-9a-f]*'),
  instrument TEXT NOT NULL,
  language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 20),
  title TEXT NOT NULL,
  version TEXT NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content)),
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL DEFAULT '',
  UNIQUE (instrument, language, version)
);
CREATE TRIGGER instrument_wordings_kept_update BEFORE UPDATE ON instrument_wordings
BEGIN SELECT RAISE(ABORT, 'a stored instrument wording cannot be changed'); END;
CREATE TRIGGER instrument_wordings_kept_delete BEFORE DELETE ON instrument_wordings
BEGIN SELECT RAISE(ABORT, 'a stored instrument wording cannot be removed'); END;
ALTER TABLE visits ADD COLUMN alsfrs_wording TEXT REFERENCES instrument_wordings(wording_id);
""",
    )


# The measurements of a visit (bedside.domain.MEASUREMENT_FIELDS) with the ranges accepted
# when schema 6 was written: analysis.PLAUSIBLE's, which the screens and files check first
# (with the unit and range named); these CHECKs are the last guard (a test keeps the two
# equal). A later change of range is a new migration, never an edit here.
_M006_RANGES = {"fvc_l": (0.1, 10), "svc_l": (0.1, 10), "mip_cmh2o": (0, 300),
                "snip_cmh2o": (0, 300), "peak_cough_flow_l_min": (0, 1000),
                "weight_kg": (20, 300), "height_cm": (100, 250)}
_M006_EVENT_KINDS = ("gastrostomy", "niv_start", "niv_stop", "tracheostomy", "medication_start",
                  "medication_stop", "procedure", "death", "other")
_M006_NIV_HOURS_MAX = 24


def _real_check(col: str, low: float, high: float) -> str:
    return (f"CHECK ({col} IS NULL OR (typeof({col}) = 'real'"
            f" AND {col} BETWEEN {low} AND {high}))")


def _check_events_carried_over(conn: sqlite3.Connection) -> None:
    cols = "id, event_uid, patient_ref, event_date, kind, label, import_ref, created_at"
    before = conn.execute("SELECT count(*) FROM events_v5").fetchone()[0]
    after = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    differing = conn.execute(f"SELECT count(*) FROM (SELECT {cols} FROM events_v5"
                             f" EXCEPT SELECT {cols} FROM events)").fetchone()[0]
    if before != after or differing:
        raise StoreError(
            f"the upgrade to schema 6 would not carry every event over unchanged ({before} "
            f"before, {after} after, {differing} not the same): nothing was changed; keep "
            f"using the file with the previous version of Bedside and report this")


def _m006_rest_of_the_visit(conn: sqlite3.Connection) -> None:
    """The rest of the clinic visit: how each ALSFRS-R was obtained and who answered, the
    breathing and body measurements of a visit (its height: a patient's height is measured
    at a visit, with its date), the patient's pre-illness weight, and interventions as events:
    niv_stop joins the kinds, and a start of non-invasive ventilation may say its hours a day.
    The visit columns are added (the signed-visit trigger is rebuilt over them); the events
    table is rebuilt for its kinds, every event compared value by value."""
    visit_columns = [
        "alsfrs_mode TEXT NOT NULL DEFAULT 'clinic' CHECK (alsfrs_mode IN"
        " ('clinic', 'telephone', 'video', 'self'))",
        "alsfrs_respondent TEXT NOT NULL DEFAULT 'patient' CHECK (alsfrs_respondent IN"
        " ('patient', 'caregiver'))",
        f"fvc_l REAL {_real_check('fvc_l', *_M006_RANGES['fvc_l'])}",
        f"svc_l REAL {_real_check('svc_l', *_M006_RANGES['svc_l'])}",
        "vc_position TEXT CHECK (vc_position IS NULL OR vc_position IN ('sitting', 'supine'))",
        *(f"{c} REAL {_real_check(c, *_M006_RANGES[c])}"
          for c in ("mip_cmh2o", "snip_cmh2o", "peak_cough_flow_l_min", "weight_kg",
                    "height_cm")),
    ]
    for column in visit_columns:
        conn.execute(f"ALTER TABLE visits ADD COLUMN {column}")
    conn.execute("ALTER TABLE patients ADD COLUMN pre_illness_weight_kg REAL "
                 + _real_check("pre_illness_weight_kg", *_M006_RANGES["weight_kg"]))
    signed_visit_trigger(conn)
    kinds = ", ".join(f"'{k}'" for k in _M006_EVENT_KINDS)
    run_script(
        conn,
        f"""
PRAGMA defer_foreign_keys = ON;
ALTER TABLE events RENAME TO events_v5;
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  event_uid TEXT NOT NULL UNIQUE CHECK {_uid_check('event_uid')},
  patient_ref INTEGER NOT NULL REFERENCES patients(id),
  event_date TEXT NOT NULL CHECK {_iso_date('event_date', nullable=False)},
  kind TEXT NOT NULL CHECK (kind IN ({kinds})),
  label TEXT NOT NULL DEFAULT '',
  import_ref INTEGER REFERENCES imports(id),
  created_at TEXT CHECK ((created_at IS NULL) = (import_ref IS NOT NULL)),
  hours_per_day REAL CHECK (hours_per_day IS NULL OR (kind = 'niv_start'
    AND typeof(hours_per_day) = 'real' AND hours_per_day > 0
    AND hours_per_day <= {_M006_NIV_HOURS_MAX}))
);
INSERT INTO events (id, event_uid, patient_ref, event_date, kind, label, import_ref,
  created_at) SELECT id, event_uid, patient_ref, event_date, kind, label, import_ref,
  created_at FROM events_v5 ORDER BY id;
""",
    )
    _check_events_carried_over(conn)
    run_script(
        conn,
        """
DROP TABLE events_v5;
CREATE INDEX events_by_patient ON events(patient_ref, event_date);
CREATE TRIGGER event_uid_kept BEFORE UPDATE OF event_uid ON events
  WHEN NEW.event_uid IS NOT OLD.event_uid
BEGIN SELECT RAISE(ABORT, 'the id of an event cannot be changed'); END;
""",
    )


# Audit actions that stay on the laptop that wrote them (SPEC §7: drafts stay; a sync is
# recorded where it ran). Written out in migration 7's index: change it only by a migration.
LOCAL_AUDIT_ACTIONS = ("draft", "discard", "sync")
_SEX_RULE = "CHECK (sex IN ('female', 'male', 'other', 'unknown'))"
_REGION_RULE = ("CHECK (onset_region IN ('bulbar', 'upper_limb', 'lower_limb', 'respiratory',"
                " 'generalized', 'unknown'))")
_PARENTS_RULE = "CHECK (json_valid(parents) AND json_type(parents) = 'array')"
_REFUSE = "BEGIN SELECT RAISE(ABORT, '{}'); END;"
# A wording's id that travels: its content's SHA-256 (wording_id) cut to a UUID's shape, so
# the same wording added on two laptops is one record.
_WORDING_UID = ("substr(wording_id, 1, 8) || '-' || substr(wording_id, 9, 4) || '-' ||"
                " substr(wording_id, 13, 4) || '-' || substr(wording_id, 17, 4) || '-' ||"
                " substr(wording_id, 21, 12)")


def _m007_tables() -> str:
    refuse = _REFUSE.format
    return f"""
CREATE TABLE patient_versions (
  id INTEGER PRIMARY KEY,
  version_uid TEXT NOT NULL UNIQUE CHECK {_uid_check('version_uid')},
  patient_uid TEXT NOT NULL CHECK {_uid_check('patient_uid')},
  patient_ref INTEGER NOT NULL REFERENCES patients(id),
  parents TEXT NOT NULL DEFAULT '[]' {_PARENTS_RULE},
  family_name TEXT NOT NULL DEFAULT '',
  given_name TEXT NOT NULL DEFAULT '',
  birth_date TEXT CHECK {_iso_date('birth_date')},
  sex TEXT NOT NULL DEFAULT 'unknown' {_SEX_RULE},
  onset_date TEXT CHECK {_iso_date('onset_date')},
  onset_region TEXT NOT NULL DEFAULT 'unknown' {_REGION_RULE},
  diagnosis_date TEXT CHECK {_iso_date('diagnosis_date')},
  pre_illness_weight_kg REAL {_real_check('pre_illness_weight_kg', *_M006_RANGES['weight_kg'])},
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  laptop_uid TEXT NOT NULL,
  reason TEXT,
  received_seq INTEGER
);
CREATE INDEX patient_versions_of ON patient_versions(patient_ref);
CREATE INDEX patient_versions_by_patient ON patient_versions(patient_uid);
CREATE TABLE patient_merges (
  id INTEGER PRIMARY KEY,
  merge_uid TEXT NOT NULL UNIQUE CHECK {_uid_check('merge_uid')},
  patient_ref INTEGER NOT NULL REFERENCES patients(id),
  kept_uid TEXT NOT NULL CHECK {_uid_check('kept_uid')},
  merged_uid TEXT NOT NULL CHECK ({_uid_check('merged_uid')} AND merged_uid != kept_uid),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  laptop_uid TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  received_seq INTEGER
);
CREATE INDEX patient_merges_of ON patient_merges(patient_ref);
CREATE TABLE event_versions (
  id INTEGER PRIMARY KEY,
  version_uid TEXT NOT NULL UNIQUE CHECK {_uid_check('version_uid')},
  event_uid TEXT NOT NULL CHECK {_uid_check('event_uid')},
  patient_uid TEXT NOT NULL CHECK {_uid_check('patient_uid')},
  patient_ref INTEGER NOT NULL REFERENCES patients(id),
  parents TEXT NOT NULL DEFAULT '[]' {_PARENTS_RULE},
  event_date TEXT NOT NULL CHECK {_iso_date('event_date', nullable=False)},
  kind TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  hours_per_day REAL CHECK (hours_per_day IS NULL OR (kind = 'niv_start'
    AND typeof(hours_per_day) = 'real' AND hours_per_day > 0
    AND hours_per_day <= {_M006_NIV_HOURS_MAX})),
  import_ref INTEGER REFERENCES imports(id),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  laptop_uid TEXT NOT NULL,
  reason TEXT,
  received_seq INTEGER
);
CREATE INDEX event_versions_of ON event_versions(event_uid);
CREATE INDEX event_versions_by_patient ON event_versions(patient_ref);
CREATE TABLE sync_state (name TEXT PRIMARY KEY, value NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_signed_later (visit_id INTEGER PRIMARY KEY REFERENCES visits(id));
CREATE TABLE sync_own_pushes (first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL,
  CHECK (first_seq <= last_seq));
CREATE TABLE sync_problems (
  id INTEGER PRIMARY KEY,
  found_at TEXT NOT NULL,
  uid TEXT NOT NULL,
  kind TEXT NOT NULL,
  found_by TEXT NOT NULL CHECK (found_by IN ('server', 'laptop')),
  detail TEXT NOT NULL
);
CREATE TRIGGER patient_versions_unchanged BEFORE UPDATE ON patient_versions
{refuse('a version of a patient is recorded once and cannot be changed')}
CREATE TRIGGER patient_versions_kept BEFORE DELETE ON patient_versions
{refuse('a version of a patient cannot be deleted')}
CREATE TRIGGER patient_merges_unchanged BEFORE UPDATE ON patient_merges
{refuse('a merge of patients is recorded once and cannot be changed')}
CREATE TRIGGER patient_merges_kept BEFORE DELETE ON patient_merges
{refuse('a merge of patients cannot be deleted')}
CREATE TRIGGER event_versions_unchanged BEFORE UPDATE ON event_versions
{refuse('a version of an event is recorded once and cannot be changed')}
CREATE TRIGGER event_versions_kept BEFORE DELETE ON event_versions
{refuse('a version of an event cannot be deleted')}
CREATE TRIGGER visit_signed_later AFTER UPDATE OF status ON visits
  WHEN OLD.status = 'draft' AND NEW.status = 'signed'
BEGIN INSERT OR IGNORE INTO sync_signed_later (visit_id) VALUES (NEW.id); END;
"""


def _m007_audit_log() -> str:
    """The audit log's entries get the id that travels and the laptop they were written on
    when they first travel (an entry is written by many paths; none need to know of the
    sync): NULL -> a value is the one change of an entry the log allows."""
    others = ("id", "at_utc", "who", "action", "entity", "entity_key", "field", "old_value",
              "new_value", "reason", "received_seq")
    new = ", ".join(f"NEW.{c}" for c in others)
    old = ", ".join(f"OLD.{c}" for c in others)
    local = ", ".join(f"'{a}'" for a in LOCAL_AUDIT_ACTIONS)
    return f"""
ALTER TABLE audit_log ADD COLUMN entry_uid TEXT CHECK (entry_uid IS NULL OR
  {_uid_check('entry_uid')});
ALTER TABLE audit_log ADD COLUMN laptop_uid TEXT;
ALTER TABLE audit_log ADD COLUMN received_seq INTEGER;
CREATE UNIQUE INDEX audit_by_uid ON audit_log(entry_uid) WHERE entry_uid IS NOT NULL;
CREATE INDEX audit_untravelled ON audit_log(id) WHERE entry_uid IS NULL
  AND action NOT IN ({local});
DROP TRIGGER audit_log_append_only_update;
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
  WHEN NOT (OLD.entry_uid IS NULL AND NEW.entry_uid IS NOT NULL AND OLD.laptop_uid IS NULL
    AND NEW.laptop_uid IS NOT NULL AND ({new}) IS ({old}))
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed'); END;
"""


def _m007_sync(conn: sqlite3.Connection) -> None:
    """Ready for the clinic server (SPEC §7). The laptop (this database) gets its id. Every
    version of a patient's details and of an event is a row of its own that travels
    (patient_versions, event_versions), ``patients`` and ``events`` holding what is shown: the
    newest head of each one's versions; a patient identifier may hold several patients'
    records (created on two laptops before either synced) until a person merges them
    (patient_merges). Visits get the id of their patient's record (given when they first
    travel, if not before), a mark for a version entered in error, and two signed visits of
    one patient on one date are allowed where they arrive from two laptops (the app still
    refuses a second one on one laptop). Received rows carry the server's sequence number;
    sync_state holds how far this laptop has sent and received."""
    conn.create_function("bedside_new_uid", 0, new_uid)  # (non-deterministic: one per row)
    laptop = new_uid()
    details = ("family_name, given_name, birth_date, sex, onset_date, onset_region,"
               " diagnosis_date, pre_illness_weight_kg")
    last_entry = ("(SELECT a.{} FROM audit_log a WHERE a.entity = 'patient'"
                  " AND a.entity_key = p.patient_id AND a.action IN ('create', 'import', 'update')"
                  " ORDER BY a.id DESC LIMIT 1)")
    run_script(conn, f"""
PRAGMA defer_foreign_keys = ON;
INSERT INTO settings (key, value) VALUES ('laptop_uid', '{laptop}');
{_m007_tables()}
INSERT INTO patient_versions (version_uid, patient_uid, patient_ref, {details}, recorded_at,
  recorded_by, laptop_uid)
  SELECT bedside_new_uid(), p.patient_uid, p.id, {details},
    coalesce({last_entry.format('at_utc')}, p.created_at),
    coalesce({last_entry.format('who')}, ''), '{laptop}' FROM patients p ORDER BY p.id;
INSERT INTO event_versions (version_uid, event_uid, patient_uid, patient_ref, event_date, kind,
  label, hours_per_day, import_ref, recorded_at, recorded_by, laptop_uid)
  SELECT bedside_new_uid(), e.event_uid, p.patient_uid, e.patient_ref, e.event_date, e.kind,
    e.label, e.hours_per_day, e.import_ref, coalesce(e.created_at, i.imported_at),
    coalesce(i.imported_by, (SELECT a.who FROM audit_log a WHERE a.entity = 'event'
      AND a.entity_key = p.patient_id || '/' || e.id ORDER BY a.id DESC LIMIT 1), ''),
    '{laptop}'
  FROM events e JOIN patients p ON p.id = e.patient_ref LEFT JOIN imports i
    ON i.id = e.import_ref ORDER BY e.id;
DROP TRIGGER patient_uid_kept;
CREATE TRIGGER patient_uid_kept BEFORE UPDATE OF patient_uid ON patients
  WHEN NEW.patient_uid IS NOT OLD.patient_uid AND NOT EXISTS (SELECT 1 FROM patient_versions v
    WHERE v.patient_ref = OLD.id AND v.patient_uid = NEW.patient_uid)
BEGIN SELECT RAISE(ABORT, 'the id of a patient is the id of one of its records'); END;
ALTER TABLE visits ADD COLUMN patient_uid TEXT CHECK (patient_uid IS NULL OR
  {_uid_check('patient_uid')});
ALTER TABLE visits ADD COLUMN entered_in_error INTEGER NOT NULL DEFAULT 0
  CHECK (entered_in_error = 0 OR (entered_in_error = 1 AND status = 'superseded'
    AND length(trim(amend_reason)) > 0));
ALTER TABLE visits ADD COLUMN received_seq INTEGER;
DROP INDEX visits_one_current;
CREATE INDEX visits_one_current ON visits(patient_ref, visit_date, visit_uid)
  WHERE {CURRENT_VISIT};
ALTER TABLE imports ADD COLUMN received_seq INTEGER;
ALTER TABLE instrument_wordings ADD COLUMN wording_uid TEXT GENERATED ALWAYS AS
  ({_WORDING_UID}) VIRTUAL;
ALTER TABLE instrument_wordings ADD COLUMN received_seq INTEGER;
{_m007_audit_log()}
""")
    signed_visit_trigger(conn)


def _m008_conflict_marks(conn: sqlite3.Connection) -> None:
    """Where a conflict between laptops may have arisen, marked as the rows arrive, so that
    counting the open conflicts reads these marks, not every visit and version (SPEC §7).

    A mark names a patient (its records and details), a patient's date (signed visits) or an
    event; triggers set it when an inserted row leaves another head beside it (a version of a
    patient's details or of an event that no other follows), another record of the patient,
    or another current signed visit of the patient on that date. A mark is only a place to
    look (bedside.store.conflicts decides, and forgets the marks found settled); the rows
    already here are marked where they hold a conflict now."""
    heads = ("SELECT 1 FROM {t} o WHERE o.{k} = NEW.{k} AND o.id != NEW.id AND NOT EXISTS"
             " (SELECT 1 FROM {t} c, json_each(c.parents) j WHERE c.{k} = o.{k}"
             " AND j.value = o.version_uid)")
    same_day = ("NEW.status = 'signed' AND EXISTS (SELECT 1 FROM visits o INDEXED BY"
                " visits_one_current WHERE o.patient_ref = NEW.patient_ref AND o.visit_date ="
                " NEW.visit_date AND o.id != NEW.id AND o.status = 'signed' AND (o.status ="
                " 'signed' OR (o.status = 'draft' AND o.previous_version IS NULL)))")
    mark_day = ("BEGIN INSERT OR IGNORE INTO conflict_marks (kind, patient_ref, item)"
                " VALUES ('visits', NEW.patient_ref, NEW.visit_date); END;")
    unmerged = ("SELECT v.patient_ref FROM patient_versions v WHERE v.patient_uid NOT IN"
                " (SELECT merged_uid FROM patient_merges) GROUP BY v.patient_ref"
                " HAVING count(DISTINCT v.patient_uid) > 1")
    several = ("SELECT DISTINCT v.{k} FROM {t} v WHERE NOT EXISTS (SELECT 1 FROM {t} c,"
               " json_each(c.parents) j WHERE c.{k} = v.{k} AND j.value = v.version_uid)"
               " GROUP BY v.{k} HAVING count(*) > 1")
    run_script(conn, f"""
CREATE TABLE conflict_marks (
  kind TEXT NOT NULL CHECK (kind IN ('patient', 'visits', 'event')),
  patient_ref INTEGER NOT NULL,
  item TEXT NOT NULL DEFAULT '',  -- visits: the date; event: the event's uid
  PRIMARY KEY (kind, patient_ref, item)
) WITHOUT ROWID;
CREATE TRIGGER patient_version_marks AFTER INSERT ON patient_versions
  WHEN EXISTS ({heads.format(t='patient_versions', k='patient_ref')})
    OR EXISTS (SELECT 1 FROM patient_versions o WHERE o.patient_ref = NEW.patient_ref
      AND o.patient_uid != NEW.patient_uid)
BEGIN INSERT OR IGNORE INTO conflict_marks (kind, patient_ref) VALUES ('patient',
  NEW.patient_ref); END;
CREATE TRIGGER event_version_marks AFTER INSERT ON event_versions
  WHEN EXISTS ({heads.format(t='event_versions', k='event_uid')})
BEGIN INSERT OR IGNORE INTO conflict_marks (kind, patient_ref, item) VALUES ('event',
  NEW.patient_ref, NEW.event_uid); END;
CREATE TRIGGER visit_marks AFTER INSERT ON visits WHEN {same_day}
{mark_day}
CREATE TRIGGER visit_changed_marks AFTER UPDATE OF status, visit_date, patient_ref ON visits
  WHEN {same_day}
{mark_day}
INSERT INTO conflict_marks (kind, patient_ref)
  SELECT 'patient', patient_ref FROM ({unmerged})
  UNION SELECT 'patient', patient_ref FROM
  ({several.format(t='patient_versions', k='patient_ref')});
INSERT OR IGNORE INTO conflict_marks (kind, patient_ref, item)
  SELECT 'event', (SELECT e.patient_ref FROM event_versions e WHERE e.event_uid = x.event_uid
    ORDER BY e.id DESC LIMIT 1), x.event_uid
  FROM ({several.format(t='event_versions', k='event_uid')}) x;
INSERT OR IGNORE INTO conflict_marks (kind, patient_ref, item)
  SELECT 'visits', patient_ref, visit_date FROM visits INDEXED BY visits_one_current
  WHERE {CURRENT_VISIT} AND status = 'signed' GROUP BY patient_ref, visit_date
  HAVING count(*) > 1;
""")


def _m009_wordings_sharing_a_version(conn: sqlite3.Connection) -> None:
    """Two laptops may each add a wording with one language and version but other words
    before either synced: both must be storable, since visits point at each by its content's
    id. The uniqueness of (instrument, language, version) goes; a laptop still refuses to add
    a second one itself (bedside.store.wordings), and one received is listed as an integrity
    problem (bedside.store.incoming). The wordings are held aside while the
    table is made anew: visits keep pointing at the name, checked when the transaction ends."""
    kept = ("wording_id, instrument, language, title, version, content, added_at, added_by,"
            " received_seq")
    run_script(conn, f"""
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE wordings_held AS SELECT {kept} FROM instrument_wordings ORDER BY rowid;
DROP TABLE instrument_wordings;
CREATE TABLE instrument_wordings (
  wording_id TEXT PRIMARY KEY CHECK (length(wording_id) = 64 AND wording_id NOT GLOB '*[^0-9a-f]*'),
  instrument TEXT NOT NULL,
  language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 20),
  title TEXT NOT NULL,
  version TEXT NOT NULL,
  content TEXT NOT NULL CHECK (json_valid(content)),
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL DEFAULT '',
  wording_uid TEXT GENERATED ALWAYS AS ({_WORDING_UID}) VIRTUAL,
  received_seq INTEGER
);
CREATE INDEX instrument_wordings_by_version ON instrument_wordings(instrument, language, version);
INSERT INTO instrument_wordings ({kept}) SELECT {kept} FROM temp.wordings_held ORDER BY rowid;
""")
    whole = conn.execute(
        f"SELECT (SELECT count(*) FROM temp.wordings_held) = (SELECT count(*) FROM"
        f" (SELECT {kept} FROM temp.wordings_held INTERSECT SELECT {kept} FROM"
        f" instrument_wordings))").fetchone()[0]
    if not whole:
        raise StoreError("migration 9: a stored instrument wording did not come over whole; "
                         "nothing was changed")
    run_script(conn, """
DROP TABLE temp.wordings_held;
CREATE TRIGGER instrument_wordings_kept_update BEFORE UPDATE ON instrument_wordings
BEGIN SELECT RAISE(ABORT, 'a stored instrument wording cannot be changed'); END;
CREATE TRIGGER instrument_wordings_kept_delete BEFORE DELETE ON instrument_wordings
BEGIN SELECT RAISE(ABORT, 'a stored instrument wording cannot be removed'); END;
""")

MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("initial schema", _m001_initial),
    ("amendments are saved as drafts while they are entered", _m002_amendment_drafts),
    ("MRC grades of a visit as one text checked at once; an index of drafts only",
     _m003_grades_as_text),
    ("one row per visit; ids that travel; imports recorded once each", _m004_one_row_per_visit),
    ("the clinic's instrument wordings; the wording each visit was entered in",
     _m005_instrument_wordings),
    ("the rest of the visit: measurements, how the ALSFRS-R was taken, interventions",
     _m006_rest_of_the_visit),
    ("the clinic server: versions of patients and events, merges, what was sent and received",
     _m007_sync),
    ("where conflicts between laptops may have arisen, marked as rows arrive",
     _m008_conflict_marks),
    ("two wordings received with one language and version are both kept",
     _m009_wordings_sharing_a_version),
)
LATEST = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    has = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not has:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def check_not_newer(conn: sqlite3.Connection, label: str) -> int:
    version = current_version(conn)
    if version > LATEST:
        raise SchemaTooNew(too_new_message(label, version))
    return version


def too_new_message(label: str, version: int) -> str:
    return (
        f"{label}: this database was written by a newer version of Bedside (schema "
        f"{version}; this app knows up to {LATEST}). It was left untouched: open it with "
        f"the newer version of Bedside."
    )


def migrate(conn: sqlite3.Connection, label: str) -> None:
    """Apply every migration not yet recorded, each with its record in one transaction."""
    version = check_not_newer(conn, label)
    if version == 0:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        conn.execute("COMMIT")
    for number, (name, apply) in enumerate(MIGRATIONS, start=1):
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) >= number:  # another process got here first
                conn.execute("ROLLBACK")
                continue
            apply(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (number, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
