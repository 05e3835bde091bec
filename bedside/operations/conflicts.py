"""Conflicts between laptops as a person reads and resolves them; shared by `bedside conflicts`
and the app's conflicts screen (the finding and the records: bedside.store.conflicts)."""

from __future__ import annotations

from dataclasses import replace

from bedside.analysis import mrc_sum, total
from bedside.domain import Patient, Visit
from bedside.store import Store, StoreError, outgoing
from bedside.store import conflicts as store_conflicts
from bedside.store.conflicts import OpenConflict
from bedside.store.versions import EventVersion, PatientVersion

TITLES = {
    "patients": "one identifier, {n} patient records created on different laptops",
    "details": "the patient's details were changed on {n} laptops",
    "visits": "{n} signed visits on one date",
    "event": "an event was changed on {n} laptops",
}
# What choosing one of the choices does, per kind.
CHOICE_MEANS = {
    "patients": "merge the records into one patient (every visit and event of each is kept), "
                "with the details of the record chosen",
    "details": "keep the details chosen (the others stay in the history)",
    "visits": "the visit chosen is entered in error: withdrawn from the record, kept readable",
    "event": "keep the event as the version chosen has it",
}


def listed(store: Store, patient_id: str | None = None) -> list[OpenConflict]:
    return store_conflicts.listed(store, patient_id)


def integrity_problems(store: Store) -> list[str]:
    """Each integrity problem the syncs found, in a line, oldest first."""
    return [f"integrity problem ({found_by}, {at}): {kind} {uid}: {detail}"
            for at, uid, kind, found_by, detail in outgoing.problems(store)]


def title(c: OpenConflict) -> str:
    where = c.key if c.kind != "event" else f"{c.patient_id}, event {c.key}"
    return f"{where}: " + TITLES[c.kind].format(n=len(c.choices))


def describe_choice(store: Store, c: OpenConflict, n: int) -> str:
    """One line a person compares the choices by."""
    choice = c.choices[n]
    if isinstance(choice, Visit):
        return _visit_line(choice)
    if isinstance(choice, EventVersion):
        what = (f"deleted ({choice.reason})" if choice.deleted else
                f"{choice.event.event_date.isoformat()} {choice.event.kind}"
                + (f" {choice.event.label!r}" if choice.event.label else ""))
        return f"{what}; recorded by {choice.recorded_by} at {_at(choice.recorded_at)}"
    line = _details_line(choice)
    if c.kind == "patients":
        visits, events = store_conflicts.record_counts(store, choice.patient_uid)
        line += f"; {visits} visit(s), {events} event(s)"
    return line


def choice_lines(store: Store, c: OpenConflict, n: int) -> list[str]:
    """Choice ``n`` as the app shows it beside the others: its line in parts, then for a
    visit every score and the notes, so that two visits are compared item by item."""
    lines = describe_choice(store, c, n).split("; ")
    choice = c.choices[n]
    if isinstance(choice, Visit):
        lines += [f"{key.replace('_', ' ')}: {score}" for key, score in choice.alsfrs.items()]
        lines += [f"MRC {key.replace('_', ' ')}: {cell.code}"
                  + (f" ({cell.reason})" if cell.reason else "")
                  for key, cell in choice.mrc.items()]
        if choice.notes:
            lines.append(f"notes: {choice.notes}")
    return lines


def _details_line(v: PatientVersion) -> str:
    p = v.patient
    parts = [p.display_name if p.display_name != p.patient_id else "(no name)"]
    if p.birth_date:
        parts.append(f"born {p.birth_date.isoformat()}")
    parts.append(p.sex)
    if p.onset_date or p.onset_region != "unknown":
        parts.append(f"onset {p.onset_date.isoformat() if p.onset_date else '?'} "
                     f"({p.onset_region})")
    if p.diagnosis_date:
        parts.append(f"diagnosed {p.diagnosis_date.isoformat()}")
    return "; ".join(parts) + f" (recorded by {v.recorded_by} at {_at(v.recorded_at)})"


def _visit_line(v: Visit) -> str:
    points = total(v.alsfrs)
    mrc = mrc_sum(v.mrc)
    scores = [f"ALSFRS-R total {points}" if points is not None else
              f"ALSFRS-R {len(v.alsfrs)} of 12 items"]
    if mrc is not None:
        scores.append(f"MRC sum {mrc}")
    return (f"examiner {v.examiner or '-'}; {', '.join(scores)}; signed by {v.signed_by} "
            f"at {_at(v.signed_at)}" + (f" (version {v.version})" if v.version > 1 else ""))


def _at(when: object) -> str:
    return when.strftime("%Y-%m-%d %H:%M UTC") if when is not None else "?"


def resolve(store: Store, kind: str, key: str, choice: int, reason: str, signer: str,
            details: Patient | None = None) -> str:
    """Resolve conflict (``kind``, ``key``) by choice ``choice`` (1-based, as listed); for
    patients and details, ``details`` (combined by a person) instead of the chosen ones.
    Returns what was done, in a line."""
    c = store_conflicts.find(store, kind, key)
    if not 1 <= choice <= len(c.choices):
        raise StoreError(f"choice {choice}: there are {len(c.choices)} to choose from "
                         f"(1-{len(c.choices)})")
    picked = c.choices[choice - 1]
    if kind in ("patients", "details"):
        assert isinstance(picked, PatientVersion)
        keep = replace(details or picked.patient, patient_id=c.patient_id)
        if kind == "patients":
            store_conflicts.merge(store, c.patient_id, keep, reason)
            return f"{c.patient_id}: {len(c.choices)} patient records merged into one"
        store_conflicts.resolve_details(store, c.patient_id, keep, reason)
        return f"{c.patient_id}: details kept ({'combined' if details else f'choice {choice}'})"
    if kind == "visits":
        assert isinstance(picked, Visit)
        store_conflicts.resolve_visits(store, picked.visit_uid, reason, signer)
        return (f"{c.patient_id}: the visit of {picked.visit_date.isoformat()} signed by "
                f"{picked.signed_by} was entered in error")
    store_conflicts.resolve_event(store, key, c.choice_uid(choice - 1), reason)
    return f"{c.patient_id}: event {key} kept as version {choice}"
