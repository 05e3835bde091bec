"""`bedside backup`, `bedside restore FILE` and `bedside check` (SPEC §2, §5)."""

from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path

from bedside.cli.common import (
    CLI,
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    CommandError,
    add_db_option,
    database_exists,
    db_path,
    open_store,
    output_path,
)
from bedside.i18n import fill
from bedside.store import (
    BadBackup,
    KeysFileProblem,
    Store,
    StoreError,
    accounts,
    backup,
    encryption,
    health,
    keyfile,
)
from bedside.store.connector import PLAIN, Connector
from bedside.store.files import sidecars


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=CLI.tr("a consistent, verified backup of the database"))
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help=CLI.tr("the new backup file (default: the backups folder beside the "
                               "database)"))
    add_db_option(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=CLI.tr("replace the database with a checked backup; the "
                                              "current database is kept in the backups folder"))
    p.add_argument("file", type=Path, metavar="FILE", help=CLI.tr("the backup to restore"))
    add_db_option(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", help=CLI.tr("integrity and schema check: says what is wrong "
                                            "and what to do; changes nothing"))
    add_db_option(p)
    p.set_defaults(func=cmd_check)


def _existing_db(args: argparse.Namespace) -> Path:
    path = db_path(args)
    if not path.exists() and not sidecars(path)[0].exists():
        raise CommandError(CLI.tr("%1: there is no database here; name it with --db PATH")
                           .replace("%1", str(path)), EXIT_BAD_INPUT)
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    _existing_db(args)
    out: Path | None = args.output
    if out is not None:
        out = output_path(args, out, new_only=True)
    with open_store(args, reading=out is not None) as store:
        try:
            made = store.backup(out)
        except (StoreError, OSError) as e:
            raise CommandError(CLI.tr("the backup failed: %1").replace("%1", str(e))) from None
    print(CLI.tr("backup written and verified: %1").replace("%1", str(made)))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    source: Path = args.file
    if not source.is_file():
        raise CommandError(CLI.tr("%1: no such file; name a backup file").replace(
            "%1", str(source)), EXIT_BAD_INPUT)
    if not path.parent.is_dir():
        raise CommandError(fill(CLI.tr("%1: the folder %2 does not exist; check --db or "
                                       "BEDSIDE_DB (nothing was created)"), path, path.parent),
                           EXIT_BAD_INPUT)
    creds = _Credentials()
    try:
        who = _sign_in_to_current(path, creds)
        if encryption.backup_needs_key(source, path) or encryption.needs_key(path):
            result = encryption.restore(path, source, *creds.pair)
        else:
            result = backup.restore(path, source, who=who or "")
    except accounts.SignInFailed as e:
        raise CommandError(CLI.tr("%1; the database was not changed").replace("%1", str(e)),
                           EXIT_BAD_INPUT) from None
    except BadBackup as e:
        raise CommandError(f"{e} " + CLI.tr("The database was not changed."),
                           EXIT_BAD_INPUT) from None
    except StoreError as e:
        raise CommandError(str(e), EXIT_FAILURE) from None
    print(fill(CLI.tr("restored %1 from %2 (checked before and after copying; recorded in its "
                      "audit trail)"), path, source))
    if result.kept:
        print(CLI.tr("the database it replaced was kept as %1").replace("%1", str(result.kept[0])))
    return EXIT_OK


def _sign_in_to_current(path: Path, creds: _Credentials) -> str | None:
    """Restore signs in to the database it replaces, where that database still opens: a
    protected one (examiner accounts, or encrypted) is replaced only by an examiner who can
    sign in to it (audited there; a wrong password changes nothing). Returns who signed in
    (None: the database is missing, damaged, or not protected)."""
    if not database_exists(path):
        return None
    if encryption.needs_key(path):
        name, password = creds.pair
        try:
            key = encryption.unlock(path, name, password)  # SignInFailed: nothing changes
        except KeysFileProblem:
            return None  # its keys file is damaged: it does not open
        try:
            store = Store.open(path, key=key)
        except StoreError:  # unlocked, but damaged: the key proved who it is
            return name.strip()
        with store:
            encryption.sign_in_opened(store, name, password)
            return store.signed_in
    if health.inspect(path).state != "ok":
        return None  # damaged, foreign or of a newer version: nobody can sign in to it
    try:
        store = Store.open(path)
    except StoreError:
        return None
    with store:
        if not accounts.has_accounts(store):
            return None
        return accounts.sign_in(store, *creds.pair)


class _Credentials:
    """The examiner and password, asked for once (a restore may need them twice)."""

    @functools.cached_property
    def pair(self) -> tuple[str, str]:
        from bedside.cli import credentials

        return credentials.examiner_name(), credentials.password()


def _what_to_do(path: Path, verdict: health.Health, connector: Connector = PLAIN) -> str:
    newest = backup.newest_good(path, connector)
    if verdict.too_new:
        if newest:
            return CLI.tr("What to do: open it with the newer version of Bedside or, to go back "
                          "to the newest backup, run: bedside restore '%1'.").replace(
                "%1", str(newest.path))
        return CLI.tr("What to do: open it with the newer version of Bedside.")
    if newest is None:
        paired = [b for b in backup.list_backups(path)
                  if b.reason not in backup.KEPT_ASIDE and keyfile.exists_for(b.path)]
        if paired and not connector.encrypted:  # encrypted backups: checked when restoring
            return fill(CLI.tr("What to do: restore the newest encrypted backup together with "
                               "its keys file, taken %1 UTC: bedside restore '%2' (signed in; "
                               "the damaged file is kept aside)."),
                        f"{paired[0].taken_at:%Y-%m-%d %H:%M}", paired[0].path)
        return CLI.tr("What to do: no good backup was found in %1; keep the file as it is and "
                      "ask your IT support to recover it.").replace(
            "%1", str(backup.backup_dir(path)))
    return fill(CLI.tr("What to do: restore the newest good backup, taken %1 UTC: bedside "
                       "restore '%2' (the damaged file is kept aside)."),
                f"{newest.taken_at:%Y-%m-%d %H:%M}", newest.path)


def cmd_check(args: argparse.Namespace) -> int:
    path = _existing_db(args)
    connector = _check_connector(path)
    verdict = health.inspect(path, thorough=True, connector=connector)
    warning = health.network_share_warning(path)
    if warning:
        print(CLI.tr("warning: %1").replace("%1", warning), file=sys.stderr)
    if verdict.state == "problem":
        problem = verdict.problem.replace(health.ADVICE, "").strip()
        raise CommandError(f"{problem} {_what_to_do(path, verdict, connector)}", EXIT_FAILURE)
    if verdict.state == "new":
        print(CLI.tr("%1: an empty database (no Bedside data yet); nothing to check.").replace(
            "%1", str(path)))
        return EXIT_OK
    counts = ", ".join(f"{n} {name}" for name, n in verdict.counts.items())
    ok = (CLI.tr("%1: OK: encrypted, integrity ok, schema version %2, %3.") if verdict.encrypted
          else CLI.tr("%1: OK: integrity ok, schema version %2, %3."))
    print(fill(ok, path, verdict.schema_version, counts))
    newest = backup.newest_good(path, connector)
    if newest is None:
        print(CLI.tr("No backup yet in %1: run 'bedside backup'.").replace(
            "%1", str(backup.backup_dir(path))))
    else:
        print(CLI.tr("Newest good backup: %1.").replace("%1", newest.label))
    return EXIT_OK


def _check_connector(path: Path) -> Connector:
    """A protected database is checked only after sign-in (its counts say how many patients
    it holds): an encrypted one with the key the sign-in unlocks, a plain one with examiner
    accounts after the password is checked against it (read-only: check writes nothing)."""
    encrypted = encryption.needs_key(path)
    if not encrypted and not accounts.protected_file(path):
        return PLAIN
    from bedside.cli import credentials

    name, password = credentials.examiner_name(), credentials.password()
    try:
        if not encrypted:
            accounts.check_password_in_file(path, name, password)
            return PLAIN
        return encryption.unlocked(path, name, password)
    except accounts.SignInFailed as e:
        raise CommandError(fill(CLI.tr("%1: %2; nothing was checked"), path, e),
                           EXIT_BAD_INPUT) from None
    except StoreError as e:
        raise CommandError(str(e), EXIT_FAILURE) from None
