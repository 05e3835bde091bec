"""What travels to the clinic server (SPEC §7): each kind of record, the row it is, its id and
its content.

A record's content is the canonical JSON of one immutable row: keys sorted, no spaces, a value
that is NULL (or the column's default) left out, made by SQLite from the row (json_object), so
the same row always gives the same text, on the laptop that wrote it and on every laptop that
received it (``incoming`` stores every field and checks the row gives the text back). Local
row ids never travel: a reference is the referenced row's id that travels. A visit's fields
are read from its table, so a column a later migration adds travels without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass

from bedside.store.db import Store
from bedside.store.migrations import LOCAL_AUDIT_ACTIONS
from bedside.store.rows import PATIENT_DETAILS

# The order a push sends them in (what a record refers to comes before it).
KIND_ORDER = ("import", "wording", "patient", "merge", "visit", "event", "audit")


@dataclass(frozen=True)
class Field:
    """One key of a record's content: ``out`` the SQL value it is made of (over the kind's
    row and joins); ``column`` the column it is stored in on arrival, NULL/absent becoming
    ``default`` (an SQL literal) there; ``column`` None: stored by incoming's own code."""

    key: str
    out: str
    column: str | None
    default: str | None = None

    @property
    def into(self) -> str:
        """The value of this field of an arriving record (temp.sync_inbox s)."""
        value = f"json_extract(s.content, '$.\"{self.key}\"')"
        return value if self.default is None else f"coalesce({value}, {self.default})"


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    alias: str
    uid_column: str
    joins: str
    fields: tuple[Field, ...]
    travels: str = "1"  # which rows of the table travel
    row_id: str = "id"  # the local row id (the order written here)

    @property
    def content(self) -> str:
        """The SQL expression of a row's content."""
        pairs = sorted((f.key, f.out) for f in self.fields)
        text = "'{}'"
        # (SQLite takes at most 127 arguments; the text is the same whatever the chunks)
        for start in range(0, len(pairs), 60):
            args = ", ".join(f"'{k}', {v}" for k, v in pairs[start:start + 60])
            text = f"json_patch({text}, json_object({args}))"
        return text

    @property
    def source(self) -> str:
        return f"{self.table} {self.alias}{self.joins}"


def _plain(alias: str, column: str, key: str | None = None, default: str | None = None,
           ) -> Field:
    out = f"{alias}.{column}" if default is None else f"nullif({alias}.{column}, {default})"
    return Field(key or column, out, column, default)


def _plains(alias: str, *columns: str) -> tuple[Field, ...]:
    return tuple(_plain(alias, c) for c in columns)


def _stamp(alias: str) -> tuple[Field, ...]:
    return (*_plains(alias, "recorded_at", "recorded_by", "reason"),
            _plain(alias, "laptop_uid", "laptop"))


_PATIENT_DETAILS = tuple(  # (the names: empty when not known, and then left out)
    _plain("v", c, default="''" if c in ("family_name", "given_name") else None)
    for c in PATIENT_DETAILS)

IMPORT = Kind("import", "imports", "i", "import_uid", "", (
    _plain("i", "import_uid", "uid"),
    *_plains("i", "imported_at", "imported_by", "file_name", "sha256", "row_count",
             "signature_meaning")))
# The clinic's wordings of the instruments (visits name the one they were entered in). Who
# added one and when stays on the laptop (the audit entry of its adding travels): the same
# wording added on two laptops is then the same record.
WORDING = Kind("wording", "instrument_wordings", "w", "wording_uid", "", (
    Field("uid", "w.wording_uid", None),  # (generated from wording_id)
    *_plains("w", "wording_id", "instrument", "language", "title", "version", "content")),
    row_id="rowid")
PATIENT = Kind("patient", "patient_versions", "v", "version_uid",
               " JOIN patients p ON p.id = v.patient_ref", (
                   _plain("v", "version_uid", "uid"), _plain("v", "patient_uid"),
                   Field("patient_id", "p.patient_id", None), Field(
                       "parents", "json(v.parents)", "parents", "'[]'"),
                   *_PATIENT_DETAILS, *_stamp("v")))
MERGE = Kind("merge", "patient_merges", "m", "merge_uid",
             " JOIN patients p ON p.id = m.patient_ref", (
                 _plain("m", "merge_uid", "uid"), Field("patient_id", "p.patient_id", None),
                 _plain("m", "kept_uid", "kept"), _plain("m", "merged_uid", "merged"),
                 *_stamp("m")))
EVENT = Kind("event", "event_versions", "v", "version_uid",
             " LEFT JOIN imports i ON i.id = v.import_ref", (
                 _plain("v", "version_uid", "uid"), _plain("v", "event_uid", "event"),
                 _plain("v", "patient_uid"), Field("parents", "json(v.parents)", "parents",
                                                   "'[]'"),
                 *_plains("v", "event_date", "kind", "hours_per_day"),
                 _plain("v", "label", default="''"),
                 _plain("v", "deleted", default="0"), Field("import", "i.import_uid", None),
                 *_stamp("v")))
_LOCAL = ", ".join(f"'{a}'" for a in LOCAL_AUDIT_ACTIONS)
# (written out as migration 7's partial index audit_untravelled has it, so SQLite uses it)
AUDIT_TRAVELS = f"a.action NOT IN ({_LOCAL})"
AUDIT = Kind("audit", "audit_log", "a", "entry_uid", "", (
    _plain("a", "entry_uid", "uid"),
    *_plains("a", "at_utc", "who", "action", "entity", "entity_key", "field", "old_value",
             "new_value", "reason"),
    _plain("a", "laptop_uid", "laptop")), travels=AUDIT_TRAVELS)

# A visit's columns that do not travel as they are: local row ids and references (they
# travel as the ids of what they name), its status (whether a newer version exists is
# known wherever both are), its id and the id of its patient's record (fields of their own).
_VISIT_LOCAL = ("id", "patient_ref", "status", "previous_version", "import_ref", "mrc_layout",
                "visit_uid", "patient_uid", "received_seq")
VISIT_JOINS = (" JOIN patients p ON p.id = v.patient_ref"
               " LEFT JOIN visits pv ON pv.id = v.previous_version"
               " LEFT JOIN imports i ON i.id = v.import_ref"
               " LEFT JOIN mrc_layouts l ON l.id = v.mrc_layout")


def visit_kind(store: Store) -> Kind:
    """The visit as its table has it now (a later migration may add columns)."""
    cached = store.cache.get("travel.visit")
    if cached is not None:
        return cached
    columns = store.conn.execute("PRAGMA table_info(visits)").fetchall()
    fields = [_plain("v", "visit_uid", "uid"),
              Field("patient_uid", "coalesce(v.patient_uid, p.patient_uid)", None),
              Field("previous", "pv.visit_uid", None), Field("import", "i.import_uid", None),
              Field("mrc_cells", "json(l.cells)", None)]
    fields += [_plain("v", name, default=default) for _, name, _, _, default, _ in columns
               if name not in _VISIT_LOCAL]
    kind = store.cache["travel.visit"] = Kind(
        "visit", "visits", "v", "visit_uid", VISIT_JOINS, tuple(fields),
        travels="v.status != 'draft'")
    return kind


def kinds(store: Store) -> dict[str, Kind]:
    """Every kind of record, in the order a push sends them."""
    found = {k.name: k for k in (IMPORT, WORDING, PATIENT, MERGE, EVENT, AUDIT)}
    found["visit"] = visit_kind(store)
    return {name: found[name] for name in KIND_ORDER}
