"""The column names of the visit and event CSV files (SPEC §3), derived from the instruments."""

from __future__ import annotations

from functools import cache

from bedside.domain import MEASUREMENT_FIELDS
from bedside.instruments import all_mrc_cells, alsfrs_r

PATIENT_COLUMNS = (
    "patient_id", "family_name", "given_name", "birth_date", "sex", "onset_date",
    "onset_region", "diagnosis_date", "pre_illness_weight_kg", "patient_uid",
)
VISIT_COLUMNS = ("visit_date", "examiner", "notes", "visit_uid")
# How the ALSFRS-R was obtained and who answered (PRO-ACT's names); empty = clinic, patient.
MODE_COLUMN, RESPONDENT_COLUMN = "Mode_of_Administration", "ALSFRS_Responded_By"
ADMINISTRATION_COLUMNS = (MODE_COLUMN, RESPONDENT_COLUMN)
MEASUREMENT_COLUMNS = MEASUREMENT_FIELDS  # fvc_l ... height_cm; empty = not measured
# Derived from the measurements on export, with the decimals each is written with: % of the
# predicted and z-score against the clinic's reference equations, BMI from the visit's height.
MEASURE_DERIVED = {"fvc_pct_pred": 1, "fvc_z": 2, "svc_pct_pred": 1, "bmi": 1}
EVENT_COLUMNS = ("patient_id", "event_date", "kind", "label", "niv_hours_per_day", "event_uid")
TOTAL_COLUMN = "ALSFRS_R_Total"
MRC_PREFIX = "MRC_"


@cache
def subscore_columns() -> dict[str, str]:
    """Export column by domain key, e.g. {'bulbar': 'bulbar_subscore', ...}."""
    return {d.key: d.column for d in alsfrs_r().domains}


@cache
def derived_columns() -> tuple[str, ...]:
    return (
        TOTAL_COLUMN, *subscore_columns().values(), "delta_fs", "kings_stage", "mitos_stage",
        "mrc_sum", "mrc_max", *MEASURE_DERIVED,
    )


@cache
def known_mrc_columns() -> dict[str, str]:
    """CSV column -> MRC cell key, for every cell of every protocol."""
    return {MRC_PREFIX + cell: cell for cell in all_mrc_cells()}


def mrc_column_order(cells: set[str]) -> list[str]:
    order = {cell: n for n, cell in enumerate(all_mrc_cells())}
    return [MRC_PREFIX + c for c in sorted(cells, key=lambda c: (order.get(c, len(order)), c))]
