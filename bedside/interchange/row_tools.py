"""Helpers the bulk CSV paths share: cells picked by index in C, subscores computed once per
combination, and the cyclic garbage collector paused while many long-lived objects are made."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from operator import itemgetter

from bedside.analysis import subscores
from bedside.instruments import alsfrs_r

SCORES = {str(n): n for n in range(alsfrs_r().min_score, alsfrs_r().max_score + 1)}
SubscorePlan = list[tuple[str, Callable, tuple[str, ...], dict]]


def pick(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """Pick cells by index as a tuple, in C (itemgetter) whatever the count."""
    if not indexes:
        return lambda cells: ()
    if len(indexes) == 1:
        only = indexes[0]
        return lambda cells: (cells[only],)
    return itemgetter(*indexes)


def subscore_plan(item_names: Sequence[str]) -> SubscorePlan:
    """Per domain: its key, a picker of its scores from a row's score list, its item names
    and a memo. Subscores come from bedside.analysis; a domain has few score combinations,
    so each is computed once per file."""
    q = alsfrs_r()
    plan = []
    for d in q.domains:
        keys = {i.key for i in q.domain_items(d.key)}
        idx = [n for n, k in enumerate(item_names) if k in keys]
        plan.append((d.key, pick(idx), tuple(item_names[n] for n in idx), {}))
    return plan


def domain_subscores(scores: Sequence[int | None], sub_plan: SubscorePlan) -> list[int | None]:
    """Subscores in domain order for the scores of one row (by bedside.analysis, memoized)."""
    out: list[int | None] = []
    for domain, picker, names, memo in sub_plan:
        combo = picker(scores)
        if combo not in memo:
            answers = {k: v for k, v in zip(names, combo, strict=True) if v is not None}
            memo[combo] = subscores(answers)[domain]
        out.append(memo[combo])
    return out


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
