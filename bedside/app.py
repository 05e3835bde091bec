"""The app: QApplication + MainWindow on the chosen database (SPEC §1).

``run(args)`` with args.db, args.demo and args.quit_after_start, as parsed by bedside.cli.
Qt is imported here, inside run(), so the commands never load it; pyqtgraph is loaded only
when a plot is first shown.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from bedside.store import (
    Store,
    StoreError,
    accounts,
    bulk,
    demo_db_path,
    patients,
    resolve_db_path,
)

DEMO_PATIENTS = 40
DEMO_SEED = 1
PAINT_TIMEOUT_MS = 20000


def process_started_at() -> float | None:
    """When this process started, on the CLOCK_BOOTTIME scale (Linux); None elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _now_boottime() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME)


_IMPORTED_AT = time.perf_counter()


def startup_ms() -> int:
    """Milliseconds from process start (or, where unknown, from loading the app) to now."""
    started = process_started_at()
    if started is not None and hasattr(time, "CLOCK_BOOTTIME"):
        return round((_now_boottime() - started) * 1000)
    return round((time.perf_counter() - _IMPORTED_AT) * 1000)


def fill_demo(store: Store) -> None:
    """Fill an empty demo database with synthetic patients (never the real database)."""
    if patients.all_patients(store):
        return
    from bedside.interchange.demo import generate

    with store.transaction():
        bulk.insert(store, *generate(DEMO_PATIENTS, seed=DEMO_SEED), source="demo")


def sign_in_from_environment(store: Store) -> str | None:
    """For --quit-after-start on a protected database: sign in as BEDSIDE_USER with the password
    in BEDSIDE_PASSWORD_FILE. Returns why it could not (the app would stop at sign-in)."""
    name = os.environ.get("BEDSIDE_USER", "").strip()
    secret_file = os.environ.get("BEDSIDE_PASSWORD_FILE", "")
    if not name or not secret_file:
        return (f"{store.path}: this database is protected by examiner accounts; the app stops "
                "at sign-in (set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE to sign in)")
    try:
        password = Path(secret_file).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as e:
        return f"BEDSIDE_PASSWORD_FILE={secret_file}: cannot read it ({e.strerror})"
    try:
        accounts.sign_in(store, name, password)
    except StoreError as e:
        return f"{store.path}: {e}"
    return None


def open_without_dialogs(path: Path) -> Store:
    """--quit-after-start: an encrypted database cannot be read before sign-in, so it is
    unlocked here with BEDSIDE_USER and BEDSIDE_PASSWORD_FILE (StoreError says why not)."""
    from bedside.store import encryption

    if not encryption.needs_key(path):
        return Store.open(path)
    name = os.environ.get("BEDSIDE_USER", "").strip()
    secret_file = os.environ.get("BEDSIDE_PASSWORD_FILE", "")
    if not name or not secret_file:
        raise StoreError(f"{path}: this database is encrypted and protected by examiner "
                         "accounts; the app stops at sign-in (set BEDSIDE_USER and "
                         "BEDSIDE_PASSWORD_FILE to sign in)")
    try:
        password = Path(secret_file).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as e:
        raise StoreError(f"BEDSIDE_PASSWORD_FILE={secret_file}: cannot read it "
                         f"({e.strerror})") from None
    try:
        return encryption.open_signed_in(path, name, password)
    except accounts.SignInFailed as e:
        raise StoreError(f"{path}: {e}") from None


def run(args: argparse.Namespace) -> int:
    quit_after = bool(getattr(args, "quit_after_start", False))
    demo = bool(getattr(args, "demo", False))
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from bedside import __version__
    from bedside.ui.settings import APPLICATION, ORGANIZATION, Settings

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = demo_db_path() if demo else resolve_db_path(getattr(args, "db", None))
    if quit_after:  # no dialogs in this mode: the message goes to stderr
        try:
            store = open_without_dialogs(path)
        except StoreError as e:
            print(f"bedside: {e}", file=sys.stderr)
            return 1
    else:
        from bedside.ui.opening import open_or_recover

        store = open_or_recover(None, path)
        if store is None:
            return 1
    try:
        if demo:
            fill_demo(store)
        elif accounts.has_accounts(store) and store.signed_in is None:
            if quit_after:
                why = sign_in_from_environment(store)
                if why:
                    print(f"bedside: {why}", file=sys.stderr)
                    return 1
            else:
                from bedside.ui.protection import ensure_signed_in

                if not ensure_signed_in(store):
                    return 1
        from bedside.ui.main_window import MainWindow

        window = MainWindow(store, Settings(), demo=demo)
        window.show()
        if quit_after:
            return _paint_once_and_quit(app, window, store)
        QTimer.singleShot(0, window.offer_drafts)
        return app.exec()
    finally:
        current = locals().get("window")
        (current.store if current is not None else store).close()


def _paint_once_and_quit(app, window, store: Store) -> int:
    """--quit-after-start: wait for the window's first paint, print startup_ms, exit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from bedside.store import visits

    result = {"code": 1}

    def finish() -> None:
        print(f"startup_ms={startup_ms()}", flush=True)
        drafts = visits.drafts(store)
        if drafts:
            print(f"bedside: {len(drafts)} unsigned visit(s) would be offered for resuming",
                  file=sys.stderr)
        result["code"] = 0
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, finish)
            return False

    def never_painted() -> None:
        print(f"bedside: the window was not painted within {PAINT_TIMEOUT_MS // 1000} s",
              file=sys.stderr)
        app.exit(1)

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    window.update()
    QTimer.singleShot(PAINT_TIMEOUT_MS, never_painted)
    app.exec()
    return result["code"]
