"""The patients as the patient list shows them (Listing), read from the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

# bedside.store is imported where it is used: the list is made before the database is
# opened, and the window's first paint does not wait for the store's modules.
if TYPE_CHECKING:
    from bedside.domain import Patient
    from bedside.store import Store

Row = tuple[str, str, str, str | None]  # identifier, family name, given name, birth date


@dataclass
class Listing:
    """The patients in the list's order, as (identifier, family name, given name, birth date)
    rows read in one pass. What is made per patient (search keys, the date of the last
    visit) is made when first needed, so the list is shown as soon as the rows are read,
    however many patients there are. Plain Python (no Qt), so it can be read off the GUI
    thread; ``last_visits`` then runs on the GUI thread (the store is used there)."""

    rows: list[Row]
    last_visits: Callable[[list[str]], dict[str, date] | None] = field(default=lambda ids: {})
    keys: list[str] | None = None  # folded search keys, made at the first search
    more: bool = False  # ``rows`` holds only the first patients: the rest are read next

    @property
    def complete(self) -> bool:
        return not self.more


def make_listing(patients: Sequence[Patient], last_visits: dict[str, date]) -> Listing:
    """A listing of ``patients`` as given (tests and benchmarks)."""
    rows = [(p.patient_id, p.family_name, p.given_name,
             p.birth_date.isoformat() if p.birth_date else None) for p in patients]
    return Listing(rows, lambda ids: {i: last_visits[i] for i in ids if i in last_visits})


def load_listing(store: Store, first: int = -1) -> Listing:
    """Every patient of ``store`` (or the ``first`` ones, and whether there are more), their
    last visits looked up as they are shown. The first ones are read from the start of one
    index, so how long they take does not grow with the patients in all (counting them
    would: that is left to the reading of the rest)."""
    from bedside.store import patients

    rows = patients.listed(store, first + 1 if first >= 0 else -1)
    more = 0 <= first < len(rows)
    if more:
        del rows[first:]

    def last_visits(ids: list[str]) -> dict[str, date] | None:  # (None: no longer open)
        from bedside.store import bulk  # (loaded once the list is shown)

        return bulk.last_visit_dates(store, ids) if store.is_open else None

    return Listing(rows, last_visits, more=more)
