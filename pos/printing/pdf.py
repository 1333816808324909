"""Receipt → PDF bytes for 58 mm and 80 mm rolls (page as long as the receipt) and A4."""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pos.printing.barcode import bar_pattern, layout_pattern
from pos.printing.fonts import register_fonts
from pos.printing.receipt import Receipt
from pos.printing.text import (
    AmountRow, BarcodeRow, ItemRow, Row, RuleRow, TextRow, label, receipt_rows)
from pos.storage.files import check_output, write_output

Paper = Literal["58mm", "80mm", "a4"]
PAPERS: tuple[Paper, ...] = ("58mm", "80mm", "a4")


@dataclass(frozen=True, slots=True)
class _Style:
    page_width: float
    margin: float
    font_size: float
    large_size: float
    table: bool  # wide paper prints items as a table with column headings

    @property
    def content_width(self) -> float:
        return self.page_width - 2 * self.margin


# Roll margins leave the unprintable edge of thermal heads (about 4 mm per side).
_STYLES: dict[str, _Style] = {
    "58mm": _Style(58 * mm, 4 * mm, 7.0, 9.5, table=False),
    "80mm": _Style(80 * mm, 4 * mm, 8.5, 11.0, table=False),
    "a4": _Style(A4[0], 20 * mm, 10.0, 13.0, table=True),
}
_LEADING = 1.3
_GAP = 2 * mm
# Widths of the qty, price, discount and total columns of the A4 item table.
_COLUMN_WIDTHS = (16 * mm, 28 * mm, 28 * mm, 30 * mm)

Draw = Callable[[Canvas, float], None]  # draws a placed row with its top at y


@dataclass(frozen=True, slots=True)
class _Placed:
    height: float
    draw: Draw


class PaperError(ValueError):
    def __init__(self, paper: str) -> None:
        super().__init__(f"unknown paper: {paper!r}")
        self.paper = paper


def receipt_pdf(receipt: Receipt, paper: Paper = "80mm") -> bytes:
    """The receipt as a PDF with the DejaVu fonts embedded."""
    if paper not in _STYLES:
        raise PaperError(paper)
    fonts = register_fonts()
    style = _STYLES[paper]
    placed = _place_all(receipt_rows(receipt), style, receipt.language, fonts.regular, fonts.bold)
    buffer = io.BytesIO()
    title = f"{label('receipt_no', receipt.language)} {receipt.number}"
    if paper == "a4":
        _draw_pages(buffer, placed, style, title)
    else:
        _draw_roll(buffer, placed, style, title)
    return buffer.getvalue()


def write_receipt_pdf(receipt: Receipt, path: Path, paper: Paper = "80mm") -> Path:
    check_output(path)  # refused before rendering
    return write_output(path, receipt_pdf(receipt, paper))  # whole or not at all, 0600


def new_canvas(target: str | BinaryIO, size: tuple[float, float], title: str) -> Canvas:
    """A compressed canvas whose every font, even the initial one, is the embedded DejaVu."""
    # reportlab otherwise starts each page in Helvetica, a font with no Cyrillic
    # that would be referenced without being embedded.
    canvas = Canvas(target, pagesize=size, pageCompression=1,
                    initialFontName=register_fonts().regular)
    canvas.setTitle(title)
    return canvas


def _draw_roll(buffer: io.BytesIO, placed: list[_Placed], style: _Style, title: str) -> None:
    height = sum(p.height for p in placed) + 2 * style.margin
    canvas = new_canvas(buffer, (style.page_width, height), title)
    y = height - style.margin
    for item in placed:
        item.draw(canvas, y)
        y -= item.height
    canvas.save()


def _draw_pages(buffer: io.BytesIO, placed: list[_Placed], style: _Style, title: str) -> None:
    canvas = new_canvas(buffer, A4, title)
    top = A4[1] - style.margin
    y = top
    for item in placed:
        if y - item.height < style.margin and y < top:
            canvas.showPage()
            y = top
        item.draw(canvas, y)
        y -= item.height
    canvas.save()


def _place_all(rows: tuple[Row, ...], style: _Style, language: str,
               regular: str, bold: str) -> list[_Placed]:
    placer = _Placer(style, language, regular, bold)
    placed: list[_Placed] = []
    previous: Row | None = None
    for row in rows:
        if style.table and isinstance(row, ItemRow) and not isinstance(previous, ItemRow):
            placed.append(placer.table_heading())
        placed.append(placer.place(row))
        previous = row
    return placed


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break at ordinary spaces only, so no-break spaces keep '1 234,56 ₽' and '№ 12' whole."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
        while stringWidth(current, font, size) > width and len(current) > 1:
            cut = _longest_prefix(current, font, size, width)
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current)
    return lines


def _longest_prefix(text: str, font: str, size: float, width: float) -> int:
    cut = len(text) - 1
    while cut > 1 and stringWidth(text[:cut], font, size) > width:
        cut -= 1
    return cut


class _Placer:
    """Measures each row at the paper's width and returns how to draw it."""

    def __init__(self, style: _Style, language: str, regular: str, bold: str) -> None:
        self.style, self.language, self.regular, self.bold = style, language, regular, bold
        self.left = style.margin
        self.right = style.page_width - style.margin

    def place(self, row: Row) -> _Placed:
        if isinstance(row, TextRow):
            return self._text(row)
        if isinstance(row, AmountRow):
            return self._amount(row)
        if isinstance(row, ItemRow):
            return self._table_item(row) if self.style.table else self._item(row)
        if isinstance(row, BarcodeRow):
            return self._barcode(row)
        assert isinstance(row, RuleRow)
        return self._rule()

    def _font(self, bold: bool, large: bool) -> tuple[str, float]:
        size = self.style.large_size if large else self.style.font_size
        return (self.bold if bold else self.regular), size

    def _text(self, row: TextRow) -> _Placed:
        font, size = self._font(row.bold, row.large)
        lines = wrap(row.text, font, size, self.style.content_width)
        step = size * _LEADING
        centre = (self.left + self.right) / 2

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setFont(font, size)
            for i, line in enumerate(lines):
                baseline = top - size - i * step
                if row.align == "center":
                    canvas.drawCentredString(centre, baseline, line)
                else:
                    canvas.drawString(self.left, baseline, line)
        return _Placed(len(lines) * step + size * (_LEADING - 1), draw)

    def _amount(self, row: AmountRow) -> _Placed:
        font, size = self._font(row.bold, row.large)
        indent = 3 * mm if row.indent else 0.0
        return self._label_and_amount(row.label, row.amount, font, size, indent)

    def _label_and_amount(self, text: str, amount: str, font: str, size: float,
                          indent: float, room: float | None = None,
                          extra: Callable[[Canvas, float], None] | None = None) -> _Placed:
        """Wrapped label on the left, the amount right-aligned on its first line."""
        if room is None:
            amount_width = stringWidth(amount, font, size)
            room = self.right - self.left - indent - (amount_width + _GAP if amount else 0.0)
        lines = wrap(text, font, size, room)
        step = size * _LEADING

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setFont(font, size)
            for i, line in enumerate(lines):
                canvas.drawString(self.left + indent, top - size - i * step, line)
            canvas.drawRightString(self.right, top - size, amount)
            if extra is not None:
                extra(canvas, top - size)
        return _Placed(len(lines) * step + size * (_LEADING - 1), draw)

    def _item(self, row: ItemRow) -> _Placed:
        name = self._label_and_amount(row.name, row.total, self.regular, self.style.font_size, 0.0)
        if not row.detail:
            return name
        detail = self._label_and_amount(row.detail, "", self.regular, self.style.font_size - 0.5,
                                        3 * mm)
        return _stack(name, detail)

    def _table_item(self, row: ItemRow) -> _Placed:
        edges = self._column_edges()
        size = self.style.font_size

        def columns(canvas: Canvas, baseline: float) -> None:
            for edge, text in zip(edges, (row.qty, row.price, row.discount)):
                canvas.drawRightString(edge, baseline, text)
        return self._label_and_amount(row.name, row.total, self.regular, size, 0.0,
                                      room=self._name_room(edges), extra=columns)

    def _name_room(self, edges: tuple[float, ...]) -> float:
        return edges[0] - _COLUMN_WIDTHS[0] - self.left

    def _column_edges(self) -> tuple[float, ...]:
        """Right edges: total, then discount, price and qty leftwards."""
        edges = [self.right]
        for width in reversed(_COLUMN_WIDTHS[1:]):
            edges.append(edges[-1] - width)
        return tuple(reversed(edges[1:])) + (self.right,)

    def table_heading(self) -> _Placed:
        edges = self._column_edges()
        keys = ("qty", "price", "discount", "amount")
        font, size = self.bold, self.style.font_size

        def heads(canvas: Canvas, baseline: float) -> None:
            for edge, key in zip(edges[:-1], keys[:-1]):
                canvas.drawRightString(edge, baseline, label(key, self.language))
        return self._label_and_amount(label("item", self.language), label("amount", self.language),
                                      font, size, 0.0, room=self._name_room(edges), extra=heads)

    def _rule(self) -> _Placed:
        pad = self.style.font_size * 0.6

        def draw(canvas: Canvas, top: float) -> None:
            canvas.saveState()
            canvas.setDash(1.5, 1.5)
            canvas.setLineWidth(0.5)
            canvas.line(self.left, top - pad, self.right, top - pad)
            canvas.restoreState()
        return _Placed(2 * pad, draw)

    def _barcode(self, row: BarcodeRow) -> _Placed:
        pattern = bar_pattern(row.data, row.symbology)
        module = min(0.33 * mm, self.style.content_width / pattern.width_modules)
        font_size = self.style.font_size
        geometry = layout_pattern(pattern, module, 12 * mm, font_size)
        x0 = (self.left + self.right - geometry.width) / 2
        pad = 1.5 * mm

        def draw(canvas: Canvas, top: float) -> None:
            y0 = top - pad - geometry.height
            path = canvas.beginPath()
            for bar in geometry.bars:
                path.rect(x0 + bar.x, y0 + bar.y, bar.width, bar.height)
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.setFont(self.regular, geometry.font_size)
            for text in geometry.labels:
                canvas.drawCentredString(x0 + text.x, y0 + text.y, text.text)
        return _Placed(geometry.height + 2 * pad, draw)


def _stack(first: _Placed, second: _Placed) -> _Placed:
    def draw(canvas: Canvas, top: float) -> None:
        first.draw(canvas, top)
        second.draw(canvas, top - first.height)
    return _Placed(first.height + second.height, draw)
