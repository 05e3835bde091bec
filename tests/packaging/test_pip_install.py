"""`pip install .` (not editable) into a fresh virtual environment gives a working `bedside`.

The checkout is copied first (so a stale build/ folder cannot leak into the wheel) and the
commands run from another folder, so nothing can come from the checkout: the instruments,
fonts and icons must come out of the installed package through importlib.resources.
The dependencies are not downloaded again: the fresh venv sees the test venv's
site-packages through a .pth line (site-packages of its own come first).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from bedside.analysis import predict
from bedside.instruments import alsfrs_r

pytestmark = pytest.mark.slow

_NOT_SOURCE = shutil.ignore_patterns(
    ".venv", "build", "dist", ".git", "__pycache__", "*.egg-info", ".pytest_cache",
    ".ruff_cache", ".hypothesis", "*.sqlite3*", "bench",
)


def _bin(env_dir: Path, name: str) -> Path:
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    return scripts / (f"{name}.exe" if os.name == "nt" else name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory, root) -> Path:
    tmp = tmp_path_factory.mktemp("pip_install")
    source = tmp / "src"
    shutil.copytree(root, source, ignore=_NOT_SOURCE)
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = _bin(env_dir, "python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    shared = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(purelib, "_test_deps.pth").write_text("\n".join(sorted(shared)) + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check",
         "install", "--no-deps", str(source)],
        capture_output=True, text=True, timeout=240, cwd=tmp,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return env_dir


def _run(args: list, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(args, capture_output=True, text=True, timeout=60, cwd=cwd, env=env)


def test_installed_command_prints_the_pyproject_version(installed, tmp_path, pyproject_version):
    result = _run([_bin(installed, "bedside"), "--version"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"bedside {pyproject_version}"


def test_installed_package_loads_its_resources_not_the_checkouts(installed, tmp_path, root):
    code = (
        "import bedside, importlib.resources as r\n"
        "from bedside.instruments import alsfrs_r, mrc_scale, protocols\n"
        "print(len(alsfrs_r().items))\n"
        "print(bedside.__file__)\n"
        "res = r.files('bedside.resources')\n"
        "print(res)\n"
        "print(len(mrc_scale().grades), sorted(protocols()))\n"
        "print((res / 'fonts' / 'DejaVuSans.ttf').is_file(),"
        " (res / 'icons' / 'bedside-256.png').is_file(),"
        " (res / 'icons' / 'bedside.svg').is_file())\n"
        "from bedside.analysis import predict\n"
        "print('%.3f %.3f' % (predict('FVC', 'male', 60, 175).predicted_l,"
        " predict('FVC', 'male', 60, 175, 'gli_2012', 'caucasian').predicted_l))\n"
    )
    result = _run([_bin(installed, "python"), "-c", code], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    items, module_file, resources_dir, scales, files, fvc = result.stdout.splitlines()
    assert int(items) == len(alsfrs_r().items) == 13  # 12 answered + the 5a/5b alternate
    assert Path(module_file).is_relative_to(installed), module_file
    assert Path(resources_dir).is_relative_to(installed), resources_dir
    assert not Path(resources_dir).is_relative_to(root)
    assert scales == "11 ['als_clinic', 'mrc_sum_score', 'seven_groups']"
    assert files == "True True True"
    assert fvc == " ".join(  # the GLI tables ship with the package
        f"{predict('FVC', 'male', 60, 175, *choice).predicted_l:.3f}"
        for choice in (("gli_global", None), ("gli_2012", "caucasian")))


def test_installed_command_line_works_on_a_database(installed, tmp_path):
    """A command that touches SQLite through the installed package, not only --version."""
    db = tmp_path / "clinic.sqlite3"
    result = _run([_bin(installed, "bedside"), "--db", str(db), "demo-data", "--patients", "2",
                   "--seed", "3"], cwd=tmp_path)
    if "invalid choice: 'demo-data'" in result.stderr:
        pytest.skip("bedside demo-data is not in this checkout yet")
    assert result.returncode == 0, result.stderr
    assert db.is_file() and db.stat().st_size > 0


def test_every_resource_file_of_the_checkout_is_installed(installed, tmp_path, root):
    """A new kind of resource file (say .qm translations) must be added to package-data in
    pyproject.toml, or the installed app would miss it while the checkout works."""
    code = ("import importlib.resources as r, pathlib\n"
            "base = pathlib.Path(str(r.files('bedside.resources')))\n"
            "for p in sorted(base.rglob('*')):\n"
            "    print(p.relative_to(base).as_posix()) if p.is_file() else None\n")
    result = _run([_bin(installed, "python"), "-c", code], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    installed_files = {line for line in result.stdout.splitlines() if "__pycache__" not in line}
    source = root / "resources"
    wanted = {p.relative_to(source).as_posix() for p in source.rglob("*")
              if p.is_file() and "__pycache__" not in p.parts
              and p.suffix not in (".ico", ".icns")}  # installer-only icons
    assert wanted - installed_files == set(), "resource files left out of the wheel"
