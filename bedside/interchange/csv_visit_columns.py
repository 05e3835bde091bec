"""The visit CSV read column by column: the quick way through a file whose every cell is in
the form Bedside writes (its own exports, and most files a clinic makes).

It only accepts. Work is done once per distinct value (a file of 200,000 visits has a few
thousand days and patients, and far fewer distinct answers and gradings than rows) and
the per-row steps are picks and lookups done in C, 20,000 rows at a time. A cell it is not
sure of (a space, 'nt', a blank total, anything wrong) makes it give the file back to the
row-by-row reading of csv_visits, which explains every problem or accepts what it allows;
a property test holds the two to the same result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from itertools import compress, islice
from operator import itemgetter
from typing import TypeVar

from bedside.domain import Grading, VisitBatch, layout_cells
from bedside.domain.text import all_plain
from bedside.instruments import alsfrs_r
from bedside.interchange.csv_read import CsvTable, parse_date
from bedside.interchange.csv_visits import (
    MRC_CELLS,
    SCORE_CELLS,
    FileColumns,
    ParsedVisits,
    plain_text_cell,
    protocol_for,
)
from bedside.interchange.row_tools import pick

CHUNK_ROWS = 20_000
K = TypeVar("K")
V = TypeVar("V")
_LINE, _CELLS = itemgetter(0), itemgetter(1)


class NotClean(Exception):
    """A cell the quick reading does not accept as it is: read the file row by row."""


def parse_clean(columns: FileColumns, table: CsvTable) -> ParsedVisits | None:
    """The file read column by column; None when some cell needs the row-by-row reading."""
    reading = _Reading(columns, table.name)
    try:
        for _ in _read(reading, table, CHUNK_ROWS):
            pass
    except NotClean:
        return None
    return reading.parsed()


def read_chunks(columns: FileColumns, table: CsvTable, rows_per_chunk: int = CHUNK_ROWS
                ) -> Iterator[ParsedVisits]:
    """The file read column by column, a part at a time: each part holds its rows' visits
    and the patients first seen in it (rows of a part refer to patients of earlier parts too).
    Raises NotClean, possibly after some parts, when a cell needs the row-by-row reading."""
    reading = _Reading(columns, table.name)
    for _ in _read(reading, table, rows_per_chunk):
        yield reading.take_part()
    if not reading.patient_values:
        raise NotClean  # no visit rows: the row-by-row reading says so


def _read(reading: _Reading, table: CsvTable, rows_per_chunk: int) -> Iterator[None]:
    """The table's rows added to ``reading`` a chunk at a time; yields after each chunk."""
    rows = table.rows
    while chunk := list(islice(rows, rows_per_chunk)):
        reading.add(list(map(_LINE, chunk)), list(map(_CELLS, chunk)))
        yield


class _Memo(dict[K, V]):
    """key -> make(key), made at the first lookup of each key (one hash a lookup)."""

    def __init__(self, make: Callable[[K], V]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: K) -> V:
        value = self[key] = self.make(key)
        return value


class _Answers(dict[tuple[str, ...], tuple[int | None, ...]]):
    """A row's item and total cells -> its scores in the form's item order, read once per
    distinct group (once the totals the file gives are the items' own)."""

    def __init__(self, columns: FileColumns) -> None:
        super().__init__()
        self.c = columns
        self.n_items = len(columns.item_names)
        keys = alsfrs_r().keys
        at = {name: n for n, name in enumerate(columns.item_names)}
        self.item_at = None if columns.item_names == list(keys) else [at.get(k) for k in keys]

    def __missing__(self, raw: tuple[str, ...]) -> tuple[int | None, ...]:
        n_items = self.n_items
        try:
            scores = list(map(SCORE_CELLS.__getitem__, raw[:n_items]))
        except KeyError:
            raise NotClean from None
        for a, b in self.c.alternates:
            if scores[a] is not None and scores[b] is not None:
                raise NotClean
        if raw[n_items:] != self.c.expected_totals(scores):
            raise NotClean  # a total the items do not give, or a blank one
        in_order = self[raw] = tuple(scores) if self.item_at is None else tuple(
            None if n is None else scores[n] for n in self.item_at)
        return in_order


class _Gradings(dict[tuple[str, ...], Grading | None]):
    """A row's MRC cells -> its Grading, read once per distinct group."""

    def __init__(self, columns: FileColumns) -> None:
        super().__init__()
        self.cells = columns.mrc_cells
        self.layouts: dict[tuple[str, ...], tuple[str, tuple[str, ...], list[int]]] = {}

    def __missing__(self, raw: tuple[str, ...]) -> Grading | None:
        try:
            codes = list(map(MRC_CELLS.__getitem__, raw))  # None: not graded
        except KeyError:
            raise NotClean from None
        graded = tuple(compress(self.cells, codes))
        grading = None
        if graded:
            plan = self.layouts.get(graded)
            if plan is None:
                plan = self.layouts[graded] = self._layout(graded)
            protocol, cells, at = plan
            codes.append(None)  # where a cell of the layout has no column in the file
            grading = Grading(protocol, cells, tuple(map(codes.__getitem__, at)))
        self[raw] = grading
        return grading

    def _layout(self, graded: tuple[str, ...]) -> tuple[str, tuple[str, ...], list[int]]:
        """The protocol and layout of gradings of these cells, and for each cell of the
        layout its place among the file's MRC cells."""
        protocol = protocol_for(frozenset(graded))
        cells = layout_cells(graded, protocol)
        column = {cell: n for n, cell in enumerate(self.cells)}
        return protocol, cells, [column.get(cell, len(column)) for cell in cells]


def _plain_examiner(cell: str) -> str:
    if not plain_text_cell("examiner", cell):
        raise NotClean
    return cell.strip()


def _day(cell: str) -> date:
    day = parse_date(cell.strip())
    if day is None:
        raise NotClean
    return day


class _Reading:
    """What the chunks read so far add up to, and the values seen once each."""

    def __init__(self, columns: FileColumns, file: str) -> None:
        self.c = columns
        self.file = file
        self.pick_pid = itemgetter(columns.i_pid)
        self.pick_date = itemgetter(columns.i_date)
        self.field_names = ("patient_id", *(name for name, _ in columns.patient_cols))
        self.patient_values: dict[str, tuple[str, ...]] = {}  # first row's values per patient
        self.patient_lines: dict[str, int] = {}
        self._patients_taken = 0  # patient_values given out in parts so far
        # each distinct cell or group of cells is read once, at its first lookup
        self.days: _Memo[str, date] = _Memo(_day)  # by the cell as written
        self.pick_answers = pick([*columns.item_indexes, *(i for _, i in columns.check_cols)])
        self.answers = _Answers(columns)
        self.gradings = _Gradings(columns)
        self.examiners: _Memo[str, str] = _Memo(_plain_examiner)
        self.visits_seen: set[tuple[str, date]] = set()
        self.lines: list[int] = []
        self.pids: list[str] = []
        self.dates: list[date] = []
        self.examiner_column: list[str] = []
        self.notes: list[str] = []
        self.scores: list[tuple[int | None, ...]] = []
        self.grading_column: list[Grading | None] = []

    def add(self, lines: list[int], rows: list[list[str]]) -> None:
        c = self.c
        if set(map(len, rows)) != {c.width}:
            raise NotClean
        pids = list(map(self.pick_pid, rows))
        self._patients(lines, pids, rows)
        days = list(map(self.days.__getitem__, map(self.pick_date, rows)))
        before = len(self.visits_seen)
        self.visits_seen.update(zip(pids, days, strict=True))
        if len(self.visits_seen) != before + len(rows):  # a second row for a patient and day
            raise NotClean
        # item cells, then total cells
        scores = list(map(self.answers.__getitem__, map(self.pick_answers, rows)))
        gradings = list(map(self.gradings.__getitem__, map(c.mrc_values, rows)))
        self.lines += lines
        self.pids += pids
        self.dates += days
        self.scores += scores
        self.grading_column += gradings
        if c.i_examiner is None:
            self.examiner_column += [""] * len(rows)
        else:
            self.examiner_column += map(self.examiners.__getitem__,
                                        map(itemgetter(c.i_examiner), rows))
        if c.i_notes is None:
            self.notes += [""] * len(rows)
        else:
            notes = list(map(itemgetter(c.i_notes), rows))
            if not all_plain("notes", notes):
                raise NotClean
            self.notes += notes

    def _patients(self, lines: list[int], pids: list[str], rows: list[list[str]]) -> None:
        """Every row of a patient gives the same patient cells, exactly."""
        known = self.patient_values
        first_line = None
        # distinct (patient, cells) pairs in the order they first appear: patients are
        # stored in the order of the file, as the row-by-row reading stores them
        for pid, values in dict.fromkeys(zip(pids, map(self.c.patient_values, rows), strict=True)):
            have = known.get(pid)
            if have is None:
                if not pid or pid != pid.strip() or not all(
                        map(plain_text_cell, self.field_names, (pid, *values))):
                    raise NotClean
                if first_line is None:  # each patient's first row in this chunk
                    first_line = dict(zip(reversed(pids), reversed(lines), strict=True))
                known[pid] = values
                self.patient_lines[pid] = first_line[pid]
            elif have != values:
                raise NotClean

    def parsed(self) -> ParsedVisits | None:
        if not self.lines:
            return None  # no visit rows: the row-by-row reading says so
        return self._visits(self.patient_values)

    def take_part(self) -> ParsedVisits:
        """The visits read since the last part, and the patients first seen in them; the
        columns start again empty (what later rows are checked against is kept)."""
        new = dict(islice(self.patient_values.items(), self._patients_taken, None))
        self._patients_taken = len(self.patient_values)
        part = self._visits(new)
        self.lines, self.pids, self.dates, self.examiner_column = [], [], [], []
        self.notes, self.scores, self.grading_column = [], [], []
        return part

    def _visits(self, patients: dict[str, tuple[str, ...]]) -> ParsedVisits:
        """The columns read so far, with the fields of ``patients`` (pid -> first values)."""
        fields: dict[str, dict[str, tuple[str, int]]] = {}
        names = [name for name, _ in self.c.patient_cols]
        for pid, values in patients.items():
            line = self.patient_lines[pid]
            fields[pid] = {name: (value.strip(), line)
                           for name, value in zip(names, values, strict=True) if value.strip()}
        batch = VisitBatch(self.pids, self.dates, self.examiner_column, self.notes, self.scores,
                           self.grading_column)
        lines = {pid: self.patient_lines[pid] for pid in patients}
        return ParsedVisits(self.file, {}, fields, lines, self.lines, batch)
