"""`bedside import --proact FILE --origin-date D` on small PRO-ACT-shaped files."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from bedside.cli import main
from bedside.interchange.proact import ORIGINAL_ALSFRS_REASON
from bedside.store import Store, visits

HEADER = ("subject_id,Q1_Speech,Q2_Salivation,Q3_Swallowing,Q4_Handwriting,"
          "Q5a_Cutting_without_Gastrostomy,Q5b_Cutting_with_Gastrostomy,"
          "Q6_Dressing_and_Hygiene,Q7_Turning_in_Bed,Q8_Walking,Q9_Climbing_Stairs,"
          "Q10_Respiratory,R_1_Dyspnea,R_2_Orthopnea,R_3_Respiratory_Insufficiency,"
          "ALSFRS_Delta,ALSFRS_Total,ALSFRS_R_Total")
GOOD = (
    f"{HEADER}\n"
    "533,4,4,4,3,3,,3,4,3,3,,4,4,4,0,,43\n"
    "533,4,3,4,3.0,3,,3,3,3,2,,4,3,4,91,,39\n"
    "8841,3,4,3,4,,2,3,3,2,2,,3,4,3,14,,36\n"
    "8841,3,4,3,4,,2,3,3,2,2,4,,,,200,30,\n"  # original ALSFRS: Q10, no R items
    "9177,NA,4,4,4,4,,4,4,4,4,3,,,,-7,,\n"  # original ALSFRS, speech not recorded
)


def write(tmp_path: Path, text: str, name: str = "ALSFRS.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def visit_count(db_path: Path) -> int:
    if not db_path.exists():  # a failed first import leaves no database (issue 17)
        return 0
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT count(*) FROM visits").fetchone()[0]
    finally:
        con.close()


def test_import_dates_visits_from_the_origin(db_path, tmp_path, capsys):
    path = write(tmp_path, GOOD)
    assert main(["import", "--proact", str(path), "--origin-date", "2020-03-01"]) == 0
    out = capsys.readouterr().out
    assert "imported 5 visits of 3 subjects (3 new patients)" in out
    assert "2 visits were scored on the original ALSFRS" in out
    with Store.open(db_path) as store:
        v533 = visits.for_patient(store, "533")
        assert [v.visit_date for v in v533] == [date(2020, 3, 1), date(2020, 5, 31)]
        assert v533[1].alsfrs["Q4_Handwriting"] == 3 and v533[1].alsfrs["Q2_Salivation"] == 3
        v8841 = visits.for_patient(store, "8841")
        assert v8841[0].alsfrs["Q5b_Cutting_with_Gastrostomy"] == 2
        late = v8841[1]
        assert late.visit_date == date(2020, 9, 17)
        assert "R_1_Dyspnea" not in late.alsfrs
        assert late.not_assessed["R_2_Orthopnea"] == ORIGINAL_ALSFRS_REASON
        (early,) = visits.for_patient(store, "9177")
        assert early.visit_date == date(2020, 2, 23)  # ALSFRS_Delta -7
        assert "Q1_Speech" not in early.alsfrs
        assert "ALSFRS_Delta -7 days from 2020-03-01" in early.notes


BAD = [
    ("533,4,4,4,3,3,2,3,4,3,3,,4,4,4,0,,",
     "ALSFRS.csv:2: Q5b_Cutting_with_Gastrostomy=2: both Q5a_Cutting_without_Gastrostomy and "
     "Q5b_Cutting_with_Gastrostomy are filled"),
    ("533,4,4,4,3,3,,3,4,3,3,,4,4,4,0,,44",
     "ALSFRS.csv:2: ALSFRS_R_Total=44: disagrees with the items (the items add up to 43)"),
    ("533,4,4,5,3,3,,3,4,3,3,,4,4,4,0,,", "ALSFRS.csv:2: Q3_Swallowing=5: score must be a "
     "whole number 0-4"),
    ("533,4,4,4,3,3,,3,4,3,3,,4,4,4,2.5,,", "ALSFRS.csv:2: ALSFRS_Delta=2.5: must be a whole "
     "number of days"),
    ("533,4,4,4,3,3,,3,4,3,3,4,,,,0,40,", "ALSFRS.csv:2: ALSFRS_Total=40: disagrees with the "
     "items (the items add up to 35)"),
    ("533,,,,,,,,,,,,,,,0,,", "ALSFRS.csv:2: no ALSFRS-R item is scored"),
]


@pytest.mark.parametrize(("row", "message"), BAD)
def test_bad_rows_are_refused_with_their_line_and_nothing_is_imported(
        db_path, tmp_path, capsys, row, message):
    path = write(tmp_path, f"{HEADER}\n{row}\n8841,3,4,3,4,,2,3,3,2,2,,3,4,3,14,,36\n")
    assert main(["import", "--proact", str(path), "--origin-date", "2020-03-01"]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Nothing was imported." in err
    assert visit_count(db_path) == 0


def test_two_rows_on_one_day_and_unknown_columns(db_path, tmp_path, capsys):
    path = write(tmp_path, f"{HEADER}\n" + "533,4,4,4,3,3,,3,4,3,3,,4,4,4,0,,\n" * 2)
    assert main(["import", "--proact", str(path), "--origin-date", "2020-03-01"]) == 2
    assert "ALSFRS.csv:3: ALSFRS_Delta=0: second row for subject 533" in capsys.readouterr().err
    path = write(tmp_path, "subject_id,ALSFRS_Delta,Q1_Speech,Site\n1,0,4,Oslo\n")
    assert main(["import", "--proact", str(path), "--origin-date", "2020-03-01"]) == 2
    assert "unknown column Site" in capsys.readouterr().err
    assert visit_count(db_path) == 0


def test_origin_date_is_required_and_checked(db_path, tmp_path, capsys):
    path = write(tmp_path, GOOD)
    assert main(["import", "--proact", str(path)]) == 2
    assert "--origin-date YYYY-MM-DD" in capsys.readouterr().err
    assert main(["import", "--proact", str(path), "--origin-date", "01/03/2020"]) == 2
    assert main(["import", "--proact", str(path), "--origin-date", "2999-01-01"]) == 2
    assert "future" in capsys.readouterr().err
    assert visit_count(db_path) == 0


def test_reimport_of_the_same_file_is_refused(db_path, tmp_path, capsys):
    path = write(tmp_path, GOOD)
    assert main(["import", "--proact", str(path), "--origin-date", "2020-03-01"]) == 0
    assert main(["import", "--proact", str(path), "--origin-date", "2020-03-01"]) == 2
    assert "already has a visit on this date" in capsys.readouterr().err
    assert visit_count(db_path) == 5
