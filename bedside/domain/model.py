"""Patients, visits and events as immutable values shared by every layer."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, get_args

from bedside.i18n import QT_TRANSLATE_NOOP

Sex = Literal["female", "male", "other", "unknown"]
OnsetRegion = Literal["bulbar", "upper_limb", "lower_limb", "respiratory", "generalized", "unknown"]
EventKind = Literal[
    "gastrostomy", "niv_start", "niv_stop", "tracheostomy", "medication_start",
    "medication_stop", "procedure", "death", "other",
]
VisitStatus = Literal["draft", "signed", "superseded"]
AlsfrsMode = Literal["clinic", "telephone", "video", "self"]
Respondent = Literal["patient", "caregiver"]
VcPosition = Literal["sitting", "supine"]

SEXES: tuple[str, ...] = get_args(Sex)
ONSET_REGIONS: tuple[str, ...] = get_args(OnsetRegion)
EVENT_KINDS: tuple[str, ...] = get_args(EventKind)
ALSFRS_MODES: tuple[str, ...] = get_args(AlsfrsMode)  # how an ALSFRS-R was obtained
RESPONDENTS: tuple[str, ...] = get_args(Respondent)  # who answered it
VC_POSITIONS: tuple[str, ...] = get_args(VcPosition)
# The disease-modifying drugs an event names as its label (medication_start/stop); any
# other drug is named in the label as typed.
INTERVENTION_DRUGS = ("riluzole", "edaravone", "tofersen")
DEFAULT_MODE: AlsfrsMode = "clinic"  # SPEC §3: what an empty cell means
DEFAULT_RESPONDENT: Respondent = "patient"
NOT_TESTED = "NT"

SIGNATURE_MEANING = QT_TRANSLATE_NOOP(  # stored in English with each signature
    "DOMAIN",
    "I performed this examination and attest that the recorded scores are accurate."
)


def _frozen(mapping: dict | None) -> MappingProxyType:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Patient:
    patient_id: str
    family_name: str = ""
    given_name: str = ""
    birth_date: date | None = None
    sex: Sex = "unknown"
    onset_date: date | None = None
    onset_region: OnsetRegion = "unknown"
    diagnosis_date: date | None = None
    patient_uid: str = ""  # the id that travels (bedside.domain.uids); "" before it is stored
    pre_illness_weight_kg: float | None = None  # what the patient weighed before ALS began

    @property
    def display_name(self) -> str:
        names = ", ".join(n for n in (self.family_name, self.given_name) if n)
        return names or self.patient_id

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


@dataclass(frozen=True)
class MrcCell:
    """One graded muscle cell: a grade code ('4-', '5', 'NT') and, for NT, a reason."""

    code: str
    reason: str = ""

    @property
    def tested(self) -> bool:
        return self.code != NOT_TESTED


class Measurements(NamedTuple):
    """The rest of a visit: breathing and body measurements, each None when not measured.
    The field names are the columns of the visit CSV (SPEC §3) and of the database; the
    ranges accepted are bedside.analysis.PLAUSIBLE's. Vital capacities are the best of the
    trials, in the position given. (A NamedTuple: an import stores 200,000 of them.)"""

    fvc_l: float | None = None
    svc_l: float | None = None
    vc_position: VcPosition | None = None
    mip_cmh2o: float | None = None
    snip_cmh2o: float | None = None
    peak_cough_flow_l_min: float | None = None
    weight_kg: float | None = None
    height_cm: float | None = None

    @property
    def recorded(self) -> bool:
        """Whether anything was measured (a position alone is not a measurement)."""
        return any(v is not None for n, v in zip(self._fields, self, strict=True)
                   if n != "vc_position")


MEASUREMENT_FIELDS: tuple[str, ...] = Measurements._fields
NO_MEASUREMENTS = Measurements()


@dataclass(frozen=True)
class Visit:
    """One visit: ALSFRS-R answers by item key and MRC cells by cell key ('hip_flexion_L').

    An item absent from ``alsfrs`` was not assessed; ``not_assessed`` may give a reason.
    """

    patient_id: str
    visit_date: date
    examiner: str = ""
    notes: str = ""
    alsfrs: MappingProxyType = field(default_factory=lambda: _frozen(None))
    not_assessed: MappingProxyType = field(default_factory=lambda: _frozen(None))
    mrc: MappingProxyType = field(default_factory=lambda: _frozen(None))
    mrc_protocol: str = ""
    status: VisitStatus = "draft"
    version: int = 1
    visit_id: int | None = None  # database row id, None before it is stored
    signed_by: str = ""
    signed_at: datetime | None = None
    amend_reason: str = ""
    signature_meaning: str = ""  # what the signer attested, as recorded at signing
    amends: int | None = None  # the signed version this one replaces (amendments only)
    visit_uid: str = ""  # the id of this version that travels; "" before it is stored
    alsfrs_wording: str = ""  # the id of the clinic's wording it was entered in; "": English
    alsfrs_mode: AlsfrsMode = DEFAULT_MODE  # how the ALSFRS-R was obtained (ALSFRS_MODES)
    alsfrs_respondent: Respondent = DEFAULT_RESPONDENT  # who answered it (RESPONDENTS)
    measurements: Measurements = NO_MEASUREMENTS

    def __post_init__(self) -> None:
        for name in ("alsfrs", "not_assessed", "mrc"):
            value = getattr(self, name)
            if not isinstance(value, MappingProxyType):
                object.__setattr__(self, name, _frozen(value))

    @classmethod
    def of_frozen(cls, **values: Any) -> Visit:
        """The same value as ``Visit(**values)`` when its mappings are frozen already
        (MappingProxyType), made without the dataclass's per-field setattr (the bulk paths make
        hundreds of thousands)."""
        if (any(type(values.get(name, _EMPTY)) is not MappingProxyType for name in _MAPPINGS)
                or not all(name in values for name in _REQUIRED)
                or not values.keys() <= _FIELD_NAMES):
            return cls(**values)  # the ordinary way: it freezes, or says what is wrong
        visit = object.__new__(cls)
        visit.__dict__.update(_VISIT_DEFAULTS)
        visit.__dict__.update(values)
        return visit

    @property
    def has_alsfrs(self) -> bool:
        return bool(self.alsfrs)

    @property
    def has_mrc(self) -> bool:
        return bool(self.mrc)

    @property
    def has_measurements(self) -> bool:
        return self.measurements.recorded


_EMPTY: MappingProxyType = MappingProxyType({})
_MAPPINGS = ("alsfrs", "not_assessed", "mrc")
_REQUIRED = tuple(f.name for f in fields(Visit) if f.default is MISSING and f.name not in _MAPPINGS)
_VISIT_DEFAULTS: dict[str, Any] = {
    f.name: _EMPTY if f.name in _MAPPINGS else f.default for f in fields(Visit)
    if f.name not in _REQUIRED}
_FIELD_NAMES = frozenset(f.name for f in fields(Visit))


class VisitScores(NamedTuple):
    """What a visit CSV writes of one signed visit, read in bulk without building a Visit
    (an export of 200,000 visits): the answers in the ALSFRS-R's item order (None = not
    assessed) and the MRC codes of the grading's cells (None = a cell not graded)."""

    visit_date: date
    examiner: str
    notes: str
    scores: tuple[int | None, ...]
    mrc_cells: tuple[str, ...]
    mrc_codes: tuple[str | None, ...]
    visit_uid: str = ""
    alsfrs_mode: str = DEFAULT_MODE
    alsfrs_respondent: str = DEFAULT_RESPONDENT
    measurements: Measurements = NO_MEASUREMENTS


class StoredVisit(NamedTuple):
    """A stored version of a visit, as much of it as a visit file can say: what an import
    compares a row with when the row names the version by its visit_uid."""

    patient_id: str
    status: VisitStatus
    scores: VisitScores


@dataclass(frozen=True)
class Event:
    patient_id: str
    event_date: date
    kind: EventKind
    label: str = ""
    event_id: int | None = None
    event_uid: str = ""  # the id that travels; "" before it is stored
    hours_per_day: float | None = None  # non-invasive ventilation's use (niv_start only)
