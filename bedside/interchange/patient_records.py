"""One patient's exportable record, grouping of streamed rows, ordered output."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO, TypeVar

from bedside.domain import Event, Patient, Visit


@dataclass(frozen=True)
class PatientRecord:
    """A patient with their current visits (oldest first) and events.

    ``ages`` is set only in de-identified records: the age at each visit as text
    ("67", or "90+" for 90 and over), in the order of ``visits``; None where unknown.
    ``exact_ages`` likewise, in years (decimal_age), for the lung function reference
    equations: never written, only what they give (% predicted, z-score).
    """

    patient: Patient
    visits: tuple[Visit, ...] = ()
    events: tuple[Event, ...] = ()
    ages: tuple[str | None, ...] | None = None
    pseudonymous: bool = False
    exact_ages: tuple[float | None, ...] | None = None

    @property
    def death_date(self):
        deaths = [e.event_date for e in self.events if e.kind == "death"]
        return min(deaths) if deaths else None


def group_records(
    patients: Iterable[Patient],
    rows: Iterable[tuple[Patient, Visit]],
    events: Iterable[Event],
) -> Iterator[PatientRecord]:
    """Merge visits (streamed, ordered by patient identifier) and events into records.

    Every patient in ``patients`` gets a record, with or without visits; records come in
    patient identifier order. Only one patient's visits are held in memory at a time.
    """
    by_patient: dict[str, list[Event]] = {}
    for e in events:
        by_patient.setdefault(e.patient_id, []).append(e)
    it = iter(rows)
    pending = next(it, None)
    for p in sorted(patients, key=lambda p: p.patient_id):
        visits: list[Visit] = []
        while pending is not None and pending[0].patient_id < p.patient_id:
            pending = next(it, None)  # a visit of a patient outside the scope
        while pending is not None and pending[0].patient_id == p.patient_id:
            visits.append(pending[1])
            pending = next(it, None)
        visits.sort(key=lambda v: v.visit_date)
        evs = sorted(by_patient.get(p.patient_id, ()),
                     key=lambda e: (e.event_date, e.kind, e.label))
        yield PatientRecord(p, tuple(visits), tuple(evs))


def write_ordered(out: TextIO, chunks: Iterable[tuple[str, str]], reorder: bool) -> None:
    """Write text chunks; with ``reorder``, in the order of their keys (not arrival).

    Reordering spools the chunks to an owner-only temporary file, so memory holds only the
    index (one entry per chunk), never the whole export.
    """
    if not reorder:
        for _, text in chunks:
            out.write(text)
        return
    index: list[tuple[str, int, int]] = []
    with tempfile.TemporaryFile() as spool:  # created 0600 by tempfile
        for key, text in chunks:
            data = text.encode("utf-8")
            index.append((key, spool.tell(), len(data)))
            spool.write(data)
        for _, start, size in sorted(index):
            spool.seek(start)
            out.write(spool.read(size).decode("utf-8"))


ProgressFn = Callable[[int], None]
_Row = TypeVar("_Row", bound=tuple)


@dataclass
class Counter:
    """Counts written visits and reports them to an optional progress callback."""

    progress: ProgressFn | None = None
    visits: int = 0
    patients: int = 0
    events: int = 0
    every: int = 50
    _last: int = field(default=0, repr=False)

    def add(self, record: PatientRecord) -> None:
        self.patients += 1
        self.visits += len(record.visits)
        self.events += len(record.events)
        if self.progress and self.visits - self._last >= self.every:
            self._last = self.visits
            self.progress(self.visits)

    def count_rows(self, rows: Iterable[_Row]) -> Iterator[_Row]:
        """Pass (patient, visit) rows through, counting them (visit: Visit or VisitScores)."""
        last = None
        for row in rows:
            if row[0].patient_id != last:
                last = row[0].patient_id
                self.patients += 1
            self.visits += 1
            if self.progress and self.visits - self._last >= self.every:
                self._last = self.visits
                self.progress(self.visits)
            yield row

    def done(self) -> None:
        if self.progress:
            self.progress(self.visits)
