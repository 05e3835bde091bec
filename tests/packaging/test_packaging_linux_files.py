"""The Linux menu entry and AppStream metadata pass the freedesktop validators."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET

from packaging_helpers import ROOT

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "bedside.desktop"
METAINFO = LINUX / "io.bedside.Bedside.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    # desktop-file-utils is installed by packaging/os-deps.sh (make test)
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_metainfo_validates_strictly():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--strict", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_and_metainfo_name_the_same_app():
    entry = _desktop_entry()
    component = ET.parse(METAINFO).getroot()
    app_id = component.findtext("id")
    assert entry["Icon"] == app_id  # installed as hicolor/<size>/apps/<id>.png
    assert component.findtext("launchable") == f"{app_id}.desktop"
    assert component.find("provides/binary").text == entry["Exec"].split()[0] == "bedside"
    assert entry["Name"] == component.findtext("name") == "Bedside"
    assert entry["Terminal"] == "false"


def test_install_script_puts_every_icon_size_in_the_theme():
    script = (LINUX / "install.sh").read_text(encoding="utf-8")
    committed = sorted(int(p.stem.split("-")[1])
                       for p in (ROOT / "resources" / "icons").glob("bedside-*.png"))
    assert f"icon_sizes=({' '.join(map(str, committed))})" in script
