"""Where the visit being entered would land on the trend while items are still open.

Answered items count as given; items not yet answered are carried forward from the latest
complete visit, so the point moves with each answer and is exact once every item is answered.
Without an earlier complete visit there is nothing to carry forward: no total until the last
item is answered (counting the open items as normal drew a first visit far too high).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bedside.analysis import missing_items, subscores, total
from bedside.domain import Visit
from bedside.instruments import alsfrs_r


@dataclass(frozen=True)
class ProvisionalScores:
    total: int | None  # None: open items and no earlier complete visit to carry them from
    subscores: dict[str, int | None]
    answered: int  # items answered at this visit
    of: int  # items an examiner answers (12)
    carried_from: date | None  # the visit the open items are taken from

    @property
    def complete(self) -> bool:
        return self.answered == self.of


def carry_forward(draft: Visit, previous: Visit | None) -> dict[str, int]:
    """The draft's answers over the previous visit's, every slot filled."""
    q = alsfrs_r()
    merged: dict[str, int] = dict(previous.alsfrs) if previous else {}
    for key, score in draft.alsfrs.items():
        alt = q.alternate_of(key)
        for k in alt.keys if alt else ():
            merged.pop(k, None)
        merged[key] = score
    gastrostomy = any(alt.with_gastrostomy in merged for alt in q.alternates)
    for item in q.slots(gastrostomy):
        alt = q.alternate_of(item.key)
        if not any(k in merged for k in (alt.keys if alt else (item.key,))):
            merged[item.key] = q.max_score
    return merged


def provisional_scores(draft: Visit, history: Sequence[Visit]) -> ProvisionalScores:
    """``history``: signed visits oldest first (the latest complete one is carried forward)."""
    previous = next((v for v in reversed(history)
                     if v.alsfrs and v.visit_date <= draft.visit_date
                     and total(v.alsfrs) is not None), None)
    slots = len(alsfrs_r().slots(gastrostomy=False))
    answered = slots - len(missing_items(draft.alsfrs))
    if previous is None and answered < slots:
        return ProvisionalScores(None, {}, answered, slots, None)
    merged = carry_forward(draft, previous)
    return ProvisionalScores(total(merged) or 0, subscores(merged), answered, slots,
                             previous.visit_date if previous else None)
