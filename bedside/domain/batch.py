"""Many signed visits at once, as columns: what a bulk import checks and stores without a
Visit object per row (200,000 of them cost more than the rows' insertion)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from itertools import compress
from typing import NamedTuple

from bedside.domain.model import (
    DEFAULT_MODE,
    DEFAULT_RESPONDENT,
    NO_MEASUREMENTS,
    Measurements,
    MrcCell,
    Visit,
)
from bedside.instruments import all_mrc_cells, alsfrs_r, protocols


def layout_cells(cells: Iterable[str], protocol: str = "") -> tuple[str, ...]:
    """The cells a grading of ``cells`` is laid out on, in order: the protocol's, when it
    holds them all, else the graded cells in the catalogue's order."""
    graded = set(cells)
    proto = protocols().get(protocol)
    if proto is not None and graded <= set(proto.cells):
        return proto.cells
    order = {c: n for n, c in enumerate(all_mrc_cells())}
    return tuple(sorted(graded, key=lambda c: (order.get(c, len(order)), c)))


class Grading(NamedTuple):
    """The MRC grades of one visit laid out on its cells (layout_cells): a code per cell
    ('4-', 'NT'; None: not graded) and, aligned with them, the not-tested reasons ('' for
    none; () when no cell has one). This is how the grades are stored and read back in bulk
    (as VisitScores), and a file has far fewer distinct gradings than visits: visits graded
    alike share one. (A NamedTuple: an import makes and looks up 100,000 of them.)"""

    protocol: str
    cells: tuple[str, ...]
    codes: tuple[str | None, ...]
    reasons: tuple[str, ...] = ()

    @classmethod
    def of(cls, grades: Mapping[str, MrcCell], protocol: str) -> Grading:
        cells = layout_cells(grades, protocol)
        graded = [grades.get(c) for c in cells]
        reasons = tuple("" if g is None else g.reason for g in graded)
        return cls(protocol, cells, tuple(None if g is None else g.code for g in graded),
                   reasons if any(reasons) else ())

    @classmethod
    def of_visit(cls, visit: Visit) -> Grading | None:
        """The grading of a visit; None when it has neither grades nor a protocol."""
        if not visit.mrc and not visit.mrc_protocol:
            return None
        return cls.of(visit.mrc, visit.mrc_protocol)


@dataclass(frozen=True)
class VisitBatch:
    """Signed visits as columns: entry n of each column belongs to visit n.

    ``scores`` holds each visit's answers in the ALSFRS-R's item order (None: not assessed),
    as VisitScores does on the way out; equal answers may share one tuple. ``administration``
    holds (alsfrs_mode, alsfrs_respondent) of each visit; ``measurements`` its Measurements
    (None for a whole column: the defaults, nothing measured, on every visit)."""

    patient_ids: Sequence[str]
    dates: Sequence[date]
    examiners: Sequence[str]
    notes: Sequence[str]
    scores: Sequence[tuple[int | None, ...]]
    gradings: Sequence[Grading | None]
    not_assessed: Sequence[Mapping[str, str]] | None = None  # None: no reason on any visit
    visit_uids: Sequence[str] | None = None  # "" (or None for all): a new id is minted
    administration: Sequence[tuple[str, str]] | None = None
    measurements: Sequence[Measurements] | None = None

    def __post_init__(self) -> None:
        n = len(self.patient_ids)
        columns = [self.dates, self.examiners, self.notes, self.scores, self.gradings]
        columns += [c for c in (self.not_assessed, self.visit_uids, self.administration,
                                self.measurements) if c is not None]
        if any(len(c) != n for c in columns):
            raise ValueError("every column of a visit batch needs one entry per visit")

    def __len__(self) -> int:
        return len(self.patient_ids)

    def without(self, rows: Iterable[int]) -> VisitBatch:
        """The batch less the visits at ``rows``."""
        drop = set(rows)
        keep = [n not in drop for n in range(len(self))]

        def kept(column: Sequence | None) -> Sequence | None:
            return None if column is None else list(compress(column, keep))

        return VisitBatch(*(kept(getattr(self, f.name)) for f in fields(self)))

    @classmethod
    def of_visits(cls, visits: Sequence[Visit]) -> VisitBatch:
        keys = alsfrs_r().keys
        not_assessed = tuple(v.not_assessed for v in visits)
        administration = tuple((v.alsfrs_mode, v.alsfrs_respondent) for v in visits)
        measurements = tuple(v.measurements for v in visits)
        return cls(
            patient_ids=tuple(v.patient_id for v in visits),
            dates=tuple(v.visit_date for v in visits),
            examiners=tuple(v.examiner for v in visits),
            notes=tuple(v.notes for v in visits),
            scores=tuple(tuple(map(v.alsfrs.get, keys)) for v in visits),
            gradings=tuple(map(Grading.of_visit, visits)),
            not_assessed=not_assessed if any(not_assessed) else None,
            visit_uids=tuple(v.visit_uid for v in visits),
            administration=(administration if any(
                a != (DEFAULT_MODE, DEFAULT_RESPONDENT) for a in administration) else None),
            measurements=(measurements if any(m != NO_MEASUREMENTS for m in measurements)
                          else None),
        )
