"""Pure clinical computations: totals, subscores, ΔFS, slopes, King's and MiToS, MRC sums,
vital capacity against the GLI equations, BMI and weight change."""

from bedside.analysis.alsfrs import (
    DAYS_PER_MONTH,
    DELTA_FS_DEFINITION,
    KINGS_DEFINITION,
    KINGS_READS,
    MAX_TOTAL,
    MITOS_DEFINITION,
    MITOS_READS,
    ConflictingAnswers,
    delta_fs,
    kings_stage,
    kings_stage_text,
    missing_items,
    mitos_stage,
    months_between,
    subscores,
    total,
)
from bedside.analysis.history import NEARBY_DAYS, Recording, last_recording, nearby
from bedside.analysis.mrc import MrcSum, mrc_sum, mrc_sum_of_codes, side_of
from bedside.analysis.summary import VisitSummary, summarize
from bedside.analysis.trend import (
    SLOPE_DEFINITION,
    baseline_delta_fs,
    history_slope,
    projected_total,
    projected_zero_date,
    slope_between,
    slopes_around,
    total_slope,
    trend_window,
)

__all__ = [
    "NEARBY_DAYS", "Recording", "last_recording", "nearby",
    "SLOPE_DEFINITION", "baseline_delta_fs", "projected_zero_date", "total_slope",
    "DAYS_PER_MONTH", "DELTA_FS_DEFINITION", "KINGS_DEFINITION", "KINGS_READS", "MAX_TOTAL",
    "MITOS_DEFINITION", "MITOS_READS",
    "ConflictingAnswers", "MrcSum", "VisitSummary", "delta_fs", "history_slope", "kings_stage",
    "kings_stage_text", "missing_items", "mitos_stage", "months_between", "mrc_sum",
    "mrc_sum_of_codes",
    "projected_total", "side_of", "slope_between", "slopes_around", "subscores", "summarize",
    "total", "trend_window",
]
from bedside.analysis.validate import (  # noqa: E402
    Problem,
    death_problems,
    event_problems,
    patient_problems,
    text_problems,
    visit_date_bounds,
    visit_date_problems,
    visit_problems,
)

__all__ += [
    "Problem", "death_problems", "event_problems", "patient_problems", "text_problems",
    "visit_date_bounds", "visit_date_problems", "visit_problems",
]
from bedside.analysis.lung import (  # noqa: E402
    DEFAULT_EQUATIONS,
    EQUATION_SETS,
    GLI_2012_DEFAULT_GROUP,
    GLI_2012_GROUPS,
    LMS_DEFINITION,
    SVC_DEFINITION,
    Prediction,
    Reference,
    VitalCapacity,
    decimal_age,
    predict,
    unpredicted_reason,
    vital_capacity,
)
from bedside.analysis.measures import (  # noqa: E402
    BMI_DEFINITION,
    FIELD_RANGES,
    HEIGHT_FOR_VISIT_DEFINITION,
    PLAUSIBLE,
    WEIGHT_CHANGE_DEFINITION,
    Range,
    bmi,
    height_for_visit,
    number_text,
    shown_number,
    weight_change_percent,
)

__all__ += [
    "DEFAULT_EQUATIONS", "EQUATION_SETS", "GLI_2012_DEFAULT_GROUP", "GLI_2012_GROUPS",
    "LMS_DEFINITION", "SVC_DEFINITION", "Prediction", "Reference", "VitalCapacity",
    "decimal_age", "predict", "unpredicted_reason", "vital_capacity",
    "BMI_DEFINITION", "FIELD_RANGES", "HEIGHT_FOR_VISIT_DEFINITION", "number_text",
    "PLAUSIBLE", "WEIGHT_CHANGE_DEFINITION",
    "Range", "bmi", "height_for_visit", "weight_change_percent",
]
from bedside.analysis.interventions import (  # noqa: E402
    PAIRING_DEFINITION,
    Intervention,
    intervention_name,
    intervention_text,
    interventions,
    ongoing,
)
from bedside.analysis.lung import (  # noqa: E402
    LungEquations,
    equation_names,
    group_names,
    percent_of,
    z_score_of,
)
from bedside.analysis.validate import measurement_problems, niv_hours_problems  # noqa: E402
from bedside.analysis.visit_measures import (  # noqa: E402
    LUNG_FUNCTION_FIELDS,
    OVERDUE_DAYS,
    OVERDUE_DEFINITION,
    MeasuredVisit,
    heights,
    last_measured,
    measured,
    measured_history,
    overdue,
    previous,
)

__all__ += [
    "PAIRING_DEFINITION", "Intervention", "interventions", "ongoing", "LungEquations",
    "intervention_name", "intervention_text", "shown_number",
    "equation_names", "group_names",
    "percent_of", "z_score_of", "measurement_problems", "niv_hours_problems",
    "LUNG_FUNCTION_FIELDS", "OVERDUE_DAYS",
    "OVERDUE_DEFINITION", "MeasuredVisit", "heights", "last_measured", "measured",
    "measured_history", "overdue", "previous",
]
