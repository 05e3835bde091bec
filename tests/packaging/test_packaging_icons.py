"""The application icon: drawn from one SVG, committed in every size the systems ask for."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from packaging_helpers import ROOT, load_script
from PIL import Image, ImageChops

ICONS = ROOT / "resources" / "icons"
TEAL = (15, 110, 120)


@pytest.fixture(scope="module")
def make_icons():
    return load_script("make_icons")


@pytest.fixture(scope="module")
def fresh(make_icons, tmp_path_factory, qapp):
    # qapp: the process's QApplication first; the QGuiApplication the script would make
    # otherwise aborts every later test that builds a widget in this (xdist worker) process
    out = tmp_path_factory.mktemp("icons")
    make_icons.make_icons(out)
    return out


def _pixels(image: Image.Image) -> list[tuple[int, ...]]:
    data = image.convert("RGBA").tobytes()
    return [tuple(data[i:i + 4]) for i in range(0, len(data), 4)]


def _near(pixel, colour, tolerance=40):
    rgb, alpha = pixel[:3], pixel[3]
    return alpha > 200 and all(abs(a - b) <= tolerance for a, b in zip(rgb, colour, strict=True))


def test_svg_source_is_a_square_svg():
    root = ET.parse(ICONS / "bedside.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


def test_committed_pngs_match_the_svg(make_icons, fresh):
    """Editing the SVG without running packaging/make_icons.py fails here."""
    for size in make_icons.PNG_SIZES:
        committed = Image.open(ICONS / f"bedside-{size}.png").convert("RGBA")
        drawn = Image.open(fresh / f"bedside-{size}.png").convert("RGBA")
        assert committed.size == (size, size)
        worst = max(high for _, high in ImageChops.difference(committed, drawn).getextrema())
        assert worst <= 16, f"bedside-{size}.png is out of date: run packaging/make_icons.py"


def test_16px_icon_is_a_white_mark_on_teal():
    pixels = _pixels(Image.open(ICONS / "bedside-16.png"))
    white = sum(_near(p, (255, 255, 255)) for p in pixels)
    teal = sum(_near(p, TEAL) for p in pixels)
    assert 0.25 <= white / 256 <= 0.5, f"{white} white pixels of 256"
    assert teal / 256 >= 0.4, f"{teal} teal pixels of 256"
    # drawn on whole pixels: the mark's edges are sharp, hardly any in-between greys
    blurred = len(pixels) - white - teal - sum(p[3] < 255 for p in pixels)
    assert blurred <= 8, f"{blurred} blurred pixels at 16 px"


def test_ico_holds_each_size_drawn_not_shrunk(make_icons):
    ico = Image.open(ICONS / "bedside.ico")
    assert ico.info["sizes"] == {(s, s) for s in make_icons.ICO_SIZES}
    for size in (16, 32, 48):
        frame = ico.ico.getimage((size, size))
        png = Image.open(ICONS / f"bedside-{size}.png")
        assert _pixels(frame) == _pixels(png), f"the {size} px frame is not the {size} px PNG"


def test_icns_holds_retina_sizes():
    icns = Image.open(ICONS / "bedside.icns")
    assert (512, 512, 2) in icns.info["sizes"]
    assert (16, 16, 2) in icns.info["sizes"]
    icns.size = (512, 512)
    icns.load(scale=2)
    assert icns.size == (1024, 1024)
