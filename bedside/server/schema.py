"""The clinic server's schema: numbered migrations, each with its record in one transaction.

Never edit a migration that has shipped: add a new one. The server holds what laptops sent as
immutable records, one per uid (a patient, a version of a patient's details, a signed visit
version, an event, an import, an audit entry, a merge): content is the laptop's canonical JSON
of the row, so the same uid sent twice is recognised as the same text, and a laptop's next
field needs no server migration. Triggers refuse UPDATE and DELETE on what was received.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bedside.server.connection import ServerError, connect, first_line

if TYPE_CHECKING:
    import psycopg

RECORD_KINDS = ("patient", "patient_version", "visit", "event", "import", "audit", "merge")


def _m001_records(cur: psycopg.Cursor) -> None:
    kinds = ", ".join(f"'{k}'" for k in RECORD_KINDS)
    cur.execute(f"""
CREATE TABLE laptops (
  laptop_uid uuid PRIMARY KEY,
  name text NOT NULL,
  db_role text NOT NULL DEFAULT current_user,
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_sync timestamptz
);
CREATE TABLE records (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid uuid NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ({kinds})),
  content text NOT NULL,
  laptop_uid uuid NOT NULL REFERENCES laptops,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pushes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  laptop_uid uuid NOT NULL REFERENCES laptops,
  at timestamptz NOT NULL DEFAULT now(),
  db_role text NOT NULL DEFAULT current_user,
  stored integer NOT NULL,
  already_there integer NOT NULL,
  refused integer NOT NULL
);
CREATE TABLE integrity_problems (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid uuid NOT NULL,
  laptop_uid uuid NOT NULL REFERENCES laptops,
  at timestamptz NOT NULL DEFAULT now(),
  content_sent text NOT NULL
);
CREATE VIEW records_json AS
  SELECT seq, uid, kind, content::jsonb AS content, laptop_uid, received_at FROM records;
CREATE FUNCTION bedside_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'bedside: % of % refused: what laptops sent is never changed',
    TG_OP, TG_TABLE_NAME;
END $$;
CREATE TRIGGER records_immutable BEFORE UPDATE OR DELETE ON records
  FOR EACH ROW EXECUTE FUNCTION bedside_refuse_change();
CREATE TRIGGER pushes_immutable BEFORE UPDATE OR DELETE ON pushes
  FOR EACH ROW EXECUTE FUNCTION bedside_refuse_change();
CREATE TRIGGER integrity_problems_immutable BEFORE UPDATE OR DELETE ON integrity_problems
  FOR EACH ROW EXECUTE FUNCTION bedside_refuse_change();
""")


MIGRATIONS: tuple[Callable[[psycopg.Cursor], None], ...] = (_m001_records,)
CURRENT_VERSION = len(MIGRATIONS)


class SchemaMissing(ServerError):
    pass


class ServerSchemaTooNew(ServerError):
    pass


def version(cur: psycopg.Cursor) -> int:
    """The schema version of the server's database; 0 when Bedside's schema is not there."""
    cur.execute("SELECT to_regclass('bedside_schema') IS NOT NULL")
    if not cur.fetchone()[0]:
        return 0
    cur.execute("SELECT coalesce(max(version), 0) FROM bedside_schema")
    return int(cur.fetchone()[0])


def require_current(found: int, where: str) -> None:
    """Refuse a server whose schema this Bedside cannot sync with, with what to do."""
    if found == 0:
        raise SchemaMissing(f"{where} has no Bedside schema: run `bedside server migrate URL` "
                            "once (the clinic's database administrator); nothing was changed")
    if found > CURRENT_VERSION:
        raise ServerSchemaTooNew(
            f"{where} has Bedside server schema {found}, newer than this Bedside knows "
            f"({CURRENT_VERSION}): update Bedside on this laptop; nothing was changed")
    if found < CURRENT_VERSION:
        raise SchemaMissing(f"{where} has Bedside server schema {found}; this Bedside needs "
                            f"{CURRENT_VERSION}: run `bedside server migrate URL`; nothing "
                            "was changed")


def migrate_url(url: str) -> tuple[int, int]:
    """Bring the schema of the server at ``url`` up to date; (version before, after)."""
    import psycopg

    with connect(url) as conn:
        try:
            return migrate(conn)
        except psycopg.Error as e:
            raise ServerError(f"the server refused the migration: {first_line(e)}; nothing "
                              "was changed") from None


def migrate(conn: psycopg.Connection) -> tuple[int, int]:
    """Bring the server's schema up to date; (version before, version after)."""
    with conn.transaction(), conn.cursor() as cur:
        # one migrating laptop at a time; the lock ends with the transaction
        cur.execute("SELECT pg_advisory_xact_lock(hashtext('bedside-server-migrate'))")
        cur.execute("""CREATE TABLE IF NOT EXISTS bedside_schema (
  version integer PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL DEFAULT current_user)""")
        before = version(cur)
    if before > CURRENT_VERSION:
        raise ServerSchemaTooNew(
            f"the server has Bedside schema {before}, newer than this Bedside knows "
            f"({CURRENT_VERSION}): migrate it with the newer Bedside; nothing was changed")
    for number in range(before + 1, CURRENT_VERSION + 1):
        with conn.transaction(), conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext('bedside-server-migrate'))")
            if version(cur) >= number:
                continue  # another laptop migrated meanwhile
            MIGRATIONS[number - 1](cur)
            cur.execute("INSERT INTO bedside_schema (version) VALUES (%s)", (number,))
    return before, CURRENT_VERSION
