"""Visit entry: start page, ALSFRS-R one item per page, MRC grid, review, sign and amend.

Hosted by the main window through ``VisitEditor(store, patient, visit=None, *, examiner="")``.
"""

from bedside.ui.visit.editor import VisitEditor

__all__ = ["VisitEditor"]
