"""CSV import and export through the real command line: rows in the database, files on disk."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from bedside.cli import main
from bedside.store import Store, bulk, events, patients, visits

HEADER = ("patient_id,family_name,given_name,birth_date,sex,onset_date,onset_region,"
          "diagnosis_date,visit_date,examiner,notes")
ITEMS = ("Q1_Speech,Q2_Salivation,Q3_Swallowing,Q4_Handwriting,Q5a_Cutting_without_Gastrostomy,"
         "Q6_Dressing_and_Hygiene,Q7_Turning_in_Bed,Q8_Walking,Q9_Climbing_Stairs,R_1_Dyspnea,"
         "R_2_Orthopnea,R_3_Respiratory_Insufficiency")
PATIENT = "P001,Müller,Zoë,1958-03-02,female,2023-01-15,bulbar,2023-06-01"


def write(tmp_path: Path, text: str, name: str = "visits.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def counts(db_path: Path) -> tuple[int, int, int]:
    """Patients, visits and events stored (none when a failed first import left no database,
    as it must: issue 17)."""
    if not db_path.exists():
        return (0, 0, 0)
    con = sqlite3.connect(db_path)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore
                     for t in ("patients", "visits", "events"))
    finally:
        con.close()


def run(*argv: str) -> int:
    return main(list(argv))


GOOD = (
    f"{HEADER},{ITEMS},MRC_deltoid,MRC_biceps\n"
    f"{PATIENT},2023-07-01,Dr K,\"first visit, tired\",3,4,4,4,4,4,4,3,3,4,4,4,5,4-\n"
    f"P001,,,,,,,,2023-10-01,Dr K,,3,3,3,4,3,4,4,3,2,4,4,4,4+,NT\n"
)


def test_import_stores_visits_and_export_derives_every_column(db_path, tmp_path, capsys):
    assert run("import", str(write(tmp_path, GOOD))) == 0
    with Store.open(db_path) as store:
        p = patients.get(store, "P001")
        assert p is not None and p.family_name == "Müller" and p.onset_region == "bulbar"
        vs = visits.for_patient(store, "P001")
        assert [v.visit_date for v in vs] == [date(2023, 7, 1), date(2023, 10, 1)]
        assert vs[0].alsfrs["Q1_Speech"] == 3 and vs[0].mrc["biceps"].code == "4-"
        assert vs[0].notes == "first visit, tired"
        assert vs[1].mrc["biceps"].code == "NT"
        assert vs[0].mrc_protocol == "seven_groups"
    out = tmp_path / "out.csv"
    assert run("export", "-o", str(out)) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    first, second = rows
    # 3+4+4 | 4+4+4 | 4+3+3 | 4+4+4 = 45; months from 2023-01-15 to 2023-07-01 = 167/30.4375
    assert first["ALSFRS_R_Total"] == "45"
    subs = ("bulbar", "fine_motor", "gross_motor", "respiratory")
    assert [first[f"{s}_subscore"] for s in subs] == ["11", "12", "10", "12"]
    assert first["delta_fs"] == f"{3 / (167 / 30.4375):.2f}" == "0.55"
    assert first["kings_stage"] == "2"  # bulbar (speech 3) and lower limb (walking 3)
    assert first["mitos_stage"] == "0"
    assert (first["mrc_sum"], first["mrc_max"]) == ("9", "10")  # 5 + 4- counted as 4
    assert (second["mrc_sum"], second["mrc_max"]) == ("4", "5")  # NT excluded
    assert second["kings_stage"] == "3"


def test_export_import_export_gives_the_same_file(tmp_path, monkeypatch):
    first_db = tmp_path / "a.sqlite3"
    second_db = tmp_path / "b.sqlite3"
    assert run("--db", str(first_db), "demo-data", "--patients", "12", "--seed", "3") == 0
    a_visits, a_events = tmp_path / "a.csv", tmp_path / "a-events.csv"
    assert run("--db", str(first_db), "export", "-o", str(a_visits)) == 0
    assert run("--db", str(first_db), "export", "--events", "-o", str(a_events)) == 0
    assert run("--db", str(second_db), "import", str(a_visits), str(a_events)) == 0
    b_visits, b_events = tmp_path / "b.csv", tmp_path / "b-events.csv"
    assert run("--db", str(second_db), "export", "-o", str(b_visits)) == 0
    assert run("--db", str(second_db), "export", "--events", "-o", str(b_events)) == 0
    assert a_visits.read_bytes() == b_visits.read_bytes()
    assert a_events.read_bytes() == b_events.read_bytes()
    assert len(a_visits.read_text().splitlines()) > 20


def test_bom_is_accepted(db_path, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert run("import", str(path)) == 0
    assert counts(db_path)[1] == 2


FUTURE = (date.today() + timedelta(days=3)).isoformat()
BAD_INPUTS = {
    "score out of range": (
        "patient_id,visit_date,Q3_Swallowing\nP1,2024-01-01,7\n",
        "visits.csv:2: Q3_Swallowing=7: score must be 0-4"),
    "score not a whole number": (
        "patient_id,visit_date,Q3_Swallowing\nP1,2024-01-01,3.5\n",
        "visits.csv:2: Q3_Swallowing=3.5: score must be a whole number 0-4"),
    "both item-5 columns": (
        "patient_id,visit_date,Q5a_Cutting_without_Gastrostomy,Q5b_Cutting_with_Gastrostomy\n"
        "P1,2024-01-01,3,2\n",
        "visits.csv:2: Q5b_Cutting_with_Gastrostomy=2: only one of"),
    "date in the future": (
        f"patient_id,visit_date\nP1,2024-01-01\nP1,{FUTURE}\n",
        f"visits.csv:3: visit_date={FUTURE}: visit date is in the future"),
    "before birth": (
        "patient_id,birth_date,visit_date\nP1,1960-05-01,1959-01-01\n",
        "visits.csv:2: visit_date=1959-01-01: visit is before birth"),
    "before onset": (
        "patient_id,onset_date,visit_date\nP1,2022-05-01,2022-01-01\n",
        "visits.csv:2: visit_date=2022-01-01: visit is before onset"),
    "unknown columns": (
        "patient_id,visit_date,Q3_Swalowing,weight\nP1,2024-01-01,3,70\n",
        "visits.csv:1: unknown columns Q3_Swalowing, weight"),
    "two rows for one visit": (
        "patient_id,visit_date,Q1_Speech\nP1,2024-01-01,3\nP1,2024-01-01,2\n",
        "visits.csv:3: visit_date=2024-01-01: second row for patient P1 on this date "
        "(first on line 2)"),
    "patient columns disagree": (
        "patient_id,family_name,visit_date\nP1,Smith,2024-01-01\nP1,Smyth,2024-02-01\n",
        "visits.csv:3: family_name=Smyth: differs from line 2 (Smith)"),
    "bad date format": (
        "patient_id,visit_date\nP1,01/02/2024\n",
        "visits.csv:2: visit_date=01/02/2024: date must be YYYY-MM-DD"),
    "bad MRC grade": (
        "patient_id,visit_date,MRC_deltoid\nP1,2024-01-01,6\n",
        "visits.csv:2: MRC_deltoid=6: grade must be 0-5"),
    "total disagrees with the items": (
        f"patient_id,visit_date,{ITEMS},ALSFRS_R_Total\nP1,2024-01-01,4,4,4,4,4,4,4,4,4,4,4,3,48\n",
        "visits.csv:2: ALSFRS_R_Total=48: disagrees with the items (the items add up to 47)"),
    "empty file": ("", "visits.csv: the file is empty"),
    "header only": ("patient_id,visit_date\n", "visits.csv: the file has a header but no"),
    "missing required column": ("patient_id,Q1_Speech\nP1,3\n",
                                "visits.csv:1: the required column visit_date is missing"),
    "a line number counts multi-line notes": (
        "patient_id,visit_date,notes,Q1_Speech\nP1,2024-01-01,\"two\nlines\",3\n"
        "P1,2024-02-01,,9\n",
        "visits.csv:4: Q1_Speech=9: score must be 0-4"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_one_clear_line_and_changes_nothing(case, db_path, tmp_path, capsys):
    # a visit already in the database must survive every failed import untouched
    assert run("import", str(write(tmp_path, GOOD, "good.csv"))) == 0
    before = counts(db_path)
    capsys.readouterr()
    text, expected = BAD_INPUTS[case]
    assert run("import", str(write(tmp_path, text))) == 2
    err = capsys.readouterr().err
    assert expected in err.splitlines()[0]
    assert "Nothing was imported." in err
    assert counts(db_path) == before



def test_another_programs_file_reads_as_bedsides_own(db_path, tmp_path, capsys):
    """Bedside's export written again as another program would (columns in another order,
    every field quoted, CRLF line ends, a byte order mark, no Bedside ids) imports into an
    empty database and exports to the same visits."""
    assert run("import", str(write(tmp_path, GOOD))) == 0
    own = tmp_path / "own.csv"
    assert run("export", "-o", str(own)) == 0
    rows = list(csv.reader(own.open(encoding="utf-8", newline="")))
    keep = [n for n, name in enumerate(rows[0]) if not name.endswith("_uid")][::-1]
    foreign = tmp_path / "foreign.csv"
    with foreign.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(
            [row[n] for n in keep] for row in rows)
    other = tmp_path / "other.sqlite3"
    assert run("--db", str(other), "import", str(foreign)) == 0
    again = tmp_path / "again.csv"
    assert run("--db", str(other), "export", "-o", str(again)) == 0
    capsys.readouterr()

    def without_uids(path: Path) -> list[dict[str, str]]:
        return [{k: v for k, v in row.items() if not k.endswith("_uid")}
                for row in csv.DictReader(path.open(encoding="utf-8"))]

    assert without_uids(again) == without_uids(own)
    assert without_uids(own)[0]["ALSFRS_R_Total"] == "45"

def test_file_that_is_not_utf8(db_path, tmp_path, capsys):
    path = tmp_path / "latin1.csv"
    path.write_bytes("patient_id,family_name,visit_date\nP1,Müller,2024-01-01\n".encode("latin-1"))
    assert run("import", str(path)) == 2
    err = capsys.readouterr().err
    assert "latin1.csv:2: the file is not UTF-8 (byte 0xfc)" in err
    assert counts(db_path) == (0, 0, 0)



def test_a_byte_that_is_not_utf8_far_into_the_file_is_found_with_its_line(db_path, tmp_path,
                                                                          capsys):
    """The rows are decoded as they are read: a bad byte past the first part read is still
    refused with its line, and nothing of the rows before it is stored."""
    rows = [f"P{n:04d},Müller,2024-01-01\n".encode() for n in range(2000)]
    rows[1500] = rows[1500].replace("Müller".encode(), "Müller".encode("latin-1"))
    path = tmp_path / "late.csv"
    path.write_bytes(b"patient_id,family_name,visit_date\n" + b"".join(rows))
    assert run("import", str(path)) == 2
    err = capsys.readouterr().err
    assert "late.csv:1502: the file is not UTF-8 (byte 0xfc)" in err
    assert counts(db_path) == (0, 0, 0)


def test_a_visit_already_in_the_database_is_not_overwritten(db_path, tmp_path, capsys):
    assert run("import", str(write(tmp_path, GOOD))) == 0
    changed = GOOD.replace(",3,4,4,4,4,4,4,3,3,4,4,4,5,4-", ",0,4,4,4,4,4,4,3,3,4,4,4,5,4-")
    assert run("import", str(write(tmp_path, changed, "again.csv"))) == 2
    assert "already has a visit on this date" in capsys.readouterr().err
    with Store.open(db_path) as store:
        assert visits.for_patient(store, "P001")[0].alsfrs["Q1_Speech"] == 3


def test_events_file_and_death_ends_the_record(db_path, tmp_path, capsys):
    assert run("import", str(write(tmp_path, GOOD))) == 0
    ev = write(tmp_path, "patient_id,event_date,kind,label\n"
               "P001,2023-08-01,procedure,\"MSC transplantation, intrathecal\"\n"
               "P001,2023-09-01,gastrostomy,PEG\n", "events.csv")
    assert run("import", str(ev)) == 0
    with Store.open(db_path) as store:
        got = events.for_patient(store, "P001")
        assert [(e.kind, e.label) for e in got] == [
            ("procedure", "MSC transplantation, intrathecal"), ("gastrostomy", "PEG")]
    # a death before the last visit is refused
    death = write(tmp_path, "patient_id,event_date,kind,label\nP001,2023-09-15,death,\n",
                  "death.csv")
    assert run("import", str(death)) == 2
    assert ("death.csv:2: event_date=2023-09-15: a death cannot be recorded before the "
            "patient's visit of 2023-10-01") in capsys.readouterr().err
    # a visit after a recorded death is refused
    ok_death = write(tmp_path, "patient_id,event_date,kind\nP001,2023-11-01,death\n", "d2.csv")
    assert run("import", str(ok_death)) == 0
    late = write(tmp_path, "patient_id,visit_date,Q1_Speech\nP001,2023-12-01,1\n", "late.csv")
    assert run("import", str(late)) == 2
    assert "late.csv:2: visit_date=2023-12-01: visit is after the recorded death" in \
        capsys.readouterr().err
    assert counts(db_path) == (1, 2, 3)


def test_import_of_several_files_is_all_or_nothing(db_path, tmp_path):
    good = write(tmp_path, GOOD, "good.csv")
    bad = write(tmp_path, "patient_id,event_date,kind\nP001,2023-08-01,surgery\n", "ev.csv")
    assert run("import", str(good), str(bad)) == 2
    assert counts(db_path) == (0, 0, 0)


def test_export_of_one_patient_to_stdout(db_path, tmp_path, capsys):
    assert run("import", str(write(tmp_path, GOOD))) == 0
    capsys.readouterr()
    assert run("export", "--patient", "P001") == 0
    out = capsys.readouterr().out
    assert out.startswith("patient_id,") and out.count("\nP001,") == 2
    assert run("export", "--patient", "NOPE") == 2


def test_database_choice_flag_env_and_default(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BEDSIDE_DB", str(tmp_path / "env.sqlite3"))
    assert run("demo-data", "--patients", "1") == 0
    assert (tmp_path / "env.sqlite3").exists()
    assert run("--db", str(tmp_path / "flag.sqlite3"), "demo-data", "--patients", "1") == 0
    assert (tmp_path / "flag.sqlite3").exists()
    monkeypatch.delenv("BEDSIDE_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert run("demo-data", "--patients", "1") == 0
    assert list((tmp_path / "xdg").rglob("bedside.sqlite3"))


def test_demo_data_looks_real(tmp_path):
    from bedside.analysis import history_slope, total
    from bedside.operations.demo import generate

    data = generate(40, seed=5)
    names = "".join(p.family_name + p.given_name for p in data.patients)
    assert any("\u0400" <= ch <= "\u04ff" for ch in names)  # Cyrillic
    assert any("\u10a0" <= ch <= "\u10ff" for ch in names)  # Georgian
    kinds = {e.kind for e in data.events}
    assert {"gastrostomy", "niv_start", "medication_start"} <= kinds
    by_patient: dict[str, list] = {}
    for v in data.visits:
        t = total(v.alsfrs)
        if t is not None:
            by_patient.setdefault(v.patient_id, []).append((v.visit_date, t))
    slopes = [history_slope(pts) for pts in by_patient.values() if len(pts) >= 4]
    slopes = [s for s in slopes if s is not None]
    assert slopes and all(s < 0.3 for s in slopes)
    assert -2.5 < sum(slopes) / len(slopes) < -0.2
    assert sum(1 for v in data.visits if v.mrc) > len(data.visits) / 3
    with Store.open(tmp_path / "demo.sqlite3") as store:
        with store.transaction():
            bulk.insert(store, *data, source="test")
        assert len(patients.all_patients(store)) == 40


def test_an_exam_with_every_muscle_not_tested_exports_no_sum(db_path, tmp_path, capsys):
    text = "patient_id,visit_date,MRC_deltoid,MRC_biceps\nP1,2024-01-01,NT,NT\n"
    assert run("import", str(write(tmp_path, text))) == 0
    capsys.readouterr()
    assert run("export") == 0
    [row] = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert (row["MRC_deltoid"], row["mrc_sum"], row["mrc_max"]) == ("NT", "", "")


@pytest.mark.parametrize("argv", [["export"], ["export", "--events"],
                                  ["report", "--patient", "P1", "-o", "x.pdf"],
                                  ["backup"], ["accounts", "list"]])
def test_a_mistyped_database_is_not_created_by_a_reading_command(argv, tmp_path, capsys,
                                                                 monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "typo.sqlite3"
    assert run("--db", str(missing), *argv) == 2
    assert re.search(r"there is no (Bedside )?database here", capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []
