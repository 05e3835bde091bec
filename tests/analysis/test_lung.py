"""Vital capacity reference values: against pyspiro over a grid, against the GLI-2012
calculator's own output, the LMS identities, and every way a value is refused."""

from __future__ import annotations

import json
import math
import re
from datetime import date

import pyspiro  # the test extra installs it: a missing one fails here, never skips
import pytest

from bedside.analysis.lung import (
    DEFAULT_EQUATIONS,
    GLI_2012_GROUPS,
    Reference,
    decimal_age,
    parse_equation_set,
    predict,
    unpredicted_reason,
    vital_capacity,
)
from bedside.instruments import ResourceError, resource_root

REL = 1e-12
AGES = (3, 3.1, 5.55, 12.3, 17.8, 25, 40.37, 51.8, 60, 66.6, 75.125, 88.01, 94.99, 95)
HEIGHTS = (100, 121.5, 150, 165.5, 180, 200, 250)
MEASURED = (0.4, 1.85, 3.7)
PYSPIRO_SEX = {"female": 0, "male": 1}
PYSPIRO_GROUP = {"caucasian": 1, "african_american": 2, "north_east_asian": 3,
                 "south_east_asian": 4, "other": 5}
FVC = 2  # the FVC parameter of both pyspiro classes


def _same(ours: float, theirs: float) -> None:
    assert math.isclose(ours, float(theirs), rel_tol=REL, abs_tol=1e-13), (ours, theirs)


def _check_against(theirs_lms, theirs_lln, theirs_z, theirs_pct, p) -> None:
    """One person's L, M, S, LLN, and z and % predicted of several measured values."""
    tl, tm, ts = theirs_lms
    _same(p.l, tl)
    _same(p.m, tm)
    _same(p.s, ts)
    _same(p.predicted_l, tm)
    _same(p.lln_l, theirs_lln)
    for v in MEASURED:
        _same(p.z_score(v), theirs_z(v))
        _same(p.percent_predicted(v), 100 * v / float(tm))
        # pyspiro rounds % predicted to 2 decimals
        assert abs(p.percent_predicted(v) - float(theirs_pct(v))) <= 0.005 + 1e-9


@pytest.mark.parametrize("sex", ["female", "male"])
def test_gli_global_matches_pyspiro_over_a_grid(sex):
    ref = pyspiro.BOWERMAN_2022()
    s = PYSPIRO_SEX[sex]
    for age in AGES:
        for height in HEIGHTS:
            p = predict("FVC", sex, age, height)
            assert p is not None and p.reference == Reference("gli_global", None, "FVC")
            _check_against(ref.lms(s, age, height, FVC, 1.0), ref.lln(s, age, height, FVC, 1.0),
                           lambda v, a=age, h=height: ref.zscore(s, a, h, FVC, v),
                           lambda v, a=age, h=height: ref.percent(s, a, h, FVC, v), p)


@pytest.mark.parametrize("sex", ["female", "male"])
@pytest.mark.parametrize("group", GLI_2012_GROUPS)
def test_gli_2012_matches_pyspiro_over_a_grid_for_every_group(sex, group):
    ref = pyspiro.GLI_2012()
    s, g = PYSPIRO_SEX[sex], PYSPIRO_GROUP[group]
    for age in AGES:
        for height in HEIGHTS:
            p = predict("FVC", sex, age, height, "gli_2012", group)
            assert p is not None and p.reference == Reference("gli_2012", group, "FVC")
            _check_against(ref.lms(s, age, height, g, FVC, 1.0),
                           ref.lln(s, age, height, g, FVC, 1.0),
                           lambda v, a=age, h=height: ref.zscore(s, a, h, g, FVC, v),
                           lambda v, a=age, h=height: ref.percent(s, a, h, g, FVC, v), p)


# FVC predicted and LLN (L, to the 3 decimals it displays) from the GLI-2012 web calculator,
# as recorded in the pft R package (github.com/overdodactyl/pft, data-raw/gli_test_grid_GLI.csv;
# its 1,000 rows all agree with pyspiro to 3 decimals). Ages such as 46.6 lie between the
# tabulated quarter years: looking the splines up at the quarter year below instead of
# interpolating misses 641 of those 1,000 rows.
GLI_2012_CALCULATOR = [
    ("female", "caucasian", 46.6, 190, 5.037, 3.974),
    ("female", "caucasian", 88.2, 150, 1.942, 1.314),
    ("male", "caucasian", 57, 150, 3.155, 2.425),
    ("male", "caucasian", 77.8, 190, 4.655, 3.379),
    ("female", "african_american", 57, 190, 3.971, 2.965),
    ("female", "african_american", 67.4, 190, 3.574, 2.559),
    ("male", "african_american", 83, 190, 3.764, 2.605),
    ("male", "african_american", 62.2, 190, 4.519, 3.338),
    ("female", "north_east_asian", 67.4, 170, 3.162, 2.466),
    ("female", "north_east_asian", 51.8, 150, 2.766, 2.253),
    ("male", "north_east_asian", 46.6, 150, 3.241, 2.804),
    ("male", "north_east_asian", 83, 150, 2.418, 1.982),
    ("female", "south_east_asian", 72.6, 150, 1.982, 1.407),
    ("female", "south_east_asian", 57, 170, 3.099, 2.34),
    ("male", "south_east_asian", 67.4, 170, 3.471, 2.566),
    ("male", "south_east_asian", 88.2, 170, 2.904, 2.019),
    ("female", "other", 72.6, 190, 3.623, 2.665),
    ("female", "other", 57, 170, 3.318, 2.579),
    ("male", "other", 57, 150, 2.905, 2.266),
    ("male", "other", 72.6, 150, 2.537, 1.901),
]


@pytest.mark.parametrize("sex, group, age, height, predicted, lln", GLI_2012_CALCULATOR)
def test_gli_2012_matches_the_gli_calculator_to_the_decimal_it_shows(sex, group, age, height,
                                                                      predicted, lln):
    p = predict("FVC", sex, age, height, "gli_2012", group)
    assert (round(p.predicted_l, 3), round(p.lln_l, 3)) == (predicted, lln)


@pytest.mark.parametrize("equations, group", [("gli_global", None), ("gli_2012", "other")])
def test_lms_identities(equations, group):
    p = predict("FVC", "female", 61.3, 158, equations, group)
    assert p.z_score(p.predicted_l) == 0
    assert p.percent_predicted(p.predicted_l) == pytest.approx(100, rel=1e-15)
    assert p.z_score(p.lln_l) == pytest.approx(-1.645, rel=1e-12)
    assert p.lln_l < p.predicted_l


def test_splines_are_interpolated_between_quarter_years_not_stepped():
    """Predicted FVC moves smoothly with age: no jump at a tabulated age, and a day's age
    changes it (a stepped lookup would give the same value all quarter long)."""
    at = predict("FVC", "male", 60.25, 178).predicted_l
    just_before = predict("FVC", "male", 60.25 - 1e-9, 178).predicted_l
    assert at == pytest.approx(just_before, rel=1e-9)
    assert predict("FVC", "male", 60.3, 178).predicted_l != at


def test_svc_is_set_against_the_fvc_equation_and_says_so():
    svc = predict("SVC", "male", 58.4, 176)
    fvc = predict("FVC", "male", 58.4, 176)
    assert (svc.l, svc.m, svc.s) == (fvc.l, fvc.m, fvc.s)
    assert svc.reference.measure == "SVC"
    assert svc.reference.label == "GLI Global, FVC equation used for SVC"
    assert fvc.reference.label == "GLI Global, FVC equation"
    old = predict("SVC", "female", 58.4, 160, "gli_2012", "south_east_asian")
    assert old.reference.label == "GLI-2012 South East Asian, FVC equation used for SVC"
    assert "Bowerman" in svc.reference.citation and "10.1164/rccm.202205-0963OC" in \
        svc.reference.citation
    assert "Quanjer" in old.reference.citation


def test_default_is_gli_global():
    assert DEFAULT_EQUATIONS == "gli_global"
    assert predict("FVC", "female", 50, 165).reference.equations == "gli_global"


def test_vital_capacity_gathers_every_reference_value():
    vc = vital_capacity("FVC", 2.9, "female", 63.2, 161)
    p = predict("FVC", "female", 63.2, 161)
    assert vc.reason is None
    assert (vc.predicted_l, vc.lln_l, vc.z_score, vc.percent_predicted) == (
        p.predicted_l, p.lln_l, p.z_score(2.9), p.percent_predicted(2.9))
    assert vc.reference == Reference("gli_global", None, "FVC")


@pytest.mark.parametrize("age", [3, 95])
def test_the_ends_of_the_age_range_are_computed(age):
    assert predict("FVC", "male", age, 150) is not None
    assert predict("FVC", "male", age, 150, "gli_2012", "caucasian") is not None


@pytest.mark.parametrize("sex, age, height, reason", [
    ("other", 60, 170, "GLI Global equations are published for female and male only "
                       "(sex: other)"),
    ("unknown", 60, 170, "GLI Global equations are published for female and male only "
                         "(sex: unknown)"),
    ("male", 95.01, 170, "age over 95 years: the GLI Global equations cover 3-95 years"),
    ("male", 2.99, 100, "age under 3 years: the GLI Global equations cover 3-95 years"),
    ("male", None, 170, "age unknown: no birth date"),
    ("male", 60, None, "no height recorded"),
    ("male", 60, 99.5, "Height 99.5 cm: must be 100-250 cm"),
    ("male", 60, 300, "Height 300 cm: must be 100-250 cm"),
])
def test_out_of_range_gives_no_number_and_says_why(sex, age, height, reason):
    assert predict("FVC", sex, age, height) is None
    assert unpredicted_reason(sex, age, height) == reason
    vc = vital_capacity("SVC", 2.5, sex, age, height)
    assert (vc.predicted_l, vc.lln_l, vc.z_score, vc.percent_predicted) == (None,) * 4
    assert vc.reason == reason


@pytest.mark.parametrize("litres, reason", [
    (25, "FVC 25 L: must be 0.1-10 L"),
    (0, "FVC 0 L: must be 0.1-10 L"),
    (-1.2, "FVC -1.2 L: must be 0.1-10 L"),
    (float("nan"), "FVC nan L: must be 0.1-10 L"),
])
def test_an_implausible_measurement_gets_no_reference_values(litres, reason):
    vc = vital_capacity("FVC", litres, "female", 60, 165)
    assert vc.z_score is None and vc.percent_predicted is None and vc.reason == reason


def test_gli_2012_needs_its_group_named_and_gli_global_refuses_one():
    with pytest.raises(ValueError, match="GLI-2012 needs a group"):
        predict("FVC", "male", 60, 170, "gli_2012")
    with pytest.raises(ValueError, match="GLI-2012 needs a group"):
        predict("FVC", "male", 60, 170, "gli_2012", "european")
    with pytest.raises(ValueError, match="race-neutral"):
        predict("FVC", "male", 60, 170, "gli_global", "caucasian")
    with pytest.raises(ValueError, match="unknown equations"):
        predict("FVC", "male", 60, 170, "nhanes3")
    with pytest.raises(ValueError, match="unknown measure"):
        predict("FEV1", "male", 60, 170)
    # a wrong choice is the caller's error whatever the patient's values
    with pytest.raises(ValueError, match="GLI-2012 needs a group"):
        vital_capacity("FVC", 25, "other", None, None, "gli_2012")
    with pytest.raises(ValueError, match="unknown measure"):
        vital_capacity("FEV1", 2.5, "male", 60, 170)


def test_gli_2012_groups_differ_as_published():
    """The same man under each group: the paper's group terms lower M below Caucasian."""
    m = {g: predict("FVC", "male", 60, 175, "gli_2012", g).m for g in GLI_2012_GROUPS}
    assert all(m[g] < m["caucasian"] for g in GLI_2012_GROUPS if g != "caucasian")
    assert m["african_american"] == pytest.approx(m["caucasian"] * math.exp(-0.1684))


def test_decimal_age_from_birth_date_at_the_visit():
    assert decimal_age(date(1960, 3, 1), date(2020, 3, 1)) == 60.0  # 21,915 days
    assert decimal_age(date(1960, 3, 1), date(2020, 9, 1)) == pytest.approx(60.5038, abs=1e-4)
    assert decimal_age(None, date(2020, 3, 1)) is None


def _table(name: str) -> dict:
    return json.loads((resource_root() / "lung" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["gli_global_2023.json", "gli_2012.json"])
def test_each_table_names_its_publication_and_source(name):
    data = _table(name)
    assert data["doi"] in ("10.1164/rccm.202205-0963OC", "10.1183/09031936.00080312")
    assert "pyspiro" in data["source"] and data["citation"]
    fvc = data["parameters"]["FVC"]
    for sex in ("female", "male"):
        assert len(fvc[sex]["mspline"]) == (95 - 3) * 4 + 1


@pytest.mark.parametrize("spoil, message", [
    (lambda d: d["parameters"]["FVC"]["male"]["sspline"].pop(),
     "gli_2012.json: FVC male: 'sspline' must list 369 values, ages 3-95 by 0.25"),
    (lambda d: d["parameters"]["FVC"]["female"].pop("a1"),
     "gli_2012.json: FVC female: field 'a1' must be a number"),
    (lambda d: d["parameters"]["FVC"]["female"]["m_group"].pop("other"),
     "gli_2012.json: FVC female: 'm_group' must give every group but the reference"),
    (lambda d: d["parameters"]["FVC"].pop("male"), "gli_2012.json: FVC male: missing"),
    (lambda d: d.pop("doi"), "gli_2012.json: field 'doi' must be text"),
])
def test_a_damaged_table_is_refused_naming_the_file_and_entry(spoil, message):
    data = _table("gli_2012.json")
    spoil(data)
    with pytest.raises(ResourceError, match=re.escape(message)):
        parse_equation_set(data, "gli_2012.json")
