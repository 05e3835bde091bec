"""Fixtures of the packaging tests (helpers live in packaging_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging_helpers import ROOT
from packaging_helpers import pyproject_version as _pyproject_version


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def pyproject_version() -> str:
    return _pyproject_version()
