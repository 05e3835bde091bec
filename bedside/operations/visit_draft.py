"""The visit being entered, as plain Python: answers, position, and how it is saved.

The visit screens show and change a ``VisitDraft``; the draft turns itself into a domain
``Visit`` and saves it (a draft on every answer, then a signature, or an amendment of a signed
visit), or is discarded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bedside import analysis
from bedside.domain import (
    DEFAULT_MODE,
    DEFAULT_RESPONDENT,
    NO_MEASUREMENTS,
    SIGNATURE_MEANING,
    Event,
    Measurements,
    MrcCell,
    Patient,
    Visit,
)
from bedside.instruments import Item, Protocol, Questionnaire, alsfrs_r, protocols
from bedside.instruments.wording import Wording, WordingError
from bedside.operations.lung_setting import lung_equations
from bedside.operations.wordings import questionnaire, wording_of
from bedside.store import Store
from bedside.store import events as store_events
from bedside.store import visits as store_visits

DEFAULT_PROTOCOL = "mrc_sum_score"


def gastrostomy_by(events: list[Event], day: date) -> bool:
    """True if a gastrostomy event is recorded on or before ``day``."""
    return any(e.kind == "gastrostomy" and e.event_date <= day for e in events)


def gastrostomy_item_used(visit: Visit) -> bool | None:
    """True if the visit answered (or skipped) 5b, False for 5a, None if neither is recorded."""
    for alt in alsfrs_r().alternates:
        if alt.with_gastrostomy in visit.alsfrs or alt.with_gastrostomy in visit.not_assessed:
            return True
        if alt.without_gastrostomy in visit.alsfrs or alt.without_gastrostomy in visit.not_assessed:
            return False
    return None


def versions(store: Store, visit_id: int) -> list[Visit]:
    """Every version of a signed visit, newest first (back along its amendments)."""
    return store_visits.versions(store, visit_id)


def amendment_begun(store: Store, visit_id: int) -> Visit | None:
    """The amendment of signed visit ``visit_id`` being entered, if one was started."""
    return store_visits.amendment_draft(store, visit_id)


@dataclass(frozen=True)
class MeasureContext:
    """What the page of the rest of the visit reads to say what a value means: the patient,
    the visit's date, the patient's other signed visits, the clinic's equations and the
    patient's events."""

    patient: Patient
    visit_date: date
    others: Sequence[Visit]
    lung: analysis.LungEquations
    events: Sequence[Event]


class VisitDraft:
    """Mutable state of one visit on screen; ``to_visit()`` gives the immutable domain value."""

    def __init__(self, store: Store, patient: Patient, examiner: str = "",
                 visit_date: date | None = None, wording: Wording | None = None) -> None:
        self.store = store
        self.patient = patient
        # the clinic's wording the ALSFRS-R is entered in (None: the English original)
        self.wording = wording
        self.missing_wording = ""  # the id of a visit's wording this database lacks
        self.q: Questionnaire = questionnaire(wording)
        self.events = store_events.for_patient(store, patient.patient_id)
        self.visit_date: date = visit_date or date.today()
        self.examiner = examiner
        self.notes = ""
        self.do_alsfrs = True
        self.do_mrc = True
        self.protocol_id = DEFAULT_PROTOCOL
        self.answers: dict[str, int] = {}  # may hold both 5a and 5b; only the active one counts
        self.not_assessed: dict[str, str] = {}
        self.mrc: dict[str, MrcCell] = {}
        self.do_measures = False  # the rest of the visit: breathing, weight, how it was taken
        self.alsfrs_mode: str = DEFAULT_MODE
        self.alsfrs_respondent: str = DEFAULT_RESPONDENT
        self.measurements: Measurements = NO_MEASUREMENTS
        self.gastrostomy = gastrostomy_by(self.events, self.visit_date)
        self.gastrostomy_chosen = False  # True once the examiner switched 5a/5b by hand
        self.visit_id: int | None = None
        self.last_saved: Visit | None = None  # the draft as stored when this one last saw it
        self.amending: Visit | None = None  # the signed version an amendment replaces
        self.amend_reason = ""
        self.signer = ""  # who signs an amendment (the examiner signs a new visit)

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def from_visit(cls, store: Store, patient: Patient, visit: Visit,
                   examiner: str = "") -> VisitDraft:
        try:
            wording = wording_of(store, visit)
        except WordingError:  # came from another laptop without its wording: say so
            wording = None
        d = cls(store, patient, visit.examiner or examiner, visit.visit_date, wording)
        if visit.alsfrs_wording and wording is None:
            d.missing_wording = visit.alsfrs_wording
        d.notes = visit.notes
        d.answers = dict(visit.alsfrs)
        d.not_assessed = dict(visit.not_assessed)
        d.mrc = dict(visit.mrc)
        d.protocol_id = visit.mrc_protocol or DEFAULT_PROTOCOL
        d.do_mrc = bool(visit.mrc_protocol) or bool(visit.mrc)
        d.alsfrs_mode, d.alsfrs_respondent = visit.alsfrs_mode, visit.alsfrs_respondent
        d.measurements = visit.measurements
        administered = (visit.alsfrs_mode, visit.alsfrs_respondent) != (DEFAULT_MODE,
                                                                         DEFAULT_RESPONDENT)
        d.do_measures = visit.measurements != NO_MEASUREMENTS or administered
        # the ALSFRS-R counts as skipped only when MRC grades or measurements were entered
        # and no item was
        d.do_alsfrs = bool(visit.alsfrs or visit.not_assessed) or not (
            visit.mrc or d.do_measures)
        used = gastrostomy_item_used(visit)
        if used is not None:
            d.gastrostomy, d.gastrostomy_chosen = used, True
        if visit.status == "draft":
            d.visit_id = visit.visit_id
            d.last_saved = visit
            if visit.amends is not None:  # an amendment that was being entered: resume it
                d.amending = store_visits.get(store, visit.amends)
                d.amend_reason = visit.amend_reason
                d.signer = examiner or d.amending.signed_by or d.amending.examiner
        return d

    def record_as_last_visit(self, default_protocol: str) -> None:
        """A new visit records what the patient's last visit recorded, with the protocol of
        the last grading (else ``default_protocol``), so that the trends stay comparable."""
        last = analysis.last_recording(
            store_visits.for_patient(self.store, self.patient.patient_id))
        if last is not None:
            self.do_alsfrs, self.do_mrc = last.do_alsfrs, last.do_mrc
            self.do_measures = last.do_measures
        self.set_protocol(last.protocol_id if last and last.protocol_id else default_protocol)

    def start_amendment(self, signed: Visit, reason: str, examiner: str) -> None:
        self.amending = signed
        self.amend_reason = reason
        self.visit_id = None
        self.signer = examiner or signed.signed_by or signed.examiner

    # -- the ALSFRS-R ----------------------------------------------------------------------
    def slots(self) -> tuple[Item, ...]:
        return self.q.slots(self.gastrostomy)

    def set_visit_date(self, day: date) -> None:
        self.visit_date = day
        if not self.gastrostomy_chosen:
            self.gastrostomy = gastrostomy_by(self.events, day)

    def gastrostomy_event(self, day: date | None = None) -> Event | None:
        """The latest gastrostomy recorded on or before ``day`` (default: the visit date)."""
        day = day or self.visit_date
        found = [e for e in self.events if e.kind == "gastrostomy" and e.event_date <= day]
        return found[-1] if found else None

    def switch_alternate(self) -> None:
        self.gastrostomy = not self.gastrostomy
        self.gastrostomy_chosen = True

    def answer(self, key: str, score: int) -> None:
        self.answers[key] = score
        self.not_assessed.pop(key, None)

    def mark_not_assessed(self, key: str, reason: str) -> None:
        self.answers.pop(key, None)
        self.not_assessed[key] = reason

    def is_done(self, key: str) -> bool:
        return key in self.answers or key in self.not_assessed

    def active_answers(self) -> dict[str, int]:
        keys = {i.key for i in self.slots()}
        return {k: s for k, s in self.answers.items() if k in keys}

    def active_not_assessed(self) -> dict[str, str]:
        keys = {i.key for i in self.slots()}
        return {k: r for k, r in self.not_assessed.items() if k in keys}

    def first_open_slot(self) -> int | None:
        for n, item in enumerate(self.slots()):
            if not self.is_done(item.key):
                return n
        return None

    def open_slots(self) -> list[Item]:
        return [i for i in self.slots() if not self.is_done(i.key)]

    # -- MRC -------------------------------------------------------------------------------
    @property
    def protocol(self) -> Protocol:
        protos = protocols()
        return protos.get(self.protocol_id) or protos[DEFAULT_PROTOCOL]

    def set_protocol(self, protocol_id: str) -> None:
        self.protocol_id = protocol_id
        cells = set(self.protocol.cells)
        self.mrc = {c: g for c, g in self.mrc.items() if c in cells}

    def active_mrc(self) -> dict[str, MrcCell]:
        return dict(self.mrc) if self.do_mrc else {}

    # -- the rest of the visit ---------------------------------------------------------------
    def active_measurements(self) -> Measurements:
        return self.measurements if self.do_measures else NO_MEASUREMENTS

    def measure_context(self) -> MeasureContext:
        """The patient's other signed visits (not this one, nor one on its date) and the
        clinic's equations, to say what a value on the page means."""
        skip = {self.visit_id, self.amending.visit_id if self.amending else None}
        others = [v for v in store_visits.for_patient(self.store, self.patient.patient_id)
                  if v.visit_id not in skip and v.visit_date != self.visit_date]
        return MeasureContext(self.patient, self.visit_date, others,
                              lung_equations(self.store), self.events)

    # -- as a domain value -----------------------------------------------------------------
    def to_visit(self) -> Visit:
        base = self.amending
        return Visit(
            patient_id=self.patient.patient_id,
            visit_date=self.visit_date,
            examiner=self.examiner.strip(),
            notes=self.notes,
            alsfrs=self.active_answers() if self.do_alsfrs else {},
            not_assessed=self.active_not_assessed() if self.do_alsfrs else {},
            mrc=self.active_mrc(),
            mrc_protocol=self.protocol_id if self.do_mrc else "",
            status="draft",
            version=base.version + 1 if base else 1,
            visit_id=self.visit_id,
            amend_reason=self.amend_reason,
            amends=base.visit_id if base else None,
            alsfrs_wording=(self.wording.id if self.wording is not None
                            else self.missing_wording),
            alsfrs_mode=self.alsfrs_mode if self.do_measures else DEFAULT_MODE,
            alsfrs_respondent=self.alsfrs_respondent if self.do_measures else DEFAULT_RESPONDENT,
            measurements=self.active_measurements(),
        )

    def date_taken_by(self, day: date) -> Visit | None:
        """Another current visit or draft of this patient on ``day``, if any."""
        pid = self.patient.patient_id
        skip = {self.visit_id, self.amending.visit_id if self.amending else None}
        for v in store_visits.for_patient(self.store, pid) + store_visits.drafts(self.store, pid):
            if v.visit_date == day and v.visit_id not in skip:
                return v
        return None

    def date_problems(self, day: date, today: date | None = None) -> list[analysis.Problem]:
        death = store_events.death_date(self.store, self.patient.patient_id)
        return analysis.visit_date_problems(day, self.patient, today or date.today(), death)

    def would_drop(self, do_alsfrs: bool, do_mrc: bool, protocol_id: str,
                   do_measures: bool = True) -> dict[str, list[str]]:
        """What entered data a start-page choice would leave out:
        {"alsfrs"|"mrc"|"measures": [names]}."""
        out: dict[str, list[str]] = {}
        if not do_measures:
            entered = [f for f, v in self.measurements._asdict().items() if v is not None]
            if entered:
                out["measures"] = entered
        if not do_alsfrs and (self.active_answers() or self.active_not_assessed()):
            out["alsfrs"] = [i.number for i in self.slots() if self.is_done(i.key)]
        if self.mrc:
            keep = set(protocols()[protocol_id].cells) if do_mrc else set()
            lost = [c for c in self.mrc if c not in keep]
            if lost:
                out["mrc"] = lost
        return out

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> Visit:
        """Save the draft (one small transaction in the store). An amendment is saved as a
        draft beside the signed version it will replace, so a crash loses none of it."""
        visit = self.to_visit()
        saved = store_visits.save_draft(self.store, visit, self.last_saved)
        self.visit_id, self.last_saved = saved.visit_id, saved
        return saved

    def keep_as_new(self) -> None:
        """Discarded elsewhere: what this draft holds is saved as a new draft next time."""
        self.visit_id = self.last_saved = None

    def as_stored(self) -> Visit | None:
        """This draft as the database holds it now (another window may have saved it, signed
        it or discarded it: None)."""
        assert self.visit_id is not None
        return store_visits.find(self.store, self.visit_id)

    def sign(self, signer: str = "") -> Visit:
        """Sign the visit (or the amendment); returns the signed row. ``signer`` is the
        signed-in examiner on a protected database, else the examiner named on screen."""
        if self.amending is not None:
            signer = (signer or self.signer).strip()
            assert self.amending.visit_id is not None
            return store_visits.amend(self.store, self.amending.visit_id, self.to_visit(),
                                      self.amend_reason, signer)
        signer = (signer or self.examiner).strip()
        self.save()
        assert self.visit_id is not None
        return store_visits.sign(self.store, self.visit_id, signer, SIGNATURE_MEANING)

    def discard(self, reason: str) -> None:
        """The saved draft deleted, its reason in the audit log (StoreError: it was signed
        elsewhere meanwhile, say)."""
        assert self.visit_id is not None
        store_visits.discard_draft(self.store, self.visit_id, reason)
        self.visit_id = None

    def sign_blockers(self) -> list[tuple[str, str]]:
        """What must be done before signing, as (kind, detail); empty: ready to sign.

        kinds: "examiner" (no name), "open_items" (detail: item numbers without an answer or
        reason, while the ALSFRS-R is being recorded), "empty" (nothing recorded: no answer,
        grade or measurement).
        """
        out: list[tuple[str, str]] = []
        if not (self.signer if self.amending else self.examiner).strip():
            out.append(("examiner", ""))
        has_alsfrs = self.do_alsfrs and bool(self.active_answers() or self.active_not_assessed())
        if has_alsfrs:
            missing = [i.number for i in self.open_slots()]
            if missing:
                out.append(("open_items", ", ".join(missing)))
        if not has_alsfrs and not self.active_mrc() and not self.active_measurements().recorded:
            out.append(("empty", ""))
        if self.amending is not None and self.unchanged():
            out.append(("unchanged", ""))
        return out

    def unchanged(self) -> bool:
        """True if an amendment does not yet differ from the signed version it replaces."""
        a, b = self.to_visit(), self.amending
        assert b is not None
        return ((a.visit_date, a.examiner, a.notes, dict(a.alsfrs), dict(a.not_assessed),
                 dict(a.mrc), a.mrc_protocol, a.alsfrs_mode, a.alsfrs_respondent,
                 a.measurements)
                == (b.visit_date, b.examiner, b.notes, dict(b.alsfrs), dict(b.not_assessed),
                    dict(b.mrc), b.mrc_protocol, b.alsfrs_mode, b.alsfrs_respondent,
                    b.measurements))
