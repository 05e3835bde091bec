"""The instruments (ALSFRS-R, MRC scale, muscle protocols), loaded from resources/."""

from bedside.instruments.loader import (
    ResourceError,
    all_mrc_cells,
    alsfrs_r,
    cell_label,
    cell_parts,
    mrc_scale,
    protocols,
    resource_root,
)
from bedside.instruments.model import (
    Alternate,
    Anchor,
    Domain,
    Grade,
    Item,
    MrcScale,
    Muscle,
    Protocol,
    Questionnaire,
)

__all__ = [
    "Alternate", "Anchor", "Domain", "Grade", "Item", "MrcScale", "Muscle", "Protocol",
    "Questionnaire", "ResourceError", "all_mrc_cells", "alsfrs_r", "cell_label", "cell_parts",
    "mrc_scale",
    "protocols", "resource_root",
]
