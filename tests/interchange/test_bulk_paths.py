"""The fast bulk paths keep every value, every check and the audit trail."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date
from pathlib import Path

from bedside.cli import main
from bedside.domain import MrcCell, Patient, Visit
from bedside.instruments import protocols
from bedside.interchange.csv import visits_write
from bedside.store import Store, bulk, visits

HEAD = "patient_id,visit_date,Q1_Speech,Q5a_Cutting_without_Gastrostomy,MRC_deltoid,MRC_biceps"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "visits.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_spaces_and_lower_case_nt_take_the_careful_path_and_are_kept(db_path, tmp_path):
    path = write(tmp_path, f"{HEAD}\nP1,2024-01-01, 3 ,4,nt, 4+\nP1,2024-02-01,2,,5,\n")
    assert main(["import", str(path)]) == 0
    with Store.open(db_path) as store:
        first, second = visits.for_patient(store, "P1")
    assert dict(first.alsfrs) == {"Q1_Speech": 3, "Q5a_Cutting_without_Gastrostomy": 4}
    assert {c: g.code for c, g in first.mrc.items()} == {"deltoid": "NT", "biceps": "4+"}
    assert dict(second.alsfrs) == {"Q1_Speech": 2} and dict(second.mrc) == {
        "deltoid": MrcCell("5")}


def test_bad_cells_after_good_rows_are_reported_and_nothing_is_imported(db_path, tmp_path,
                                                                        capsys):
    good = "".join(f"P1,2024-01-{d:02d},4,4,5,5\n" for d in range(1, 20))
    path = write(tmp_path, f"{HEAD}\n{good}P1,2024-02-01,4,x,5,6\n")
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "visits.csv:21: Q5a_Cutting_without_Gastrostomy=x: score must be a whole number" in err
    assert "visits.csv:21: MRC_biceps=6: grade must be 0-5" in err
    with Store.open(db_path) as store:
        assert store.conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 0


def test_an_imported_visit_is_one_row_pointing_to_its_import(db_path, tmp_path):
    path = write(tmp_path, f"{HEAD}\nP1,2024-01-01,3,4,NT,4+\nP1,2024-02-01,2,,,\n")
    assert main(["import", str(path)]) == 0
    with Store.open(db_path) as store:
        rows = store.conn.execute(
            "SELECT v.Q1_Speech, v.Q5a_Cutting_without_Gastrostomy, v.mrc_protocol, l.cells,"
            " v.mrc_grades, v.signed_by, i.file_name, i.row_count, i.sha256 FROM visits v"
            " LEFT JOIN mrc_layouts l ON l.id = v.mrc_layout JOIN imports i"
            " ON i.id = v.import_ref ORDER BY v.visit_date").fetchall()
        entries = store.conn.execute("SELECT entity, action FROM audit_log").fetchall()
    order = protocols()["seven_groups"].cells
    grades = "".join({"deltoid": "N", "biceps": "D"}.get(c, ".") for c in order)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert rows == [(3, 4, "seven_groups", json.dumps(list(order)), grades, None, "visits.csv",
                     2, sha),
                    (2, None, "", None, None, None, "visits.csv", 2, sha)]
    assert entries == [("import", "import"), ("patient", "import")]  # not one per visit


def test_bulk_insert_keeps_reasons_and_mixed_layouts(store):
    p = Patient("P9", onset_date=date(2020, 1, 1))
    cells_a = protocols()["mrc_sum_score"].cells
    cells_b = protocols()["als_clinic"].cells
    vs = [
        Visit("P9", date(2021, 1, 1), alsfrs={"Q1_Speech": 4},
              not_assessed={"Q2_Salivation": "patient asleep"},
              mrc={c: MrcCell("4") for c in cells_a}, mrc_protocol="mrc_sum_score",
              status="signed"),
        Visit("P9", date(2021, 2, 1), mrc={cells_b[0]: MrcCell("NT", "cast"),
                                           cells_b[-1]: MrcCell("3-")},
              mrc_protocol="als_clinic", status="signed"),
        Visit("P9", date(2021, 3, 1), alsfrs={"Q1_Speech": 3},
              mrc={c: MrcCell("5-") for c in cells_a[:3]}, mrc_protocol="mrc_sum_score",
              status="signed"),
    ]
    with store.transaction():
        bulk.insert(store, [p], vs, [], source="test")
    back = [v for _, v in bulk.iter_current(store)]
    assert [dict(v.mrc) for v in back] == [dict(v.mrc) for v in vs]
    assert dict(back[0].not_assessed) == {"Q2_Salivation": "patient asleep"}
    assert [dict(v.alsfrs) for v in back] == [dict(v.alsfrs) for v in vs]
    out = io.StringIO()
    visits_write.write_visits(out, bulk.iter_current(store), bulk.mrc_cells_in_use(store))
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))  # 3- counts 3, NT not at all
    assert [r["mrc_sum"] for r in rows] == [str(4 * len(cells_a)), "3", "15"]
    assert [r["mrc_max"] for r in rows] == [str(5 * len(cells_a)), "5", "15"]
    assert rows[1][f"MRC_{cells_b[0]}"] == "NT"
    # the export's own reader (no Visit built) writes the very same file
    fast = io.StringIO()
    visits_write.write_visit_scores(fast, bulk.iter_current_scores(store),
                                  bulk.mrc_cells_in_use(store))
    assert fast.getvalue() == out.getvalue()


def test_both_export_readers_write_the_same_demo_clinic(store):
    from bedside.operations import demo

    with store.transaction():  # drafts are left out by both; NT with reasons, partial gradings
        bulk.insert(store, *demo.generate(12, seed=3), source="test")
    cells = bulk.mrc_cells_in_use(store)
    slow, fast = io.StringIO(), io.StringIO()
    assert visits_write.write_visits(slow, bulk.iter_current(store), cells) > 50
    visits_write.write_visit_scores(fast, bulk.iter_current_scores(store), cells)
    assert fast.getvalue() == slow.getvalue()
