"""Checks, inside the frozen bundle, what a clinic would otherwise find missing only later.

Run as `BEDSIDE_BUNDLE_SELFTEST=1 dist/bedside/bedside` (packaging/build.sh does). Everything
Bedside imports lazily (the screens, pyqtgraph on the first plot, reportlab for the PDF,
SQLite, SQLCipher and cryptography) is loaded here once, so a module or data file PyInstaller
left out fails the build, not a visit. Prints one `ok ...` line per check; exits 1 naming the
first failure.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path


def check_modules() -> str:
    import bedside

    names = [m.name for m in pkgutil.walk_packages(bedside.__path__, "bedside.")
             if not m.name.endswith(".__main__")]  # __main__ would start the app
    for name in names:
        importlib.import_module(name)
    if "bedside.cli" not in names or "bedside.resources" not in names:
        raise RuntimeError(f"bedside sub-packages missing from the bundle; found {names}")
    return f"modules={len(names)}"


def check_resources() -> str:
    from importlib.resources import files

    from bedside.instruments import alsfrs_r, mrc_scale, protocols

    root = files("bedside.resources")
    icons = root / "icons"
    needed = [root / "fonts" / "DejaVuSans.ttf", icons / "bedside.svg", icons / "bedside-256.png"]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        raise RuntimeError(f"resource files missing from the bundle: {missing}")
    return (f"alsfrs_items={len(alsfrs_r().items)} mrc_grades={len(mrc_scale().grades)} "
            f"protocols={len(protocols())}")


def check_store() -> str:
    from bedside.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "selftest.sqlite3", user="selftest")
        try:
            with store.transaction():
                store.set_setting("selftest", "1")
            value = store.setting("selftest")
        finally:
            store.close()
    if value != "1":
        raise RuntimeError(f"SQLite round trip gave {value!r}")
    return "sqlite=ok"


def check_passwords() -> str:
    from argon2 import PasswordHasher  # examiner accounts; a compiled extension

    hasher = PasswordHasher()
    if not hasher.verify(hasher.hash("selftest"), "selftest"):
        raise RuntimeError("argon2 could not verify its own hash")
    return "argon2=ok"


def check_encryption() -> str:
    """Encryption at rest: SQLCipher (sqlcipher3's own SQLite library) and the keys file
    (argon2id, AES-GCM from cryptography); a round trip through a new encrypted database."""
    from bedside.store import encryption

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "selftest.sqlite3"
        store = encryption.create_encrypted(path, "selftest", "selftest password")
        store.close()
        if path.read_bytes().startswith(b"SQLite format 3"):
            raise RuntimeError("the encrypted database was written unencrypted")
        store = encryption.open_signed_in(path, "selftest", "selftest password")
        try:
            version = store.conn.execute("PRAGMA cipher_version").fetchone()[0]
        finally:
            store.close()
    return f"sqlcipher={version}"


def check_pdf() -> str:
    """The printed visit summary, made and rasterized the way Save PDF and Print do it."""
    from datetime import UTC, datetime

    from bedside import __version__
    from bedside.operations.demo import generate
    from bedside.report import render_visit_summary
    from bedside.report.raster import render_pages

    data = generate(1, seed=7)
    patient = data.patients[0]
    visits = sorted((v for v in data.visits if v.patient_id == patient.patient_id),
                    key=lambda v: v.visit_date)
    events = [e for e in data.events if e.patient_id == patient.patient_id]
    pdf = render_visit_summary(patient, visits, events, visits[-1], clinic_name="Selftest",
                               generated_at=datetime.now(UTC), app_version=__version__)
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("the visit summary is not a PDF")
    page = next(render_pages(pdf, dpi=30))
    if len(set(page.pixels)) < 3:
        raise RuntimeError("the visit summary page rendered blank")
    return f"pdf_bytes={len(pdf)} page_px={page.width}x{page.height}"


def check_qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from importlib.resources import files

    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    pixmap = QPixmap()
    pixmap.loadFromData((files("bedside.resources") / "icons" / "bedside-256.png").read_bytes())
    svg = QIcon(str(files("bedside.resources") / "icons" / "bedside.svg")).pixmap(32, 32)
    if pixmap.isNull() or svg.isNull():
        raise RuntimeError("Qt could not load the application icon (PNG or SVG plug-in missing)")

    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.plot([0, 1, 2, 3], [48, 46, 45, 41], symbol="o")
    plot.resize(320, 200)
    plot.show()
    app.processEvents()
    image = plot.grab().toImage()
    plot.close()
    if image.isNull() or image.width() < 100:
        raise RuntimeError("pyqtgraph drew nothing")
    return f"qt={app.platformName()} pyqtgraph={pg.__version__}"


CHECKS: list[Callable[[], str]] = [check_modules, check_resources, check_store, check_passwords,
                                   check_encryption, check_pdf, check_qt]


def run() -> int:
    from bedside import __version__

    print(f"bedside {__version__} bundle self-test")
    for check in CHECKS:
        try:
            print(f"ok {check.__name__[6:]}: {check()}", flush=True)
        except Exception:
            print(f"FAILED {check.__name__[6:]}:", file=sys.stderr)
            traceback.print_exc()
            return 1
    print("selftest=ok")
    return 0
