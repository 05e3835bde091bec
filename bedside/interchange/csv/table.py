"""Reading CSV files: UTF-8 (BOM accepted), header checks, rows with editor line numbers."""

from __future__ import annotations

import calendar
import csv
import io
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from bedside.domain.text import shown
from bedside.interchange.csv.spreadsheet_cells import unprotected

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_ERRORS = 20


@dataclass(frozen=True)
class Issue:
    """One problem in an input file, printed as `file:line: column=value: rule`."""

    file: str
    line: int | None
    column: str
    value: str
    rule: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        # (a value is quoted safely: no escape sequence reaches the terminal, no page-long name)
        what = f"{shown(self.column)}={shown(self.value, 60)}: " if self.column else ""
        return f"{where}: {what}{self.rule}"


class InputRejected(Exception):
    """The input breaks a rule; nothing was changed. ``issues`` lists each problem."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        super().__init__("\n".join(map(str, issues)))

    def lines(self) -> list[str]:
        shown = [str(i) for i in self.issues[:MAX_ERRORS]]
        if len(self.issues) > MAX_ERRORS:
            shown.append(f"... and {len(self.issues) - MAX_ERRORS} more problems")
        return shown


class Collector:
    """Gathers issues of one file; raises them together once reading is done."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.issues: list[Issue] = []

    def add(self, line: int | None, column: str, value: str, rule: str) -> None:
        self.issues.append(Issue(self.file, line, column, value, rule))

    def raise_if_any(self) -> None:
        if self.issues:
            raise InputRejected(self.issues)


def parse_date(text: str) -> date | None:
    """An ISO YYYY-MM-DD date, or None if the text is not one."""
    if not _ISO.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def date_rule(text: str, what: str = "date") -> str:
    """What is wrong with a date cell that parse_date refused: missing, the form, or the day
    (``what``: 'visit date', say, for the message on an empty cell)."""
    if not text:
        return f"the {what} is required"
    if not _ISO.match(text):
        return "date must be YYYY-MM-DD"
    year, month, day = map(int, text.split("-"))
    if not 1 <= month <= 12:
        return f"no such day: there is no month {month:02d}"
    if year == 0:
        return "no such day: there is no year 0000"
    days = calendar.monthrange(year, month)[1]
    return (f"no such day: {calendar.month_name[month]} {year} has {days} days"
            if day else "no such day: there is no day 00")


LISTED_COLUMNS = 10


def unknown_columns(unknown: list[str], expected: str) -> str:
    """The rule an unknown column breaks, naming the first few of them."""
    names = ", ".join(shown(h) for h in unknown[:LISTED_COLUMNS])
    if len(unknown) > LISTED_COLUMNS:
        names += f" and {len(unknown) - LISTED_COLUMNS} more"
    return f"unknown column{'s' if len(unknown) > 1 else ''} {names}; {expected}"


def text_cell(raw: str, *, trim: bool = True) -> str:
    """The value of a text cell (a name, identifier, examiner, note, label): trimmed (a note
    keeps its spaces: ``trim=False``), the spreadsheet guard's leading ' removed
    (csv.spreadsheet_cells). Otherwise as written: a clinical record is not
    rewritten on its way in (export -> import -> export gives the same bytes)."""
    return unprotected(raw.strip() if trim else raw)


@dataclass(frozen=True)
class CsvTable:
    """A CSV file known to be UTF-8, whose header has been checked. ``rows`` reads the rows
    after the header from the start each time it is asked for: (line number of the row's
    first line, cells), blank lines left out. The file's bytes are kept, not its text: they
    are decoded as they are read (a reader over the whole text would copy it once more), and
    a file costs its size in memory once, not again as a text up to four times as large."""

    name: str
    header: list[str]
    data: bytes = field(repr=False)

    @property
    def rows(self) -> Iterator[tuple[int, list[str]]]:
        return self.rows_keyed(0)

    def rows_keyed(self, key: int) -> Iterator[tuple[int, list[str]]]:
        """The rows, a blank one (only separators and spaces) left out: the cell of column
        ``key``, one every row must fill (the identifier), is looked at first, so a filled
        row is known as one at a glance, whatever its first column. InputRejected when
        the bytes are not UTF-8 (the rows before were read)."""
        reader = _reader(self.data)
        next(reader)  # the header, checked when the table was opened
        return _rows(self.name, self.data, reader, key)


def _reader(data: bytes) -> Any:
    """A csv reader decoding ``data`` as it reads: the file's bytes are decoded once, by
    the reading itself, into the rows' cells (no whole text of the file is made)."""
    return csv.reader(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline=""),
                      strict=True)


def _rows(name: str, data: bytes, reader: Any,
          key: int) -> Iterator[tuple[int, list[str]]]:
    last = reader.line_num
    try:
        for cells in reader:
            start = last + 1
            last = reader.line_num
            if not (cells[key] if key < len(cells) else "").strip() and not "".join(
                    cells).strip():
                continue  # a blank line, or only separators and spaces
            yield start, cells
    except csv.Error as e:
        raise _rejected(name, reader.line_num, f"the row cannot be read: {e}") from None
    except UnicodeDecodeError:
        raise _not_utf8(name, data) from None


def _not_utf8(name: str, data: bytes) -> InputRejected:
    """The file is not UTF-8: where its first byte that is not (the reader decodes a chunk
    at a time, so the line is found from the bytes)."""
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        return _rejected(name, line, f"the file is not UTF-8 (byte 0x{data[e.start]:02x}); "
                         "save it as UTF-8 and try again")
    raise AssertionError("_not_utf8 called on UTF-8 bytes")


def _rejected(file: str, line: int | None, rule: str) -> InputRejected:
    return InputRejected([Issue(file, line, "", "", rule)])


MAX_FILE_BYTES = 512 << 20  # a file 12 times the size of a clinic's 200,000 visits


def _read_whole(path: Path) -> bytes:
    """The bytes of a file to import: a regular file or a pipe, of at most MAX_FILE_BYTES
    (a device such as /dev/zero, a folder or a larger file is refused without reading it)."""
    name = path.name
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise _rejected(name, None, "this is a folder; name a CSV file")
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
            raise _rejected(name, None, "this is a device, not a file; name a CSV file")
        if stat.S_ISREG(mode) and path.stat().st_size > MAX_FILE_BYTES:
            raise _rejected(name, None, f"the file is larger than {MAX_FILE_BYTES >> 20} MB; "
                            "split it and import the parts")
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise _rejected(name, None, f"cannot read the file: {e.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise _rejected(name, None, f"the file is larger than {MAX_FILE_BYTES >> 20} MB; split "
                        "it and import the parts")
    return raw


def open_table(path: Path) -> CsvTable:
    """Read a CSV file and its header; raises InputRejected for emptiness, a bad header or
    bytes that are not UTF-8 in the first part decoded (further on: as the rows are read,
    CsvTable.rows_keyed)."""
    name = path.name
    raw = _read_whole(path)
    reader = _reader(raw)
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise _rejected(name, 1, f"the header cannot be read: {e}") from None
    except UnicodeDecodeError:
        raise _not_utf8(name, raw) from None
    if header is None or (not "".join(header).strip()
                          and raw.decode("utf-8-sig", "replace").isspace()):
        raise _rejected(name, None, "the file is empty; expected a header row and one row "
                        "per visit")
    header = [h.strip() for h in header]
    seen: set[str] = set()  # (a set: a header of 100,000 columns is checked at once)
    for h in header:
        if h in seen:
            raise _rejected(name, 1, f"column '{shown(h)}' appears twice in the header")
        seen.add(h)
    if "" in header:
        raise _rejected(name, 1, f"column {header.index('') + 1} of the header has no name")
    return CsvTable(name, header, raw)

