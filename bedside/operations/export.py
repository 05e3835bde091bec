"""What an export reads from the database; shared by `bedside export` and the export dialog.

Composition of store and interchange, so it lives above both (see bedside.operations).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bedside.interchange import export as export_job
from bedside.interchange.export import ExportError as ExportError  # what the screens catch
from bedside.interchange.export import ExportOptions as ExportOptions
from bedside.interchange.patient_records import Counter
from bedside.operations.lung_setting import lung_equations
from bedside.operations.output import written_whole
from bedside.store import Store, bulk, patients, wordings


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
        wordings={w.id: w for w in wordings.all_wordings(store)} if options.format == "fhir"
        else {},
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


def export_file(store: Store, options: ExportOptions, path: Path,
                progress: Callable[[int], None] | None = None, every: int = 100) -> Counter:
    """Write the export to ``path`` whole, renamed into place only once its audit entry is
    written; ``progress`` is told the visits written so far, every ``every`` visits (it may
    raise to stop: nothing is then written). ExportError, StoreError or OSError: nothing was
    written."""
    source = export_source(store, options)
    with written_whole(path, before_rename=lambda: record_export(store, options, str(path))
                       ) as out:
        return export_job.write_export(out, source, options, Counter(progress, every=every))
