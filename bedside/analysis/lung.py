"""Vital capacity against the Global Lung Function Initiative's reference equations.

A measured forced (FVC) or slow (SVC) vital capacity in litres is set against the predicted
value, lower limit of normal, z-score and % predicted for the patient's sex, age and height,
from one of two published equation sets, kept as data in resources/lung/:

- ``gli_global`` (the default): the race-neutral GLI Global equations, Bowerman et al.,
  Am J Respir Crit Care Med 2023;207:768-774, doi:10.1164/rccm.202205-0963OC.
- ``gli_2012``: Quanjer et al., Eur Respir J 2012;40:1324-1343, doi:10.1183/09031936.00080312,
  for clinics that still report it. It has one equation per group (Caucasian, African-American,
  North East Asian, South East Asian, Other/mixed); Bedside records no ethnicity, so the caller
  names the group every time (the clinic's setting), and every result says which it used.

A value is computed only from inputs inside the equations' range: sex female or male, age
within the tabulated 3-95 years, and a height Bedside accepts as plausible. Otherwise the
prediction is None and ``unpredicted_reason`` says why: never an extrapolated number.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from bedside.analysis.measures import PLAUSIBLE
from bedside.i18n import Context, fill
from bedside.instruments import ResourceError, resource_root

ANALYSIS = Context("ANALYSIS")

EQUATION_SETS = ("gli_global", "gli_2012")
DEFAULT_EQUATIONS = "gli_global"
GLI_2012_GROUPS = ("caucasian", "african_american", "north_east_asian", "south_east_asian",
                   "other")
# Offered as the GLI-2012 setting's first choice: the group of the paper's largest reference
# sample (57,395 of its 74,187). A clinic serving others chooses another; GLI Global, the
# default, needs no group at all.
GLI_2012_DEFAULT_GROUP = "caucasian"
MEASURES = ("FVC", "SVC")
SEXES = ("female", "male")
DAYS_PER_YEAR = 365.25
Z_LLN = 1.645  # the 5th centile of the standard normal distribution, to the GLI's precision

LMS_DEFINITION = (
    "GLI LMS method: L = q0 + q1*ln(age) + Lspline; M = exp(a0 + a1*ln(height cm) + "
    "a2*ln(age) [+ group term, GLI-2012] + Mspline); S = exp(p0 + p1*ln(age) [+ group term] + "
    "Sspline). The splines are tabulated every 0.25 years and interpolated linearly between "
    "the two tabulated ages around the exact age, as the GLI-2012 calculator does; the ln(age) "
    "terms use the exact age. Predicted = M; z = ((measured/M)^L - 1)/(L*S); lower limit of "
    "normal = M*(1 - 1.645*L*S)^(1/L), the 5th centile; % predicted = 100 * measured/M."
)
SVC_DEFINITION = (
    "SVC is set against the FVC equation of the chosen set. GLI Global and GLI-2012 publish "
    "no slow vital capacity equation; the GLI static lung volume VC equation (Hall et al., "
    "Eur Respir J 2021;57:2000289) covers people of European ancestry aged 5-80 only, and "
    "without airway obstruction SVC and FVC agree closely. ALS studies read the two "
    "interchangeably (Pinto and de Carvalho, Amyotroph Lateral Scler Frontotemporal Degener "
    "2017;18:528-533: r\u00b2 = 0.981, the same survival prediction)."
)
AGE_DEFINITION = "Age in years: days from birth to the test date / 365.25."


@dataclass(frozen=True)
class _Lms:
    """One sex's table for one parameter of one equation set."""

    a0: float
    a1: float
    a2: float
    p0: float
    p1: float
    q0: float
    q1: float
    m_group: dict[str, float]
    s_group: dict[str, float]
    mspline: tuple[float, ...]
    sspline: tuple[float, ...]
    lspline: tuple[float, ...]


@dataclass(frozen=True)
class _EquationSet:
    id: str
    name: str
    citation: str
    doi: str
    age_min: float
    age_max: float
    age_step: float
    groups: dict[str, str]  # key -> how the publication names it; empty for GLI Global
    tables: dict[tuple[str, str], _Lms]  # (parameter, sex) -> table


_HEIGHT = PLAUSIBLE["height"]
_FILES = {"gli_global": "gli_global_2023.json", "gli_2012": "gli_2012.json"}


def _number(obj: dict[str, Any], key: str, where: str) -> float:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ResourceError(f"{where}: field '{key}' must be a number")
    return float(value)


def parse_equation_set(data: dict[str, Any], label: str) -> _EquationSet:
    """One resources/lung file, checked; a malformed one is a ResourceError naming it."""
    for key in ("id", "name", "citation", "doi"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise ResourceError(f"{label}: field '{key}' must be text")
    age_min, age_max = _number(data, "age_min", label), _number(data, "age_max", label)
    step = _number(data, "age_step", label)
    rows = round((age_max - age_min) / step) + 1
    groups = data.get("groups", {})
    tables: dict[tuple[str, str], _Lms] = {}
    for parameter, by_sex in data.get("parameters", {}).items():
        for sex in SEXES:
            where = f"{label}: {parameter} {sex}"
            raw = by_sex.get(sex) if isinstance(by_sex, dict) else None
            if not isinstance(raw, dict):
                raise ResourceError(f"{where}: missing")
            splines = []
            for name in ("mspline", "sspline", "lspline"):
                column = raw.get(name)
                if not isinstance(column, list) or len(column) != rows:
                    raise ResourceError(f"{where}: '{name}' must list {rows} values, "
                                        f"ages {age_min:g}-{age_max:g} by {step:g}")
                splines.append(tuple(_number({name: v}, name, where) for v in column))
            group_terms = []
            for name in ("m_group", "s_group"):
                terms = raw.get(name, {})
                if set(terms) != set(groups) - {"caucasian"}:
                    raise ResourceError(f"{where}: '{name}' must give every group but the "
                                        "reference (caucasian)")
                group_terms.append({g: _number(terms, g, where) for g in terms})
            tables[(parameter, sex)] = _Lms(
                *(_number(raw, k, where) for k in ("a0", "a1", "a2", "p0", "p1", "q0", "q1")),
                *group_terms, *splines)
    if ("FVC", "female") not in tables:
        raise ResourceError(f"{label}: no FVC equations")
    return _EquationSet(data["id"], data["name"], data["citation"], data["doi"], age_min,
                        age_max, step, dict(groups), tables)


@cache
def _equation_set(equations: str) -> _EquationSet:
    if equations not in _FILES:
        raise ValueError(f"unknown equations '{equations}': one of {', '.join(EQUATION_SETS)}")
    name = _FILES[equations]
    try:
        data = json.loads((resource_root() / "lung" / name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"{name}: file is missing from the resources folder") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ResourceError(f"{name}: not valid JSON text: {e}") from None
    if not isinstance(data, dict) or data.get("id") != equations:
        raise ResourceError(f"{name}: expected an object with id '{equations}'")
    return parse_equation_set(data, name)


def _check_choice(measure: str, equations: str, group: str | None) -> _EquationSet:
    """The caller's choice of measure and equations: a wrong one is a programming error, not
    bad data, so it raises whatever the patient's values."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure '{measure}': one of {', '.join(MEASURES)}")
    eq = _equation_set(equations)
    if eq.groups and group not in eq.groups:
        raise ValueError(f"{eq.name} needs a group: one of {', '.join(eq.groups)}")
    if not eq.groups and group is not None:
        raise ValueError(f"{eq.name} has no groups (it is race-neutral); got '{group}'")
    return eq


@dataclass(frozen=True)
class Reference:
    """Which published equation a predicted value came from, for the screen, PDF and exports."""

    equations: str  # 'gli_global' or 'gli_2012'
    group: str | None  # the GLI-2012 group; None for GLI Global
    measure: str  # what was measured: 'FVC' or 'SVC'; both use the FVC equation

    @property
    def name(self) -> str:
        return _equation_set(self.equations).name

    @property
    def citation(self) -> str:
        eq = _equation_set(self.equations)
        return f"{eq.citation} doi:{eq.doi}"

    @property
    def label(self) -> str:
        """'GLI Global, FVC equation' or 'GLI-2012 Caucasian, FVC equation used for SVC'."""
        eq = _equation_set(self.equations)
        who = f"{eq.name} {eq.groups[self.group]}" if self.group else eq.name
        used = " used for SVC" if self.measure == "SVC" else ""
        return f"{who}, FVC equation{used}"


@dataclass(frozen=True)
class Prediction:
    """The reference distribution (L, M, S) for one person, and what follows from it."""

    reference: Reference
    l: float  # noqa: E741 - the LMS method's own name
    m: float
    s: float

    @property
    def predicted_l(self) -> float:
        """The median, M."""
        return self.m

    @property
    def lln_l(self) -> float:
        """Lower limit of normal: the 5th centile, M * (1 - 1.645*L*S)^(1/L)."""
        return self.m * (1 - Z_LLN * self.l * self.s) ** (1 / self.l)

    def z_score(self, litres: float) -> float:
        """((measured / M)^L - 1) / (L * S)."""
        return z_score_of(litres, self.l, self.m, self.s)

    def percent_predicted(self, litres: float) -> float:
        """100 * measured / M."""
        return percent_of(litres, self.m)


def z_score_of(litres: float, l: float, m: float, s: float) -> float:  # noqa: E741
    return ((litres / m) ** l - 1) / (l * s)


def percent_of(litres: float, m: float) -> float:
    return 100 * litres / m


def _interpolated(column: tuple[float, ...], eq: _EquationSet, age: float) -> float:
    """The spline at an exact age: linear between the tabulated ages on either side."""
    i, weight = _position(eq, age)
    return _at(column, i, weight)


def _position(eq: _EquationSet, age: float) -> tuple[int, float]:
    """The row of the tabulated age at or below ``age`` and how far towards the next."""
    steps = age / eq.age_step  # exact: the step is 0.25, a power of two
    below = math.floor(steps)
    return below - round(eq.age_min / eq.age_step), steps - below


def _at(column: tuple[float, ...], i: int, weight: float) -> float:
    if weight == 0:
        return column[i]
    return (1 - weight) * column[i] + weight * column[i + 1]


def _lms(eq: _EquationSet, sex: str, age_years: float, height_cm: float,
         group: str | None) -> tuple[float, float, float]:
    """L, M and S of the FVC equation for inputs already checked (LMS_DEFINITION)."""
    t = eq.tables[("FVC", sex)]
    i, weight = _position(eq, age_years)
    ln_age = math.log(age_years)
    l = t.q0 + t.q1 * ln_age + _at(t.lspline, i, weight)  # noqa: E741
    m = math.exp(t.a0 + t.a1 * math.log(height_cm) + t.a2 * ln_age
                 + t.m_group.get(group or "", 0.0) + _at(t.mspline, i, weight))
    s = math.exp(t.p0 + t.p1 * ln_age + t.s_group.get(group or "", 0.0)
                 + _at(t.sspline, i, weight))
    return l, m, s


def unpredicted_reason(sex: str, age_years: float | None, height_cm: float | None,
                       equations: str = DEFAULT_EQUATIONS,
                       group: str | None = None) -> str | None:
    """Why no reference value can be computed for these inputs; None when one can."""
    eq = _check_choice("FVC", equations, group)
    if sex not in SEXES:
        return fill(ANALYSIS.tr("%1 equations are published for female and male only "
                                "(sex: %2)"), eq.name, sex)
    if age_years is None:
        return ANALYSIS.tr("age unknown: no birth date")
    if not eq.age_min <= age_years <= eq.age_max:
        rule = (ANALYSIS.tr("age under %1 years: the %2 equations cover %3-%4 years")
                if age_years < eq.age_min else
                ANALYSIS.tr("age over %1 years: the %2 equations cover %3-%4 years"))
        bound = eq.age_min if age_years < eq.age_min else eq.age_max
        return fill(rule, f"{bound:g}", eq.name, f"{eq.age_min:g}", f"{eq.age_max:g}")
    if height_cm is None:
        return ANALYSIS.tr("no height recorded")
    problem = PLAUSIBLE["height"].problem(height_cm)
    if problem:
        return problem
    return None


def predict(measure: str, sex: str, age_years: float | None, height_cm: float | None,
            equations: str = DEFAULT_EQUATIONS, group: str | None = None) -> Prediction | None:
    """The reference distribution of ``measure`` ('FVC' or 'SVC'; SVC_DEFINITION) for a
    person; None when ``unpredicted_reason`` gives a reason."""
    eq = _check_choice(measure, equations, group)
    if unpredicted_reason(sex, age_years, height_cm, equations, group):
        return None
    assert age_years is not None and height_cm is not None
    return Prediction(Reference(equations, group, measure),
                      *_lms(eq, sex, age_years, height_cm, group))


@dataclass(frozen=True)
class VitalCapacity:
    """A measured vital capacity set against its reference; the reference values are None
    and ``reason`` says why when they cannot be computed."""

    measure: str
    litres: float
    reference: Reference
    predicted_l: float | None
    lln_l: float | None
    z_score: float | None
    percent_predicted: float | None
    reason: str | None


def vital_capacity(measure: str, litres: float, sex: str, age_years: float | None,
                   height_cm: float | None, equations: str = DEFAULT_EQUATIONS,
                   group: str | None = None) -> VitalCapacity:
    """``litres`` of FVC or SVC with predicted, LLN, z-score and % predicted."""
    _check_choice(measure, equations, group)
    reference = Reference(equations, group, measure)
    reason = (PLAUSIBLE[measure.lower()].problem(litres)
              or unpredicted_reason(sex, age_years, height_cm, equations, group))
    p = None if reason else predict(measure, sex, age_years, height_cm, equations, group)
    if p is None:
        return VitalCapacity(measure, litres, reference, None, None, None, None, reason)
    return VitalCapacity(measure, litres, reference, p.predicted_l, p.lln_l, p.z_score(litres),
                         p.percent_predicted(litres), None)


def equation_names() -> dict[str, str]:
    """Each equation set's id -> its name as published ('GLI Global', 'GLI-2012')."""
    return {e: _equation_set(e).name for e in EQUATION_SETS}


def group_names(equations: str) -> dict[str, str]:
    """The groups of an equation set (key -> as the publication names it); none for GLI
    Global."""
    return dict(_equation_set(equations).groups)


@dataclass(frozen=True)
class LungEquations:
    """A clinic's choice of reference equations (kept in the database's settings): GLI
    Global, the default, or GLI-2012 with the group it reports against."""

    equations: str = DEFAULT_EQUATIONS
    group: str | None = None

    def __post_init__(self) -> None:
        _check_choice("FVC", self.equations, self.group)

    @property
    def name(self) -> str:
        """'GLI Global' or 'GLI-2012 Caucasian'."""
        eq = _equation_set(self.equations)
        return f"{eq.name} {eq.groups[self.group]}" if self.group else eq.name

    @property
    def citation(self) -> str:
        return Reference(self.equations, self.group, "FVC").citation

    def lms(self, sex: str, age_years: float | None, height_cm: float | None
            ) -> tuple[float, float, float] | None:
        """L, M and S for a person; None exactly where unpredicted_reason gives a reason. (The
        exports' path: 200,000 visits, no reason worded and no object built for each.)"""
        eq = _equation_set(self.equations)
        if (sex in SEXES and age_years is not None and eq.age_min <= age_years <= eq.age_max
                and height_cm is not None and _HEIGHT.low <= height_cm <= _HEIGHT.high):
            return _lms(eq, sex, age_years, height_cm, self.group)
        return None

    def vital_capacities(self, sex: str, age_years: float | None, height_cm: float | None,
                         fvc_l: float | None, svc_l: float | None
                         ) -> tuple[VitalCapacity | None, VitalCapacity | None]:
        """vital_capacity of the FVC and of the SVC measured at one visit (None for one not
        measured), the reference distribution computed once for both (SVC_DEFINITION)."""
        if fvc_l is None and svc_l is None:
            return None, None
        reason = unpredicted_reason(sex, age_years, height_cm, self.equations, self.group)
        lms = None
        if reason is None:
            assert age_years is not None and height_cm is not None
            lms = _lms(_equation_set(self.equations), sex, age_years, height_cm, self.group)
        return (self._measured("FVC", fvc_l, lms, reason),
                self._measured("SVC", svc_l, lms, reason))

    def _measured(self, measure: str, litres: float | None,
                  lms: tuple[float, float, float] | None, reason: str | None
                  ) -> VitalCapacity | None:
        if litres is None:
            return None
        reference = Reference(self.equations, self.group, measure)
        why = PLAUSIBLE[measure.lower()].problem(litres) or reason
        if why is not None or lms is None:
            return VitalCapacity(measure, litres, reference, None, None, None, None, why)
        p = Prediction(reference, *lms)
        return VitalCapacity(measure, litres, reference, p.predicted_l, p.lln_l,
                             p.z_score(litres), p.percent_predicted(litres), None)


def decimal_age(birth_date: date | None, on: date) -> float | None:
    """AGE_DEFINITION; None without a birth date."""
    if birth_date is None:
        return None
    return (on - birth_date).days / DAYS_PER_YEAR
