"""Helpers the bulk CSV paths share: cells picked by index in C, subscores computed once per
combination, and the cyclic garbage collector paused while many long-lived objects are made."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat
from operator import call, itemgetter

from bedside.analysis import subscores
from bedside.instruments import alsfrs_r

SCORES = {str(n): n for n in range(alsfrs_r().min_score, alsfrs_r().max_score + 1)}


def pick(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """Pick cells by index as a tuple, in C (itemgetter) whatever the count."""
    if not indexes:
        return lambda cells: ()
    if len(indexes) == 1:
        only = indexes[0]
        return lambda cells: (cells[only],)
    return itemgetter(*indexes)


class _DomainMemo(dict):
    """The scores of one domain's items (a tuple) -> the domain's subscore, by
    bedside.analysis, computed once per combination (a domain has few)."""

    def __init__(self, domain: str, names: tuple[str, ...]) -> None:
        super().__init__()
        self.domain = domain
        self.names = names

    def __missing__(self, combo: tuple[int | None, ...]) -> int | None:
        answers = {k: v for k, v in zip(self.names, combo, strict=True) if v is not None}
        value = self[combo] = subscores(answers)[self.domain]
        return value


@dataclass(frozen=True)
class SubscorePlan:
    """Per domain, in the form's order: its key, a picker of its scores from a row's score
    list, and its memo of subscores."""

    domains: tuple[str, ...]
    pickers: tuple[Callable[[Sequence[int | None]], tuple], ...]
    memos: tuple[_DomainMemo, ...]


def subscore_plan(item_names: Sequence[str]) -> SubscorePlan:
    """The plan for rows whose scores are those of ``item_names``, in that order."""
    q = alsfrs_r()
    pickers, memos = [], []
    for d in q.domains:
        keys = {i.key for i in q.domain_items(d.key)}
        idx = [n for n, k in enumerate(item_names) if k in keys]
        pickers.append(pick(idx))
        memos.append(_DomainMemo(d.key, tuple(item_names[n] for n in idx)))
    return SubscorePlan(tuple(d.key for d in q.domains), tuple(pickers), tuple(memos))


def domain_subscores(scores: Sequence[int | None], plan: SubscorePlan
                     ) -> tuple[int | None, ...]:
    """Subscores in domain order for the scores of one row (looked up in C)."""
    return tuple(map(dict.__getitem__, plan.memos, map(call, plan.pickers, repeat(scores))))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hundreds of thousands of long-lived objects (visits, memo entries): the cyclic
    collector would walk them again and again while they are made, and find nothing (there
    are no cycles here). Reference counting still frees everything."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
