"""A large visit CSV imported in parts (read ahead by a forked process) ends exactly as the
whole file read and checked at once: the same rows, the same audit entries, the same
problems explained for a file that is refused, and nothing stored then; a reader never
outlives its command."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bedside.cli import main
from bedside.interchange import csv_visit_stream
from bedside.interchange.csv_visit_columns import NotClean
from bedside.operations import visit_import

CLINICAL = {  # what an import stores, without the moment it was stored
    "patients": "id, patient_id, family_name, given_name, birth_date, sex, onset_date,"
                " onset_region, diagnosis_date",
    "visits": "v.id, p.patient_id, visit_date, examiner, notes, mrc_protocol, status,"
              " signed_by, signature_meaning",
    "alsfrs_answers": "*",
    "mrc_grades": "*",
    "mrc_layouts": "*",
    "mrc_not_tested": "*",
}


@pytest.fixture
def clean_csv(tmp_path_factory) -> Path:
    """A Bedside export of 40 demo patients (about 370 visits with MRC grades)."""
    work = tmp_path_factory.mktemp("source")
    db, out = work / "demo.sqlite3", work / "visits.csv"
    assert main(["--db", str(db), "demo-data", "--patients", "40", "--seed", "7"]) == 0
    assert main(["--db", str(db), "export", "-o", str(out)]) == 0
    return out


@pytest.fixture
def in_parts(monkeypatch):
    """Parts of 37 rows, read by a forked reader whatever the file's size; counts the
    readers started."""
    monkeypatch.setattr(csv_visit_stream, "MIN_BYTES_FOR_A_READER", 0)
    monkeypatch.setattr(csv_visit_stream, "PART_ROWS", 37)
    started = []
    real = csv_visit_stream._from_reader

    def counted(*args):
        started.append(1)
        return real(*args)

    monkeypatch.setattr(csv_visit_stream, "_from_reader", counted)
    return started


def whole_file_at_once(monkeypatch) -> None:
    def refuse(*_args):
        raise NotClean

    monkeypatch.setattr(visit_import, "_import_in_parts", refuse)


def stored(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        out = {}
        for table, cols in CLINICAL.items():
            sql = (f"SELECT {cols} FROM visits v JOIN patients p ON p.id = v.patient_ref"
                   " ORDER BY v.id" if table == "visits" else f"SELECT {cols} FROM {table}")
            out[table] = sorted(con.execute(sql).fetchall(), key=repr)
        out["audit"] = sorted(con.execute(
            "SELECT action, entity, entity_key, new_value, reason FROM audit_log"
            " WHERE action = 'import'").fetchall())
        return out
    finally:
        con.close()


def imported(tmp_path: Path, name: str, csv_file: Path, capsys) -> tuple[int, str, str]:
    code = main(["--db", str(tmp_path / name), "import", str(csv_file)])
    out, err = capsys.readouterr()
    return code, out, err


def test_parts_store_what_the_whole_file_stores(clean_csv, tmp_path, in_parts, monkeypatch,
                                                capsys):
    """The same rows with the same ids; the same audit entries (written part by part, so in
    another order than the whole file's: patients then visits of each part)."""
    whole_readings = []
    real_whole = visit_import.csv_visits.parse_visits
    monkeypatch.setattr(visit_import.csv_visits, "parse_visits",
                        lambda *a: whole_readings.append(1) or real_whole(*a))
    code, out, _ = imported(tmp_path, "parts.sqlite3", clean_csv, capsys)
    assert code == 0 and in_parts == [1]
    assert whole_readings == []  # stored by the parts, not by the fallback
    monkeypatch.setattr(visit_import.csv_visits, "parse_visits", real_whole)
    lines = clean_csv.read_text(encoding="utf-8").splitlines()[1:]
    rows, people = len(lines), len({line.split(",")[0] for line in lines})
    assert rows > 5 * 37 and people > 30  # several parts
    assert f"imported {rows} visits of {people} patients ({people} new)" in out
    whole_file_at_once(monkeypatch)
    code, out_whole, _ = imported(tmp_path, "whole.sqlite3", clean_csv, capsys)
    assert code == 0 and out_whole == out
    parts, whole = stored(tmp_path / "parts.sqlite3"), stored(tmp_path / "whole.sqlite3")
    assert len(parts["visits"]) == rows and len(parts["audit"]) == rows + people
    assert parts == whole
    assert main(["--db", str(tmp_path / "parts.sqlite3"), "export", "-o",
                 str(tmp_path / "again.csv")]) == 0
    assert (tmp_path / "again.csv").read_bytes() == clean_csv.read_bytes()


def _with_row_changed(source: Path, target: Path, line: int, change) -> Path:
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[line - 1].rstrip("\n").split(",")
    change(cells)
    lines[line - 1] = ",".join(cells) + "\n"
    target.write_text("".join(lines), encoding="utf-8")
    return target


def _set(column: str, value: str, header: list[str]):
    def change(cells: list[str]) -> None:
        cells[header.index(column)] = value
    return change


@pytest.mark.parametrize("column, value, problem", [
    ("Q1_Speech", "7", "Q1_Speech=7: score must be 0-4"),
    ("visit_date", "1900-01-01", "visit_date=1900-01-01"),  # before the patient's birth
])
def test_a_problem_in_a_late_part_refuses_the_file_as_the_whole_reading_does(
        clean_csv, tmp_path, in_parts, monkeypatch, capsys, column, value, problem):
    header = clean_csv.read_text(encoding="utf-8").splitlines()[0].split(",")
    bad = _with_row_changed(clean_csv, tmp_path / "bad.csv", 300, _set(column, value, header))
    code, out, err = imported(tmp_path, "parts.sqlite3", bad, capsys)
    assert code != 0 and in_parts == [1]
    assert f"bad.csv:300: {problem}" in err and "Nothing was imported." in err
    assert not (tmp_path / "parts.sqlite3").exists()  # a failed first import leaves none
    whole_file_at_once(monkeypatch)
    assert imported(tmp_path, "whole.sqlite3", bad, capsys)[2] == err


def test_a_cell_only_the_row_reading_accepts_in_a_late_part(clean_csv, tmp_path, in_parts,
                                                            monkeypatch, capsys):
    """' 3' is a score the row-by-row reading accepts: what the parts stored is undone and
    the file is imported whole, once."""
    header = clean_csv.read_text(encoding="utf-8").splitlines()[0].split(",")
    spaced = _with_row_changed(clean_csv, tmp_path / "spaced.csv", 300,
                               _set("Q1_Speech", " 3", header))
    assert imported(tmp_path, "parts.sqlite3", spaced, capsys)[0] == 0
    whole_file_at_once(monkeypatch)
    assert imported(tmp_path, "whole.sqlite3", spaced, capsys)[0] == 0
    assert stored(tmp_path / "parts.sqlite3") == stored(tmp_path / "whole.sqlite3")


def test_a_second_import_meets_the_visits_already_stored(clean_csv, tmp_path, in_parts,
                                                         capsys):
    db = tmp_path / "twice.sqlite3"
    assert main(["--db", str(db), "import", str(clean_csv)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(clean_csv)]) != 0
    err = capsys.readouterr().err
    assert "already has a visit on this date in the database" in err
    assert in_parts == [1, 1]


@pytest.mark.parametrize("failure", ["raises", "dies"])
def test_a_reader_that_fails_leaves_the_import_to_this_process(clean_csv, tmp_path, in_parts,
                                                               monkeypatch, capsys, failure):
    real = csv_visit_stream.read_chunks

    def failing(*args):
        parts = real(*args)
        yield next(parts)
        if failure == "dies":
            os._exit(3)  # as if killed: the pipe closes without a word
        raise RuntimeError("a bug in the reader")

    monkeypatch.setattr(csv_visit_stream, "read_chunks", failing)
    code, out, _ = imported(tmp_path, "parts.sqlite3", clean_csv, capsys)
    assert code == 0 and in_parts == [1] and "imported" in out
    whole_file_at_once(monkeypatch)
    assert imported(tmp_path, "whole.sqlite3", clean_csv, capsys)[0] == 0
    assert stored(tmp_path / "parts.sqlite3") == stored(tmp_path / "whole.sqlite3")


def test_small_files_and_threads_read_here(clean_csv, tmp_path, monkeypatch, capsys):
    """Without the lowered threshold a file of 400 visits is read in this process."""
    started = []
    monkeypatch.setattr(csv_visit_stream, "_from_reader", lambda *a: started.append(1))
    assert imported(tmp_path, "small.sqlite3", clean_csv, capsys)[0] == 0
    assert started == []


def test_a_failure_while_storing_stops_the_reader_and_stores_nothing(
        clean_csv, tmp_path, in_parts, monkeypatch, capsys):
    import multiprocessing
    import time

    from bedside.store import StoreError, bulk

    reading = csv_visit_stream.read_chunks

    def slow(*args):  # a reader still at work when storing fails
        for part in reading(*args):
            yield part
            time.sleep(0.2)

    monkeypatch.setattr(csv_visit_stream, "read_chunks", slow)
    real = bulk.Inserter.add
    calls = []

    def add_then_fail(self, *args):
        calls.append(1)
        if len(calls) == 2:
            assert multiprocessing.active_children()  # the reader is reading ahead
            raise StoreError("the disk is full")
        return real(self, *args)

    monkeypatch.setattr(bulk.Inserter, "add", add_then_fail)
    code, _, err = imported(tmp_path, "parts.sqlite3", clean_csv, capsys)
    assert code != 0 and "the disk is full; nothing was imported" in err
    assert multiprocessing.active_children() == []
    assert not (tmp_path / "parts.sqlite3").exists()  # a failed first import leaves none


def test_where_no_fork_is_safe_the_parts_are_read_here(clean_csv, tmp_path, monkeypatch,
                                                       capsys):
    """macOS, Windows, a process with other threads: the same parts, read in this process,
    store what the whole file stores."""
    monkeypatch.setattr(csv_visit_stream, "MIN_BYTES_FOR_A_READER", 0)
    monkeypatch.setattr(csv_visit_stream, "PART_ROWS", 37)
    monkeypatch.setattr(csv_visit_stream, "_can_fork", lambda: False)
    parts = []
    real = csv_visit_stream.read_chunks

    def counted(*args):
        for part in real(*args):
            parts.append(len(part.lines))
            yield part

    monkeypatch.setattr(csv_visit_stream, "read_chunks", counted)
    started = []
    monkeypatch.setattr(csv_visit_stream, "_from_reader", lambda *a: started.append(1))
    assert imported(tmp_path, "here.sqlite3", clean_csv, capsys)[0] == 0
    assert started == [] and len(parts) > 5 and set(parts[:-1]) == {37}
    whole_file_at_once(monkeypatch)
    assert imported(tmp_path, "whole.sqlite3", clean_csv, capsys)[0] == 0
    assert stored(tmp_path / "here.sqlite3") == stored(tmp_path / "whole.sqlite3")


def test_a_killed_import_leaves_no_reader_behind(clean_csv, tmp_path):
    """The command killed while its reader reads ahead: the reader ends too (it held the
    command's output open, waiting forever to send its next part)."""
    import signal
    import subprocess
    import sys
    import time

    lines = clean_csv.read_text(encoding="utf-8").splitlines(keepends=True)
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as out:  # over 4 MB: read by a forked reader
        out.write(lines[0])
        for n in range(1 + csv_visit_stream.MIN_BYTES_FOR_A_READER // len("".join(lines))):
            out.writelines(f"X{n}-{line}" for line in lines[1:])
    env = {**os.environ, "BEDSIDE_DB": str(tmp_path / "killed.sqlite3"),
           "BEDSIDE_USER": "tester", "QT_QPA_PLATFORM": "offscreen"}
    command = subprocess.Popen([sys.executable, "-m", "bedside", "import", str(big)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 20
    while not _children(command.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _children(command.pid), "no reader was started"
    command.send_signal(signal.SIGKILL)
    command.communicate(timeout=30)  # EOF once every holder of the output has ended
    con = sqlite3.connect(tmp_path / "killed.sqlite3")
    assert con.execute("SELECT count(*) FROM visits").fetchone() == (0,)
    con.close()


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
