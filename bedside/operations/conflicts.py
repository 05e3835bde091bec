"""Conflicts between laptops as a person reads and resolves them; shared by `bedside conflicts`
and the app's conflicts screen (the finding and the records: bedside.store.conflicts)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from bedside.analysis import mrc_sum, total
from bedside.domain import Patient, Visit
from bedside.domain.words import (
    event_label,
    muscle_cell_text,
    reason_text,
    region_label,
    sex_label,
)
from bedside.i18n import Context, fill
from bedside.store import Store, StoreError, outgoing
from bedside.store import conflicts as store_conflicts
from bedside.store.conflicts import OpenConflict
from bedside.store.rows import PATIENT_DETAILS
from bedside.store.versions import EventVersion, PatientVersion

OPERATIONS = Context("OPERATIONS")


def _what(kind: str, n: int) -> str:
    """What conflict of ``kind`` between ``n`` laptops' records is, in a phrase."""
    return {
        "patients": OPERATIONS.tr(
            "one identifier, %n patient record(s) created on different laptops", "", n),
        "details": OPERATIONS.tr("the patient's details were changed on %n laptop(s)", "", n),
        "visits": OPERATIONS.tr("%n signed visit(s) on one date", "", n),
        "event": OPERATIONS.tr("an event was changed on %n laptop(s)", "", n),
    }[kind]


def choice_means(kind: str) -> str:
    """What choosing one of the choices of a conflict of ``kind`` does."""
    return {
        "patients": OPERATIONS.tr(
            "merge the records into one patient (every visit and event of each is kept), "
            "with the details of the record chosen"),
        "details": OPERATIONS.tr("keep the details chosen (the others stay in the history)"),
        "visits": OPERATIONS.tr("the visit chosen is entered in error: withdrawn from the "
                                "record, kept readable"),
        "event": OPERATIONS.tr("keep the event as the version chosen has it"),
    }[kind]


def listed(store: Store, patient_id: str | None = None) -> list[OpenConflict]:
    return store_conflicts.listed(store, patient_id)


def integrity_problems(store: Store) -> list[str]:
    """Each integrity problem the syncs found, in a line, oldest first."""
    return [fill(OPERATIONS.tr("integrity problem (%1, %2): %3 %4: %5"), found_by, at, kind,
                 uid, detail)
            for at, uid, kind, found_by, detail in outgoing.problems(store)]


def title(c: OpenConflict) -> str:
    where = c.key if c.kind != "event" else fill(OPERATIONS.tr("%1, event %2"), c.patient_id,
                                                 c.key)
    return f"{where}: {_what(c.kind, len(c.choices))}"


def describe_choice(store: Store, c: OpenConflict, n: int) -> str:
    """One line a person compares the choices by."""
    choice = c.choices[n]
    if isinstance(choice, Visit):
        return _visit_line(choice)
    if isinstance(choice, EventVersion):
        e = choice.event
        what = (fill(OPERATIONS.tr("deleted (%1)"), choice.reason) if choice.deleted else
                f"{e.event_date.isoformat()} {event_label(e.kind)}"
                + (f" {e.label!r}" if e.label else ""))
        return fill(OPERATIONS.tr("%1; recorded by %2 at %3"), what, choice.recorded_by,
                    _at(choice.recorded_at))
    line = _details_line(choice)
    if c.kind == "patients":
        visits, events = store_conflicts.record_counts(store, choice.patient_uid)
        line += "; " + OPERATIONS.tr("%n visit(s)", "", visits) + ", " + OPERATIONS.tr(
            "%n event(s)", "", events)
    return line


def choice_lines(store: Store, c: OpenConflict, n: int) -> list[str]:
    """Choice ``n`` as the app shows it beside the others: its line in parts, then for a
    visit every score and the notes, so that two visits are compared item by item."""
    lines = describe_choice(store, c, n).split("; ")
    choice = c.choices[n]
    if isinstance(choice, Visit):
        lines += [f"{key.replace('_', ' ')}: {score}" for key, score in choice.alsfrs.items()]
        lines += [f"MRC {muscle_cell_text(key, short=True)}: {cell.code}"
                  + (f" ({reason_text(cell.reason)})" if cell.reason else "")
                  for key, cell in choice.mrc.items()]
        if choice.notes:
            lines.append(fill(OPERATIONS.tr("notes: %1"), choice.notes))
    return lines


def _details_line(v: PatientVersion) -> str:
    p = v.patient
    parts = [p.display_name if p.display_name != p.patient_id else OPERATIONS.tr("(no name)")]
    if p.birth_date:
        parts.append(fill(OPERATIONS.tr("born %1"), p.birth_date.isoformat()))
    parts.append(sex_label(p.sex))
    if p.onset_date or p.onset_region != "unknown":
        parts.append(fill(OPERATIONS.tr("onset %1 (%2)"),
                          p.onset_date.isoformat() if p.onset_date else "?",
                          region_label(p.onset_region)))
    if p.diagnosis_date:
        parts.append(fill(OPERATIONS.tr("diagnosed %1"), p.diagnosis_date.isoformat()))
    return "; ".join(parts) + " " + fill(OPERATIONS.tr("(recorded by %1 at %2)"),
                                         v.recorded_by, _at(v.recorded_at))


def _visit_line(v: Visit) -> str:
    points = total(v.alsfrs)
    mrc = mrc_sum(v.mrc)
    scores = [fill(OPERATIONS.tr("ALSFRS-R total %1"), points) if points is not None else
              fill(OPERATIONS.tr("ALSFRS-R %1 of 12 items"), len(v.alsfrs))]
    if mrc is not None:
        scores.append(fill(OPERATIONS.tr("MRC sum %1"), mrc))
    line = fill(OPERATIONS.tr("examiner %1; %2; signed by %3 at %4"), v.examiner or "-",
                ", ".join(scores), v.signed_by, _at(v.signed_at))
    if v.version > 1:
        line += " " + fill(OPERATIONS.tr("(version %1)"), v.version)
    return line


def _at(when: object) -> str:
    return when.strftime("%Y-%m-%d %H:%M UTC") if when is not None else "?"


def resolve(store: Store, kind: str, key: str, choice: int, reason: str, signer: str,
            details: Patient | None = None) -> str:
    """Resolve conflict (``kind``, ``key``) by choice ``choice`` (1-based, as listed); for
    patients and details, ``details`` (combined by a person) instead of the chosen ones.
    Returns what was done, in a line."""
    if not reason.strip():  # (the store refuses it too; said here in the person's language)
        raise StoreError(OPERATIONS.tr(
            "resolving a conflict needs a reason (it is kept in the audit trail)"))
    c = store_conflicts.open_conflict(store, kind, key)
    if c is None:
        raise StoreError(fill(OPERATIONS.tr("there is no %1 conflict %2 (resolved already, or "
                                            "mistyped); `bedside conflicts` lists them"),
                              kind, repr(key)))
    if not 1 <= choice <= len(c.choices):
        raise StoreError(fill(OPERATIONS.tr("choice %1: there are %2 to choose from (1-%2)"),
                              choice, len(c.choices)))
    picked = c.choices[choice - 1]
    if kind in ("patients", "details"):
        assert isinstance(picked, PatientVersion)
        keep = replace(details or picked.patient, patient_id=c.patient_id)
        if kind == "patients":
            store_conflicts.merge(store, c.patient_id, keep, reason)
            return fill(OPERATIONS.tr("%1: %2 patient records merged into one"), c.patient_id,
                        len(c.choices))
        store_conflicts.resolve_details(store, c.patient_id, keep, reason)
        how = (OPERATIONS.tr("combined") if details else
               fill(OPERATIONS.tr("choice %1"), choice))
        return fill(OPERATIONS.tr("%1: details kept (%2)"), c.patient_id, how)
    if kind == "visits":
        assert isinstance(picked, Visit)
        store_conflicts.resolve_visits(store, picked.visit_uid, reason, signer)
        return fill(OPERATIONS.tr("%1: the visit of %2 signed by %3 was entered in error"),
                    c.patient_id, picked.visit_date.isoformat(), picked.signed_by)
    store_conflicts.resolve_event(store, key, c.choice_uid(choice - 1), reason)
    return fill(OPERATIONS.tr("%1: event %2 kept as version %3"), c.patient_id, key, choice)


# -- combining two versions of the details, field by field ---------------------------------
COMBINABLE = ("patients", "details")  # the conflicts whose resolution is a patient's details
DETAILS = PATIENT_DETAILS  # the details of a patient that may be combined


def detail_label(name: str) -> str:
    """The name of a patient's detail (one of PATIENT_DETAILS) as a person reads it."""
    return {
        "family_name": OPERATIONS.tr("family name"),
        "given_name": OPERATIONS.tr("given name"),
        "birth_date": OPERATIONS.tr("date of birth"),
        "sex": OPERATIONS.tr("sex"),
        "onset_date": OPERATIONS.tr("date of onset"),
        "onset_region": OPERATIONS.tr("region of onset"),
        "diagnosis_date": OPERATIONS.tr("date of diagnosis"),
        "pre_illness_weight_kg": OPERATIONS.tr("weight before the illness (kg)"),
    }[name]


def detail_text(p: Patient, name: str) -> str:
    """One detail of ``p`` as shown beside the other version's."""
    value = getattr(p, name)
    if name == "sex":
        return sex_label(value)
    if name == "onset_region":
        return region_label(value)
    if value is None or value == "":
        return OPERATIONS.tr("(not recorded)")
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def differing_details(c: OpenConflict) -> list[str]:
    """The details in which the choices of a patients or details conflict differ."""
    return [name for name in PATIENT_DETAILS
            if len({getattr(v.patient, name) for v in c.choices}) > 1]


def combined_details(c: OpenConflict, picks: Mapping[str, int]) -> Patient:
    """The details of choice 1, each detail named in ``picks`` taken from the choice given
    (1-based, as listed)."""
    unknown = sorted(set(picks) - set(PATIENT_DETAILS))
    if unknown:
        raise StoreError(fill(OPERATIONS.tr("%1 is not a detail of a patient (the details: "
                                            "%2)"), unknown[0], ", ".join(PATIENT_DETAILS)))
    taken = {}
    for name, n in picks.items():
        if not 1 <= n <= len(c.choices):
            raise StoreError(fill(OPERATIONS.tr("choice %1: there are %2 to choose from "
                                                "(1-%2)"), n, len(c.choices)))
        taken[name] = getattr(c.choices[n - 1].patient, name)
    return replace(c.choices[0].patient, **taken)


def combine(store: Store, kind: str, key: str, picks: Mapping[str, int], reason: str,
            signer: str) -> str:
    """Resolve a patients or details conflict with details combined field by field: each
    detail named in ``picks`` from the choice given, the others from the first (the one
    shown). Saved as a version following every version in conflict; audited with the
    reason. Returns what was done, in a line."""
    if kind not in COMBINABLE:
        raise StoreError(fill(OPERATIONS.tr("a %1 conflict is resolved by a choice, not by "
                                            "combining details"), kind))
    c = store_conflicts.open_conflict(store, kind, key)
    if c is None:
        raise StoreError(fill(OPERATIONS.tr("there is no %1 conflict %2 (resolved already, or "
                                            "mistyped); `bedside conflicts` lists them"),
                              kind, repr(key)))
    return resolve(store, kind, key, 1, reason, signer, combined_details(c, picks))
