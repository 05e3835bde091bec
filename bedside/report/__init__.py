"""The PDF visit summary (reportlab): domain objects in, PDF bytes out; no file is written here.

``render_visit_summary`` builds the summary; ``raster.render_pages`` turns PDF bytes into page
images for printing.
"""

from bedside.report.visit_summary import VisitSummaryRenderer, render_visit_summary

__all__ = ["VisitSummaryRenderer", "render_visit_summary"]
