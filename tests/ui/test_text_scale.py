"""Text at 150 % and 200 % (the text-size setting and QT_SCALE_FACTOR) on a 1366 x 768
screen, in every shipped language: every page and dialog shows all its text, or scrolls to
it (issue 20). Each size runs the tour in a process of its own, in every language one after
the other: the scale factor is read once, when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"screens": [{"name": "clinic-laptop", "x": 0, "y": 0, "width": 1366,
                       "height": 768, "logicalDpiX": 96, "logicalDpiY": 96}]}

pytestmark = pytest.mark.slow  # four processes, each touring every page in three languages

SIZES = [  # (text-size setting, QT_SCALE_FACTOR)
    ("1.5", "1"), ("2.0", "1"), ("1.0", "1.5"), ("1.0", "2"),
]
LANGUAGES = ["en", "ka", "ru"]


@pytest.fixture(scope="module")
def tours(tmp_path_factory):
    """What the tour at a size found, by language: one process for each size, run when the
    first test of that size asks."""
    done: dict[tuple[str, str], dict] = {}

    def at(text_scale: str, scale_factor: str) -> dict:
        if (text_scale, scale_factor) not in done:
            folder = tmp_path_factory.mktemp("scaled")
            screen = folder / "screen.json"
            screen.write_text(json.dumps(SCREEN))
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
                       QT_SCALE_FACTOR=scale_factor, PYTHONPATH=str(ROOT))
            run = subprocess.run(
                [sys.executable, "-m", "tests.ui.scaled_tour", text_scale, *LANGUAGES],
                cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
            assert run.returncode == 0, run.stderr[-3000:]
            done[text_scale, scale_factor] = json.loads(run.stdout.strip().splitlines()[-1])
        return done[text_scale, scale_factor]

    return at


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("text_scale", "scale_factor"), SIZES)
def test_every_page_shows_its_text(tours, text_scale: str, scale_factor: str,
                                   language: str) -> None:
    found = tours(text_scale, scale_factor)[language]
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)
