"""Helpers for the UI tests: showing a window for real, complete ALSFRS-R answers."""

from __future__ import annotations


def show_active(qtbot, window) -> None:
    """Show and activate a window so shortcuts reach it, as a user's click would."""
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


FULL = {
    "Q1_Speech": 4, "Q2_Salivation": 4, "Q3_Swallowing": 4, "Q4_Handwriting": 4,
    "Q5a_Cutting_without_Gastrostomy": 4, "Q6_Dressing_and_Hygiene": 4,
    "Q7_Turning_in_Bed": 4, "Q8_Walking": 4, "Q9_Climbing_Stairs": 4, "R_1_Dyspnea": 4,
    "R_2_Orthopnea": 4, "R_3_Respiratory_Insufficiency": 4,
}


def answers(**changes: int) -> dict[str, int]:
    out = dict(FULL)
    out.update(changes)
    return out
