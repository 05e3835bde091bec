"""A complete wording file for the tests: made-up Georgian text, not a translation of the
ALSFRS-R (no validated wording ships with Bedside, not even among its tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bedside.instruments import alsfrs_r


def test_wording_data(language: str = "ka", version: str = "test-1") -> dict[str, Any]:
    q = alsfrs_r()
    return {
        "format": "bedside-instrument-wording/1",
        "instrument": "alsfrs_r",
        "language": language,
        "title": "ტესტური ფორმულირება (TEST, not a validated translation)",
        "source": "Bedside test suite",
        "licence_holder": "Nobody: made up for the tests",
        "version": version,
        "date": "2024-03-01",
        "instruction": "ტესტური ინსტრუქცია",
        "items": {
            item.key: {"name": f"ტესტური პუნქტი {item.number}",
                       "anchors": {str(a.score): f"ტესტური პასუხი {item.number}/{a.score}"
                                   for a in item.anchors}}
            for item in q.items
        },
    }


def write_wording(folder: Path, data: dict[str, Any] | None = None,
                  name: str = "wording.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data or test_wording_data(), ensure_ascii=False, indent=1),
                    encoding="utf-8")
    return path


test_wording_data.__test__ = False  # (not a test, although its name begins with test)
