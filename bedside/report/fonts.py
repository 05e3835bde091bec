"""The bundled DejaVu Sans fonts, registered with reportlab once per process.

DejaVu Sans covers Latin with accents, Greek, Cyrillic and Georgian, so no patient name prints
as boxes. The fonts are embedded (subset) in every PDF, so the printout does not depend on the
fonts of the machine that prints it.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file

from reportlab import rl_config
from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from bedside.instruments import resource_root

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register() -> tuple[str, str]:
    """Register the regular and bold faces (and <b>/<i> mappings); returns their names.

    The bundle has no oblique face: italic maps to the upright one rather than to a
    built-in font that lacks Cyrillic and Georgian.
    """
    folder = resource_root() / "fonts"
    for name, filename in FILES.items():
        with as_file(folder / filename) as path:  # TTFont reads the whole file here
            pdfmetrics.registerFont(TTFont(name, str(path)))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    # A canvas and a drawing start in this font rather than Helvetica, so the PDF names no font
    # it does not embed (Helvetica has no Georgian or Cyrillic letters).
    rl_config.canvas_basefontname = REGULAR
    shapes.STATE_DEFAULTS["fontName"] = REGULAR  # (read when each drawing starts)
    return REGULAR, BOLD
