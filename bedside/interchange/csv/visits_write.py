"""Writing the visit CSV of SPEC §3 with its derived columns (reading: visits_read)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import groupby
from operator import itemgetter
from typing import TextIO

from bedside.analysis import (
    KINGS_READS,
    MAX_TOTAL,
    MITOS_READS,
    LungEquations,
    bmi,
    decimal_age,
    delta_fs,
    height_for_visit,
    kings_stage,
    mitos_stage,
    mrc_sum_of_codes,
    number_text,
    percent_of,
    z_score_of,
)
from bedside.domain import NO_MEASUREMENTS, Patient, Visit, VisitScores
from bedside.instruments import alsfrs_r
from bedside.interchange.csv.bulk_rows import (
    SCORES,
    SubscorePlan,
    collector_paused,
    domain_subscores,
    subscore_plan,
)
from bedside.interchange.csv.columns import (
    ADMINISTRATION_COLUMNS,
    MEASURE_DERIVED,
    MEASUREMENT_COLUMNS,
    PATIENT_COLUMNS,
    VISIT_COLUMNS,
    derived_columns,
    mrc_column_order,
)
from bedside.interchange.csv.spreadsheet_cells import protected


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def write_visits(out: TextIO, rows: Iterable[tuple[Patient, Visit]], mrc_cells: set[str],
                 lung: LungEquations | None = None,
                 ages: Iterable[float | None] | None = None) -> int:
    """Write the visit CSV with derived columns; returns the number of visits written.
    ``lung``: the reference equations of the % predicted and z columns (GLI Global unless
    given); ``ages``: the exact age at each visit, for records without a birth date (a
    de-identified one), in the order of ``rows``."""
    return write_visit_scores(out, ((p, scores_of(v)) for p, v in rows), mrc_cells, lung,
                              ages)


def scores_of(v: Visit) -> VisitScores:
    """What the visit CSV writes of ``v``."""
    return VisitScores(v.visit_date, v.examiner, v.notes,
                       tuple(map(v.alsfrs.get, alsfrs_r().keys)), tuple(v.mrc),
                       tuple(g.code for g in v.mrc.values()), v.visit_uid, v.alsfrs_mode,
                       v.alsfrs_respondent, v.measurements)


def write_visit_scores(out: TextIO, rows: Iterable[tuple[Patient, VisitScores]],
                       mrc_cells: set[str], lung: LungEquations | None = None,
                       ages: Iterable[float | None] | None = None) -> int:
    """write_visits for visits read as VisitScores (the store's bulk export path)."""
    with collector_paused():
        return _write_visits(out, rows, mrc_cells, lung or LungEquations(), ages)


def _write_visits(out: TextIO, rows: Iterable[tuple[Patient, VisitScores]],
                  mrc_cells: set[str], lung: LungEquations,
                  ages: Iterable[float | None] | None) -> int:
    """The visit CSV with derived columns.

    The derived columns are what bedside.analysis.summarize gives, from the same functions,
    each computed once per distinct input: subscores per domain's answers (the total is their
    sum, as the import checks it), King's and MiToS per set of answers, the MRC sum (whole
    grades over the graded cells) per multiset of codes; ΔFS, which reads dates, per visit.
    """
    q = alsfrs_r()
    keys = q.keys
    mrc_cols = mrc_column_order(mrc_cells)
    position = {c.removeprefix("MRC_"): n for n, c in enumerate(mrc_cols)}
    columns_of: dict[tuple[str, ...], tuple[int | None, ...]] = {}  # per grading's cells
    no_grades = [""] * len(mrc_cols)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*PATIENT_COLUMNS, *VISIT_COLUMNS, *keys, *ADMINISTRATION_COLUMNS,
                     *mrc_cols, *MEASUREMENT_COLUMNS, *derived_columns()])
    sub_plan = subscore_plan(keys)
    stages = _StageCells(keys)
    measures = _MeasureCells(lung)
    by_answers: dict[tuple, tuple[list[str], int | None, list[str], list[str]]] = {}
    by_codes: dict[tuple[str, ...], list[str]] = {}
    exact_ages = None if ages is None else iter(ages)
    count = 0
    for _, group in groupby(rows, key=lambda row: row[0].patient_id):
        visits = list(group)  # a patient's visits: the height of each may come from another
        p = visits[0][0]
        heights = [(v.visit_date, v.measurements.height_cm) for _, v in visits
                   if v.measurements.height_cm is not None]
        patient_cells = [protected(p.patient_id), protected(p.family_name),
                         protected(p.given_name), _cell(p.birth_date), p.sex,
                         _cell(p.onset_date), p.onset_region, _cell(p.diagnosis_date),
                         measures.number(p.pre_illness_weight_kg), p.patient_uid]
        for _, v in visits:
            scores = v.scores
            derived = by_answers.get(scores)
            if derived is None:
                answers = {k: s for k, s in zip(keys, scores, strict=True) if s is not None}
                derived = by_answers[scores] = _answer_cells(answers, scores, sub_plan, stages)
            grade_cells = no_grades[:]
            columns = columns_of.get(v.mrc_cells)
            if columns is None:  # a cell without a column is left out, as before
                columns = columns_of[v.mrc_cells] = tuple(map(position.get, v.mrc_cells))
            for at, code in zip(columns, v.mrc_codes, strict=True):
                if code is not None and at is not None:
                    grade_cells[at] = code
            code_key = tuple(sorted([c for c in v.mrc_codes if c is not None]))  # the sum's
            mrc_text = by_codes.get(code_key)
            if mrc_text is None:
                whole = mrc_sum_of_codes(code_key)
                # no muscle graded (all NT): the sum cannot be computed, so the cells stay empty
                mrc_text = by_codes[code_key] = (
                    ["", ""] if whole is None or not whole.graded
                    else [_cell(whole.score), _cell(whole.max_tested)])
            age = next(exact_ages) if exact_ages is not None else _BIRTH
            measured, from_measured = measures.cells(p, v, heights, age)
            writer.writerow([
                *patient_cells, v.visit_date.isoformat(), protected(v.examiner),
                protected(v.notes), v.visit_uid, *derived[0], v.alsfrs_mode,
                v.alsfrs_respondent, *grade_cells, *measured,
                *derived[2], _cell(delta_fs(derived[1], p.onset_date, v.visit_date)),
                *derived[3], *mrc_text, *from_measured,
            ])
            count += 1
    return count


_BIRTH = object()  # (the age at a visit is computed from the patient's birth date)


class _MeasureCells:
    """The measurement cells of a visit and the values derived from them (MEASURE_DERIVED):
    each number's text made once; the reference distribution once per visit for both
    vital capacities (LungEquations.lms, the lean path: no object per visit)."""

    def __init__(self, lung: LungEquations) -> None:
        self.lung = lung
        self.texts: dict[float, str] = {}
        self.none = ([""] * len(MEASUREMENT_COLUMNS), [""] * len(MEASURE_DERIVED))

    def number(self, value: float | None) -> str:
        if value is None:
            return ""
        text = self.texts.get(value)
        if text is None:
            text = self.texts[value] = number_text(value)
        return text

    def cells(self, p: Patient, v: VisitScores, heights: list[tuple[date, float]],
              age: float | None | object) -> tuple[list[str], list[str]]:
        m = v.measurements
        if m == NO_MEASUREMENTS:
            return self.none
        number = self.number
        inputs = [number(x) if isinstance(x, float | int) else (x or "") for x in m]
        height = height_for_visit(heights, v.visit_date) if heights else None
        fvc_pct = fvc_z = svc_pct = None
        if m.fvc_l is not None or m.svc_l is not None:
            years = decimal_age(p.birth_date, v.visit_date) if age is _BIRTH else age
            lms = self.lung.lms(p.sex, years, height)  # type: ignore[arg-type]
            if lms is not None:
                if m.fvc_l is not None:
                    fvc_pct, fvc_z = percent_of(m.fvc_l, lms[1]), z_score_of(m.fvc_l, *lms)
                if m.svc_l is not None:
                    svc_pct = percent_of(m.svc_l, lms[1])
        values = (fvc_pct, fvc_z, svc_pct, bmi(m.weight_kg, height))
        return inputs, ["" if x is None else f"{x:.{places}f}"
                        for x, places in zip(values, MEASURE_DERIVED.values(), strict=True)]


_SCORE_TEXT = {None: "", **{score: str(score) for score in SCORES.values()}}
_TOTAL_TEXT = {None: "", **{n: str(n) for n in range(MAX_TOTAL + 1)}}  # totals, subscores


class _StageCells:
    """King's and MiToS cells per combination of the items each reads (analysis.KINGS_READS,
    MITOS_READS): far fewer combinations than whole answer sets."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.kings_of = itemgetter(*[keys.index(k) for k in KINGS_READS])
        self.mitos_of = itemgetter(*[keys.index(k) for k in MITOS_READS])
        self.kings: dict[tuple, str] = {}
        self.mitos: dict[tuple, str] = {}

    def cells(self, answers: Mapping[str, int], scores: tuple) -> list[str]:
        k, m = self.kings_of(scores), self.mitos_of(scores)
        kings = self.kings.get(k)
        if kings is None:
            kings = self.kings[k] = _cell(kings_stage(answers))
        mitos = self.mitos.get(m)
        if mitos is None:
            mitos = self.mitos[m] = _cell(mitos_stage(answers))
        return [kings, mitos]


def _answer_cells(answers: Mapping[str, int], scores: tuple, sub_plan: SubscorePlan,
                  stages: _StageCells) -> tuple[list[str], int | None, list[str], list[str]]:
    """Item cells, total, total and subscore cells, King's and MiToS cells of one answer set."""
    subs = domain_subscores(scores, sub_plan)
    whole = None if None in subs else sum(subs)  # the total is the sum of the subscores
    try:
        items = list(map(_SCORE_TEXT.__getitem__, scores))
    except KeyError:  # a score outside the instrument: written as it is
        items = [_SCORE_TEXT.get(s) or _cell(s) for s in scores]
    sums = [_TOTAL_TEXT[whole], *map(_TOTAL_TEXT.__getitem__, subs)]
    return items, whole, sums, stages.cells(answers, scores)
