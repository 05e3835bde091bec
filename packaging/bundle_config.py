"""What bedside.spec needs to know, kept importable so tests can check it without PyInstaller.

The version comes from pyproject.toml only: the spec refuses to build when the installed
bedside (whose metadata the frozen app reads for `--version`, the About box and the PDF
footer) carries another version than the checkout.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
APP_NAME = "Bedside"
APP_ID = "io.bedside.Bedside"  # reverse-DNS id: AppStream, macOS bundle, desktop file name
EXE_NAME = "bedside"

# Qt modules pyqtgraph loads with importlib.import_module (invisible to PyInstaller's scan).
QT_HIDDEN_IMPORTS = ["PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSvg"]

_QT_UNUSED = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtPdf",
    "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
]
EXCLUDES = [
    # tests and developer tools: never part of the app
    "tests", "pytest", "_pytest", "pytestqt", "hypothesis", "ruff", "importlinter", "grimp",
    "pypdf", "pyspiro",
    # other toolkits and science stacks that optional imports would drag in
    "tkinter", "_tkinter", "matplotlib", "scipy", "pandas", "IPython", "jupyter_rfb", "numba",
    "cupy", "h5py", "OpenGL", "PyQt5", "PyQt6", "PySide2",
    "pyqtgraph.examples", "pyqtgraph.opengl", "pyqtgraph.jupyter",
    *(f"PySide6.{name}" for name in _QT_UNUSED),
]


def pyproject_version(root: Path = ROOT) -> str:
    with open(root / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def installed_version() -> str:
    """The version the frozen app will report; SystemExit with the fix if bedside is not
    installed, installed in editable mode (PyInstaller cannot follow setuptools' editable
    finder) or stale."""
    wanted = pyproject_version()
    spec = importlib.util.find_spec("bedside")
    checkout_package = ROOT / "bedside"
    if spec and spec.origin and Path(spec.origin).resolve().is_relative_to(checkout_package):
        raise SystemExit(
            f"bedside is imported from the checkout ({spec.origin}): an editable install or the "
            "checkout on sys.path. PyInstaller needs a regular install; packaging/build.sh "
            "makes one in build/venv"
        )
    try:
        found = metadata.version("bedside")
    except metadata.PackageNotFoundError:
        raise SystemExit(
            "bedside is not installed in the Python running PyInstaller; run "
            "packaging/build.sh, or pip install '.[packaging]' first"
        ) from None
    if found != wanted:
        raise SystemExit(
            f"installed bedside is {found} but pyproject.toml says {wanted}; reinstall it "
            "(pip install '.[packaging]') so that --version, the About box and the PDF "
            "footer show the right number"
        )
    return found


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' -> (1, 2, 3, 0): the four numbers Windows wants; pre-release tags dropped."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = ""
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        numbers.append(int(digits or 0))
    while len(numbers) < 4:
        numbers.append(0)
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def windows_version_file(version: str) -> str:
    """PyInstaller's version-resource text (EXE(version=...)): Explorer's Details tab and the
    Inno Setup script (GetVersionNumbersString) read the number from here."""
    v = version_tuple(version)
    strings = {
        "CompanyName": APP_NAME,
        "FileDescription": "Bedside: ALSFRS-R and MRC muscle grading",
        "FileVersion": version,
        "InternalName": EXE_NAME,
        "OriginalFilename": f"{EXE_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {s!r})" for k, s in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v}, prodvers={v}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def macos_info_plist(version: str) -> dict[str, object]:
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSMinimumSystemVersion": "11.0",
        "NSHumanReadableCopyright": "Bedside",
    }


def strip_python_runtime(binaries: list[tuple[str, str, str]], out_dir: Path,
                         python_prefix: str = sys.base_prefix) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries list, with the Python runtime's own libraries (libpython and
    lib-dynload, often built with debug symbols, several times their stripped size) replaced
    by stripped copies. Libraries from wheels stay as their makers shipped them: stripping
    numpy's OpenBLAS, for one, breaks it. Linux only; unchanged when `strip` is missing."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return binaries
    prefix = Path(python_prefix).resolve()
    result = []
    for dest, src, kind in binaries:
        source = Path(src).resolve()
        from_runtime = kind in ("BINARY", "EXTENSION") and source.is_relative_to(prefix)
        if not from_runtime or ".so" not in source.name:
            result.append((dest, src, kind))
            continue
        target = out_dir / dest
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([strip, "--strip-unneeded", "-o", str(target), str(source)],
                           check=True)
        result.append((dest, str(target), kind))
    return result
