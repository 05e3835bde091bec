"""What an export reads from the database; shared by `bedside export` and the export dialog.

Composition of store and interchange, so it lives above both (see bedside.operations).
"""

from __future__ import annotations

from bedside.interchange import export_job
from bedside.operations.lung_setting import lung_equations
from bedside.store import Store, bulk, patients


def export_source(store: Store, options: export_job.ExportOptions) -> export_job.ExportSource:
    """What an export reads from the database (the app's export dialog reads the same)."""
    pid = options.patient_id
    if pid is None:
        scope = patients.all_patients(store)
    else:
        one = patients.get(store, pid)
        scope = [one] if one is not None else []
    return export_job.ExportSource(
        patients=scope,
        rows=bulk.iter_current(store, pid),
        events=bulk.all_events(store, pid),
        mrc_cells=bulk.mrc_cells_in_use(store, pid),
        secret=store.pseudonym_secret() if options.deidentify else "",
        score_rows=bulk.iter_current_scores(store, pid),  # generators: only one is read
        lung=lung_equations(store),
    )


def visits_in_scope(store: Store, patient_id: str | None) -> int:
    """About how many visits an export will write (for a progress bar's range)."""
    ids = [patient_id] if patient_id else [p.patient_id for p in patients.all_patients(store)]
    return sum(len(days) for days in bulk.existing_visit_dates(store, ids).values())


def record_export(store: Store, options: export_job.ExportOptions, destination: str) -> bool:
    """Write a finished export to the audit log: who took which data where (issue 9). False
    when it cannot be written at all: the database is on a read-only medium."""
    if store.read_only:
        return False
    what = ("events" if options.events else "visits") + f" as {options.format}"
    if options.deidentify:
        what += ", de-identified"
    with store.transaction(record_only=True):
        store.audit("export", "export", destination,
                    new=f"{what}; patients: {options.patient_id or 'all'}")
    return True

