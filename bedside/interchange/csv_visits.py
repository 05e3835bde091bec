"""The visit CSV of SPEC §3: parse and check rows, plan an import (export: csv_visits_write)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import MappingProxyType

from bedside.analysis import text_problems, visit_date_bounds, visit_date_problems
from bedside.domain import (
    NOT_TESTED,
    ONSET_REGIONS,
    SEXES,
    MrcCell,
    Patient,
    Visit,
    VisitBatch,
)
from bedside.domain.text import LIMITS, text_rule_broken
from bedside.instruments import alsfrs_r, mrc_scale, protocols
from bedside.interchange.columns import (
    PATIENT_COLUMNS,
    TOTAL_COLUMN,
    VISIT_COLUMNS,
    derived_columns,
    known_mrc_columns,
    subscore_columns,
)
from bedside.interchange.csv_read import (
    Collector,
    CsvTable,
    date_rule,
    parse_date,
    text_cell,
    unknown_columns,
)
from bedside.interchange.csv_visits_write import (  # re-exported
    write_visit_scores as write_visit_scores,
)
from bedside.interchange.csv_visits_write import write_visits as write_visits
from bedside.interchange.row_tools import (
    SCORES,
    SubscorePlan,
    collector_paused,
    domain_subscores,
    pick,
    subscore_plan,
)

_DATE_FIELDS = ("birth_date", "onset_date", "diagnosis_date")


@dataclass
class ParsedVisits:
    """A checked visit file: patients as the file describes them, visits with their lines."""

    file: str
    patients: dict[str, Patient]
    patient_fields: dict[str, dict[str, tuple[str, int]]]  # filled fields: value, first line
    patient_lines: dict[str, int]
    lines: Sequence[int] = ()  # the file line of each visit of batch
    batch: VisitBatch = field(default_factory=lambda: VisitBatch.of_visits(()))

    def take_visits(self, visits: Sequence[tuple[int, Visit]]) -> None:
        """The visits read row by row, each with its line."""
        self.lines = tuple(line for line, _ in visits)
        self.batch = VisitBatch.of_visits([v for _, v in visits])


@dataclass(frozen=True)
class FileColumns:
    """Where each kind of column is in one visit file, and pickers of their cells."""

    width: int
    i_pid: int
    i_date: int
    i_examiner: int | None
    i_notes: int | None
    patient_cols: list[tuple[str, int]]
    patient_values: Callable[[list[str]], tuple[str, ...]]
    item_names: list[str]  # the ALSFRS-R items the file has, in the form's order
    item_values: Callable[[list[str]], tuple[str, ...]]
    item_indexes: list[int]
    alternates: list[tuple[int, int]]  # places in item_names of 5a and 5b
    mrc_names: list[str]
    mrc_cells: list[str]
    mrc_values: Callable[[list[str]], tuple[str, ...]]
    check_cols: list[tuple[str, int]]  # total and subscore columns the file gives
    check_values: Callable[[list[str]], tuple[str, ...]]
    sub_plan: SubscorePlan
    wanted: list[int | None]
    totals_texts: dict[tuple, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def expected_totals(self, scores: list[int | None]) -> tuple[str, ...]:
        """What each total/subscore column must say for these scores ('' when not
        computable); total = sum of the four subscores."""
        if not self.check_cols:
            return ()
        parts = domain_subscores(scores, self.sub_plan)
        texts = self.totals_texts.get(parts)
        if texts is None:
            whole = None if None in parts else sum(parts)  # type: ignore[arg-type]
            values = [whole if at is None else parts[at] for at in self.wanted]
            texts = self.totals_texts[parts] = tuple("" if v is None else str(v)
                                                     for v in values)
        return texts


@cache
def protocol_for(cells: frozenset[str]) -> str:
    """The smallest protocol holding every graded cell ('' when none does or none is graded)."""
    if not cells:
        return ""
    fits = [p for p in protocols().values() if cells <= set(p.cells)]
    return min(fits, key=lambda p: len(p.cells)).id if fits else ""


# The hot loop looks every cell up in these; anything else takes the slow, explaining path.
SCORE_CELLS: dict[str, int | None] = {**SCORES, "": None}
MRC_CELLS: dict[str, str | None] = {"": None, NOT_TESTED: NOT_TESTED,
                                     **{c: c for c in mrc_scale().codes}}
_UNSEEN = date.min  # not a date any file gives: marks a cache miss
_MRC_CELL_OF = {c: MrcCell(c) for c in MRC_CELLS.values() if c is not None}  # frozen: shared


def _scores_explained(line: int, names: Sequence[str], values: Sequence[str],
                      errors: Collector) -> list[int | None]:
    """Scores of one row cell by cell, with a problem for each cell that is not one."""
    out: list[int | None] = []
    for name, raw in zip(names, values, strict=True):
        value = raw.strip()
        score = SCORES.get(value)
        out.append(score)
        if score is None and value:
            errors.add(line, name, value, _score_rule(value))
    return out


def _whole_number(text: str) -> int | None:
    """The whole number ``text`` spells in any way (04, 4.0, +4), or None."""
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _score_rule(value: str) -> str:
    """What is wrong with an item cell that is not one of the scores 0-4 as written."""
    q = alsfrs_r()
    number = _whole_number(value)
    if number is not None and q.min_score <= number <= q.max_score:
        return f"write the score as the single digit {number} (0-4)"
    if number is not None or (value.isdigit() and value.isascii()):
        return f"score must be {q.min_score}-{q.max_score}"
    return f"score must be a whole number {q.min_score}-{q.max_score}"


def _total_rule(value: str, want: str) -> str:
    """What is wrong with a total or subscore cell that is not the items' sum as written."""
    if want and _whole_number(value) == int(want):
        return f"write it as the whole number {want}, which the items add up to"
    why = f"the items add up to {want}" if want else "not every item it sums is filled"
    return f"disagrees with the items ({why}); check the transcription"


def _grades_explained(line: int, names: Sequence[str], values: Sequence[str],
                      errors: Collector) -> list[str | None]:
    """MRC codes of one row cell by cell ('nt' and spaces accepted), problems for the rest."""
    codes = set(mrc_scale().codes) | {NOT_TESTED}
    out: list[str | None] = []
    for name, raw in zip(names, values, strict=True):
        value = raw.strip()
        code = NOT_TESTED if value.upper() == NOT_TESTED else value
        out.append(code if code in codes else None)
        if value and code not in codes:
            errors.add(line, name, value, "grade must be 0-5, 3-, 3+, 4-, 4+, 5- or NT")
    return out


def parse_visits(table: CsvTable, today: date) -> ParsedVisits:
    """Check every row on its own; cross-row rules (agreement, duplicates) too. A file whose
    every cell is in the form Bedside writes is read column by column (csv_visit_columns);
    any other is read row by row, which explains each problem or accepts what it allows."""
    from bedside.interchange.csv_visit_columns import parse_clean

    with collector_paused():
        columns = file_columns(table)
        parsed = parse_clean(columns, table)
        if parsed is None:
            parsed = _parse_rows(columns, table)
        check_patients(parsed)
        return parsed


def file_columns(table: CsvTable) -> FileColumns:
    """The file's columns; an unknown or a missing required column is refused here."""
    q = alsfrs_r()
    errors = Collector(table.name)
    header = table.header
    item_keys = set(q.keys)
    mrc_cols = known_mrc_columns()
    derived = set(derived_columns())
    allowed = set(PATIENT_COLUMNS) | set(VISIT_COLUMNS) | item_keys | set(mrc_cols) | derived
    unknown = [h for h in header if h not in allowed]
    if unknown:
        errors.add(1, "", "", unknown_columns(
                   unknown, "expected the columns of the Bedside visit format"))
    for required in ("patient_id", "visit_date"):
        if required not in header:
            errors.add(1, "", "", f"the required column {required} is missing")
    errors.raise_if_any()

    col = {h: n for n, h in enumerate(header)}
    patient_cols = [(h, col[h]) for h in PATIENT_COLUMNS if h in col and h != "patient_id"]
    item_names = [h for h in q.keys if h in col]
    mrc_names = [h for h in header if h in mrc_cols]
    check_cols = [(h, col[h]) for h in (TOTAL_COLUMN, *subscore_columns().values()) if h in col]
    domain_of_column = {v: k for k, v in subscore_columns().items()}
    sub_plan = subscore_plan(item_names)
    domain_at = {domain: n for n, domain in enumerate(sub_plan.domains)}
    return FileColumns(
        width=len(header),
        i_pid=col["patient_id"], i_date=col["visit_date"],
        i_examiner=col.get("examiner"), i_notes=col.get("notes"),
        patient_cols=patient_cols, patient_values=pick([i for _, i in patient_cols]),
        item_names=item_names, item_values=pick([col[h] for h in item_names]),
        item_indexes=[col[h] for h in item_names],
        alternates=[(item_names.index(a.keys[0]), item_names.index(a.keys[1]))
                    for a in q.alternates if a.keys[0] in col and a.keys[1] in col],
        mrc_names=mrc_names, mrc_cells=[mrc_cols[h] for h in mrc_names],
        mrc_values=pick([col[h] for h in mrc_names]),
        check_cols=check_cols, check_values=pick([i for _, i in check_cols]),
        sub_plan=sub_plan,
        wanted=[None if name == TOTAL_COLUMN else domain_at[domain_of_column[name]]
                for name, _ in check_cols],
    )


def _parse_rows(columns: FileColumns, table: CsvTable) -> ParsedVisits:
    """Row by row: every problem of every row is explained with its line."""
    errors = Collector(table.name)
    c = columns
    patient_cols, patient_values = c.patient_cols, c.patient_values
    item_names, item_values, alternates = c.item_names, c.item_values, c.alternates
    mrc_names, mrc_cells, mrc_values = c.mrc_names, c.mrc_cells, c.mrc_values
    check_cols, check_values = c.check_cols, c.check_values
    answers_of: dict[tuple, tuple[MappingProxyType, tuple[str, ...]]] = {}
    grades_of: dict[tuple, tuple[MappingProxyType, str]] = {}
    i_pid, i_date, i_examiner, i_notes = c.i_pid, c.i_date, c.i_examiner, c.i_notes
    width = c.width
    score_of, code_of, cell_of = SCORE_CELLS.__getitem__, MRC_CELLS.__getitem__, _MRC_CELL_OF
    days: dict[str, date | None] = {}
    examiners = _TextMemo()  # (a file has few examiners: each read once)
    visits: list[tuple[int, Visit]] = []

    parsed = ParsedVisits(table.name, {}, {}, {})
    last_values: dict[str, tuple[str, ...]] = {}
    seen_visits: dict[tuple[str, date], int] = {}
    for line, cells in table.rows:
        if len(cells) != width:
            errors.add(line, "", "", f"the row has {len(cells)} cells; the header has {width}")
            continue
        pid = text_cell(cells[i_pid])
        if not pid:
            errors.add(line, "patient_id", "", "the patient identifier is required")
            continue
        # patient columns: must agree with earlier rows of the same patient
        values = patient_values(cells)
        if last_values.get(pid) != values:
            last_values[pid] = values
            fields = parsed.patient_fields.setdefault(pid, {})
            parsed.patient_lines.setdefault(pid, line)
            for (name, _), raw in zip(patient_cols, values, strict=True):
                value = text_cell(raw)
                if not value:
                    continue
                first = fields.get(name)
                if first is None:
                    fields[name] = (value, line)
                elif first[0] != value:
                    errors.add(line, name, value, f"differs from line {first[1]} ({first[0]}) "
                               f"for patient {pid}; patient columns must agree on every row")
        # visit date
        raw_date = cells[i_date]
        day = days.get(raw_date, _UNSEEN)
        if day is _UNSEEN:
            day = days[raw_date] = parse_date(raw_date.strip())
        if day is None:
            raw_date = raw_date.strip()
            errors.add(line, "visit_date", raw_date, date_rule(raw_date, "visit date"))
            continue
        key = (pid, day)
        if key in seen_visits:
            errors.add(line, "visit_date", raw_date.strip(), f"second row for patient {pid} on "
                       f"this date (first on line {seen_visits[key]}); one visit per patient "
                       "per day")
            continue
        seen_visits[key] = line
        # ALSFRS-R answers
        raw_scores = item_values(cells)
        try:
            scores = list(map(score_of, raw_scores))
        except KeyError:
            scores = _scores_explained(line, item_names, raw_scores, errors)
        for a, b in alternates:
            if scores[a] is not None and scores[b] is not None:
                errors.add(line, item_names[b], str(scores[b]),
                           f"only one of {item_names[a]} and {item_names[b]} may be filled")
                scores[b] = None
        # equal scores share one frozen answers mapping (and their expected totals)
        score_key = tuple(scores)
        known = answers_of.get(score_key)
        if known is None:
            known = answers_of[score_key] = (
                MappingProxyType({k: s for k, s in zip(item_names, scores, strict=True)
                                  if s is not None}),
                columns.expected_totals(scores))
        answers, expected = known
        # MRC grades: equal grades share one frozen mapping and its protocol
        raw_grades = mrc_values(cells)
        try:
            code_key = tuple(map(code_of, raw_grades))
        except KeyError:
            code_key = tuple(_grades_explained(line, mrc_names, raw_grades, errors))
        graded = grades_of.get(code_key)
        if graded is None:
            grades_map = {cell: cell_of[c]
                          for cell, c in zip(mrc_cells, code_key, strict=True) if c is not None}
            graded = grades_of[code_key] = (MappingProxyType(grades_map),
                                            protocol_for(frozenset(grades_map)))
        grades, protocol = graded
        # derived totals given in the file must agree with the items
        if check_cols:
            given = check_values(cells)
            if given != expected:  # a blank or spaced cell, or a disagreement: look closer
                for (name, _), raw, want in zip(check_cols, given, expected, strict=True):
                    value = raw.strip()
                    if value and value != want:
                        errors.add(line, name, value, _total_rule(value, want))
        examiner = examiners[cells[i_examiner]] if i_examiner is not None else ""
        notes = text_cell(cells[i_notes], trim=False) if i_notes is not None else ""
        for problem in text_problems(examiner=examiner, notes=notes):
            errors.add(line, problem.field, problem.value, problem.rule)
        visit = Visit.of_frozen(
            patient_id=pid,
            visit_date=day,
            examiner=examiner,
            notes=notes,
            alsfrs=answers,
            mrc=grades,
            mrc_protocol=protocol,
            status="signed",
        )
        visits.append((line, visit))
    if not visits and not errors.issues:
        errors.add(None, "", "", "the file has a header but no visit rows; nothing to import")
    errors.raise_if_any()
    parsed.take_visits(visits)
    return parsed


class _TextMemo(dict[str, str]):
    """A text cell -> its value (text_cell), read once per distinct cell."""

    def __missing__(self, raw: str) -> str:
        value = self[raw] = text_cell(raw)
        return value


def plain_text_cell(field: str, raw: str) -> bool:
    """True when the row-by-row reading takes this text cell as it is (trimmed): no
    spreadsheet guard to remove, no text rule broken. The column reading reads only such
    cells and leaves every other file to the row-by-row reading."""
    value = raw.strip()
    return text_cell(value) == value and (field not in LIMITS
                                          or text_rule_broken(field, value) is None)


def check_patients(parsed: ParsedVisits) -> None:
    """The patients the file describes, from the fields its rows agree on (parsed.patients
    filled in; InputRejected for a field that is not a value of its kind)."""
    errors = Collector(parsed.file)
    for pid, fields in parsed.patient_fields.items():
        values: dict[str, object] = {name: v for name, (v, _) in fields.items()}
        for name in _DATE_FIELDS:
            if name in fields:
                text, line = fields[name]
                values[name] = parse_date(text)
                if values[name] is None:
                    errors.add(line, name, text, date_rule(text))
        if "sex" in fields and fields["sex"][0] not in SEXES:
            errors.add(fields["sex"][1], "sex", fields["sex"][0],
                       f"must be one of {'|'.join(SEXES)}")
        if "onset_region" in fields and fields["onset_region"][0] not in ONSET_REGIONS:
            errors.add(fields["onset_region"][1], "onset_region", fields["onset_region"][0],
                       f"must be one of {'|'.join(ONSET_REGIONS)}")
        parsed.patients[pid] = Patient(patient_id=pid, **values)  # type: ignore[arg-type]
    errors.raise_if_any()


@dataclass(frozen=True)
class ImportPlan:
    new_patients: list[Patient]
    batch: VisitBatch
    patients: dict[str, Patient]  # each patient of parsed.patients, as stored or as new


def plan_visit_import(
    parsed: ParsedVisits,
    existing: Mapping[str, Patient],
    existing_dates: Mapping[str, set[date]],
    deaths: Mapping[str, date],
    today: date,
    known: Mapping[str, Patient] | None = None,
) -> ImportPlan:
    """Check the file against the database; every problem is reported with its line.
    ``known``: patients planned with earlier parts of the same file, which visits of this
    part may belong to (the database mappings cover them too)."""
    from bedside.analysis import patient_problems

    errors = Collector(parsed.file)
    patients: dict[str, Patient] = {}
    new: list[Patient] = []
    for pid, p in parsed.patients.items():
        fields = parsed.patient_fields[pid]
        if pid in existing:
            stored = existing[pid]
            for name, (value, line) in fields.items():
                have = getattr(stored, name)
                have_text = have.isoformat() if isinstance(have, date) else str(have or "")
                if have_text != value:
                    errors.add(line, name, value, f"patient {pid} has {have_text or 'nothing'} "
                               "in the database; correct the file or the patient first")
            patients[pid] = stored
        else:
            for problem in patient_problems(p, today):
                line = fields.get(problem.field, ("", parsed.patient_lines[pid]))[1]
                errors.add(line, problem.field, problem.value, problem.rule)
            patients[pid] = p
            new.append(p)
    every = {**known, **patients} if known else patients
    batch = parsed.batch
    bounds = {pid: visit_date_bounds(every[pid], today, deaths.get(pid))
              for pid in dict.fromkeys(batch.patient_ids)}
    for line, pid, day in zip(parsed.lines, batch.patient_ids, batch.dates, strict=True):
        first, last = bounds[pid]
        if not first <= day <= last:
            for problem in visit_date_problems(day, every[pid], today, deaths.get(pid)):
                errors.add(line, problem.field, problem.value, problem.rule)
        if pid in existing_dates and day in existing_dates[pid]:
            errors.add(line, "visit_date", day.isoformat(),
                       f"patient {pid} already has a visit on this date in the "
                       "database; amend that visit instead")
    errors.raise_if_any()
    return ImportPlan(new, batch, patients)
