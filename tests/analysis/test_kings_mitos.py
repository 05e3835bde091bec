"""King's and MiToS stages, every branch and boundary, checked by hand."""

from __future__ import annotations

import pytest
from alsfrs_cases import answers

from bedside.analysis import (
    KINGS_DEFINITION,
    MITOS_DEFINITION,
    kings_stage,
    kings_stage_text,
    mitos_stage,
)


def test_no_region_involved_is_stage_0_and_says_so():
    assert kings_stage(answers()) == "0"
    text = kings_stage_text("0")
    assert text == "no region involved"
    assert "1" not in text


@pytest.mark.parametrize("scores", [
    dict(q9=0), dict(q7=0), dict(q6=0), dict(q11=0), dict(q10=1), dict(q10=3),
])
def test_items_outside_the_king_definition_involve_no_region(scores):
    # Stairs, turning, dressing and orthopnea are not read; dyspnea counts only at 0.
    assert kings_stage(answers(**scores)) == "0"


@pytest.mark.parametrize("scores, stage", [
    (dict(q1=3), "1"), (dict(q2=0), "1"), (dict(q3=3), "1"),  # bulbar
    (dict(q4=3), "1"), (dict(q5a=3), "1"),  # upper limb, through 5a alone too
    (dict(q8=3), "1"),  # lower limb
    (dict(q1=3, q2=2, q3=1), "1"),  # one region however many of its items
    (dict(q2=3, q5a=3), "2"), (dict(q5a=0, q8=2), "2"), (dict(q3=3, q8=3), "2"),
    (dict(q1=3, q4=3, q8=3), "3"), (dict(q2=0, q5a=0, q8=0, q9=0), "3"),
])
def test_stage_1_to_3_counts_regions_involved(scores, stage):
    assert kings_stage(answers(**scores)) == stage
    assert kings_stage_text(stage) == f"stage {stage}"


def test_4a_when_5b_was_answered_whatever_its_score():
    assert kings_stage(answers(gastrostomy=True)) == "4A"
    assert kings_stage(answers(gastrostomy=True, q5b=0, q1=2, q8=1)) == "4A"


@pytest.mark.parametrize("scores", [dict(q10=0), dict(q12=3), dict(q12=0), dict(q10=0, q12=2)])
def test_4b_when_item_10_is_0_or_item_12_below_4(scores):
    assert kings_stage(answers(**scores)) == "4B"
    # Stage 4 overrides the region count.
    assert kings_stage(answers(**scores, q1=0, q4=0, q8=0)) == "4B"


def test_4a_and_4b_together():
    assert kings_stage(answers(gastrostomy=True, q10=0)) == "4A+4B"
    assert kings_stage(answers(gastrostomy=True, q12=3)) == "4A+4B"
    assert kings_stage_text("4A+4B") == "stage 4A+4B"


def test_item_12_boundary_for_4b():
    assert kings_stage(answers(q12=4)) == "0"
    assert kings_stage(answers(q12=3)) == "4B"


def test_king_stage_is_not_computed_when_an_item_it_reads_is_missing():
    for item in ("q1", "q2", "q3", "q4", "q5a", "q8", "q10", "q12"):
        assert kings_stage(answers(**{item: None})) is None, item
    assert kings_stage_text(None).startswith("not computed")


def test_mitos_all_normal_is_0_and_all_zero_is_4():
    assert mitos_stage(answers()) == 0
    assert mitos_stage({k: 0 for k in answers()}) == 4


@pytest.mark.parametrize("scores, lost", [
    # movement: item 8 <= 1 OR item 6 <= 1
    (dict(q8=1), 1), (dict(q8=2), 0), (dict(q6=1), 1), (dict(q6=2), 0),
    (dict(q8=0, q6=0), 1), (dict(q7=0, q9=0), 0),
    # swallowing: item 3 <= 1
    (dict(q3=1), 1), (dict(q3=2), 0), (dict(q3=0), 1),
    # communicating: item 1 <= 1 AND item 4 <= 1
    (dict(q1=1, q4=2), 0), (dict(q1=2, q4=1), 0), (dict(q1=0), 0), (dict(q4=0), 0),
    (dict(q1=1, q4=1), 1), (dict(q1=0, q4=0), 1),
    # breathing: item 10 <= 1 OR item 12 <= 2
    (dict(q10=1), 1), (dict(q10=2), 0), (dict(q12=2), 1), (dict(q12=3), 0),
    (dict(q10=0, q12=0), 1), (dict(q11=0), 0),
])
def test_mitos_each_domain_and_its_boundary(scores, lost):
    assert mitos_stage(answers(**scores)) == lost
    assert mitos_stage(answers(gastrostomy=True, **scores)) == lost


def test_mitos_counts_0_through_4():
    steps = [dict(), dict(q8=1), dict(q8=1, q3=1), dict(q8=1, q3=1, q1=1, q4=0),
             dict(q8=1, q3=1, q1=1, q4=0, q12=2)]
    assert [mitos_stage(answers(**s)) for s in steps] == [0, 1, 2, 3, 4]


def test_mitos_is_not_computed_when_an_item_it_reads_is_missing():
    for item in ("q1", "q3", "q4", "q6", "q8", "q10", "q12"):
        assert mitos_stage(answers(**{item: None})) is None, item
    for item in ("q2", "q5a", "q7", "q9", "q11"):
        assert mitos_stage(answers(**{item: None})) == 0, item


def test_definitions_state_the_rules_the_code_applies():
    for fragment in ("item 1, 2 or 3 below 4", "item 4 or 5a below 4", "item 8",
                     "5b", "item 10 is 0", "item 12 is below 4"):
        assert fragment in KINGS_DEFINITION
    for fragment in ("item 8 or item 6 at most 1", "item 3 at most 1",
                     "item 1 and item 4 at most 1", "item 10 at most 1 or item 12 at most 2"):
        assert fragment in MITOS_DEFINITION
