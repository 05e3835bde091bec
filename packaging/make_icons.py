"""Render resources/icons/bedside.svg into the PNG, ICO and ICNS files committed beside it.

    python packaging/make_icons.py            # rewrite the files in resources/icons/
    python packaging/make_icons.py --out DIR  # write them somewhere else (tests compare)

Qt's SVG renderer (PySide6, a runtime dependency already) draws every size straight from the
SVG, so small sizes are drawn, not shrunk; Pillow (the `packaging` extra) packs those drawings
into the Windows .ico and the macOS .icns. The generated files are committed: the app itself
never needs Pillow or this script.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "bedside.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # committed as bedside-<size>.png
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows asks for, up to its maximum
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024 is the 512 @2x slot


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes (transparent outside the shape)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file; fix it and run this script again")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _pillow():
    try:
        from PIL import Image
    except ImportError:
        raise SystemExit(
            "Pillow is missing: install the packaging tools with  pip install '.[packaging]'"
        ) from None
    return Image


def make_icons(out: Path, svg: Path = SOURCE) -> list[Path]:
    """Write bedside-<size>.png, bedside.ico and bedside.icns into out; return their paths."""
    image_module = _pillow()
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    pngs = {size: render_png(svg, size) for size in sizes}
    written = []
    for size in PNG_SIZES:
        path = out / f"bedside-{size}.png"
        path.write_bytes(pngs[size])
        written.append(path)

    def images(wanted: tuple[int, ...]) -> list:
        return [image_module.open(io.BytesIO(pngs[s])).convert("RGBA") for s in wanted]

    ico = images(ICO_SIZES)
    largest = ico[-1]  # Pillow takes the first image and the others as exact-size frames
    largest.save(out / "bedside.ico", format="ICO",
                 sizes=[(s, s) for s in ICO_SIZES], append_images=ico[:-1])
    written.append(out / "bedside.ico")
    icns = images(ICNS_SIZES)
    icns[-1].save(out / "bedside.icns", format="ICNS", append_images=icns[:-1])
    written.append(out / "bedside.icns")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS, help="folder for the generated files")
    args = parser.parse_args(argv)
    for path in make_icons(args.out):
        print(f"{path}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
