"""Total, subscores, missing items, ΔFS and the visit summary, checked by hand."""

from __future__ import annotations

from datetime import date

import pytest
from alsfrs_cases import KEY, answers

from bedside.analysis import (
    DAYS_PER_MONTH,
    ConflictingAnswers,
    delta_fs,
    kings_stage,
    missing_items,
    mitos_stage,
    months_between,
    subscores,
    summarize,
    total,
)
from bedside.domain import MrcCell, Patient, Visit

# Bulbar 3+4+2 = 9; fine motor 3+(5a 2)+1 = 6; gross motor 2+3+0 = 5; respiratory 4+3+4 = 11.
EXAMPLE = dict(q1=3, q2=4, q3=2, q4=3, q6=1, q7=2, q8=3, q9=0, q10=4, q11=3, q12=4)


def test_total_and_subscores_with_5a():
    a = answers(**EXAMPLE, q5a=2)
    assert subscores(a) == {"bulbar": 9, "fine_motor": 6, "gross_motor": 5, "respiratory": 11}
    assert total(a) == 31
    assert missing_items(a) == []


def test_total_and_subscores_with_5b_in_place_of_5a():
    a = answers(gastrostomy=True, **EXAMPLE, q5b=1)
    assert KEY["5a"] not in a
    assert subscores(a) == {"bulbar": 9, "fine_motor": 5, "gross_motor": 5, "respiratory": 11}
    assert total(a) == 30


def test_extremes_are_0_and_48():
    assert total(answers()) == 48 == total(answers(gastrostomy=True))
    zero = {k: 0 for k in answers()}
    assert total(zero) == 0
    assert set(subscores(zero).values()) == {0}


# Which derived values read which item, straight from ALSFRS-R.md.
READS = {
    "bulbar": {"1", "2", "3"},
    "fine_motor": {"4", "5", "6"},
    "gross_motor": {"7", "8", "9"},
    "respiratory": {"10", "11", "12"},
    "total": {str(n) for n in range(1, 13)},
    "kings": {"1", "2", "3", "4", "5", "8", "10", "12"},
    "mitos": {"1", "3", "4", "6", "8", "10", "12"},
}


def _derived(a: dict[str, int]) -> dict[str, object]:
    return {**subscores(a), "total": total(a), "kings": kings_stage(a), "mitos": mitos_stage(a)}


@pytest.mark.parametrize("slot", [str(n) for n in range(1, 13)])
def test_a_missing_item_empties_exactly_the_values_that_read_it(slot):
    full = answers(**EXAMPLE, q5a=2)
    a = {k: v for k, v in full.items() if k not in (KEY.get(slot), KEY["5a"], KEY["5b"])}
    if slot != "5":
        a[KEY["5a"]] = 2
    before, after = _derived(full), _derived(a)
    empty = {name for name, value in after.items() if value is None}
    assert empty == {name for name, items in READS.items() if slot in items}
    for name in after.keys() - empty:
        assert after[name] == before[name], name
    assert [n.split(" ")[0] for n in missing_items(a)] == [slot]


def test_missing_stairs_leaves_gross_motor_and_total_empty_but_the_stages_stand():
    a = answers(**{**EXAMPLE, "q9": None}, q5a=2)
    assert total(a) is None
    assert subscores(a) == {"bulbar": 9, "fine_motor": 6, "gross_motor": None,
                            "respiratory": 11}
    assert kings_stage(a) == "3"  # items 1, 4 and 8 below 4; item 11 < 4 is not 4B
    assert mitos_stage(a) == 1  # movement lost through item 6 = 1


def test_missing_items_lists_every_unassessed_slot_by_number():
    assert missing_items({}) == ["1", "2", "3", "4", "5", "6", "7", "8", "9",
                                 "10 (R-1)", "11 (R-2)", "12 (R-3)"]
    assert missing_items(answers(q5a=None, q11=None)) == ["5", "11 (R-2)"]
    assert missing_items(answers(gastrostomy=True)) == []


def test_both_5a_and_5b_is_conflicting_not_summed():
    a = answers(q5b=2)
    assert KEY["5a"] in a and KEY["5b"] in a
    for compute in (total, subscores, kings_stage, missing_items):
        with pytest.raises(ConflictingAnswers, match="Q5a_Cutting_without_Gastrostomy"):
            compute(a)


def test_months_are_days_over_30_4375():
    assert DAYS_PER_MONTH == 30.4375
    assert months_between(date(2024, 1, 1), date(2024, 3, 1)) == 60 / 30.4375
    assert months_between(date(2023, 1, 1), date(2027, 1, 1)) == pytest.approx(48.0)


def test_delta_fs_by_hand():
    # 2024-01-01 to 2025-01-01 is 366 days (leap year) = 12.0246 months; 48 - 36 = 12 lost.
    rate = delta_fs(36, date(2024, 1, 1), date(2025, 1, 1))
    assert rate == pytest.approx(12 / (366 / 30.4375))
    assert rate == pytest.approx(0.997951, abs=1e-6)
    assert delta_fs(48, date(2024, 1, 1), date(2025, 1, 1)) == 0.0


def test_delta_fs_is_empty_without_onset_total_or_elapsed_time():
    assert delta_fs(36, None, date(2025, 1, 1)) is None
    assert delta_fs(None, date(2024, 1, 1), date(2025, 1, 1)) is None
    assert delta_fs(36, date(2025, 1, 1), date(2025, 1, 1)) is None


PATIENT = Patient("P1", birth_date=date(1960, 5, 1), onset_date=date(2024, 1, 1))


def test_summarize_gathers_every_derived_value_of_a_visit():
    visit = Visit("P1", date(2025, 1, 1), alsfrs=answers(**EXAMPLE, q5a=2),
                  mrc={"deltoid": MrcCell("4-"), "biceps": MrcCell("NT", "pain")})
    s = summarize(visit, PATIENT)
    assert (s.total, s.missing, s.kings_stage, s.mitos_stage) == (31, (), "3", 1)
    assert s.subscores["fine_motor"] == 6
    assert s.delta_fs == pytest.approx(17 / (366 / 30.4375))
    assert str(s.mrc) == "4 / 5"
    assert summarize(visit, None).delta_fs is None


def test_summarize_an_unscored_visit_leaves_everything_empty():
    s = summarize(Visit("P1", date(2025, 1, 1)), PATIENT)
    assert s.total is None and s.delta_fs is None and s.mrc is None
    assert s.kings_stage is None and s.mitos_stage is None
    assert set(s.subscores.values()) == {None}
    assert len(s.missing) == 12
