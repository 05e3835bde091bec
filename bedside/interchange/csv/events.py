"""The events CSV of SPEC §3: patient_id, event_date, kind, label, event_uid, and
niv_hours_per_day (a start of non-invasive ventilation's hours a day; may be missing)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TextIO

from bedside.analysis import death_problems, event_problems, niv_hours_problems, number_text
from bedside.domain import EVENT_KINDS, Event, Patient
from bedside.domain.uids import UID_RULE, canonical_uid
from bedside.interchange.csv.columns import EVENT_COLUMNS
from bedside.interchange.csv.spreadsheet_cells import protected
from bedside.interchange.csv.table import (
    Collector,
    CsvTable,
    date_rule,
    parse_date,
    text_cell,
    unknown_columns,
)


def is_events_header(header: list[str]) -> bool:
    return "event_date" in header and "visit_date" not in header


def parse_events(table: CsvTable) -> list[tuple[int, Event]]:
    """The events of the file with their lines (a file with no rows has none: an export of a
    database without events imports as such)."""
    errors = Collector(table.name)
    header = table.header
    unknown = [h for h in header if h not in EVENT_COLUMNS]
    if unknown:
        errors.add(1, "", "", unknown_columns(
                   unknown, f"an events file has {', '.join(EVENT_COLUMNS)}"))
    for required in ("patient_id", "event_date", "kind"):
        if required not in header:
            errors.add(1, "", "", f"the required column {required} is missing")
    errors.raise_if_any()
    col = {h: n for n, h in enumerate(header)}
    out: list[tuple[int, Event]] = []
    uid_lines: dict[str, int] = {}
    for line, cells in table.rows:
        if len(cells) != len(header):
            errors.add(line, "", "", f"the row has {len(cells)} cells; the header has "
                       f"{len(header)}")
            continue
        pid = text_cell(cells[col["patient_id"]])
        raw = cells[col["event_date"]].strip()
        kind = cells[col["kind"]].strip()
        label = text_cell(cells[col["label"]]) if "label" in col else ""
        raw_uid = cells[col["event_uid"]].strip() if "event_uid" in col else ""
        raw_hours = cells[col["niv_hours_per_day"]].strip() if "niv_hours_per_day" in col else ""
        hours = None
        if raw_hours:
            try:
                hours = float(raw_hours)
            except ValueError:
                errors.add(line, "niv_hours_per_day", raw_hours, "must be a number of hours "
                           "a day, more than 0 and at most 24")
                continue
        uid = canonical_uid(raw_uid) if raw_uid else ""
        if uid is None:
            errors.add(line, "event_uid", raw_uid, UID_RULE)
            continue
        if uid and uid in uid_lines:
            errors.add(line, "event_uid", uid, f"appears twice in the file (first on line "
                       f"{uid_lines[uid]}); it names one event")
            continue
        if uid:
            uid_lines[uid] = line
        day = parse_date(raw)
        if not pid:
            errors.add(line, "patient_id", "", "the patient identifier is required")
        if day is None:
            errors.add(line, "event_date", raw, date_rule(raw, "event date"))
        if kind not in EVENT_KINDS:
            errors.add(line, "kind", kind, f"must be one of {'|'.join(EVENT_KINDS)}")
        if not pid or day is None or kind not in EVENT_KINDS:
            continue
        hours_wrong = niv_hours_problems(kind, hours)
        for problem in hours_wrong:
            errors.add(line, "niv_hours_per_day", raw_hours, problem.rule)
        if not hours_wrong:
            out.append((line, Event(pid, day, kind, label, event_uid=uid,  # type: ignore[arg-type]
                                    hours_per_day=hours)))
    errors.raise_if_any()
    return out


def event_key(e: Event) -> tuple[str, date, str, str]:
    """What makes an event the same event (SPEC §3): patient, date, kind and label."""
    return (e.patient_id, e.event_date, e.kind, e.label)


@dataclass(frozen=True)
class EventPlan:
    new: list[Event]  # to store, in the order of the file
    already_there: int  # rows whose event is stored already (or came earlier in the file)


def plan_event_import(
    file: str,
    events: list[tuple[int, Event]],
    patients: Mapping[str, Patient],
    last_visit: Mapping[str, date],
    deaths: Mapping[str, date],
    stored: set[tuple[str, date, str, str]],
    today: date,
    stored_uids: Mapping[str, Event] | None = None,
) -> EventPlan:
    """Check events against the database: the patient exists, a death ends the record. An
    event already stored (``stored``: event_key of each; ``stored_uids``: the stored events
    of the event ids the file gives), or already on an earlier row, is counted as already
    there and not stored again: importing a file twice changes nothing. An event id stored
    with other content is refused."""
    errors = Collector(file)
    death_in_file: dict[str, date] = {}
    seen = set(stored)
    new: list[Event] = []
    for line, e in events:
        have = (stored_uids or {}).get(e.event_uid)
        if have is not None and event_key(have) != event_key(e):
            errors.add(line, "event_uid", e.event_uid, "is stored with other content; an "
                       "event's id names one event: give a changed event no event_uid")
            continue
        if have is not None or event_key(e) in seen:
            continue
        seen.add(event_key(e))
        p = patients.get(e.patient_id)
        if p is None:
            errors.add(line, "patient_id", e.patient_id, "no such patient in the database; "
                       "import the patient's visits first (in the same command or before)")
            continue
        for problem in event_problems(e, p, today):
            errors.add(line, problem.field, problem.value, problem.rule)
        earlier = deaths.get(e.patient_id) or death_in_file.get(e.patient_id)
        for problem in death_problems(e, earlier, last_visit.get(e.patient_id)):
            errors.add(line, problem.field, problem.value, problem.rule)
        if e.kind == "death":
            death_in_file.setdefault(e.patient_id, e.event_date)
        new.append(e)
    errors.raise_if_any()
    return EventPlan(new, len(events) - len(new))


def write_events(out: TextIO, events: Iterable[Event]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EVENT_COLUMNS)
    count = 0
    for e in events:
        hours = "" if e.hours_per_day is None else number_text(e.hours_per_day)
        writer.writerow([protected(e.patient_id), e.event_date.isoformat(), e.kind,
                         protected(e.label), hours, e.event_uid])
        count += 1
    return count
