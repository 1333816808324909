"""Loyalty cards → PDF: CR80 front/back pages for duplex card printers, or A4 sheets of 10 with crop marks."""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from loyalty.printing.card_layout import CardFace, CardLayout, CardLayoutError
from pos.printing.barcode import BarcodeGeometry, bar_pattern, layout_pattern
from pos.printing.fonts import register_fonts
from pos.printing.pdf import new_canvas, wrap
from pos.storage.files import DatabaseFileError, refuse_database_file

CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm
COLUMNS, ROWS = 2, 5
PER_SHEET = COLUMNS * ROWS
_MARGIN = 4.5 * mm
_MAX_MODULE = 0.40 * mm  # EAN at 120 % magnification: easy for any till scanner
_BAR_HEIGHT = 15 * mm
_LOGO_HEIGHT = 14 * mm
_SHEET_X = (A4[0] - COLUMNS * CARD_WIDTH) / 2
_SHEET_Y = (A4[1] - ROWS * CARD_HEIGHT) / 2
_MARK_GAP, _MARK_LENGTH = 2 * mm, 6 * mm

# Called with (cards done, cards total); returning False cancels the batch.
Progress = Callable[[int, int], bool]


class CardPrintCancelled(Exception):
    def __init__(self, done: int) -> None:
        super().__init__(f"cancelled after {done} cards")
        self.done = done


@dataclass(frozen=True, slots=True)
class _Design:
    """What is the same on every card of a batch, measured once."""

    layout: CardLayout
    regular: str
    bold: str
    logo: ImageReader | None
    title_lines: tuple[str, ...]
    title_size: float
    terms_lines: tuple[str, ...]
    terms_size: float

    @property
    def header_height(self) -> float:
        if self.logo is not None:
            return _LOGO_HEIGHT
        return self.title_size * (0.8 + 1.15 * (len(self.title_lines) - 1)) + 0.25 * self.title_size


def cards_pdf(layout: CardLayout, faces: Sequence[CardFace],
              progress: Progress | None = None) -> bytes:
    buffer = io.BytesIO()
    _render(layout, faces, buffer, progress)
    return buffer.getvalue()


def write_cards_pdf(layout: CardLayout, faces: Sequence[CardFace], path: Path,
                    progress: Progress | None = None) -> Path:
    """Write straight to ``path``; a cancelled or failed batch leaves no half-written file."""
    path = refuse_database_file(path)
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as handle:
            _render(layout, faces, handle, progress)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def _render(layout: CardLayout, faces: Sequence[CardFace], target: BinaryIO,
            progress: Progress | None) -> None:
    design = _design(layout)
    # Every barcode is checked before the first page, so a bad number fails the whole batch.
    geometries = [_barcode_geometry(face) for face in faces]
    size = (CARD_WIDTH, CARD_HEIGHT) if layout.layout == "cr80" else A4
    canvas = new_canvas(target, size, layout.shop_name)
    if layout.layout == "cr80":
        _cr80_pages(canvas, design, faces, geometries, progress)
    else:
        _a4_pages(canvas, design, faces, geometries, progress)
    canvas.save()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise CardPrintCancelled(done)


def _cr80_pages(canvas: Canvas, design: _Design, faces: Sequence[CardFace],
                geometries: list[BarcodeGeometry], progress: Progress | None) -> None:
    for done, (face, geometry) in enumerate(zip(faces, geometries), start=1):
        _front(canvas, design, face, geometry, 0.0, 0.0)
        canvas.showPage()
        _back(canvas, design, 0.0, 0.0)
        canvas.showPage()
        _report(progress, done, len(faces))


def _a4_pages(canvas: Canvas, design: _Design, faces: Sequence[CardFace],
              geometries: list[BarcodeGeometry], progress: Progress | None) -> None:
    for start in range(0, len(faces), PER_SHEET):
        batch = list(zip(faces[start:start + PER_SHEET], geometries[start:start + PER_SHEET]))
        _crop_marks(canvas)
        for slot, (face, geometry) in enumerate(batch):
            _front(canvas, design, face, geometry, *_slot_origin(slot, mirrored=False))
        canvas.showPage()
        if design.terms_lines:
            # Backs mirrored left-right so they land behind their fronts on a long-edge duplex.
            _crop_marks(canvas)
            for slot in range(len(batch)):
                _back(canvas, design, *_slot_origin(slot, mirrored=True))
            canvas.showPage()
        _report(progress, start + len(batch), len(faces))


def _slot_origin(slot: int, mirrored: bool) -> tuple[float, float]:
    row, column = divmod(slot, COLUMNS)
    if mirrored:
        column = COLUMNS - 1 - column
    return _SHEET_X + column * CARD_WIDTH, _SHEET_Y + (ROWS - 1 - row) * CARD_HEIGHT


def _crop_marks(canvas: Canvas) -> None:
    """Marks outside the grid on every cut line; nothing is drawn where the cards are."""
    canvas.setLineWidth(0.3)
    right, top = _SHEET_X + COLUMNS * CARD_WIDTH, _SHEET_Y + ROWS * CARD_HEIGHT
    path = canvas.beginPath()
    for column in range(COLUMNS + 1):
        x = _SHEET_X + column * CARD_WIDTH
        _segment(path, x, _SHEET_Y - _MARK_GAP, x, _SHEET_Y - _MARK_GAP - _MARK_LENGTH)
        _segment(path, x, top + _MARK_GAP, x, top + _MARK_GAP + _MARK_LENGTH)
    for row in range(ROWS + 1):
        y = _SHEET_Y + row * CARD_HEIGHT
        _segment(path, _SHEET_X - _MARK_GAP, y, _SHEET_X - _MARK_GAP - _MARK_LENGTH, y)
        _segment(path, right + _MARK_GAP, y, right + _MARK_GAP + _MARK_LENGTH, y)
    canvas.drawPath(path, stroke=1, fill=0)


def _segment(path: PDFPathObject, x0: float, y0: float, x1: float, y1: float) -> None:
    path.moveTo(x0, y0)
    path.lineTo(x1, y1)


def _barcode_geometry(face: CardFace) -> BarcodeGeometry:
    pattern = bar_pattern(face.number, face.symbology)
    module = min(_MAX_MODULE, (CARD_WIDTH - 2 * _MARGIN) / pattern.width_modules)
    digit_width = stringWidth("0", register_fonts().regular, 1.0)
    if face.symbology == "code128":
        font_size = min(10.0, 0.9 * len(pattern.modules) * module / (len(face.number) * digit_width))
    else:
        # The widest group of digits must fit between its guard bars.
        font_size = min(10.0, 0.9 * 42 * module / (6 * digit_width))
    return layout_pattern(pattern, module, _BAR_HEIGHT, font_size)


def _design(layout: CardLayout) -> _Design:
    fonts = register_fonts()
    width = CARD_WIDTH - 2 * _MARGIN
    title_size = _fit_size(layout.shop_name, fonts.bold, width, 15.0, 9.0)
    title = tuple(wrap(layout.shop_name, fonts.bold, title_size, width))[:2]
    terms_size, terms = _fit_terms(layout.terms, fonts.regular, width,
                                   CARD_HEIGHT - 2 * _MARGIN - 5 * mm)
    logo = _logo(layout.logo_path) if layout.logo_path else None
    return _Design(layout, fonts.regular, fonts.bold, logo, title, title_size, terms, terms_size)


def _logo(path: Path) -> ImageReader:
    """The logo read once per batch; a moved or broken file is the owner's to fix, not a crash."""
    try:
        # Bytes, not the path: reportlab would try a path it cannot open as a URL.
        reader = ImageReader(io.BytesIO(refuse_database_file(path).read_bytes()))
        reader.getSize()
    except (OSError, ValueError, DatabaseFileError) as error:
        raise CardLayoutError("logo_unreadable", str(path)) from error
    return reader


def _fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _fit_terms(terms: str, font: str, width: float,
               height: float) -> tuple[float, tuple[str, ...]]:
    """The largest size (8 pt down to 5 pt) at which the whole terms text fits the back."""
    size = 8.0
    while True:
        lines = [line for paragraph in terms.strip().splitlines()
                 for line in wrap(paragraph, font, size, width)] if terms.strip() else []
        fits = len(lines) * size * 1.25 <= height
        if fits or size <= 5.0:
            kept = int(height // (size * 1.25))
            return size, tuple(lines if fits else lines[:kept - 1] + [lines[kept - 1] + " …"])
        size -= 0.5


def _front(canvas: Canvas, design: _Design, face: CardFace, geometry: BarcodeGeometry,
           x: float, y: float) -> None:
    top = y + CARD_HEIGHT - _MARGIN
    if design.logo is not None:
        canvas.drawImage(design.logo, x + _MARGIN, top - _LOGO_HEIGHT, width=CARD_WIDTH / 2,
                         height=_LOGO_HEIGHT, preserveAspectRatio=True, anchor="nw", mask="auto")
    else:
        canvas.setFont(design.bold, design.title_size)
        for i, line in enumerate(design.title_lines):
            canvas.drawString(x + _MARGIN, top - design.title_size * (0.8 + 1.15 * i), line)
    rule_y = top - design.header_height - 2 * mm
    canvas.setLineWidth(1.2)
    canvas.line(x + _MARGIN, rule_y, x + CARD_WIDTH - _MARGIN, rule_y)
    if design.layout.show_member_name and face.member_name:
        _member_name(canvas, design, face.member_name, x + _MARGIN,
                     y + _MARGIN + geometry.height + 4 * mm)
    _draw_barcode(canvas, design, geometry, x + (CARD_WIDTH - geometry.width) / 2, y + _MARGIN)


def _member_name(canvas: Canvas, design: _Design, name: str, x: float, y: float) -> None:
    """One line: shrink a long name first, and only then cut it with an ellipsis."""
    width = CARD_WIDTH - 2 * _MARGIN
    size = _fit_size(name, design.regular, width, 10.0, 7.5)
    lines = wrap(name, design.regular, size, width)
    text = lines[0] if len(lines) == 1 else wrap(name, design.regular, size, width - 3 * mm)[0] + "…"
    canvas.setFont(design.regular, size)
    canvas.drawString(x, y, text)


def _draw_barcode(canvas: Canvas, design: _Design, geometry: BarcodeGeometry,
                  x: float, y: float) -> None:
    path = canvas.beginPath()
    for bar in geometry.bars:
        path.rect(x + bar.x, y + bar.y, bar.width, bar.height)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFont(design.regular, geometry.font_size)
    for text in geometry.labels:
        canvas.drawCentredString(x + text.x, y + text.y, text.text)


def _back(canvas: Canvas, design: _Design, x: float, y: float) -> None:
    top = y + CARD_HEIGHT - _MARGIN
    canvas.setFont(design.bold, 9.0)
    canvas.drawString(x + _MARGIN, top - 7.5, design.title_lines[0] if design.title_lines else "")
    canvas.setFont(design.regular, design.terms_size)
    step = design.terms_size * 1.25
    for i, line in enumerate(design.terms_lines):
        canvas.drawString(x + _MARGIN, top - 5 * mm - design.terms_size - i * step, line)
