"""The shipped DejaVu Sans fonts, registered with reportlab once and embedded in every PDF."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pos.resources import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@dataclass(frozen=True, slots=True)
class FontNames:
    regular: str
    bold: str


def font_path(name: str) -> Path:
    return resources_dir() / "fonts" / _FILES[name]


@cache
def register_fonts() -> FontNames:
    """Register regular and bold once; reportlab's built-in fonts have no Cyrillic."""
    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
    # The family mapping lets <b> in reportlab paragraphs pick the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return FontNames(regular=REGULAR, bold=BOLD)
