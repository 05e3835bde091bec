"""The app at a real keyboard: Xvfb, openbox and xdotool sending key presses through the X
server to `bedside --db ...` running in its own process. Nothing is driven from inside the app:
a key goes wherever the keyboard focus really is, as at the bedside. The tests assert on what
the database holds afterwards (`bedside export`).

Where an X server cannot be started the tests fail and say why: a skipped keyboard test would
hide exactly the defects it is there to find.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCREEN = "1366x768x24"
TOOLS = ("Xvfb", "openbox", "xdotool")
INSTALL = "install them with packaging/os-deps.sh (Debian packages xvfb openbox xdotool)"


class XServer:
    """A virtual screen with a window manager, for the whole group of tests."""

    def __init__(self, workdir: Path) -> None:
        missing = [t for t in TOOLS if shutil.which(t) is None]
        if missing:
            pytest.fail(f"cannot test at a real keyboard: {', '.join(missing)} not found; "
                        f"{INSTALL}", pytrace=False)
        read, write = os.pipe()
        log = open(workdir / "xvfb.log", "wb")  # noqa: SIM115 (kept open while it runs)
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp",
             "-noreset"], pass_fds=(write,), stdout=log, stderr=subprocess.STDOUT)
        os.close(write)
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(read, 16)
            if not chunk:
                break
            number += chunk
        os.close(read)
        if not number.strip().isdigit():
            self.xvfb.kill()
            log.close()
            pytest.fail("cannot test at a real keyboard: Xvfb did not start: "
                        + (workdir / "xvfb.log").read_text(errors="replace")[-500:],
                        pytrace=False)
        self.display = f":{number.decode().strip()}"
        self.env = dict(os.environ, DISPLAY=self.display)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.openbox = subprocess.Popen(["openbox", "--sm-disable"], env=self.env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):  # openbox owns the screen once it answers as a window manager
            if self._wm_running():
                break
            time.sleep(0.05)
        else:
            self.close()
            pytest.fail("cannot test at a real keyboard: openbox did not start on "
                        f"{self.display}", pytrace=False)

    def _wm_running(self) -> bool:
        """openbox manages the screen once it announces _NET_ACTIVE_WINDOW support."""
        result = subprocess.run(["xdotool", "getactivewindow"], env=self.env,
                                capture_output=True, text=True)
        return self.openbox.poll() is None and "claims not to support" not in result.stderr

    def close(self) -> None:
        for proc in (self.openbox, self.xvfb):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()


@pytest.fixture(scope="session")
def xserver(tmp_path_factory):
    server = XServer(tmp_path_factory.mktemp("x"))
    yield server
    server.close()


class App:
    """`bedside --db DB` on the virtual screen; keys go through the X server (XTEST)."""

    def __init__(self, xserver: XServer, db: Path, home: Path, lang: str = "C.UTF-8") -> None:
        self.x = xserver
        self.db = db
        self.env = dict(xserver.env, QT_QPA_PLATFORM="xcb", XDG_CONFIG_HOME=str(home / "config"),
                        XDG_DATA_HOME=str(home / "data"), LANG=lang, LC_ALL=lang,
                        LANGUAGE="", BEDSIDE_DB=str(db))
        self.env.pop("BEDSIDE_USER", None)
        self.log = home / "app.log"
        self.proc: subprocess.Popen | None = None

    def start(self, first_window: str = "") -> None:
        """Start the app and wait until ``first_window`` (default: the main window with the
        database open) has the keyboard focus."""
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "bedside", "--db", str(self.db)],
                                         env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.wait_window(first_window or f"Bedside — {self.db.name}")

    def xdo(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(["xdotool", *args], env=self.x.env, capture_output=True,
                                text=True, timeout=30)
        if check and result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout.strip()

    def wait_window(self, title: str, timeout: float = 20) -> str:
        """The id of the visible window whose title contains ``title``, once it has the
        keyboard focus (keys sent before then would go to the window behind it)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_running()
            found = self.xdo("search", "--onlyvisible", "--name", title, check=False).split()
            if found:
                active = self.xdo("getactivewindow", check=False)
                if active in found:
                    return active
                self.xdo("windowactivate", found[-1], check=False)
            time.sleep(0.1)
        raise AssertionError(f"no window {title!r} with the focus after {timeout} s; "
                             f"app log:\n{self.log_text()}")

    def check_running(self) -> None:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"bedside exited with {self.proc.returncode}:\n"
                                 f"{self.log_text()}")

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def key(self, *keys: str) -> None:
        """Key presses as a person makes them (``ctrl+n``, ``Return``, ``Tab``, ``4``)."""
        self.check_running()
        self.xdo("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        self.check_running()
        self.xdo("type", "--delay", "40", text)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def quit(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


@pytest.fixture
def app_factory(xserver, tmp_path):
    started: list[App] = []

    def make(db: Path, lang: str = "C.UTF-8") -> App:
        app = App(xserver, db, tmp_path, lang)
        started.append(app)
        return app

    yield make
    for app in started:
        app.quit()


def export(db: Path, *args: str) -> list[dict[str, str]]:
    """What the database holds, as `bedside export` writes it (CSV rows)."""
    env = dict(os.environ, BEDSIDE_DB=str(db))
    env.pop("BEDSIDE_USER", None)
    result = subprocess.run([sys.executable, "-m", "bedside", "export", "--db", str(db), *args],
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def wait_for(what, timeout: float = 20, app: App | None = None, why: str = ""):
    """Poll ``what()`` until it returns something true; its last value on success."""
    deadline = time.monotonic() + timeout
    while True:
        value = what()
        if value:
            return value
        if app is not None:
            app.check_running()
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {why or what}"
                                 + (f"; app log:\n{app.log_text()}" if app else ""))
        time.sleep(0.1)
