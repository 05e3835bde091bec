"""Body and breathing measurements of a visit: the ranges Bedside accepts, BMI, weight change.

Every value is checked against one range here, whichever way it comes in (a screen, a CSV
file, an import), and a value outside it is refused with the unit and the range named.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bedside.i18n import QT_TRANSLATE_NOOP, Context, fill, formats

ANALYSIS = Context("ANALYSIS")
RULES = Context("RULES")


@dataclass(frozen=True)
class Range:
    """The values Bedside accepts for one measurement, bounds included."""

    label: str  # in English (QT_TRANSLATE_NOOP); ``name`` in the language chosen
    unit: str
    low: float
    high: float
    hint: str = ""  # said after the range when a value is refused

    @property
    def name(self) -> str:
        return ANALYSIS.translated(self.label)

    @property
    def text(self) -> str:
        """'0.1-10 L'."""
        return f"{self.low:g}-{self.high:g} {self.unit}"

    def value_text(self, value: float) -> str:
        """'2.85 L' ('2,85 L' in a language that writes a decimal comma)."""
        return f"{shown_number(value)} {self.unit}"

    def problem(self, value: float) -> str | None:
        """'FVC 25 L: must be 0.1-10 L', or None for an acceptable value."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return fill(RULES.tr("%1 %2: must be a number, %3"), self.name, repr(value),
                        self.text)
        if math.isfinite(value) and self.low <= value <= self.high:
            return None
        hint = f" ({ANALYSIS.translated(self.hint)})" if self.hint else ""
        return fill(RULES.tr("%1 %2: must be %3"), self.name, f"{value:g} {self.unit}",
                    self.text) + hint


# Wide enough for every patient a clinic sees, from a healthy tall man to late ALS; narrow
# enough to catch a unit mix-up (millilitres for litres, metres or inches for centimetres).
_PRESSURE_HINT = QT_TRANSLATE_NOOP("ANALYSIS", "the pressure's size, without a minus sign")
PLAUSIBLE: dict[str, Range] = {
    "fvc": Range(QT_TRANSLATE_NOOP("ANALYSIS", "FVC"), "L", 0.1, 10),
    "svc": Range(QT_TRANSLATE_NOOP("ANALYSIS", "SVC"), "L", 0.1, 10),
    "mip": Range(QT_TRANSLATE_NOOP("ANALYSIS", "MIP"), "cmH2O", 0, 300, _PRESSURE_HINT),
    "snip": Range(QT_TRANSLATE_NOOP("ANALYSIS", "SNIP"), "cmH2O", 0, 300, _PRESSURE_HINT),
    "peak_cough_flow": Range(QT_TRANSLATE_NOOP("ANALYSIS", "Peak cough flow"), "L/min", 0,
                             1000),
    "weight": Range(QT_TRANSLATE_NOOP("ANALYSIS", "Weight"), "kg", 20, 300),
    "height": Range(QT_TRANSLATE_NOOP("ANALYSIS", "Height"), "cm", 100, 250),
}

# The field of each measurement of a visit (bedside.domain.Measurements) -> its range.
FIELD_RANGES: dict[str, Range] = {
    "fvc_l": PLAUSIBLE["fvc"], "svc_l": PLAUSIBLE["svc"], "mip_cmh2o": PLAUSIBLE["mip"],
    "snip_cmh2o": PLAUSIBLE["snip"], "peak_cough_flow_l_min": PLAUSIBLE["peak_cough_flow"],
    "weight_kg": PLAUSIBLE["weight"], "height_cm": PLAUSIBLE["height"],
}


def number_text(value: float) -> str:
    """A measured value as files and the audit log write it: the shortest text that reads
    back as the same number, without a trailing '.0' ('2.85', '72', '0.5')."""
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def shown_number(value: float) -> str:
    """number_text as people read it in the language chosen: '2.85' or '2,85'."""
    return formats.number_text(value, len(number_text(value).partition(".")[2]))


BMI_DEFINITION = QT_TRANSLATE_NOOP("ANALYSIS", "BMI: weight in kg / (height in m)\u00b2.")
WEIGHT_CHANGE_DEFINITION = QT_TRANSLATE_NOOP(
    "ANALYSIS",
    "Weight change: (weight - pre-illness weight) / pre-illness weight x 100, in %; "
    "negative is a loss."
)
HEIGHT_FOR_VISIT_DEFINITION = (
    "The height of a visit: the latest measured on or before the visit date; without one, the "
    "first measured after it (an adult's height does not change over the course of ALS)."
)


def _plausible(kind: str, value: float | None) -> bool:
    return value is not None and PLAUSIBLE[kind].problem(value) is None


def bmi(weight_kg: float | None, height_cm: float | None) -> float | None:
    """BMI_DEFINITION; None unless both are recorded and plausible."""
    if not (_plausible("weight", weight_kg) and _plausible("height", height_cm)):
        return None
    assert weight_kg is not None and height_cm is not None
    return weight_kg / (height_cm / 100) ** 2


def weight_change_percent(weight_kg: float | None,
                          pre_illness_kg: float | None) -> float | None:
    """WEIGHT_CHANGE_DEFINITION; None unless both are recorded and plausible."""
    if not (_plausible("weight", weight_kg) and _plausible("weight", pre_illness_kg)):
        return None
    assert weight_kg is not None and pre_illness_kg is not None
    return (weight_kg - pre_illness_kg) / pre_illness_kg * 100


def height_for_visit(heights: Sequence[tuple[date, float]], visit_date: date) -> float | None:
    """HEIGHT_FOR_VISIT_DEFINITION; ``heights`` are (date measured, cm) in any order."""
    before = [h for h in heights if h[0] <= visit_date]
    if before:
        return max(before, key=lambda h: h[0])[1]
    after = [h for h in heights if h[0] > visit_date]
    return min(after, key=lambda h: h[0])[1] if after else None
