"""The PyInstaller spec serves every system and refuses builds that would ship wrong data.

What the bundle holds (every module, the resources, the version) is checked by building it
and running its self-test: tests/packaging/test_bundle.py."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_helpers import ROOT, load_script

SPEC = ROOT / "packaging" / "bedside.spec"


def test_spec_has_no_system_specific_paths():
    text = SPEC.read_text(encoding="utf-8")
    assert "SPECPATH" in text
    code = "\n".join(line.split("#")[0] for line in text.splitlines())
    assert not re.search(r"['\"](/|[A-Za-z]:\\)", code), "absolute path in the spec"
    strings = re.findall(r"['\"]([^'\"\n]*)['\"]", code)
    # glob patterns are PyInstaller's own ("/" on every system); any other "/" is a path
    assert not [s for s in strings if "/" in s and "*" not in s], "a '/' path: use pathlib"
    assert "python3.11" not in code and "site-packages" not in code


def test_unused_qt_modules_and_test_tools_are_left_out():
    cfg = load_script("bundle_config")
    for name in ["PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
                 "PySide6.QtQml", "PySide6.QtQuick", "pytest", "hypothesis", "tkinter"]:
        assert name in cfg.EXCLUDES, name
    for needed in cfg.QT_HIDDEN_IMPORTS + ["PySide6.QtCore", "PySide6.QtGui",
                                           "PySide6.QtWidgets", "PySide6.QtSvg"]:
        assert needed not in cfg.EXCLUDES, needed


def test_spec_refuses_an_editable_install(tmp_path):
    """The dev venv has bedside editable: PyInstaller would miss bedside.resources there."""
    path = str(ROOT / "packaging" / "bundle_config.py")
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('cfg', {path!r})\n"
        "cfg = importlib.util.module_from_spec(spec); spec.loader.exec_module(cfg)\n"
        "cfg.installed_version()\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path)
    assert result.returncode != 0
    assert "imported from the checkout" in result.stderr
    assert "packaging/build.sh" in result.stderr


def test_python_runtime_libraries_are_stripped_and_wheel_libraries_left_alone(tmp_path):
    import ctypes
    import sysconfig

    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux builds strip libraries")
    cfg = load_script("bundle_config")
    dynload = Path(sysconfig.get_path("platstdlib", vars={"platbase": sys.base_prefix})) \
        / "lib-dynload"
    runtime_ext = next(dynload.glob("_json*.so"))
    wheel_lib = ROOT / "some-venv" / "numpy.libs" / "libopenblas.so"  # never opened
    binaries = [
        ("python3.11/lib-dynload/" + runtime_ext.name, str(runtime_ext), "EXTENSION"),
        ("numpy.libs/libopenblas.so", str(wheel_lib), "BINARY"),
    ]
    out = cfg.strip_python_runtime(binaries, tmp_path / "stripped")
    assert out[1] == binaries[1]
    dest, src, kind = out[0]
    assert dest == binaries[0][0] and kind == "EXTENSION"
    assert Path(src).is_relative_to(tmp_path / "stripped")
    assert Path(src).stat().st_size <= runtime_ext.stat().st_size
    assert ctypes.CDLL(src).PyInit__json  # still a loadable extension module


def test_inno_setup_script_points_at_the_bundle_and_the_icon():
    iss = (ROOT / "packaging" / "windows" / "bedside.iss").read_text(encoding="utf-8")
    here = ROOT / "packaging" / "windows"

    def resolve(windows_path: str) -> Path:
        return (here / windows_path.replace("\\", "/")).resolve()

    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M).group(1)
    assert resolve(icon) == ROOT / "resources" / "icons" / "bedside.ico"
    assert resolve(icon).is_file()
    bundle = re.search(r'^#define BundleDir "(.+)"$', iss, re.M).group(1)
    assert resolve(bundle) == ROOT / "dist" / "bedside"  # where build.sh and the spec put it
    assert 'Source: "{#BundleDir}\\*"' in iss
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M), "clinic users are not admins"
