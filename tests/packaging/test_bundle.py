"""packaging/build.sh builds the one-folder app, and the app runs on a machine without Python.

Slow (about a minute with the build venv in place, two from a clean clone), but part of
`make test`: a clinic must never get a bundle that misses a module or an instrument file.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from packaging_helpers import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    sys.platform == "win32", reason="build.sh is the Linux/macOS build; Windows: bedside.iss")]

DIST = ROOT / "dist" / "bedside"
BUILD_TIMEOUT_S = 900  # a hang, not a speed budget: the build shares the CPU with the other worker


@pytest.fixture(scope="module")
def build_output() -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BEDSIDE_DB")}
    env["PYTHON"] = sys.executable  # the build venv gets the same Python as the tests
    try:
        result = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"build.sh took more than {BUILD_TIMEOUT_S} s: {str(e.stdout)[-2000:]}")
    output = result.stdout + result.stderr
    if result.returncode == 3:
        pytest.skip(f"PyInstaller could not be installed: {output[-500:]}")
    assert result.returncode == 0, output[-6000:]
    return output


def test_build_checks_version_and_self_test(build_output, pyproject_version):
    assert f"version: bedside {pyproject_version}" in build_output
    assert "selftest=ok" in build_output
    for check in ("modules", "resources", "store", "passwords", "pdf", "qt"):
        assert f"ok {check}:" in build_output
    assert "alsfrs_items=13" in build_output


def test_build_starts_the_app_when_there_is_one(build_output):
    if (ROOT / "bedside" / "app.py").exists():
        assert "quit-after-start: ok" in build_output
        assert re.search(r"startup_ms=\d+", build_output)
    else:
        assert "quit-after-start: NOT CHECKED" in build_output


def test_bundle_size_is_reported_and_sane(build_output):
    size = int(re.search(r"bundle_size_mb=(\d+)", build_output).group(1))
    assert 50 < size < 400, f"{size} MB"


def test_bundle_holds_resources_and_leaves_out_unused_parts(build_output):
    internal = DIST / "_internal"
    resources = internal / "bedside" / "resources"
    for name in ("instruments/alsfrs_r.json", "instruments/mrc.json", "fonts/DejaVuSans.ttf",
                 "icons/bedside-256.png", "protocols/als_clinic.json"):
        assert (resources / name).is_file(), name
    assert list(internal.glob("bedside-*.dist-info")), "no metadata: --version would break"
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("pytest", "hypothesis", "tests", "tkinter", "libQt6Qml.so.6",
                     "libQt6Quick.so.6", "libQt6WebEngineCore.so.6", "libQt6Multimedia.so.6"):
        assert unwanted not in names, unwanted
    assert not list(resources.glob("icons/*.ico")), "installer-only icons shipped in the app"


def test_bundle_runs_from_anywhere_without_the_checkout(build_output, tmp_path,
                                                         pyproject_version):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([DIST / "bedside", "--version"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"bedside {pyproject_version}"


def test_linux_install_script_installs_a_working_menu_entry(build_output, tmp_path,
                                                             pyproject_version):
    if not sys.platform.startswith("linux"):
        pytest.skip("the install script is for Linux")
    prefix = tmp_path / "prefix"
    script = ROOT / "packaging" / "linux" / "install.sh"
    subprocess.run(["bash", str(script), str(prefix)], check=True, capture_output=True,
                   timeout=120)
    desktop = prefix / "share" / "applications" / "io.bedside.Bedside.desktop"
    assert f"Exec={prefix}/lib/bedside/bedside" in desktop.read_text()
    validate = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                              text=True)
    assert validate.returncode == 0, validate.stdout
    assert (prefix / "share/icons/hicolor/16x16/apps/io.bedside.Bedside.png").is_file()
    assert (prefix / "share/icons/hicolor/scalable/apps/io.bedside.Bedside.svg").is_file()
    version = subprocess.run([prefix / "bin" / "bedside", "--version"], capture_output=True,
                             text=True, timeout=60)
    assert version.stdout.strip() == f"bedside {pyproject_version}"
    subprocess.run(["bash", str(script), "--uninstall", str(prefix)], check=True,
                   capture_output=True, timeout=60)
    assert not (prefix / "lib" / "bedside").exists()
    assert not desktop.exists()
