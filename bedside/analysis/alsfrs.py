"""ALSFRS-R scoring exactly as shared/clinical/ALSFRS-R.md defines it.

``answers`` maps item keys to scores; an item absent from it was not assessed. Each derived
value is computed only when every item its definition reads is assessed, and is None otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from bedside.i18n import QT_TRANSLATE_NOOP, Context
from bedside.instruments import Questionnaire, alsfrs_r

ANALYSIS = Context("ANALYSIS")

DAYS_PER_MONTH = 30.4375
MAX_TOTAL = alsfrs_r().max_total  # 48: every item at its best

# Item keys read by the staging rules (PRO-ACT column names).
SPEECH, SALIVATION, SWALLOWING = "Q1_Speech", "Q2_Salivation", "Q3_Swallowing"
HANDWRITING, DRESSING = "Q4_Handwriting", "Q6_Dressing_and_Hygiene"
CUTTING_NO_GASTROSTOMY = "Q5a_Cutting_without_Gastrostomy"
CUTTING_GASTROSTOMY = "Q5b_Cutting_with_Gastrostomy"
WALKING, DYSPNEA, RESP_INSUFFICIENCY = "Q8_Walking", "R_1_Dyspnea", "R_3_Respiratory_Insufficiency"

KINGS_DEFINITION = QT_TRANSLATE_NOOP(
    "ANALYSIS",
    "King's stage (Balendra 2014, estimated from the ALSFRS-R): number of regions involved "
    "(bulbar: item 1, 2 or 3 below 4; upper limb: item 4 or 5a below 4; lower limb: item 8 "
    "below 4); 4A if item 5b is used (gastrostomy); 4B if item 10 is 0 or item 12 is below 4."
)
MITOS_DEFINITION = QT_TRANSLATE_NOOP(
    "ANALYSIS",
    "MiToS stage (Chiò 2015): domains lost, 0-4. Movement: item 8 or item 6 at most 1; "
    "swallowing: item 3 at most 1; communicating: item 1 and item 4 at most 1; breathing: "
    "item 10 at most 1 or item 12 at most 2."
)
DELTA_FS_DEFINITION = QT_TRANSLATE_NOOP(  # 48: MAX_TOTAL (tests/analysis check it)
    "ANALYSIS",
    "ΔFS (Kimura 2006): (48 - total) / months from symptom onset to the visit; "
    "points lost per month."
)


class ConflictingAnswers(ValueError):
    """Both alternates of one item (5a and 5b) were answered."""


def _slot_value(answers: Mapping[str, int], keys: tuple[str, ...]) -> int | None:
    present = [k for k in keys if k in answers]
    if len(present) > 1:
        raise ConflictingAnswers(f"only one of {' and '.join(keys)} may be answered")
    return answers[present[0]] if present else None


@cache
def _slots(q: Questionnaire, keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Group item keys into answer slots: alternates share one slot (computed once)."""
    out: list[tuple[str, ...]] = []
    for key in keys:
        alt = q.alternate_of(key)
        slot = alt.keys if alt else (key,)
        if slot not in out:
            out.append(slot)
    return tuple(out)


@cache
def _domain_keys(q: Questionnaire) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((d.key, tuple(i.key for i in q.domain_items(d.key))) for d in q.domains)


def missing_items(answers: Mapping[str, int], q: Questionnaire | None = None) -> list[str]:
    """Slots not assessed, by item number (e.g. ['5', '9'])."""
    q = q or alsfrs_r()
    missing = []
    for slot in _slots(q, q.keys):
        if _slot_value(answers, slot) is None:
            alt = q.alternate_of(slot[0])
            missing.append(alt.slot if alt else q.item(slot[0]).number)
    return missing


def _sum_slots(answers: Mapping[str, int], q: Questionnaire, keys: tuple[str, ...]) -> int | None:
    total = 0
    for slot in _slots(q, keys):
        value = answers.get(slot[0]) if len(slot) == 1 else _slot_value(answers, slot)
        if value is None:
            return None
        total += value
    return total


def total(answers: Mapping[str, int], q: Questionnaire | None = None) -> int | None:
    q = q or alsfrs_r()
    return _sum_slots(answers, q, q.keys)


def subscores(answers: Mapping[str, int], q: Questionnaire | None = None) -> dict[str, int | None]:
    """Subscore per domain key ('bulbar', 'fine_motor', ...)."""
    q = q or alsfrs_r()
    return {key: _sum_slots(answers, q, keys) for key, keys in _domain_keys(q)}


def months_between(start, end) -> float:
    return (end - start).days / DAYS_PER_MONTH


def delta_fs(total_score: int | None, onset, visit_date,
             max_total: int = MAX_TOTAL) -> float | None:
    """Progression rate since onset in points per month; None without total or onset."""
    if total_score is None or onset is None:
        return None
    months = months_between(onset, visit_date)
    if months <= 0:
        return None
    return (max_total - total_score) / months


# The items each stage reads (and nothing else: tests/analysis check it), so a caller may
# compute a stage once per combination of these (the export does, over 200,000 visits).
KINGS_READS = (SPEECH, SALIVATION, SWALLOWING, HANDWRITING, CUTTING_NO_GASTROSTOMY,
               CUTTING_GASTROSTOMY, WALKING, DYSPNEA, RESP_INSUFFICIENCY)
MITOS_READS = (WALKING, DRESSING, SWALLOWING, SPEECH, HANDWRITING, DYSPNEA, RESP_INSUFFICIENCY)


def kings_stage(answers: Mapping[str, int]) -> str | None:
    """'0' (no region involved), '1'-'3', '4A', '4B' or '4A+4B'.

    None if an item it reads is not assessed.
    """
    needed = (SPEECH, SALIVATION, SWALLOWING, HANDWRITING, WALKING, DYSPNEA, RESP_INSUFFICIENCY)
    if any(k not in answers for k in needed):
        return None
    cutting = _slot_value(answers, (CUTTING_NO_GASTROSTOMY, CUTTING_GASTROSTOMY))
    if cutting is None:
        return None
    nutritional = CUTTING_GASTROSTOMY in answers
    respiratory = answers[DYSPNEA] == 0 or answers[RESP_INSUFFICIENCY] < 4
    if nutritional and respiratory:
        return "4A+4B"
    if nutritional:
        return "4A"
    if respiratory:
        return "4B"
    bulbar = any(answers[k] < 4 for k in (SPEECH, SALIVATION, SWALLOWING))
    upper = answers[HANDWRITING] < 4 or answers.get(CUTTING_NO_GASTROSTOMY, 4) < 4
    lower = answers[WALKING] < 4
    return str(int(bulbar) + int(upper) + int(lower))


def kings_stage_text(stage: str | None) -> str:
    """The stage in words, in the language chosen (bedside.i18n)."""
    if stage is None:
        return ANALYSIS.tr("not computed (an item it reads was not assessed)")
    if stage == "0":
        return ANALYSIS.tr("no region involved")
    return ANALYSIS.tr("stage %1").replace("%1", stage)


def mitos_stage(answers: Mapping[str, int]) -> int | None:
    """Number of functional domains lost, 0-4; None if an item it reads is missing."""
    needed = (WALKING, DRESSING, SWALLOWING, SPEECH, HANDWRITING, DYSPNEA, RESP_INSUFFICIENCY)
    if any(k not in answers for k in needed):
        return None
    a = answers
    movement = a[WALKING] <= 1 or a[DRESSING] <= 1
    swallowing = a[SWALLOWING] <= 1
    communicating = a[SPEECH] <= 1 and a[HANDWRITING] <= 1
    breathing = a[DYSPNEA] <= 1 or a[RESP_INSUFFICIENCY] <= 2
    return int(movement) + int(swallowing) + int(communicating) + int(breathing)
