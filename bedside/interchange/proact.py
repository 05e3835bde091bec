"""Import of PRO-ACT's ALSFRS table (subject_id, Q1_Speech ... R_3_..., ALSFRS_Delta).

Each row is one visit of ``subject_id`` (the patient identifier), dated the origin date plus
ALSFRS_Delta days. Rules, checked for every row before anything is stored:
- scores are whole numbers 0-4 ("3.0" is read as 3); an empty cell or NA is not assessed;
- both Q5a and Q5b filled is refused (PRO-ACT's own rule: one of the two alternates);
- a row scored on the original ALSFRS (Q10_Respiratory filled, R_1..R_3 empty) imports with
  the three R items not assessed; the import says how many such rows there were;
- ALSFRS_R_Total and ALSFRS_Total, where filled, must agree with the items;
- Mode_of_Administration and ALSFRS_Responded_By, where present, give how the ALSFRS-R was
  obtained and who answered when they say it in words Bedside knows (MODE_WORDS,
  RESPONDENT_WORDS, any letter case); any other value (a numeric code of a trial's own) is
  kept in the visit's notes as given, the visit recorded as in clinic / by the patient as
  SPEC §3 reads an empty cell, and the import says how many such rows there were;
- any other column is refused by name; two rows of one subject on one day are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bedside.analysis import subscores
from bedside.domain import DEFAULT_MODE, DEFAULT_RESPONDENT, Patient, Visit
from bedside.instruments import alsfrs_r
from bedside.interchange.csv.table import Collector, CsvTable, unknown_columns
from bedside.interchange.csv.visits_read import ParsedVisits

SUBJECT, DELTA = "subject_id", "ALSFRS_Delta"
Q10 = "Q10_Respiratory"
R_TOTAL, ORIGINAL_TOTAL = "ALSFRS_R_Total", "ALSFRS_Total"
MODE, RESPONDED_BY = "Mode_of_Administration", "ALSFRS_Responded_By"
NOTE_COLUMNS = (MODE, RESPONDED_BY)
MODE_WORDS = {"clinic": "clinic", "in clinic": "clinic", "in person": "clinic",
              "in-person": "clinic", "face to face": "clinic", "telephone": "telephone",
              "phone": "telephone", "by telephone": "telephone", "video": "video",
              "self": "self", "self-administered": "self", "self administered": "self"}
RESPONDENT_WORDS = {"patient": "patient", "subject": "patient", "caregiver": "caregiver",
                    "carer": "caregiver", "care giver": "caregiver"}
ORIGINAL_ALSFRS_REASON = "scored on the original ALSFRS (Q10_Respiratory); no R-1 to R-3"
_EMPTY = {"", "NA", "N/A", "NAN"}


@dataclass
class ProactImport:
    parsed: ParsedVisits
    original_alsfrs_rows: int  # visits with R-1..R-3 not assessed (original ALSFRS)
    unread_administration_rows: int = 0  # mode or respondent not in words: kept in notes


def _number(text: str) -> int | None:
    """A whole number written as '3' or '3.0'; None otherwise."""
    try:
        value = float(text)
    except ValueError:
        return None
    return int(value) if value.is_integer() else None


def respiratory_keys() -> tuple[str, ...]:
    return tuple(i.key for i in alsfrs_r().domain_items("respiratory"))


def parse_proact(table: CsvTable, origin: date) -> ProactImport:
    q = alsfrs_r()
    errors = Collector(table.name)
    header = table.header
    r_keys = respiratory_keys()
    known = {SUBJECT, DELTA, Q10, R_TOTAL, ORIGINAL_TOTAL, *NOTE_COLUMNS, *q.keys}
    unknown = [h for h in header if h not in known]
    if unknown:
        errors.add(1, "", "", unknown_columns(
                   unknown, "expected the columns of PRO-ACT's ALSFRS table"))
    for required in (SUBJECT, DELTA):
        if required not in header:
            errors.add(1, "", "", f"the required column {required} is missing")
    errors.raise_if_any()

    col = {h: n for n, h in enumerate(header)}
    item_cols = [(k, col[k]) for k in q.keys if k in col]
    parsed = ParsedVisits(table.name, {}, {}, {})
    visits: list[tuple[int, Visit]] = []
    seen: dict[tuple[str, date], int] = {}
    original = unread = 0
    for line, cells in table.rows:
        if len(cells) != len(header):
            errors.add(line, "", "", f"the row has {len(cells)} cells; the header has "
                       f"{len(header)}")
            continue
        cell = {h: cells[n].strip() for h, n in col.items()}
        pid = cell[SUBJECT]
        if not pid:
            errors.add(line, SUBJECT, "", "the subject identifier is required")
            continue
        delta = _number(cell[DELTA])
        if delta is None:
            errors.add(line, DELTA, cell[DELTA], "must be a whole number of days from the "
                       "origin date" if cell[DELTA] else "the visit day is required")
            continue
        try:
            day = origin + timedelta(days=delta)
        except OverflowError:
            errors.add(line, DELTA, cell[DELTA], "is too far from the origin date")
            continue
        if (pid, day) in seen:
            errors.add(line, DELTA, cell[DELTA], f"second row for subject {pid} on day {delta} "
                       f"(first on line {seen[pid, day]}); one visit per subject per day")
            continue
        seen[pid, day] = line
        answers: dict[str, int] = {}
        for key, n in item_cols:
            text = cells[n].strip()
            if text.upper() in _EMPTY:
                continue
            score = _number(text)
            if score is None or not q.min_score <= score <= q.max_score:
                errors.add(line, key, text, f"score must be a whole number "
                           f"{q.min_score}-{q.max_score}")
                continue
            answers[key] = score
        for alt in q.alternates:
            if all(k in answers for k in alt.keys):
                errors.add(line, alt.keys[1], str(answers[alt.keys[1]]),
                           f"both {alt.keys[0]} and {alt.keys[1]} are filled; PRO-ACT allows "
                           "only one (5b for patients with a gastrostomy)")
                answers.pop(alt.keys[1])  # reported; the rest of the row is still checked
        q10 = cell.get(Q10, "").upper() not in _EMPTY
        if q10 and (_number(cell[Q10]) is None
                    or not q.min_score <= _number(cell[Q10]) <= q.max_score):  # type: ignore
            errors.add(line, Q10, cell[Q10], f"score must be a whole number "
                       f"{q.min_score}-{q.max_score}")
        not_assessed = {}
        if q10 and not any(k in answers for k in r_keys):
            not_assessed = {k: ORIGINAL_ALSFRS_REASON for k in r_keys}
            original += 1
        if not answers:
            errors.add(line, "", "", "no ALSFRS-R item is scored in this row")
            continue
        _check_totals(errors, line, cell, answers, q10)
        notes = [f"PRO-ACT {DELTA} {delta} days from {origin.isoformat()}"]
        mode = MODE_WORDS.get(" ".join(cell.get(MODE, "").split()).casefold())
        who = RESPONDENT_WORDS.get(" ".join(cell.get(RESPONDED_BY, "").split()).casefold())
        kept = [h for h, read in ((MODE, mode), (RESPONDED_BY, who))
                if read is None and cell.get(h, "").upper() not in _EMPTY]
        notes += [f"{h}: {cell[h]}" for h in kept]
        unread += bool(kept)
        parsed.patients.setdefault(pid, Patient(patient_id=pid))
        parsed.patient_fields.setdefault(pid, {})
        parsed.patient_lines.setdefault(pid, line)
        visits.append((line, Visit(
            patient_id=pid, visit_date=day, notes="; ".join(notes), alsfrs=answers,
            not_assessed=not_assessed, status="signed", alsfrs_mode=mode or DEFAULT_MODE,
            alsfrs_respondent=who or DEFAULT_RESPONDENT,
        )))
    if not visits and not errors.issues:
        errors.add(None, "", "", "the file has a header but no rows; nothing to import")
    errors.raise_if_any()
    parsed.take_visits(visits)
    return ProactImport(parsed, original, unread)


def _check_totals(errors: Collector, line: int, cell: dict[str, str],
                  answers: dict[str, int], q10: bool) -> None:
    subs = subscores(answers)
    parts = list(subs.values())
    revised = None if None in parts else sum(parts)
    checks = [(R_TOTAL, revised)]
    if ORIGINAL_TOTAL in cell and q10:
        first_nine = [subs["bulbar"], subs["fine_motor"], subs["gross_motor"]]
        q10_value = _number(cell[Q10])
        original = (None if None in first_nine or q10_value is None
                    else sum(first_nine) + q10_value)  # type: ignore[arg-type]
        checks.append((ORIGINAL_TOTAL, original))
    for name, expected in checks:
        text = cell.get(name, "")
        if text.upper() in _EMPTY:
            continue
        if expected is None or _number(text) != expected:
            why = (f"the items add up to {expected}" if expected is not None
                   else "not every item it sums is filled")
            errors.add(line, name, text, f"disagrees with the items ({why}); check the "
                       "transcription")
