"""The column names of the visit and event CSV files (SPEC §3), derived from the instruments."""

from __future__ import annotations

from functools import cache

from bedside.instruments import all_mrc_cells, alsfrs_r

PATIENT_COLUMNS = (
    "patient_id", "family_name", "given_name", "birth_date", "sex", "onset_date",
    "onset_region", "diagnosis_date", "patient_uid",
)
VISIT_COLUMNS = ("visit_date", "examiner", "notes", "visit_uid")
EVENT_COLUMNS = ("patient_id", "event_date", "kind", "label", "event_uid")
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
        "mrc_sum", "mrc_max",
    )


@cache
def known_mrc_columns() -> dict[str, str]:
    """CSV column -> MRC cell key, for every cell of every protocol."""
    return {MRC_PREFIX + cell: cell for cell in all_mrc_cells()}


def mrc_column_order(cells: set[str]) -> list[str]:
    order = {cell: n for n, cell in enumerate(all_mrc_cells())}
    return [MRC_PREFIX + c for c in sorted(cells, key=lambda c: (order.get(c, len(order)), c))]
