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
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from loyalty.printing.card_design import (
    MARGIN, Bars, Fill, Picture, Shape, Words, accent, front_shapes)
from loyalty.printing.card_layout import CardFace, CardLayout, CardLayoutError
from pos.printing.fonts import register_fonts
from pos.printing.pdf import new_canvas, wrap
from pos.storage.files import StagedOutputs

CARD_WIDTH = 85.60 * mm
CARD_HEIGHT = 53.98 * mm
COLUMNS, ROWS = 2, 5
PER_SHEET = COLUMNS * ROWS
_MARGIN = MARGIN * mm
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
    terms_lines: tuple[str, ...]
    terms_size: float

    @property
    def logo_px(self) -> tuple[int, int] | None:
        return None if self.logo is None else self.logo.getSize()


def cards_pdf(layout: CardLayout, faces: Sequence[CardFace],
              progress: Progress | None = None) -> bytes:
    buffer = io.BytesIO()
    _render(layout, faces, buffer, progress)
    return buffer.getvalue()


def write_cards_pdf(layout: CardLayout, faces: Sequence[CardFace], path: Path,
                    progress: Progress | None = None) -> Path:
    """Write straight to ``path``; a cancelled or failed batch leaves no half-written file."""
    with StagedOutputs() as stage, stage.stream(path) as handle:  # aside, 0600, then renamed
        _render(layout, faces, handle, progress)
    return Path(path)


def _render(layout: CardLayout, faces: Sequence[CardFace], target: BinaryIO,
            progress: Progress | None) -> None:
    design = _design(layout)
    # Every front is laid out before the first page, so a bad number fails the whole batch.
    fronts = [front_shapes(layout, face, design.logo_px) for face in faces]
    size = (CARD_WIDTH, CARD_HEIGHT) if layout.layout == "cr80" else A4
    canvas = new_canvas(target, size, layout.shop_name)
    if layout.layout == "cr80":
        _cr80_pages(canvas, design, fronts, progress)
    else:
        _a4_pages(canvas, design, fronts, progress)
    canvas.save()


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise CardPrintCancelled(done)


def _cr80_pages(canvas: Canvas, design: _Design, fronts: Sequence[tuple[Shape, ...]],
                progress: Progress | None) -> None:
    for done, front in enumerate(fronts, start=1):
        _front(canvas, design, front, 0.0, 0.0)
        canvas.showPage()
        _back(canvas, design, 0.0, 0.0)
        canvas.showPage()
        _report(progress, done, len(fronts))


def _a4_pages(canvas: Canvas, design: _Design, fronts: Sequence[tuple[Shape, ...]],
              progress: Progress | None) -> None:
    for start in range(0, len(fronts), PER_SHEET):
        batch = fronts[start:start + PER_SHEET]
        _crop_marks(canvas)
        for slot, front in enumerate(batch):
            _front(canvas, design, front, *_slot_origin(slot, mirrored=False))
        canvas.showPage()
        if design.terms_lines:
            # Backs mirrored left-right so they land behind their fronts on a long-edge duplex.
            _crop_marks(canvas)
            for slot in range(len(batch)):
                _back(canvas, design, *_slot_origin(slot, mirrored=True))
            canvas.showPage()
        _report(progress, start + len(batch), len(fronts))


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


def _design(layout: CardLayout) -> _Design:
    fonts = register_fonts()
    width = CARD_WIDTH - 2 * _MARGIN
    title = tuple(wrap(layout.shop_name, fonts.bold, 9.0, width))[:1]
    terms_size, terms = _fit_terms(layout.terms, fonts.regular, width,
                                   CARD_HEIGHT - 2 * _MARGIN - 5 * mm)
    logo = _logo(layout.logo) if layout.logo else None
    return _Design(layout, fonts.regular, fonts.bold, logo, title, terms, terms_size)


def _logo(data: bytes) -> ImageReader:
    """The logo decoded once per batch (one image in the PDF however many cards)."""
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except (OSError, ValueError) as error:
        raise CardLayoutError("logo_unreadable", "") from error
    return reader


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


def _front(canvas: Canvas, design: _Design, shapes: tuple[Shape, ...], x: float,
           y: float) -> None:
    """Draw the shapes of card_design in millimetres: the canvas is scaled, not the shapes."""
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(mm, mm)
    for shape in shapes:
        if isinstance(shape, Fill):
            canvas.setFillColor(shape.colour)
            canvas.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius,
                             stroke=0, fill=1)
        elif isinstance(shape, Picture) and design.logo is not None:
            canvas.drawImage(design.logo, shape.x, shape.y, width=shape.width,
                             height=shape.height, mask="auto")
        elif isinstance(shape, Words):
            canvas.setFillColor(shape.colour)
            canvas.setFont(design.bold if shape.bold else design.regular, shape.size)
            draw = canvas.drawCentredString if shape.centred else canvas.drawString
            draw(shape.x, shape.y, shape.text)
        elif isinstance(shape, Bars):
            _draw_barcode(canvas, design, shape)
    canvas.restoreState()


def _draw_barcode(canvas: Canvas, design: _Design, shape: Bars) -> None:
    """Black bars on white whatever the design: scanners read contrast, not colour."""
    path = canvas.beginPath()
    for bar in shape.geometry.bars:
        path.rect(shape.x + bar.x, shape.y + bar.y, bar.width, bar.height)
    canvas.setFillColor("#000000")
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFont(design.regular, shape.geometry.font_size)
    for text in shape.geometry.labels:
        canvas.drawCentredString(shape.x + text.x, shape.y + text.y, text.text)


def _back(canvas: Canvas, design: _Design, x: float, y: float) -> None:
    top = y + CARD_HEIGHT - _MARGIN
    canvas.setFillColor(accent(design.layout.colour))
    canvas.setFont(design.bold, 9.0)
    canvas.drawString(x + _MARGIN, top - 7.5, design.title_lines[0] if design.title_lines else "")
    canvas.setFillColor("#000000")
    canvas.setFont(design.regular, design.terms_size)
    step = design.terms_size * 1.25
    for i, line in enumerate(design.terms_lines):
        canvas.drawString(x + _MARGIN, top - 5 * mm - design.terms_size - i * step, line)
