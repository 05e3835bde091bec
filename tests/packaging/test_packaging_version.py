"""One version number, from pyproject.toml, everywhere a user or an installer sees one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from packaging_helpers import ROOT, load_script

import bedside


def test_bedside_version_prints_the_pyproject_version(pyproject_version, tmp_path):
    result = subprocess.run([sys.executable, "-m", "bedside", "--version"], capture_output=True,
                            text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"bedside {pyproject_version}"


def test_package_version_is_the_pyproject_version(pyproject_version):
    # The About box and the PDF footer read this attribute.
    assert bedside.__version__ == pyproject_version


def test_appstream_release_is_the_pyproject_version(pyproject_version):
    tree = ET.parse(ROOT / "packaging" / "linux" / "io.bedside.Bedside.metainfo.xml")
    releases = [r.get("version") for r in tree.getroot().iter("release")]
    assert releases, "the metainfo lists no release"
    assert releases[0] == pyproject_version, "the newest release comes first in AppStream"


def test_windows_version_resource_carries_the_version(pyproject_version):
    cfg = load_script("bundle_config")
    text = cfg.windows_version_file(pyproject_version)

    def record(*args, **kwargs):  # stands in for PyInstaller's Windows-only classes
        return {"args": args, **kwargs}

    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct"]
    info = eval(text, {name: record for name in names})  # noqa: S307 (our own template)
    assert info["ffi"]["filevers"] == info["ffi"]["prodvers"] == cfg.version_tuple(
        pyproject_version)
    string_file_info = info["kids"][0]
    (table,) = string_file_info["args"][0]
    strings = dict(struct["args"] for struct in table["args"][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == pyproject_version
    assert strings["OriginalFilename"] == "bedside.exe"

def test_version_tuple_for_windows():
    cfg = load_script("bundle_config")
    assert cfg.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert cfg.version_tuple("2.10") == (2, 10, 0, 0)
    assert cfg.version_tuple("1.2.3rc1") == (1, 2, 3, 0)


def test_macos_bundle_version_and_installer_read_it_not_type_it(pyproject_version):
    cfg = load_script("bundle_config")
    plist = cfg.macos_info_plist(pyproject_version)
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == pyproject_version
    iss = (ROOT / "packaging" / "windows" / "bedside.iss").read_text(encoding="utf-8")
    assert 'GetStringFileInfo(BundleExe, "ProductVersion")' in iss
    assert not re.search(r"^\s*#define\s+AppVersion\s+\"", iss, re.M), "version typed in .iss"


def test_uninstalled_checkout_reads_the_version_from_pyproject(tmp_path, pyproject_version):
    """Without package metadata (a copy of the checkout, never installed), the version still
    comes from pyproject.toml rather than a made-up number."""
    shutil.copytree(ROOT / "bedside", tmp_path / "bedside",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    code = f"import sys; sys.path[:0] = [{str(tmp_path)!r}]; import bedside; " \
           "print(bedside.__file__); print(bedside.__version__)"
    # -S: no site-packages, so no installed bedside metadata anywhere on sys.path
    result = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    module_file, found = result.stdout.splitlines()
    assert module_file.startswith(str(tmp_path))
    assert found == pyproject_version


def test_pdf_footer_shows_the_pyproject_version(tmp_path, pyproject_version):
    """bedside report, end to end: the printed summary names the same version."""
    from pypdf import PdfReader

    from bedside.store import Store, patients

    db = tmp_path / "clinic.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "BEDSIDE_DB"}
    env["BEDSIDE_USER"] = "tester"

    def bedside_cli(*args: str) -> None:
        result = subprocess.run([sys.executable, "-m", "bedside", "--db", str(db), *args],
                                capture_output=True, text=True, timeout=120, env=env,
                                cwd=tmp_path)
        assert result.returncode == 0, result.stderr

    bedside_cli("demo-data", "--patients", "1", "--seed", "5")
    store = Store.open(db)
    try:
        (patient,) = patients.all_patients(store)
    finally:
        store.close()
    bedside_cli("report", "--patient", patient.patient_id, "-o", str(tmp_path / "summary.pdf"))
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "summary.pdf").pages)
    assert f"Bedside {pyproject_version}" in text


def test_about_box_shows_the_pyproject_version(qtbot, store, tmp_path, monkeypatch,
                                               pyproject_version):
    from PySide6.QtWidgets import QMessageBox

    from bedside.ui.main_window import MainWindow
    from bedside.ui.settings import Settings

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window = MainWindow(store, Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    about = [action for menu in window.menuBar().actions() if menu.menu()
             for action in menu.menu().actions() if action.text() == "&About Bedside"]
    assert len(about) == 1, "Help > About Bedside is missing"
    about[0].trigger()
    assert len(shown) == 1
    assert shown[0].startswith(f"Bedside {pyproject_version}\n")
