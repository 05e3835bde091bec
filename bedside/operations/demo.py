"""Synthetic patients for the demo database and benchmarks: realistic, never real.

Each patient declines 0.3-2 ALSFRS-R points a month with noise, the onset region leading;
gastrostomy and NIV come later in the course, some receive an intervention, some die. MRC
grades fall with the limb scores; vital capacity with the respiratory items, weight with the
course. Names come from several scripts.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from bedside.analysis import LungEquations, decimal_age
from bedside.domain import Event, Measurements, MrcCell, Patient, Visit
from bedside.instruments import alsfrs_r, protocols
from bedside.interchange.csv.bulk_rows import collector_paused
from bedside.store import Store, bulk
from bedside.store import patients as patient_repo

# script: (family names, given names of women, given names of men)
NAMES = {
    "latin": (["Müller", "García", "Nowak", "Dubois", "Rossi", "Hansen", "Kovač", "Şahin",
               "O'Brien", "Lindqvist", "Ferreira", "Novák", "Jensen", "Álvarez", "Smith"],
              ["Anna", "Zoë", "Chloé", "Ana", "Mária", "Inês", "Sarah", "Ewa", "Hélène"],
              ["José", "Łukasz", "Björn", "Jürgen", "Peter", "Ömer", "Tomáš", "Søren"]),
    "cyrillic": (["Иваненко", "Шевченко", "Коваль", "Бондаренко"],
                 ["Ольга", "Наталья", "Юлия"], ["Дмитрий", "Сергей", "Андрій"]),
    "georgian": (["ბერიძე", "კაპანაძე", "გელაშვილი", "მაისურაძე"],
                 ["ნინო", "მარიამ"], ["გიორგი", "დავით"]),
    "greek": (["Ιωάννου", "Νικολάου", "Γεωργίου"], ["Ελένη", "Μαρία"], ["Κώστας", "Νίκος"]),
}
REGION_WEIGHTS = {"bulbar": 30, "upper_limb": 33, "lower_limb": 30, "respiratory": 2,
                  "generalized": 3, "unknown": 2}
EXAMINERS = ["Dr. A. Keller", "Dr. M. Rossi", "S. Novak (PT)", "J. Okafor (study nurse)"]
INTERVENTIONS = [
    ("procedure", "MSC transplantation, intrathecal"),
    ("medication_start", "Edaravone"),
    ("medication_start", "Tofersen (SOD1)"),
    ("procedure", "Clinical trial enrolment"),
]
# Which body region each item belongs to, for the onset-region-led decline.
ITEM_REGION = {
    "Q1_Speech": "bulbar", "Q2_Salivation": "bulbar", "Q3_Swallowing": "bulbar",
    "Q4_Handwriting": "upper_limb", "Q5a_Cutting_without_Gastrostomy": "upper_limb",
    "Q5b_Cutting_with_Gastrostomy": "upper_limb", "Q6_Dressing_and_Hygiene": "upper_limb",
    "Q7_Turning_in_Bed": "lower_limb", "Q8_Walking": "lower_limb",
    "Q9_Climbing_Stairs": "lower_limb", "R_1_Dyspnea": "respiratory",
    "R_2_Orthopnea": "respiratory", "R_3_Respiratory_Insufficiency": "respiratory",
}
MUSCLE_REGION = {"shoulder": "upper_limb", "elbow": "upper_limb", "wrist": "upper_limb",
                 "finger": "upper_limb", "first": "upper_limb", "abductor": "upper_limb",
                 "deltoid": "upper_limb", "biceps": "upper_limb", "triceps": "upper_limb",
                 "neck": "bulbar"}
FOLLOW_UP_DAYS = 90  # mean days between visits
APP_PATIENTS, APP_SEED = 40, 1  # the app's demo database (bedside --demo)
GRADE_STEPS = ["5", "5", "5-", "4+", "4", "4-", "3+", "3", "3-", "2", "1", "0"]


class DemoData(NamedTuple):
    patients: list[Patient]
    visits: list[Visit]
    events: list[Event]


def _region_delays(rng: random.Random, onset_region: str) -> dict[str, float]:
    """Months after onset at which each region starts to decline."""
    delays = {r: rng.uniform(4, 20) for r in ("bulbar", "upper_limb", "lower_limb")}
    delays["respiratory"] = rng.uniform(10, 30)
    if onset_region in delays:
        delays[onset_region] = 0.0
    if onset_region == "generalized":
        delays.update({r: rng.uniform(0, 3) for r in delays})
    return delays


def _patient(rng: random.Random, pid: str, today: date) -> Patient:
    script = rng.choices(list(NAMES), weights=[70, 15, 8, 7])[0]
    families, women, men = NAMES[script]
    sex = rng.choice(["female", "male"])
    onset = today - timedelta(days=rng.randint(200, 6 * 365))
    birth = onset - timedelta(days=rng.randint(38 * 365, 78 * 365))
    region = rng.choices(list(REGION_WEIGHTS), weights=list(REGION_WEIGHTS.values()))[0]
    return Patient(
        patient_id=pid,
        family_name=rng.choice(families),
        given_name=rng.choice(women if sex == "female" else men),
        birth_date=birth,
        sex=sex,  # type: ignore[arg-type]
        onset_date=onset,
        onset_region=region,  # type: ignore[arg-type]
        diagnosis_date=onset + timedelta(days=rng.randint(120, 420)),
    )


class _Body:
    """A patient's height, weight and vital capacity over the course, drawn from a random
    stream of its own (the scores and grades of a seed stay as they were without them)."""

    def __init__(self, p: Patient) -> None:
        self.rng = rng = random.Random(f"measurements {p.patient_id}")
        female = p.sex == "female"
        self.height = round(rng.gauss(163 if female else 176, 6), 1)
        self.weight = round(rng.gauss(66 if female else 80, 9), 1)  # before the illness
        self.vc_percent = rng.uniform(82, 108)  # of predicted, before breathing is involved
        self.lung = LungEquations()

    def at(self, p: Patient, day: date, respiratory_loss: float, months: float,
           first: bool) -> Measurements:
        """The visit's measurements: most visits weigh, most measure FVC."""
        rng = self.rng
        m: dict[str, float | str] = {}
        if first or rng.random() < 0.04:
            m["height_cm"] = self.height
        if rng.random() < 0.85:
            lost = 0.004 * months * rng.uniform(0.5, 1.5)  # a fraction of the body weight
            m["weight_kg"] = round(max(35.0, self.weight * (1 - lost) + rng.gauss(0, 0.8)), 1)
        lms = self.lung.lms(p.sex, decimal_age(p.birth_date, day), self.height)
        if lms is not None and rng.random() < 0.7:
            percent = max(15.0, self.vc_percent - 11 * respiratory_loss + rng.gauss(0, 4))
            m["fvc_l"] = round(max(0.3, lms[1] * percent / 100), 2)
            m["vc_position"] = "sitting" if rng.random() < 0.9 else "supine"
            if rng.random() < 0.1:
                m["svc_l"] = round(m["fvc_l"] * rng.uniform(1.0, 1.08), 2)  # type: ignore[operator]
        if rng.random() < 0.2:
            m["mip_cmh2o"] = round(max(5.0, 70 - 12 * respiratory_loss + rng.gauss(0, 8)))
            m["snip_cmh2o"] = round(max(5.0, 65 - 11 * respiratory_loss + rng.gauss(0, 8)))
        if rng.random() < 0.15:
            m["peak_cough_flow_l_min"] = round(max(60.0, 380 - 60 * respiratory_loss
                                                   + rng.gauss(0, 30)))
        return Measurements(**m)  # type: ignore[arg-type]

    def administration(self) -> tuple[str, str]:
        """Now and then a telephone rating, or one a caregiver answered."""
        r = self.rng.random()
        mode = "telephone" if r < 0.06 else "video" if r < 0.08 else "clinic"
        return mode, "caregiver" if self.rng.random() < 0.1 else "patient"


def _course(rng: random.Random, p: Patient, today: date, max_visits: int | None,
            follow_up_days: int = FOLLOW_UP_DAYS) -> tuple[list[Visit], list[Event]]:
    q = alsfrs_r()
    assert p.onset_date and p.diagnosis_date
    rate = rng.uniform(0.3, 2.0)  # points a month over the whole scale
    delays = _region_delays(rng, p.onset_region)
    # each item loses its 4 points at its own speed once its region is involved
    item_rate = {k: rate / 12 * rng.uniform(0.6, 1.6) for k in ITEM_REGION}
    proto = protocols()["mrc_sum_score" if rng.random() < 0.7 else "als_clinic"]
    examiner = rng.choice(EXAMINERS)
    visits: list[Visit] = []
    events: list[Event] = [Event(p.patient_id, p.diagnosis_date, "medication_start", "Riluzole")]
    intervention = None
    if rng.random() < 0.35:
        kind, label = rng.choice(INTERVENTIONS)
        intervention = Event(p.patient_id, p.diagnosis_date + timedelta(days=rng.randint(60, 500)),
                             kind, label)  # type: ignore[arg-type]
    day = p.diagnosis_date
    body = _Body(p)
    gastrostomy = niv = dead = False
    while day <= today and not dead:
        months = (day - p.onset_date).days / 30.4375
        answers: dict[str, int] = {}
        for key, region in ITEM_REGION.items():
            lost = item_rate[key] * max(0.0, months - delays[region]) + rng.gauss(0, 0.3)
            answers[key] = max(0, min(4, round(4 - lost)))
        if not gastrostomy and answers["Q3_Swallowing"] <= 2 and rng.random() < 0.5:
            gastrostomy = True
            events.append(Event(p.patient_id, day - timedelta(days=rng.randint(5, 40)),
                                "gastrostomy", "PEG"))
        if not niv and answers["R_2_Orthopnea"] <= 2 and rng.random() < 0.6:
            niv = True
            events.append(Event(p.patient_id, day - timedelta(days=rng.randint(5, 40)),
                                "niv_start", "Nocturnal NIV",
                                hours_per_day=body.rng.choice([4, 6, 8, 10])))
        if niv:
            answers["R_3_Respiratory_Insufficiency"] = min(
                answers["R_3_Respiratory_Insufficiency"], 3)
        else:
            answers["R_3_Respiratory_Insufficiency"] = max(
                answers["R_3_Respiratory_Insufficiency"], 4 if answers["R_2_Orthopnea"] > 2 else 3)
        drop = "Q5a_Cutting_without_Gastrostomy" if gastrostomy else "Q5b_Cutting_with_Gastrostomy"
        answers.pop(drop)
        if rng.random() < 0.02:  # now and then an item could not be assessed
            answers.pop(rng.choice(list(answers)))
        mrc: dict[str, MrcCell] = {}
        if rng.random() < 0.6:
            for cell in proto.cells:
                region = MUSCLE_REGION.get(cell.split("_")[0], "lower_limb")
                lost = item_rate["Q8_Walking"] * max(0.0, months - delays[region]) * 2.5
                step = max(0, min(len(GRADE_STEPS) - 1, round(lost + rng.gauss(0, 0.6))))
                mrc[cell] = MrcCell("NT", "pain") if rng.random() < 0.01 else MrcCell(
                    GRADE_STEPS[step])
        respiratory_loss = 12 - sum(answers.get(k, 4) for k in (
            "R_1_Dyspnea", "R_2_Orthopnea", "R_3_Respiratory_Insufficiency"))
        mode, respondent = body.administration()
        visits.append(Visit(
            patient_id=p.patient_id, visit_date=day, examiner=examiner,
            notes="" if rng.random() < 0.8 else rng.choice(
                ["Fatigued today.", "Caregiver present.", "Reports cramps.", "Weight stable."]),
            alsfrs=answers, mrc=mrc, mrc_protocol=proto.id if mrc else "", status="signed",
            alsfrs_mode=mode, alsfrs_respondent=respondent,  # type: ignore[arg-type]
            measurements=body.at(p, day, respiratory_loss, months, not visits),
        ))
        if max_visits and len(visits) >= max_visits:
            break
        total = sum(answers.values())
        if total < 12 and rng.random() < 0.25:
            dead = True
            events.append(Event(p.patient_id, day + timedelta(days=rng.randint(10, 60)),
                                "death", ""))
        day += timedelta(days=rng.randint(round(follow_up_days * 2 / 3),
                                          round(follow_up_days * 4 / 3)))
    if intervention and (not visits or intervention.event_date <= visits[-1].visit_date):
        events.append(intervention)
    events = [e for e in events if e.event_date <= today]
    assert len(q.keys) == len(ITEM_REGION)
    return visits, sorted(events, key=lambda e: e.event_date)


def generate(n_patients: int, seed: int = 1, *, today: date | None = None,
             exclude_ids: set[str] | None = None, max_visits: int | None = None,
             follow_up_days: int = FOLLOW_UP_DAYS) -> DemoData:
    """``n_patients`` synthetic patients; visits come every ``follow_up_days`` on average
    (+-1/3): 90 (about 10 visits a patient) is a usual ALS clinic, 45 (about 20) a clinic that
    also runs trials."""
    if follow_up_days < 3:
        raise ValueError("follow_up_days must be at least 3")
    rng = random.Random(seed)
    today = today or date.today()
    taken = exclude_ids or set()
    patients: list[Patient] = []
    visits: list[Visit] = []
    events: list[Event] = []
    number = 0
    while len(patients) < n_patients:
        number += 1
        pid = f"DEMO-{seed}-{number:05d}"
        if pid in taken:
            continue
        p = _patient(rng, pid, today)
        p = replace(p, pre_illness_weight_kg=_Body(p).weight)
        v, e = _course(rng, p, today, max_visits, follow_up_days)
        patients.append(p)
        visits.extend(v)
        events.extend(e)
    return DemoData(patients, visits, events)


def long_history_patient(n_visits: int = 200, seed: int = 7, today: date | None = None
                         ) -> DemoData:
    """One patient with ``n_visits`` visits a week apart (benchmarks of a long history)."""
    rng = random.Random(seed)
    today = today or date.today()
    p = _patient(rng, f"LONG-{n_visits}", today)
    onset = today - timedelta(days=7 * n_visits + 400)
    p = replace(p, onset_date=onset, diagnosis_date=onset + timedelta(days=200),
                birth_date=onset - timedelta(days=60 * 365))
    body = _Body(p)
    p = replace(p, pre_illness_weight_kg=body.weight)
    visits: list[Visit] = []
    q = alsfrs_r()
    for n in range(n_visits):
        day = onset + timedelta(days=200 + 7 * n)
        loss = 30 * n / n_visits
        answers = {i.key: max(0, min(4, round(4 - loss / 12 + rng.gauss(0, 0.3))))
                   for i in q.slots(gastrostomy=False)}
        cells = protocols()["mrc_sum_score"].cells
        mrc = {c: MrcCell(GRADE_STEPS[min(11, round(loss / 4))]) for c in cells}
        visits.append(Visit(p.patient_id, day, "Dr. A. Keller", alsfrs=answers, mrc=mrc,
                            mrc_protocol="mrc_sum_score", status="signed",
                            measurements=body.at(p, day, loss / 4, 7 * n / 30.4, n == 0)))
    events = [Event(p.patient_id, onset + timedelta(days=200 + 7 * n_visits // 2), "procedure",
                    "MSC transplantation, intrathecal")]
    return DemoData([p], visits, events)


def add_patients(store: Store, n_patients: int, seed: int = 1,
                 follow_up_days: int = FOLLOW_UP_DAYS) -> DemoData:
    """Synthetic patients (identifiers not in the database yet) stored as one import that
    says it is demo data; the caller makes sure the database holds demo data only."""
    existing = {p.patient_id for p in patient_repo.all_patients(store)}
    with collector_paused():
        data = generate(n_patients, seed, exclude_ids=existing, follow_up_days=follow_up_days)
        with store.transaction():
            bulk.insert(store, *data, source=bulk.demo_source(seed))
    return data


def fill_app_demo(store: Store) -> None:
    """The app's demo database, filled when it has no patient (never the real database)."""
    if not patient_repo.count(store):
        add_patients(store, APP_PATIENTS, APP_SEED)
