"""Build ALSFRS-R answer dicts by item number for the analysis tests."""

from __future__ import annotations

from bedside.instruments import alsfrs_r

# "1" -> "Q1_Speech", "5a" -> "Q5a_...", "10" -> "R_1_Dyspnea" (keys from the instrument).
KEY = {item.number.split(" ")[0]: item.key for item in alsfrs_r().items}


def answers(gastrostomy: bool = False, **scores: int | None) -> dict[str, int]:
    """All items 4 (5a, or 5b with ``gastrostomy``); ``q9=None`` leaves item 9 unassessed,
    ``q5a=3`` sets item 5a. Setting the other item 5 adds it too (a conflicting visit)."""
    out = {item.key: 4 for item in alsfrs_r().slots(gastrostomy)}
    for name, score in scores.items():
        key = KEY[name.removeprefix("q")]
        if score is None:
            out.pop(key, None)
        else:
            out[key] = score
    return out
