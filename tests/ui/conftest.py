"""UI test setup: preferences and data folders of the test's own, helpers to fill a store."""

from __future__ import annotations

from datetime import date

import pytest

from bedside.domain import Event, Patient, Visit
from tests.ui.helpers import answers


@pytest.fixture(autouse=True)
def _private_folders(tmp_path, monkeypatch):
    """QSettings and the demo database go to a test folder, never the user's. (Qt reads the
    config folder once per process, so QSettings() stays in the first test's folder; tests
    that need their own preferences use the ``settings`` fixture's file.)"""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def settings(tmp_path):
    from bedside.ui.settings import Settings

    return Settings(str(tmp_path / "settings.ini"))


@pytest.fixture
def patient_with_visits(store):
    """A patient with two signed visits (totals 46 and 39) and one event."""
    from bedside.store import events, patients, visits

    p = patients.add(store, Patient("P-1", "Müller", "José", date(1960, 3, 1), "male",
                                    date(2023, 1, 10), "bulbar", date(2023, 6, 1)))
    for day, ans in ((date(2024, 1, 15), answers(Q1_Speech=2)),
                     (date(2024, 7, 15), answers(Q1_Speech=1, Q3_Swallowing=2, Q8_Walking=1,
                                                 Q9_Climbing_Stairs=3))):
        draft = visits.save_draft(store, Visit("P-1", day, "Dr. Keller", alsfrs=ans))
        visits.sign(store, draft.visit_id, "Dr. Keller")
    events.add(store, Event("P-1", date(2024, 3, 1), "procedure",
                            "MSC transplantation, intrathecal"))
    return p
