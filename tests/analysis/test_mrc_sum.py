"""MRC sums: whole grades, NT excluded and shown as 'x / max tested', per side."""

from __future__ import annotations

from bedside.analysis import MrcSum, mrc_sum, side_of
from bedside.domain import MrcCell
from bedside.instruments import mrc_scale, protocols

CELLS = {
    "shoulder_abduction_L": MrcCell("4-"),
    "shoulder_abduction_R": MrcCell("5"),
    "elbow_flexion_L": MrcCell("NT", "cast"),
    "elbow_flexion_R": MrcCell("3+"),
    "neck_flexion": MrcCell("2"),
}


def test_side_of_a_cell_key():
    assert [side_of(c) for c in CELLS] == ["L", "R", "L", "R", ""]


def test_sum_uses_whole_grades_and_excludes_nt():
    # 4- counts 4, 5 counts 5, 3+ counts 3, 2 counts 2; the NT cell counts nowhere.
    s = mrc_sum(CELLS)
    assert s == MrcSum(score=14, max_tested=20, graded=4, not_tested=1)
    assert str(s) == "14 / 20"


def test_sum_per_side():
    assert mrc_sum(CELLS, side="L") == MrcSum(4, 5, 1, 1)
    assert str(mrc_sum(CELLS, side="L")) == "4 / 5"
    assert mrc_sum(CELLS, side="R") == MrcSum(8, 10, 2, 0)
    assert mrc_sum(CELLS, side="") == MrcSum(2, 5, 1, 0)


def test_every_modifier_counts_its_whole_grade():
    for code, value in (("5-", 5), ("4+", 4), ("4", 4), ("4-", 4), ("3+", 3), ("3-", 3)):
        assert mrc_sum({"deltoid": MrcCell(code)}).score == value, code


def test_full_mrc_sum_score_is_out_of_60_and_nt_lowers_the_maximum():
    cells = protocols()["mrc_sum_score"].cells
    assert str(mrc_sum({c: MrcCell("5") for c in cells})) == "60 / 60"
    assert str(mrc_sum({c: MrcCell("4-") for c in cells})) == "48 / 60"
    two_nt = {c: MrcCell("NT", "pain") if c.startswith("hip") else MrcCell("5") for c in cells}
    s = mrc_sum(two_nt)
    assert str(s) == "50 / 50" and s.not_tested == 2  # never "50 / 60"


def test_nothing_graded_is_no_sum_and_all_nt_is_zero_of_zero():
    assert mrc_sum({}) is None
    assert mrc_sum(CELLS, side="X") is None
    all_nt = mrc_sum({"deltoid": MrcCell("NT", "pain")})
    assert all_nt == MrcSum(0, 0, 0, 1)


def test_the_scale_maximum_is_5():
    assert mrc_scale().max_grade == 5
