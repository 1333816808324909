"""The Qt adapter for system printers: receipts painted as vector text, card PDFs rasterised page by page."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from pos.printing.barcode import bar_pattern, layout_pattern
from pos.printing.receipt import Receipt
from pos.printing.text import AmountRow, BarcodeRow, ItemRow, Row, TextRow, receipt_rows
from ui.widgets.background import Cancelled, Progress

_MM_PER_INCH = 25.4
# Paper width, side margin (mm) and normal / large type (pt), as the receipt PDF uses them.
_PAPER = {"58mm": (58.0, 4.0, 7.0, 9.5), "80mm": (80.0, 4.0, 8.5, 11.0),
          "a4": (210.0, 20.0, 10.0, 13.0)}
_A4_HEIGHT_MM = 297.0
_LEADING = 1.3
# Raster resolution for card PDFs: enough for 0.33 mm bars, small enough for A4 in memory.
_MAX_RASTER_DPI = 600


class SystemPrinterError(RuntimeError):
    """The system printer ``name`` could not be used; ``reason`` is a stable key."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{reason}: {name!r}")
        self.name, self.reason = name, reason


def printer_names() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def open_printer(name: str) -> QPrinter:
    """The installed printer ``name``; empty means the system's default printer."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise SystemPrinterError(name, "not_found")
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def choose_printer(parent: QWidget, name: str) -> QPrinter | None:
    """The print dialog on printer ``name`` (empty: the default); None when cancelled.

    SystemPrinterError when the system has no such printer.  Tests replace this
    function: a real dialog offscreen would wait for a click that never comes."""
    printer = open_printer(name)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def pdf_printer(path: str) -> QPrinter:
    """A QPrinter writing a PDF file: what tests and 'print to file' use."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(path)
    return printer


@dataclass(frozen=True, slots=True)
class _Placed:
    height: float
    draw: Callable[[QPainter, float], None]


class _ReceiptLayout:
    """Rows measured and drawn in the printer's device pixels."""

    def __init__(self, printer: QPrinter, paper: str) -> None:
        width_mm, margin_mm, size, large = _PAPER.get(paper, _PAPER["80mm"])
        self.dpi = printer.resolution()
        self.page_width = self.px(width_mm)
        self.left, self.width = self.px(margin_mm), self.px(width_mm - 2 * margin_mm)
        self.fonts = {(bold, big): self._font(large if big else size, bold)
                      for bold in (False, True) for big in (False, True)}
        self.printer = printer

    def px(self, mm: float) -> float:
        return mm * self.dpi / _MM_PER_INCH

    def _font(self, points: float, bold: bool) -> QFont:
        font = QFont("DejaVu Sans")
        # Pixels rather than points: the layout is measured before the painter exists.
        font.setPixelSize(max(1, round(points * self.dpi / 72)))
        font.setBold(bold)
        return font

    def _lines(self, text: str, font: QFont, width: float) -> list[str]:
        """Greedy word wrap; a word wider than the line is cut where it overflows."""
        metrics, lines, line = QFontMetricsF(font), [], ""
        for word in text.split(" "):
            trial = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(trial) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
            while metrics.horizontalAdvance(line) > width and len(line) > 1:
                cut = len(line)
                while cut > 1 and metrics.horizontalAdvance(line[:cut]) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        return [*lines, line]

    def place(self, row: Row) -> _Placed:
        if isinstance(row, TextRow):
            return self._text(row.text, self.fonts[(row.bold, row.large)], row.align)
        if isinstance(row, AmountRow):
            return self._pair(row.label, row.amount, self.fonts[(row.bold, row.large)],
                              self.px(3) if row.indent else 0.0)
        if isinstance(row, ItemRow):
            top = self._pair(row.name, row.total, self.fonts[(False, False)], 0.0)
            if not row.detail:
                return top
            return _stack(top, self._pair(row.detail, "", self.fonts[(False, False)], self.px(3)))
        if isinstance(row, BarcodeRow):
            return self._barcode(row)
        return self._rule()

    def _text(self, text: str, font: QFont, align: str) -> _Placed:
        lines = self._lines(text, font, self.width)
        step = QFontMetricsF(font).height() * _LEADING / 1.2
        flag = Qt.AlignmentFlag.AlignHCenter if align == "center" else Qt.AlignmentFlag.AlignLeft

        def draw(painter: QPainter, y: float) -> None:
            painter.setFont(font)
            for i, line in enumerate(lines):
                painter.drawText(QRectF(self.left, y + i * step, self.width, step),
                                 flag | Qt.AlignmentFlag.AlignVCenter, line)
        return _Placed(step * len(lines), draw)

    def _pair(self, left: str, right: str, font: QFont, indent: float) -> _Placed:
        metrics = QFontMetricsF(font)
        room = self.width - indent - (metrics.horizontalAdvance(right) + self.px(2) if right else 0)
        lines = self._lines(left, font, room)
        step = metrics.height() * _LEADING / 1.2

        def draw(painter: QPainter, y: float) -> None:
            painter.setFont(font)
            middle = Qt.AlignmentFlag.AlignVCenter
            for i, line in enumerate(lines):
                painter.drawText(QRectF(self.left + indent, y + i * step, room, step),
                                 Qt.AlignmentFlag.AlignLeft | middle, line)
            if right:
                painter.drawText(QRectF(self.left, y, self.width, step),
                                 Qt.AlignmentFlag.AlignRight | middle, right)
        return _Placed(step * len(lines), draw)

    def _rule(self) -> _Placed:
        gap = self.px(1.5)

        def draw(painter: QPainter, y: float) -> None:
            painter.fillRect(QRectF(self.left, y + gap, self.width, max(1.0, self.px(0.2))),
                             Qt.GlobalColor.black)
        return _Placed(2 * gap, draw)

    def _barcode(self, row: BarcodeRow) -> _Placed:
        pattern = bar_pattern(row.data, row.symbology)
        module = min(self.px(0.33), self.width / pattern.width_modules)
        font = self.fonts[(False, False)]
        geometry = layout_pattern(pattern, module, self.px(12), font.pixelSize())
        x0 = self.left + (self.width - geometry.width) / 2

        def draw(painter: QPainter, y: float) -> None:
            bottom = y + self.px(1.5) + geometry.height  # geometry grows up from its bottom
            for bar in geometry.bars:
                painter.fillRect(QRectF(x0 + bar.x, bottom - bar.y - bar.height, bar.width,
                                        bar.height), Qt.GlobalColor.black)
            painter.setFont(font)
            for text in geometry.labels:
                width = QFontMetricsF(font).horizontalAdvance(text.text)
                painter.drawText(QPointF(x0 + text.x - width / 2, bottom - text.y), text.text)
        return _Placed(geometry.height + self.px(3.5), draw)


def _stack(first: _Placed, second: _Placed) -> _Placed:
    def draw(painter: QPainter, y: float) -> None:
        first.draw(painter, y)
        second.draw(painter, y + first.height)
    return _Placed(first.height + second.height, draw)


def print_receipt(receipt: Receipt, printer: QPrinter, paper: str) -> None:
    """Paint ``receipt_rows``: a roll page as long as the receipt, or A4 pages."""
    layout = _ReceiptLayout(printer, paper)
    placed = [layout.place(row) for row in receipt_rows(receipt)]
    top = layout.px(4)
    total = top * 2 + sum(p.height for p in placed)
    width_mm = _PAPER.get(paper, _PAPER["80mm"])[0]
    height_mm = _A4_HEIGHT_MM if paper == "a4" else total * _MM_PER_INCH / layout.dpi
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(width_mm, height_mm),
                                                QPageSize.Unit.Millimeter, "",
                                                QPageSize.SizeMatchPolicy.ExactMatch),
                                      QPageLayout.Orientation.Portrait, QMarginsF()))
    printer.setDocName(f"Receipt {receipt.number}")
    painter = QPainter()
    if not painter.begin(printer):
        raise SystemPrinterError(printer.printerName(), "cannot_start")
    try:
        y, bottom = top, layout.px(height_mm) - top
        for item in placed:
            if y + item.height > bottom and y > top:
                printer.newPage()
                y = top
            item.draw(painter, y)
            y += item.height
    finally:
        painter.end()


def print_pdf(pdf: bytes, printer: QPrinter, progress: Progress | None = None) -> None:
    """Each PDF page rasterised at the printer's resolution onto a page of its own size."""
    document = pdfium.PdfDocument(pdf)
    painter = QPainter()
    try:
        pages = len(document)
        printer.setFullPage(True)
        for index in range(pages):
            page = document[index]
            width_pt, height_pt = page.get_size()
            size = QPageSize(QSizeF(width_pt, height_pt), QPageSize.Unit.Point, "",
                             QPageSize.SizeMatchPolicy.ExactMatch)
            printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF()))
            if index == 0 and not painter.begin(printer):
                raise SystemPrinterError(printer.printerName(), "cannot_start")
            if index > 0:
                printer.newPage()
            _paint_page(painter, page, printer.resolution(), width_pt, height_pt)
            if progress is not None and progress(index + 1, pages) is False:
                printer.abort()
                raise Cancelled()
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def _paint_page(painter: QPainter, page: pdfium.PdfPage, resolution: int, width_pt: float,
                height_pt: float) -> None:
    dpi = min(resolution, _MAX_RASTER_DPI)
    image = page.render(scale=dpi / 72).to_pil().convert("RGB")
    data = image.tobytes()  # kept alive here: QImage borrows the buffer, it does not copy it
    qimage = QImage(data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
    target = QRectF(0, 0, width_pt * resolution / 72, height_pt * resolution / 72)
    painter.drawImage(target, qimage)
