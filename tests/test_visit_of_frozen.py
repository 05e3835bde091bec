"""Visit.of_frozen (the bulk paths' constructor) makes the same frozen value as Visit()."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from types import MappingProxyType

import pytest

from bedside.domain import MrcCell, Visit


def test_of_frozen_is_the_same_value_and_as_frozen():
    fields = dict(patient_id="P1", visit_date=date(2024, 5, 1), examiner="Dr K", notes="n",
                  alsfrs={"Q1_Speech": 3}, not_assessed={"Q2_Salivation": "asleep"},
                  mrc={"deltoid_L": MrcCell("4-")}, mrc_protocol="mrc_sum_score",
                  status="signed", version=2, visit_id=7, signed_by="Dr K",
                  signed_at=datetime(2024, 5, 1, 10), amends=3)
    frozen = {k: MappingProxyType(v) if isinstance(v, dict) else v for k, v in fields.items()}
    fast = Visit.of_frozen(**frozen)
    assert fast == Visit(**fields)
    for f in dataclasses.fields(Visit):
        assert getattr(fast, f.name) == getattr(Visit(**fields), f.name), f.name
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.notes = "changed"  # type: ignore[misc]
    short = Visit.of_frozen(patient_id="P1", visit_date=date(2024, 5, 1))
    assert short == Visit("P1", date(2024, 5, 1))


def test_of_frozen_freezes_plain_mappings_and_refuses_what_visit_refuses():
    answers = {"Q1_Speech": 3}
    v = Visit.of_frozen(patient_id="P1", visit_date=date(2024, 5, 1), alsfrs=answers)
    answers["Q1_Speech"] = 0
    assert v.alsfrs["Q1_Speech"] == 3 and isinstance(v.alsfrs, MappingProxyType)
    with pytest.raises(TypeError):
        Visit.of_frozen(patient_id="P1")
    with pytest.raises(TypeError):
        Visit.of_frozen(patient_id="P1", visit_date=date(2024, 5, 1), colour="red")


def test_of_frozen_keeps_frozen_parts_as_given():
    answers = MappingProxyType({"Q1_Speech": 3})
    v = Visit.of_frozen(patient_id="P1", visit_date=date(2024, 5, 1), alsfrs=answers,
                        status="signed")
    assert v.alsfrs is answers and v.status == "signed" and v.mrc == {}  # shared, not copied
