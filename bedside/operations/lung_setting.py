"""The clinic's reference equations for lung function, a setting of the database (it changes
what every % predicted and z-score means, on every laptop): GLI Global unless the clinic
chose GLI-2012 with its group. Changing it is audited."""

from __future__ import annotations

from bedside.analysis import DEFAULT_EQUATIONS, LungEquations
from bedside.store import Store

EQUATIONS_SETTING = "lung_equations"
GROUP_SETTING = "lung_gli_2012_group"


def lung_equations(store: Store) -> LungEquations:
    """The equations the clinic reports against. A stored choice this version cannot read
    (written by hand, or by a later version) reads as the default, GLI Global: every value
    shown says which equations gave it."""
    equations = store.setting(EQUATIONS_SETTING, DEFAULT_EQUATIONS)
    group = store.setting(GROUP_SETTING) or None
    try:
        return LungEquations(equations, group if equations != DEFAULT_EQUATIONS else None)
    except ValueError:
        return LungEquations()


def set_lung_equations(store: Store, choice: LungEquations) -> None:
    """Record the clinic's choice (each changed setting audited), in one transaction."""
    with store.transaction():
        if store.setting(EQUATIONS_SETTING, DEFAULT_EQUATIONS) != choice.equations:
            store.set_setting(EQUATIONS_SETTING, choice.equations)
        if choice.group is not None and store.setting(GROUP_SETTING) != choice.group:
            store.set_setting(GROUP_SETTING, choice.group)
