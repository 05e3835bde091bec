"""Properties of the scoring that hold for every combination of answers."""

from __future__ import annotations

from datetime import date

from alsfrs_cases import KEY
from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.analysis import (
    delta_fs,
    kings_stage,
    missing_items,
    mitos_stage,
    mrc_sum,
    subscores,
    total,
)
from bedside.domain import MrcCell
from bedside.instruments import all_mrc_cells, mrc_scale

SLOTS = [n.rstrip("a") for n in KEY if n != "5b"]  # "1" .. "12" with "5" for 5a or 5b
score = st.integers(0, 4)


@st.composite
def visits(draw, complete: bool = False) -> dict[str, int]:
    """Answers for any subset of the 12 slots (all of them if ``complete``); 5a or 5b."""
    out = {}
    for slot in SLOTS:
        if complete or draw(st.booleans()) or draw(st.booleans()):
            key = KEY[slot] if slot != "5" else KEY[draw(st.sampled_from(["5a", "5b"]))]
            out[key] = draw(score)
    return out


def derived(a: dict[str, int]) -> dict[str, object]:
    return {
        **subscores(a), "total": total(a), "kings": kings_stage(a), "mitos": mitos_stage(a),
        "delta_fs": delta_fs(total(a), date(2023, 1, 1), date(2024, 1, 1)),
    }


def item_5(a: dict[str, int]) -> str:
    return "5b" if KEY["5b"] in a else "5a"


def lowered(draw, a: dict[str, int]) -> dict[str, int]:
    """The same visit with some answered items scored lower (and none higher)."""
    return {k: draw(st.integers(0, v)) if draw(st.booleans()) else v for k, v in a.items()}


@settings(max_examples=300)
@given(visits())
def test_total_is_the_sum_of_the_four_subscores_when_all_are_defined(a):
    subs = subscores(a)
    t = total(a)
    if None in subs.values():
        assert t is None
    else:
        assert t == sum(subs.values())
        assert 0 <= t <= 48
    assert (t is None) == bool(missing_items(a))
    for value in subs.values():
        assert value is None or 0 <= value <= 12


@settings(max_examples=300)
@given(visits(), st.data())
def test_removing_an_item_never_makes_a_value_appear_or_change(a, data):
    if not a:
        return
    key = data.draw(st.sampled_from(sorted(a)))
    before = derived(a)
    after = derived({k: v for k, v in a.items() if k != key})
    for name, value in after.items():
        if value is not None:
            assert before[name] == value, name


@settings(max_examples=150)
@given(visits(complete=True), st.data())
def test_mitos_is_0_to_4_the_count_of_its_predicates_and_never_falls_as_scores_fall(a, data):
    n = {slot: a.get(key) for slot, key in KEY.items()}
    predicates = [
        n["8"] <= 1 or n["6"] <= 1,
        n["3"] <= 1,
        n["1"] <= 1 and n["4"] <= 1,
        n["10"] <= 1 or n["12"] <= 2,
    ]
    stage = mitos_stage(a)
    assert stage == sum(predicates)
    assert 0 <= stage <= 4
    assert mitos_stage(lowered(data.draw, a)) >= stage


RANK = {"0": 0, "1": 1, "2": 2, "3": 3, "4A": 4, "4B": 4, "4A+4B": 5}


@settings(max_examples=150)
@given(visits(complete=True), st.data())
def test_king_stage_facts(a, data):
    stage = kings_stage(a)
    assert stage in RANK
    gastrostomy = item_5(a) == "5b"
    respiratory = a[KEY["10"]] == 0 or a[KEY["12"]] < 4
    # Stage 4 holds exactly when its conditions do, and overrides the region count.
    assert ("4A" in stage) == gastrostomy
    assert ("4B" in stage) == respiratory
    if not gastrostomy and not respiratory:
        regions = [any(a[KEY[i]] < 4 for i in ("1", "2", "3")),
                   a[KEY["4"]] < 4 or a[KEY["5a"]] < 4, a[KEY["8"]] < 4]
        assert stage == str(sum(regions))
    # Lower scores (same item 5 scale) never move the stage down; 4B never goes away.
    worse = kings_stage(lowered(data.draw, a))
    assert RANK[worse] >= RANK[stage]
    assert "4B" in worse or "4B" not in stage


@given(st.sampled_from(["5a", "5b"]), st.lists(st.sampled_from(["7", "9", "11", "6"])))
def test_all_4s_without_5b_is_stage_0_whatever_the_unread_items(five, unread):
    a = {KEY[s]: 4 for s in SLOTS if s != "5"}
    a[KEY[five]] = 4
    for slot in unread:
        a[KEY[slot]] = 0
    assert kings_stage(a) == ("0" if five == "5a" else "4A")


CODES = list(mrc_scale().codes) + ["NT"]


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(all_mrc_cells()), st.sampled_from(CODES)),
       st.sampled_from([None, "L", "R", ""]))
def test_mrc_sum_bounds(grades, side):
    cells = {k: MrcCell(c, "pain" if c == "NT" else "") for k, c in grades.items()}
    s = mrc_sum(cells, side=side)
    if s is None:
        return
    assert 0 <= s.score <= s.max_tested
    assert s.max_tested == 5 * s.graded
    assert str(s) == f"{s.score} / {s.max_tested}"
    if side is None:
        assert s.graded + s.not_tested == len(cells)
        parts = [mrc_sum(cells, side=x) for x in ("L", "R", "")]
        assert sum(p.score for p in parts if p) == s.score
        assert sum(p.not_tested for p in parts if p) == s.not_tested


@settings(max_examples=300)
@given(visits(), visits())
def test_each_stage_reads_only_the_items_it_declares(a, b):
    """KINGS_READS / MITOS_READS are all each stage reads (the export computes a stage once
    per combination of them): answers that agree on those items get the same stage."""
    from bedside.analysis import KINGS_READS, MITOS_READS

    for stage, reads in ((kings_stage, KINGS_READS), (mitos_stage, MITOS_READS)):
        mixed = {k: v for k, v in b.items() if k not in reads}
        mixed.update({k: v for k, v in a.items() if k in reads})
        assert stage(mixed) == stage(a), (stage.__name__, a, b)
