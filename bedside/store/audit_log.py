"""Reading the append-only audit log: the history of a patient or of a visit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bedside.store.db import Store


@dataclass(frozen=True)
class AuditEntry:
    entry_id: int
    at_utc: datetime
    who: str
    action: str  # create, update, draft, sign, amend, discard, delete, import
    entity: str  # patient, visit, event, setting, import
    entity_key: str  # "P001", "P001/2024-05-01" (visit), "P001/17" (event id), import uid
    field: str | None
    old_value: str | None
    new_value: str | None
    reason: str | None


_COLUMNS = "id, at_utc, who, action, entity, entity_key, field, old_value, new_value, reason"


# The imports that brought a patient's visits and events, or one visit (any version of it):
# an import is one audit entry (entity 'import'), not one per visit it brought.
_PATIENT_IMPORTS = (
    "SELECT i.import_uid FROM imports i WHERE i.id IN (SELECT v.import_ref FROM visits v"
    " JOIN patients p ON p.id = v.patient_ref WHERE p.patient_id = ?"
    " UNION SELECT e.import_ref FROM events e JOIN patients p ON p.id = e.patient_ref"
    " WHERE p.patient_id = ?)")
_VISIT_IMPORTS = (
    "SELECT i.import_uid FROM imports i WHERE i.id IN (SELECT v.import_ref FROM visits v"
    " JOIN patients p ON p.id = v.patient_ref WHERE p.patient_id = ? AND v.visit_date = ?)")


def history(store: Store, entity: str, entity_key: str) -> list[AuditEntry]:
    """Every audit entry of one visit ("visit", "P001/2024-05-01") or one event, oldest first.
    For a patient ("patient", "P001") it also holds the entries of the patient's visits and
    events, so the whole record's history reads in one list. An imported visit's history
    holds the entry of the import it came from (file, sha256, rows, who, when)."""
    imports = "(entity = 'import' AND entity_key IN ({}))"
    if entity == "patient":
        # a visit or event key is the patient's identifier, '/', then a date or an id (no
        # '/'): the identifier is matched exactly, case and all ('AB' never lists 'ab' or
        # 'AB/C'); the range lets the index find the keys that begin with it
        sql = (f"SELECT {_COLUMNS} FROM audit_log WHERE (entity = 'patient' AND entity_key = ?)"
               " OR (entity IN ('visit', 'event') AND entity_key >= ? AND entity_key < ?"
               " AND instr(substr(entity_key, ?), '/') = 0)"
               f" OR {imports.format(_PATIENT_IMPORTS)} ORDER BY id")
        params: tuple = (entity_key, entity_key + "/", entity_key + "0",
                         len(entity_key) + 2, entity_key, entity_key)
    elif entity == "visit":
        patient_id, _, day = entity_key.rpartition("/")
        sql = (f"SELECT {_COLUMNS} FROM audit_log WHERE (entity = ? AND entity_key = ?)"
               f" OR {imports.format(_VISIT_IMPORTS)} ORDER BY id")
        params = (entity, entity_key, patient_id, day)
    else:
        sql = f"SELECT {_COLUMNS} FROM audit_log WHERE entity = ? AND entity_key = ? ORDER BY id"
        params = (entity, entity_key)
    return [
        AuditEntry(r[0], datetime.fromisoformat(r[1]), *r[2:])
        for r in store.conn.execute(sql, params)
    ]
