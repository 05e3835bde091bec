"""The visit CSV of SPEC §3: parse and check rows, plan an import (writing: visits_write)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, partial
from itertools import compress
from operator import itemgetter

from bedside.analysis import (
    FIELD_RANGES,
    PLAUSIBLE,
    measurement_problems,
    number_text,
    subscores,
    visit_date_bounds,
    visit_date_problems,
)
from bedside.domain import (
    ALSFRS_MODES,
    DEFAULT_MODE,
    DEFAULT_RESPONDENT,
    MEASUREMENT_FIELDS,
    NO_MEASUREMENTS,
    NOT_TESTED,
    ONSET_REGIONS,
    RESPONDENTS,
    SEXES,
    VC_POSITIONS,
    Grading,
    Measurements,
    Patient,
    StoredVisit,
    Visit,
    VisitBatch,
    layout_cells,
)
from bedside.domain.text import shown, text_rule_broken
from bedside.domain.uids import UID_RULE, canonical_uid
from bedside.instruments import alsfrs_r, mrc_scale, protocols
from bedside.interchange.csv.bulk_rows import (
    SCORES,
    collector_paused,
    pick,
)
from bedside.interchange.csv.columns import (
    ADMINISTRATION_COLUMNS,
    MEASUREMENT_COLUMNS,
    MODE_COLUMN,
    PATIENT_COLUMNS,
    RESPONDENT_COLUMN,
    TOTAL_COLUMN,
    VISIT_COLUMNS,
    derived_columns,
    known_mrc_columns,
)
from bedside.interchange.csv.table import (
    Collector,
    CsvTable,
    date_rule,
    parse_date,
    text_cell,
    unknown_columns,
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
    i_uid: int | None
    i_mode: int | None
    i_respondent: int | None
    measure_names: list[str]  # the measurement columns the file has
    measure_values: Callable[[list[str]], tuple[str, ...]]
    patient_cols: list[tuple[str, int]]
    patient_values: Callable[[list[str]], tuple[str, ...]]
    item_names: list[str]  # the ALSFRS-R items the file has, in the form's order
    mrc_names: list[str]
    mrc_cells: list[str]
    mrc_values: Callable[[list[str]], tuple[str, ...]]
    index: dict[str, int]  # each column's place in a row


@cache
def protocol_for(cells: frozenset[str]) -> str:
    """The smallest protocol holding every graded cell ('' when none does or none is graded)."""
    if not cells:
        return ""
    fits = [p for p in protocols().values() if cells <= set(p.cells)]
    return min(fits, key=lambda p: len(p.cells)).id if fits else ""


# The values of the cells as Bedside writes them; any other cell is read (or explained) by
# _scores_explained and _grades_explained.
SCORE_CELLS: dict[str, int | None] = {**SCORES, "": None}
MRC_CELLS: dict[str, str | None] = {"": None, NOT_TESTED: NOT_TESTED,
                                     **{c: c for c in mrc_scale().codes}}
_UNSEEN = date.min  # not a date any file gives: marks a cache miss


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
    """Check every row on its own; cross-row rules (agreement, duplicates) too."""
    with collector_paused():
        parsed = _parse_rows(file_columns(table), table)
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
    allowed = (set(PATIENT_COLUMNS) | set(VISIT_COLUMNS) | item_keys | set(mrc_cols) | derived
               | set(ADMINISTRATION_COLUMNS) | set(MEASUREMENT_COLUMNS))
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
    measure_names = [h for h in MEASUREMENT_COLUMNS if h in col]
    return FileColumns(
        width=len(header),
        i_pid=col["patient_id"], i_date=col["visit_date"],
        i_examiner=col.get("examiner"), i_notes=col.get("notes"), i_uid=col.get("visit_uid"),
        i_mode=col.get(MODE_COLUMN), i_respondent=col.get(RESPONDENT_COLUMN),
        measure_names=measure_names, measure_values=pick([col[h] for h in measure_names]),
        patient_cols=patient_cols, patient_values=pick([i for _, i in patient_cols]),
        item_names=item_names,
        mrc_names=mrc_names, mrc_cells=[mrc_cols[h] for h in mrc_names],
        mrc_values=pick([col[h] for h in mrc_names]),
        index=col,
    )


class _DomainAnswers(dict[tuple[str, ...], tuple[tuple[int | None, ...], int | None]]):
    """One domain's item cells (and its subscore's, when the file has that column) -> the
    domain's scores in the form's order and its subscore, read once per distinct group of
    cells: a domain has a few hundred in a clinic's file, where whole rows have a hundred
    thousand."""

    def __init__(self, domain: str, names: list[str], column: str | None,
                 errors: Collector) -> None:
        super().__init__()
        self.domain = domain
        self.names = names  # the domain's items the file has, in the form's order
        self.column = column  # its subscore column, when the file has it
        self.errors = errors
        self.n = len(names)
        keys = [i.key for i in alsfrs_r().domain_items(domain)]
        at = {name: n for n, name in enumerate(names)}
        self.in_order = (None if names == keys
                         else itemgetter(*[at.get(k, len(at)) for k in keys]))
        self.alternates = [(at[a.keys[0]], at[a.keys[1]]) for a in alsfrs_r().alternates
                           if a.keys[0] in at and a.keys[1] in at]

    def read(self, line: int, raw: tuple[str, ...]) -> tuple[tuple[int | None, ...],
                                                              int | None]:
        """The scores and subscore of cells not yet known; a cell that breaks a rule is
        explained at ``line`` (and the group not kept)."""
        names, errors = self.names, self.errors
        before = len(errors.issues)
        cells = raw[:self.n]
        try:
            scores = list(map(SCORE_CELLS.__getitem__, cells))
        except KeyError:
            scores = _scores_explained(line, names, cells, errors)
        for a, b in self.alternates:
            if scores[a] is not None and scores[b] is not None:
                errors.add(line, names[b], str(scores[b]),
                           f"only one of {names[a]} and {names[b]} may be filled")
        answers = {k: v for k, v in zip(names, scores, strict=True) if v is not None}
        subscore = subscores(answers)[self.domain]
        if self.column is not None:
            value, want = raw[self.n].strip(), "" if subscore is None else str(subscore)
            if value and value != want:
                errors.add(line, self.column, value, _total_rule(value, want))
        scores.append(None)  # where an item of the form has no column in the file
        part = (tuple(scores[:self.n]) if self.in_order is None
                else self.in_order(scores)), subscore
        if len(errors.issues) == before:
            self[raw] = part
        return part


class _Answers(dict[tuple[str, ...], tuple[int | None, ...]]):
    """A row's item, subscore and total cells -> its scores in the form's item order, read
    once per distinct group of cells, and each domain's part of them once per distinct
    group of that domain's cells (_DomainAnswers); the total is the sum of the subscores."""

    def __init__(self, columns: FileColumns, errors: Collector) -> None:
        super().__init__()
        self.errors = errors
        col = columns.index
        self.domains: list[_DomainAnswers] = []
        self.parts: list[slice] = []  # where each domain's cells are in a row's group
        cells: list[int] = []  # the row's cells of the group, domain by domain, then total
        for domain in alsfrs_r().domains:
            names = [i.key for i in alsfrs_r().domain_items(domain.key) if i.key in col]
            column = domain.column if domain.column in col else None
            given = [col[h] for h in (*names, *([column] if column else []))]
            self.parts.append(slice(len(cells), len(cells) + len(given)))
            cells += given
            self.domains.append(_DomainAnswers(domain.key, names, column, errors))
        self.total_given = TOTAL_COLUMN in col
        if self.total_given:
            cells.append(col[TOTAL_COLUMN])
        self.cells = pick(cells)

    def read(self, line: int, raw: tuple[str, ...]) -> tuple[int | None, ...] | None:
        """The scores of a row whose cells are not yet known; None when a cell breaks a rule
        (each explained at ``line``)."""
        errors = self.errors
        before = len(errors.issues)
        scores: list[int | None] = []
        subs: list[int | None] = []
        for domain, at in zip(self.domains, self.parts, strict=True):
            cells = raw[at]
            part = domain.get(cells)
            if part is None:
                part = domain.read(line, cells)
            scores += part[0]
            subs.append(part[1])
        if self.total_given:
            value = raw[-1].strip()
            want = "" if None in subs else str(sum(subs))  # type: ignore[arg-type]
            if value and value != want:
                errors.add(line, TOTAL_COLUMN, value, _total_rule(value, want))
        if len(errors.issues) > before:
            return None
        in_order = self[raw] = tuple(scores)
        return in_order


class _Gradings(dict[tuple[str, ...], Grading | None]):
    """A row's MRC cells -> its Grading (None: nothing graded) laid out on the cells of the
    smallest protocol that holds the graded cells, read once per distinct group of cells."""

    def __init__(self, columns: FileColumns, errors: Collector) -> None:
        super().__init__()
        self.c = columns
        self.errors = errors
        self.layouts: dict[tuple[str, ...], tuple[str, tuple[str, ...], list[int]]] = {}

    def read(self, line: int, raw: tuple[str, ...]) -> Grading | None | bool:
        """The grading of one row; False when a cell is not a grade (explained)."""
        try:
            codes = list(map(MRC_CELLS.__getitem__, raw))
        except KeyError:
            before = len(self.errors.issues)
            codes = _grades_explained(line, self.c.mrc_names, raw, self.errors)
            if len(self.errors.issues) > before:
                return False
        graded = tuple(compress(self.c.mrc_cells, codes))
        grading = None
        if graded:
            plan = self.layouts.get(graded)
            if plan is None:
                protocol = protocol_for(frozenset(graded))
                cells = layout_cells(graded, protocol)
                column = {cell: n for n, cell in enumerate(self.c.mrc_cells)}
                plan = self.layouts[graded] = (
                    protocol, cells, [column.get(cell, len(column)) for cell in cells])
            protocol, cells, at = plan
            codes.append(None)  # where a cell of the layout has no column in the file
            grading = Grading(protocol, cells, tuple(map(codes.__getitem__, at)))
        self[raw] = grading
        return grading


_MODE_CELLS = {"": DEFAULT_MODE, **{m: m for m in ALSFRS_MODES}}
_RESPONDENT_CELLS = {"": DEFAULT_RESPONDENT, **{r: r for r in RESPONDENTS}}


class _Refused:
    """A measurement cell that breaks its rule (the rule says which)."""

    def __init__(self, rule: str) -> None:
        self.rule = rule


class _CellValues(dict[str, object]):
    """One measurement column's cells -> their values (None: empty; _Refused: explained),
    each distinct cell read once. ``refused`` (shared by a file's columns) gets the name of
    a column whenever one of its cells is refused."""

    def __init__(self, name: str, refused: list[str]) -> None:
        super().__init__()
        self.name = name
        self.refused = refused

    def __missing__(self, raw: str) -> object:
        text = raw.strip()
        value: object = None
        if text and self.name == "vc_position":
            value = text if text in VC_POSITIONS else _Refused(
                f"must be one of {'|'.join(VC_POSITIONS)}")
        elif text:
            limits = FIELD_RANGES[self.name]
            try:
                number = float(text)
            except ValueError:
                value = _Refused(f"must be a number, {limits.text} (a decimal point, no unit)")
            else:
                problem = limits.problem(number)
                value = _Refused(problem) if problem else number
        if isinstance(value, _Refused):
            self.refused.append(self.name)
        self[raw] = value
        return value


class _MeasureCells:
    """A row's measurement cells -> its Measurements; False when a cell breaks a rule (each
    explained at the row's line)."""

    def __init__(self, columns: FileColumns, errors: Collector) -> None:
        self.names = columns.measure_names
        self.errors = errors
        self.empty = ("",) * len(self.names)
        self.refused: list[str] = []  # columns where a cell was refused (any row)
        self.columns = [_CellValues(name, self.refused) for name in self.names]
        at = {name: n for n, name in enumerate(self.names)}
        self.in_order = (None if tuple(self.names) == MEASUREMENT_FIELDS  # (names: that order)
                         else itemgetter(*[at.get(f, len(at)) for f in MEASUREMENT_FIELDS]))

    def read(self, line: int, raw: tuple[str, ...]) -> Measurements | bool:
        if raw == self.empty:
            return NO_MEASUREMENTS
        values = tuple(map(dict.__getitem__, self.columns, raw))
        if self.refused:  # (until a cell of the file is refused, no row has one to explain)
            refused = [(name, cell, v) for name, cell, v in zip(self.names, raw, values,
                                                                strict=True)
                       if isinstance(v, _Refused)]
            for name, cell, v in refused:
                self.errors.add(line, name, cell.strip(), v.rule)  # type: ignore[attr-defined]
            if refused:
                return False
        m = _measurements(values if self.in_order is None  # (None: no column in the file)
                          else self.in_order((*values, None)))
        if m.vc_position is not None and m.fvc_l is None and m.svc_l is None:
            for problem in measurement_problems(m):
                self.errors.add(line, problem.field, problem.value, problem.rule)
            return False
        return m


_measurements = partial(tuple.__new__, Measurements)  # (Measurements._make, less a call)


class _Administration(dict[tuple[str, ...], tuple[str, str]]):
    """A row's mode and respondent cells -> (mode, respondent), empty cells being clinic and
    patient; read once per distinct pair (a file has a handful). The file's columns decide
    once which cells a row gives: none, one or both."""

    def __init__(self, c: FileColumns, errors: Collector) -> None:
        super().__init__()
        self.errors = errors
        self.names = [n for n, i in ((MODE_COLUMN, c.i_mode), (RESPONDENT_COLUMN,
                                                                c.i_respondent)) if i is not None]
        self.cells = pick([i for i in (c.i_mode, c.i_respondent) if i is not None])
        self.mode_given, self.who_given = c.i_mode is not None, c.i_respondent is not None

    def read(self, line: int, raw: tuple[str, ...]) -> tuple[str, str] | None:
        """The pair of a row whose cells are not yet known; None when a cell is neither
        (explained at ``line``)."""
        given = iter(raw)
        mode_cell = next(given).strip() if self.mode_given else ""
        who_cell = next(given).strip() if self.who_given else ""
        mode, who = _MODE_CELLS.get(mode_cell), _RESPONDENT_CELLS.get(who_cell)
        if mode is None:
            self.errors.add(line, MODE_COLUMN, mode_cell,
                            f"must be one of {'|'.join(ALSFRS_MODES)} (empty: {DEFAULT_MODE})")
        if who is None:
            self.errors.add(line, RESPONDENT_COLUMN, who_cell, f"must be one of "
                            f"{'|'.join(RESPONDENTS)} (empty: {DEFAULT_RESPONDENT})")
        if mode is None or who is None:
            return None
        taken = self[raw] = (mode, who)
        return taken


def _parse_rows(columns: FileColumns, table: CsvTable) -> ParsedVisits:
    """Row by row: every problem of every row is explained with its line. What many rows
    share (a day, a patient's identifier and cells, an examiner, a note, a group of answers
    or grades) is read once."""
    errors = Collector(table.name)
    c = columns
    patient_cols, patient_values = c.patient_cols, c.patient_values
    i_pid, i_date, i_examiner, i_notes, i_uid = (c.i_pid, c.i_date, c.i_examiner, c.i_notes,
                                                 c.i_uid)
    width = c.width
    mrc_values = c.mrc_values
    answers, gradings = _Answers(c, errors), _Gradings(c, errors)
    pick_answers = answers.cells
    measures, measure_values = _MeasureCells(c, errors), c.measure_values
    administration = _Administration(c, errors)
    administration_cells, administration_get = administration.cells, administration.get
    answers_get, gradings_get = answers.get, gradings.get
    days: dict[str, date | None] = {}
    pids = _TextMemo("patient_id")
    examiners = _TextMemo("examiner")
    notes = _TextMemo("notes", trim=False)
    uid_lines: dict[str, int] = {}
    kept: list[tuple] = []  # (line, patient, day, examiner, note, scores, grading, uid,
    #                         administration, measurements)
    keep = kept.append

    parsed = ParsedVisits(table.name, {}, {}, {})
    last_values: dict[str, tuple[str, ...]] = {}
    seen_visits: dict[tuple[str, date], int] = {}
    for line, cells in table.rows_keyed(i_pid):
        if len(cells) != width:
            errors.add(line, "", "", f"the row has {len(cells)} cells; the header has {width}")
            continue
        pid = pids[cells[i_pid]][0]  # (its rules are checked with its patient's)
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
        # ALSFRS-R answers (with the totals the file gives) and MRC grades
        raw_answers = pick_answers(cells)
        scores = answers_get(raw_answers)
        if scores is None:
            scores = answers.read(line, raw_answers)
        raw_grades = mrc_values(cells)
        grading = gradings_get(raw_grades, False)
        if grading is False:
            grading = gradings.read(line, raw_grades)
        # the visit's id that travels: kept when given, else minted when it is stored
        uid = "" if i_uid is None else cells[i_uid]
        if uid:
            known = canonical_uid(uid)
            if known is None:
                errors.add(line, "visit_uid", uid.strip(), UID_RULE)
            elif known in uid_lines:
                errors.add(line, "visit_uid", known, f"appears twice in the file (first on "
                           f"line {uid_lines[known]}); it names one version of one visit")
            else:
                uid_lines[known] = line
            uid = known or ""
        # text cells: the spreadsheet guard removed, each within its field's rules
        examiner, rule = examiners[cells[i_examiner]] if i_examiner is not None else ("", None)
        if rule is not None:
            errors.add(line, "examiner", shown(examiner), rule)
        note, rule = notes[cells[i_notes]] if i_notes is not None else ("", None)
        if rule is not None:
            errors.add(line, "notes", shown(note), rule)
        measured = measures.read(line, measure_values(cells))
        raw_taken = administration_cells(cells)
        taken = administration_get(raw_taken)
        if taken is None:
            taken = administration.read(line, raw_taken)
        if scores is None or grading is False or measured is False or taken is None:
            continue
        keep((line, pid, day, examiner, note, scores, grading, uid, taken, measured))
    if not kept and not errors.issues:
        errors.add(None, "", "", "the file has a header but no visit rows; nothing to import")
    errors.raise_if_any()
    (parsed.lines, pids_column, dates, examiner_column, notes_column, scores_column,
     grading_column, uids, administration, measurement_column) = map(list, zip(*kept,
                                                                               strict=True))
    parsed.batch = VisitBatch(
        pids_column, dates, examiner_column, notes_column, scores_column, grading_column, None,
        uids if i_uid is not None else None,
        administration if c.i_mode is not None or c.i_respondent is not None else None,
        measurement_column if c.measure_names else None)
    return parsed


class _TextMemo(dict[str, tuple[str, str | None]]):
    """A text cell -> its value (text_cell; ``trim``: spaces around it removed) and the rule
    of ``field`` it breaks (None), read once per distinct cell."""

    def __init__(self, field: str, trim: bool = True) -> None:
        super().__init__()
        self.field = field
        self.trim = trim

    def __missing__(self, raw: str) -> tuple[str, str | None]:
        value = text_cell(raw, trim=self.trim)
        out = self[raw] = (value, text_rule_broken(self.field, value) if value else None)
        return out


def check_patients(parsed: ParsedVisits) -> None:
    """The patients the file describes, from the fields its rows agree on (parsed.patients
    filled in; InputRejected for a field that is not a value of its kind)."""
    errors = Collector(parsed.file)
    uid_owner: dict[str, str] = {}
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
        if "pre_illness_weight_kg" in fields:
            text, line = fields["pre_illness_weight_kg"]
            weight = PLAUSIBLE["weight"]
            try:
                values["pre_illness_weight_kg"] = float(text)
            except ValueError:
                errors.add(line, "pre_illness_weight_kg", text,
                           f"must be a number, {weight.text} (a decimal point, no unit)")
            else:
                problem = weight.problem(float(text))
                if problem:
                    errors.add(line, "pre_illness_weight_kg", text, problem)
        if "onset_region" in fields and fields["onset_region"][0] not in ONSET_REGIONS:
            errors.add(fields["onset_region"][1], "onset_region", fields["onset_region"][0],
                       f"must be one of {'|'.join(ONSET_REGIONS)}")
        if "patient_uid" in fields:
            text, line = fields["patient_uid"]
            uid = canonical_uid(text)
            if uid is None:
                errors.add(line, "patient_uid", text, UID_RULE)
            elif uid in uid_owner:
                errors.add(line, "patient_uid", text, f"is also given for patient "
                           f"{uid_owner[uid]}; each patient has an id of their own")
            else:
                uid_owner[uid] = pid
                fields["patient_uid"] = (uid, line)
                values["patient_uid"] = uid
        parsed.patients[pid] = Patient(patient_id=pid, **values)  # type: ignore[arg-type]
    errors.raise_if_any()


@dataclass(frozen=True)
class ImportPlan:
    new_patients: list[Patient]
    batch: VisitBatch  # the visits to store (not those already there)
    patients: dict[str, Patient]  # each patient of parsed.patients, as stored or as new
    already_there: int = 0  # rows whose visit_uid is stored with the same content


def plan_visit_import(
    parsed: ParsedVisits,
    existing: Mapping[str, Patient],
    existing_dates: Mapping[str, set[date]],
    deaths: Mapping[str, date],
    today: date,
    stored: Mapping[str, StoredVisit] | None = None,
    uid_owners: Mapping[str, str] | None = None,
) -> ImportPlan:
    """Check the file against the database; every problem is reported with its line.
    ``stored``: the stored versions of the visit ids the file gives; a row whose visit is
    stored as it is is already there (left out), one that differs is refused.
    ``uid_owners``: the patients stored under the patient ids the file gives (uid ->
    identifier)."""
    from bedside.analysis import patient_problems

    stored = stored or {}
    uid_owners = uid_owners or {}
    errors = Collector(parsed.file)
    patients: dict[str, Patient] = {}
    new: list[Patient] = []
    for pid, p in parsed.patients.items():
        fields = parsed.patient_fields[pid]
        if pid in existing:
            as_stored = existing[pid]
            for name, (value, line) in fields.items():
                have = getattr(as_stored, name)
                have_text = (have.isoformat() if isinstance(have, date) else
                             number_text(have) if isinstance(have, float) else str(have or ""))
                if name == "pre_illness_weight_kg" and have is not None \
                        and have == p.pre_illness_weight_kg:
                    continue  # the same number however written ("61.50", "61.5")
                if have_text != value:
                    errors.add(line, name, value, f"patient {pid} has {have_text or 'nothing'} "
                               "in the database; correct the file or the patient first")
            patients[pid] = as_stored
        else:
            for problem in patient_problems(p, today):
                line = fields.get(problem.field, ("", parsed.patient_lines[pid]))[1]
                errors.add(line, problem.field, problem.value, problem.rule)
            owner = uid_owners.get(p.patient_uid)
            if owner is not None:
                errors.add(fields["patient_uid"][1], "patient_uid", p.patient_uid,
                           f"is the id of patient {owner} in the database")
            patients[pid] = p
            new.append(p)
    batch = parsed.batch
    bounds = {pid: visit_date_bounds(patients[pid], today, deaths.get(pid))
              for pid in dict.fromkeys(batch.patient_ids)}
    there = [uid in stored for uid in batch.visit_uids or ()] if stored else []
    for n, (line, pid, day) in enumerate(zip(parsed.lines, batch.patient_ids, batch.dates,
                                             strict=True)):
        if there and there[n]:
            uid = batch.visit_uids[n]  # type: ignore[index]
            differs = _differences(stored[uid], batch, n)
            if differs:
                errors.add(line, "visit_uid", uid, f"is stored with other content "
                           f"({', '.join(differs)}); a visit's id names one version: give a "
                           "changed visit no visit_uid, or amend it in Bedside")
            continue
        first, last = bounds[pid]
        if not first <= day <= last:
            for problem in visit_date_problems(day, patients[pid], today, deaths.get(pid)):
                errors.add(line, problem.field, problem.value, problem.rule)
        if pid in existing_dates and day in existing_dates[pid]:
            errors.add(line, "visit_date", day.isoformat(),
                       f"patient {pid} already has a visit on this date in the "
                       "database; amend that visit instead")
    errors.raise_if_any()
    if any(there):
        batch = batch.without([n for n, t in enumerate(there) if t])
    return ImportPlan(new, batch, patients, sum(there))


def _differences(stored: StoredVisit, batch: VisitBatch, n: int) -> list[str]:
    """What differs between a stored visit and row ``n`` of a file: the columns a visit CSV
    gives (answers, grades by muscle; not what a file cannot say, such as reasons)."""
    have = stored.scores
    grading = batch.gradings[n]
    graded = {} if grading is None else {
        cell: code for cell, code in zip(grading.cells, grading.codes, strict=True) if code}
    stored_graded = {cell: code for cell, code in zip(have.mrc_cells, have.mrc_codes,
                                                      strict=True) if code}
    out = [name for name, same in (
        ("patient_id", stored.patient_id == batch.patient_ids[n]),
        ("visit_date", have.visit_date == batch.dates[n]),
        ("examiner", have.examiner == batch.examiners[n]),
        ("notes", have.notes == batch.notes[n])) if not same]
    out += [key for key, a, b in zip(alsfrs_r().keys, have.scores, batch.scores[n],
                                     strict=True) if a != b]
    taken = (DEFAULT_MODE, DEFAULT_RESPONDENT) if batch.administration is None \
        else batch.administration[n]
    out += [name for name, a, b in zip(ADMINISTRATION_COLUMNS, (have.alsfrs_mode,
                                                               have.alsfrs_respondent),
                                       taken, strict=True) if a != b]
    measured = NO_MEASUREMENTS if batch.measurements is None else batch.measurements[n]
    out += [name for name, a, b in zip(MEASUREMENT_FIELDS, have.measurements, measured,
                                       strict=True) if a != b]
    out += [f"MRC_{cell}" for cell in sorted(set(graded) | set(stored_graded))
            if graded.get(cell) != stored_graded.get(cell)]
    if stored.status == "draft":
        out.append("it is a draft in the database")
    return out
