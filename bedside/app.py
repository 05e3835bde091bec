"""The app: QApplication + MainWindow on the chosen database (SPEC §1).

``run(args)`` with args.db, args.demo and args.quit_after_start, as parsed by bedside.cli.
The main window is built and painted first; the database is then opened and checked off the
GUI thread and the patients fill the list (bedside.ui.startup). Qt is imported inside run(), so
the commands never load it; bedside.store is imported by the opening step, after the first
paint; pyqtgraph is loaded only when a plot is first shown.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bedside.i18n import Context

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from bedside.store import Store
    from bedside.ui.main_window import MainWindow
    from bedside.ui.startup import Opened

APP = Context("APP")
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


def password_in_file(secret_file: str) -> str:
    """The password BEDSIDE_PASSWORD_FILE holds (only a small UTF-8 text file is read: never
    a device or a pipe); StoreError says why not."""
    from bedside.store import StoreError
    from bedside.store.files import UnreadableFile, read_password_file

    try:
        return read_password_file(secret_file)
    except UnreadableFile as e:
        raise StoreError(f"BEDSIDE_PASSWORD_FILE={secret_file}: {e}") from None


def sign_in_from_environment(store: Store) -> str | None:
    """For --quit-after-start on a protected database: sign in as BEDSIDE_USER with the password
    in BEDSIDE_PASSWORD_FILE. Returns why it could not (the app would stop at sign-in)."""
    from bedside.store import StoreError, accounts

    name = os.environ.get("BEDSIDE_USER", "").strip()
    secret_file = os.environ.get("BEDSIDE_PASSWORD_FILE", "")
    if not name or not secret_file:
        return APP.tr("%1: this database is protected by examiner accounts; the app stops at "
                      "sign-in (set BEDSIDE_USER and BEDSIDE_PASSWORD_FILE to sign in)").replace(
            "%1", str(store.path))
    try:
        password = password_in_file(secret_file)
    except StoreError as e:
        return str(e)
    try:
        accounts.sign_in(store, name, password)
    except StoreError as e:
        return f"{store.path}: {e}"
    return None


def open_without_dialogs(path: Path) -> Store:
    """--quit-after-start: an encrypted database cannot be read before sign-in, so it is
    unlocked here with BEDSIDE_USER and BEDSIDE_PASSWORD_FILE (StoreError says why not)."""
    from bedside.store import Store, StoreError, accounts, encryption

    if not encryption.needs_key(path):
        return Store.open(path, check_contents=False)
    name = os.environ.get("BEDSIDE_USER", "").strip()
    secret_file = os.environ.get("BEDSIDE_PASSWORD_FILE", "")
    if not name or not secret_file:
        raise StoreError(APP.tr("%1: this database is encrypted and protected by examiner "
                                "accounts; the app stops at sign-in (set BEDSIDE_USER and "
                                "BEDSIDE_PASSWORD_FILE to sign in)").replace("%1", str(path)))
    password = password_in_file(secret_file)
    try:
        # (every page is checked once the patients are listed, as for a plain database)
        return encryption.open_signed_in(path, name, password, check_contents=False)
    except accounts.SignInFailed as e:
        raise StoreError(f"{path}: {e}") from None


# -- the steps of the start (bedside.ui.startup runs them in order) -----------------------------
def open_database(db: str | None, demo: bool, quit_after: bool = False) -> Opened:
    """On the worker thread, after the first paint: find, check and open the database. An
    encrypted one is unlocked from the environment without dialogs (--quit-after-start), else
    it is left ``locked`` for the sign-in over the window."""
    from bedside.store import KeyRequired, Store, StoreError, demo_db_path, resolve_db_path
    from bedside.ui.startup import Opened

    path = demo_db_path() if demo else resolve_db_path(db)
    try:  # (every page is checked once the patients are listed: bedside.ui.startup)
        store = (open_without_dialogs(path) if quit_after
                 else Store.open(path, check_contents=False))
    except KeyRequired:
        return Opened(path, locked=True)
    except StoreError as e:
        return Opened(path, problem=str(e))
    try:
        if demo:
            from bedside.operations.demo import fill_app_demo

            fill_app_demo(store)
    except BaseException:
        store.close()
        raise
    return Opened(path, store)


def sign_in(store: Store, window: MainWindow, quit_after: bool) -> str | None:
    """On the GUI thread, before any patient is shown: None when the store may be shown, else
    why not ("" when the examiner closed the sign-in dialog)."""
    from bedside.store import accounts

    if not accounts.has_accounts(store) or store.signed_in is not None:  # (unlocked: signed in)
        return None
    if quit_after:
        return sign_in_from_environment(store)
    from bedside.ui.protection import ensure_signed_in

    return None if ensure_signed_in(store, window) else ""


def no_display() -> str | None:
    """Why Qt could not open a window here, in one line; None when it can try. On Linux without
    DISPLAY or WAYLAND_DISPLAY, Qt's own message blames a missing library instead."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and platform.split(":")[0] not in ("xcb", "wayland"):
        return None  # offscreen, vnc, eglfs ...: no desktop needed
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return APP.tr("there is no display to open the window on (DISPLAY is not set): run Bedside "
                  "on a desktop, or on a virtual screen with xvfb-run -a bedside --demo")


def run(args: argparse.Namespace) -> int:
    why = no_display()
    if why:
        print(f"bedside: {why}", file=sys.stderr)
        return 1
    quit_after = bool(getattr(args, "quit_after_start", False))
    demo = bool(getattr(args, "demo", False))
    db = getattr(args, "db", None)
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from bedside.ui.main_window import MainWindow
    from bedside.ui.settings import APPLICATION, ORGANIZATION, Settings
    from bedside.ui.startup import StartupSequence, StartupSteps

    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = Settings()
    from bedside.ui.appearance import apply_appearance

    apply_appearance(app, settings)  # language, text size, contrast: before any widget
    window = MainWindow(None, settings, demo=demo)
    times: dict[str, int] = {}
    window.first_painted.connect(  # connected first: timed before the opening starts
        lambda: QTimer.singleShot(0, lambda: times.setdefault("painted", startup_ms())))
    steps = StartupSteps(open=lambda: open_database(db, demo, quit_after),
                         sign_in=lambda store: sign_in(store, window, quit_after))
    sequence = StartupSequence(window, steps, dialogs=not quit_after)
    code = {"value": 0}

    def failed(why: str) -> None:
        if why:
            print(f"bedside: {why}", file=sys.stderr)
        code["value"] = 1
        app.exit(1)

    def ready() -> None:
        times.setdefault("ready", startup_ms())
        too_slow.stop()  # (the check of every page that follows takes as long as the file is large)
        QTimer.singleShot(0, set_version)  # (importlib.metadata: after the list has painted)
        if not quit_after:
            QTimer.singleShot(0, window.offer_drafts)

    def set_version() -> None:
        from bedside import __version__

        QCoreApplication.setApplicationVersion(__version__)

    def checked(problem: str) -> None:
        # --quit-after-start reports once the whole file was checked too: a damaged file
        # then ends as at the start, with its message and exit 1 (``failed``)
        if quit_after and not problem:
            QTimer.singleShot(0, lambda: _report_and_quit(app, window, times))

    sequence.failed.connect(failed)
    sequence.ready.connect(ready)
    sequence.checked.connect(checked)
    window.show_as_left()
    too_slow = QTimer()  # (stopped on the way out: run() may be called again in a process)
    if quit_after:
        too_slow.setSingleShot(True)
        too_slow.timeout.connect(lambda: _too_slow(app, times))
        too_slow.start(PAINT_TIMEOUT_MS)
    try:
        exit_code = app.exec()
        return code["value"] or exit_code
    finally:
        too_slow.stop()
        sequence.close()
        if window.store is not None:
            window.store.close()


def _report_and_quit(app: QCoreApplication, window: MainWindow, times: dict[str, int]) -> None:
    """--quit-after-start, once the database is open, the list filled and the file checked:
    startup_ms is the window's first paint; ready_ms when the patients were in the list."""
    from bedside.store import visits

    print(f"startup_ms={times.get('painted', startup_ms())}", flush=True)
    print(f"ready_ms={times.get('ready', startup_ms())}", flush=True)
    drafts = visits.drafts(window.store)
    if drafts:
        print("bedside: " + APP.tr("%n unsigned visit(s) would be offered for resuming", "",
                                   len(drafts)), file=sys.stderr)
    app.exit(0)


def _too_slow(app: QCoreApplication, times: dict[str, int]) -> None:
    text = (APP.tr("the window was not opened within %1 s") if "painted" in times
            else APP.tr("the window was not painted within %1 s"))
    print("bedside: " + text.replace("%1", str(PAINT_TIMEOUT_MS // 1000)), file=sys.stderr)
    app.exit(1)
