"""MRC sums: whole grades over the muscles graded; NT cells are excluded, never counted as 0."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bedside.domain import NOT_TESTED, MrcCell
from bedside.instruments import MrcScale, mrc_scale


@dataclass(frozen=True)
class MrcSum:
    score: int
    max_tested: int  # 5 x number of cells graded
    graded: int
    not_tested: int

    def __str__(self) -> str:
        return f"{self.score} / {self.max_tested}"


def side_of(cell: str) -> str:
    """'L', 'R' or '' for a cell key such as 'hip_flexion_L' or 'neck_flexion'."""
    if cell.endswith("_L"):
        return "L"
    if cell.endswith("_R"):
        return "R"
    return ""


def mrc_sum(
    cells: Mapping[str, MrcCell], side: str | None = None, scale: MrcScale | None = None
) -> MrcSum | None:
    """Sum of whole grades ('4-' counts 4); ``side`` 'L'/'R'/'' limits it.

    None if no cell was graded or marked not tested.
    """
    return mrc_sum_of_codes([cell.code for key, cell in cells.items()
                             if side is None or side_of(key) == side], scale)


def mrc_sum_of_codes(codes: Iterable[str], scale: MrcScale | None = None) -> MrcSum | None:
    """mrc_sum of the cells with these codes (the sum reads nothing else of a cell)."""
    scale = scale or mrc_scale()
    score = graded = nt = 0
    for code in codes:
        if code == NOT_TESTED:
            nt += 1
            continue
        score += scale.grade(code).value
        graded += 1
    if graded == 0 and nt == 0:
        return None
    return MrcSum(score, graded * scale.max_grade, graded, nt)
