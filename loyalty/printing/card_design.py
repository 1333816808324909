"""Where everything on a card's front goes, per design, in millimetres: the PDF and the preview draw the same shapes.

Coordinates have their origin at the card's bottom-left corner and grow up and to
the right, as in PDF.  Text is measured with the shipped DejaVu fonts (reportlab's
metrics), so the preview, drawing the same fonts, places every word where the PDF does.
Colour bands keep clear of the card's edges: a card cut a little off the line from an A4
sheet must not show a sliver of its neighbour's band.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from reportlab.pdfbase.pdfmetrics import stringWidth

from loyalty.printing.card_layout import CardFace, CardLayout
from pos.printing.barcode import BarcodeGeometry, bar_pattern, layout_pattern
from pos.printing.fonts import register_fonts
from pos.printing.pdf import wrap

CARD_W, CARD_H = 85.60, 53.98  # ISO/IEC 7810 ID-1 (CR80), mm
MARGIN = 4.5
PT = 25.4 / 72  # one typographic point in mm
_INSET = 3.5  # colour bands stop this far from the cut line
_MAX_MODULE, _BAR_HEIGHT = 0.40, 15.0  # EAN at 120 %: easy for any till scanner
INK, MUTED, WHITE = "#1d1d1f", "#5f6368", "#ffffff"


@dataclass(frozen=True, slots=True)
class Fill:
    x: float
    y: float
    width: float
    height: float
    colour: str
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class Picture:
    """The logo, already fitted to its box with its own proportions."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Words:
    """One line of text; ``y`` is its baseline, ``x`` its left edge (or centre)."""

    x: float
    y: float
    text: str
    size: float  # em size, mm
    bold: bool = False
    colour: str = INK
    centred: bool = False


@dataclass(frozen=True, slots=True)
class Bars:
    """A barcode whose geometry (mm) starts at (x, y), its bottom-left corner."""

    x: float
    y: float
    geometry: BarcodeGeometry


Shape = Union[Fill, Picture, Words, Bars]


def on_colour(colour: str) -> str:
    """White text on a dark band, near-black on a light one (ITU-R BT.601 luma)."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return WHITE if 0.299 * r + 0.587 * g + 0.114 * b < 150 else INK


def accent(colour: str) -> str:
    """The shop colour where it is text on white: a very light one would not read."""
    return colour if on_colour(colour) == WHITE else INK


def barcode_geometry(face: CardFace, width: float = CARD_W - 2 * MARGIN) -> BarcodeGeometry:
    """Bars as wide as allowed up to 0.40 mm a module; digits as large as fit their group."""
    pattern = bar_pattern(face.number, face.symbology)
    module = min(_MAX_MODULE, width / pattern.width_modules)
    digit = stringWidth("0", register_fonts().regular, 1.0)
    if face.symbology == "code128":
        size = 0.9 * len(pattern.modules) * module / (len(face.number) * digit)
    else:  # the widest group of digits must fit between its guard bars
        size = 0.9 * 42 * module / (6 * digit)
    return layout_pattern(pattern, module, _BAR_HEIGHT, min(10 * PT, size))


def front_shapes(layout: CardLayout, face: CardFace,
                 logo_px: tuple[int, int] | None) -> tuple[Shape, ...]:
    """The front of ``face`` in ``layout.design``; ``logo_px`` is the logo's pixel size.
    BarcodeError when the number cannot be drawn in its symbology."""
    if layout.design == "minimal":
        return _minimal(layout, face, logo_px)
    if layout.design == "side_band":
        return _side_band(layout, face, logo_px)
    return _classic(layout, face, logo_px)


def _classic(layout: CardLayout, face: CardFace,
             logo_px: tuple[int, int] | None) -> tuple[Shape, ...]:
    """A colour band across the top (logo on a white tile, the shop's name), the holder, bars."""
    band_h, band_top = 15.0, CARD_H - _INSET
    shapes: list[Shape] = [Fill(_INSET, band_top - band_h, CARD_W - 2 * _INSET, band_h,
                                layout.colour, 2.0)]
    text_x = _INSET + 3.0
    if logo_px is not None:
        tile_x, tile_y, tile_h = _INSET + 1.5, band_top - band_h + 1.5, band_h - 3.0
        logo = _fit(logo_px, 30.0, tile_h - 1.6)
        shapes += [Fill(tile_x, tile_y, logo.width + 1.6, tile_h, WHITE, 1.5),
                   Picture(tile_x + 0.8, tile_y + (tile_h - logo.height) / 2,
                           logo.width, logo.height)]
        text_x = tile_x + logo.width + 1.6 + 2.5
    shapes += _title(layout.shop_name, text_x, band_top - band_h / 2,
                     CARD_W - _INSET - 3.0 - text_x, 13.0, on_colour(layout.colour))
    geometry = barcode_geometry(face)
    shapes += _holder(layout, face, MARGIN, MARGIN + geometry.height + 2.5, CARD_W - 2 * MARGIN,
                      accent(layout.colour))
    shapes.append(Bars((CARD_W - geometry.width) / 2, MARGIN, geometry))
    return tuple(shapes)


def _minimal(layout: CardLayout, face: CardFace,
             logo_px: tuple[int, int] | None) -> tuple[Shape, ...]:
    """White, centred: the logo or the name, a short colour rule, the holder, the bars."""
    top, geometry = CARD_H - MARGIN, barcode_geometry(face)
    shapes: list[Shape] = []
    if logo_px is not None:
        logo = _fit(logo_px, 40.0, 11.0)
        shapes.append(Picture((CARD_W - logo.width) / 2, top - logo.height, logo.width,
                              logo.height))
        rule_y = top - logo.height - 2.5
    else:
        size = _fitted(layout.shop_name, True, CARD_W - 2 * MARGIN, 14.0, 9.0)
        shapes.append(Words(CARD_W / 2, top - size * PT * 0.8, _elided(
            layout.shop_name, True, size * PT, CARD_W - 2 * MARGIN), size * PT, True,
            accent(layout.colour), centred=True))
        rule_y = top - size * PT * 1.05 - 2.0
    shapes.append(Fill(CARD_W / 2 - 9.0, rule_y, 18.0, 0.6, layout.colour))
    shapes += _holder(layout, face, CARD_W / 2, MARGIN + geometry.height + 2.5,
                      CARD_W - 2 * MARGIN, MUTED, centred=True)
    shapes.append(Bars((CARD_W - geometry.width) / 2, MARGIN, geometry))
    return tuple(shapes)


def _side_band(layout: CardLayout, face: CardFace,
               logo_px: tuple[int, int] | None) -> tuple[Shape, ...]:
    """A colour band down the left side with the logo; name, holder and bars to its right."""
    band_w = 20.0
    shapes: list[Shape] = [Fill(_INSET, _INSET, band_w, CARD_H - 2 * _INSET, layout.colour, 2.0)]
    if logo_px is not None:
        logo = _fit(logo_px, band_w - 5.0, 16.0)
        tile_w, tile_h = logo.width + 2.0, logo.height + 2.0
        tile_x, tile_y = _INSET + (band_w - tile_w) / 2, CARD_H - _INSET - 2.5 - tile_h
        shapes += [Fill(tile_x, tile_y, tile_w, tile_h, WHITE, 1.5),
                   Picture(tile_x + 1.0, tile_y + 1.0, logo.width, logo.height)]
    elif initial := next((c for c in layout.shop_name if c.isalnum()), ""):
        # without a logo the band carries the name's initial, a monogram
        shapes.append(Words(_INSET + band_w / 2, CARD_H - _INSET - 14.0, initial.upper(),
                            26 * PT, True, on_colour(layout.colour), centred=True))
    left = _INSET + band_w + 4.0
    width = CARD_W - MARGIN - left
    geometry = barcode_geometry(face, width)
    top = CARD_H - MARGIN
    shapes += _title(layout.shop_name, left, top - 5.0, width, 13.0, accent(layout.colour))
    shapes += _holder(layout, face, left, MARGIN + geometry.height + 2.5, width, MUTED)
    shapes.append(Bars(left + (width - geometry.width) / 2, MARGIN, geometry))
    return tuple(shapes)


def _title(text: str, x: float, middle: float, width: float, largest: float,
           colour: str) -> list[Shape]:
    """The shop's name in one line (or two, when one would go below 9 pt) centred on ``middle``."""
    size = _fitted(text, True, width, largest, 9.0)
    lines = [text] if _width(text, True, size * PT) <= width else wrap(
        text, register_fonts().bold, size * PT, width)[:2]
    if len(lines) > 1:
        size = 9.0
        lines = [_elided(line, True, size * PT, width) for line in
                 wrap(text, register_fonts().bold, size * PT, width)[:2]]
    em, step = size * PT, size * PT * 1.15
    first = middle + (len(lines) - 1) * step / 2 - em * 0.36  # cap height centred
    return [Words(x, first - i * step, line, em, True, colour) for i, line in enumerate(lines)]


def _holder(layout: CardLayout, face: CardFace, x: float, baseline: float, width: float,
            type_colour: str, centred: bool = False) -> list[Shape]:
    """The member's name (when printed) above the card type's name, just above the bars."""
    lines: list[tuple[str, float, bool, str]] = []
    if face.card_type_name:
        lines.append((face.card_type_name, 7.5, False, type_colour))
    if layout.show_member_name and face.member_name:
        lines.append((face.member_name, _fitted(face.member_name, True, width, 10.5, 8.0),
                      True, INK))
    shapes, y = [], baseline
    for text, size, bold, colour in lines:
        shapes.append(Words(x, y, _elided(text, bold, size * PT, width), size * PT, bold, colour,
                            centred))
        y += size * PT * 1.35
    return shapes


def _fit(pixels: tuple[int, int], width: float, height: float) -> Picture:
    scale = min(width / max(1, pixels[0]), height / max(1, pixels[1]))
    return Picture(0.0, 0.0, pixels[0] * scale, pixels[1] * scale)


def _width(text: str, bold: bool, size: float) -> float:
    fonts = register_fonts()
    return stringWidth(text, fonts.bold if bold else fonts.regular, size)


def _fitted(text: str, bold: bool, width: float, largest: float, smallest: float) -> float:
    """The largest point size from ``largest`` down to ``smallest`` at which one line fits."""
    size = largest
    while size > smallest and _width(text, bold, size * PT) > width:
        size -= 0.5
    return size


def _elided(text: str, bold: bool, size: float, width: float) -> str:
    """``text`` cut with "…" where it would overflow ``width`` (mm)."""
    if _width(text, bold, size) <= width:
        return text
    while text and _width(text + "…", bold, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"

