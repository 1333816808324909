"""A live preview of a loyalty card, drawn from the same shapes (millimetres) the card PDF prints."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from loyalty.printing.card_design import (
    CARD_H, CARD_W, MARGIN, PT, Bars, Fill, Picture, Shape, Words, accent, front_shapes)
from loyalty.printing.card_layout import CardFace, CardLayout
from pos.printing.barcode import BarcodeError


class CardPreview(QWidget):
    """One side of a card at any size: the front (design, logo, barcode) or the back (terms)."""

    def __init__(self, back: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = back
        self.card_layout: CardLayout | None = None
        self.face: CardFace | None = None
        self.logo = QImage()
        self._logo_bytes: bytes | None = None
        self.setMinimumSize(QSize(240, 152))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_card(self, layout: CardLayout, face: CardFace | None) -> None:
        self.card_layout, self.face = layout, face
        if layout.logo != self._logo_bytes:  # decoded once, not at every repaint
            self._logo_bytes = layout.logo
            self.logo = QImage.fromData(layout.logo) if layout.logo else QImage()
        self.update()

    def shapes(self) -> tuple[Shape, ...]:
        """The front's shapes, or none while the number cannot be drawn."""
        if self.card_layout is None or self.face is None:
            return ()
        logo_px = None if self.logo.isNull() else (self.logo.width(), self.logo.height())
        try:
            return front_shapes(self.card_layout, self.face, logo_px)
        except BarcodeError:
            return ()

    def card_rect(self) -> QRectF:
        """The largest card-shaped rectangle that fits, centred, with room for a shadow."""
        room = QRectF(self.rect()).adjusted(8, 8, -12, -12)
        scale = min(room.width() / CARD_W, room.height() / CARD_H)
        w, h = CARD_W * scale, CARD_H * scale
        return QRectF(room.center().x() - w / 2, room.center().y() - h / 2, w, h)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        card = self.card_rect()
        k = card.width() / CARD_W  # pixels per millimetre
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawRoundedRect(card.translated(4, 4), 3.18 * k, 3.18 * k)
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(QColor("#9a9a9a"), 1))
        painter.drawRoundedRect(card, 3.18 * k, 3.18 * k)  # ISO 7810 corner radius
        if self.back:
            self._back(painter, card, k)
            return
        for shape in self.shapes():
            self._draw(painter, shape, card, k)

    def _at(self, card: QRectF, k: float, x: float, y: float) -> QPointF:
        """A point of the card (mm, y up from its bottom) in widget pixels (y down)."""
        return QPointF(card.left() + x * k, card.bottom() - y * k)

    def _draw(self, painter: QPainter, shape: Shape, card: QRectF, k: float) -> None:
        if isinstance(shape, Fill):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(shape.colour))
            top_left = self._at(card, k, shape.x, shape.y + shape.height)
            painter.drawRoundedRect(QRectF(top_left.x(), top_left.y(), shape.width * k,
                                           shape.height * k), shape.radius * k, shape.radius * k)
        elif isinstance(shape, Picture) and not self.logo.isNull():
            top_left = self._at(card, k, shape.x, shape.y + shape.height)
            painter.drawImage(QRectF(top_left.x(), top_left.y(), shape.width * k,
                                     shape.height * k), self.logo)
        elif isinstance(shape, Words):
            self._words(painter, shape, card, k)
        elif isinstance(shape, Bars):
            self._barcode(painter, shape, card, k)

    def _font(self, size_mm: float, k: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, round(size_mm * k)))
        font.setBold(bold)
        return font

    def _words(self, painter: QPainter, shape: Words, card: QRectF, k: float) -> None:
        font = self._font(shape.size, k, shape.bold)
        painter.setFont(font)
        painter.setPen(QColor(shape.colour))
        point = self._at(card, k, shape.x, shape.y)
        if shape.centred:
            point.setX(point.x() - QFontMetricsF(font).horizontalAdvance(shape.text) / 2)
        painter.drawText(point, shape.text)

    def _barcode(self, painter: QPainter, shape: Bars, card: QRectF, k: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for bar in shape.geometry.bars:
            top_left = self._at(card, k, shape.x + bar.x, shape.y + bar.y + bar.height)
            painter.drawRect(QRectF(top_left.x(), top_left.y(), bar.width * k, bar.height * k))
        font = self._font(shape.geometry.font_size, k)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        metrics = QFontMetricsF(font)
        for label in shape.geometry.labels:
            point = self._at(card, k, shape.x + label.x, shape.y + label.y)
            painter.drawText(QPointF(point.x() - metrics.horizontalAdvance(label.text) / 2,
                                     point.y()), label.text)

    def _back(self, painter: QPainter, card: QRectF, k: float) -> None:
        """Shop name in 9 pt bold, then the terms in 8 pt, wrapped as the PDF wraps them."""
        if self.card_layout is None:
            return
        box = card.adjusted(MARGIN * k, MARGIN * k, -MARGIN * k, -MARGIN * k)
        painter.setPen(QColor(accent(self.card_layout.colour)))
        painter.setFont(self._font(9 * PT, k, bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         self.card_layout.shop_name)
        painter.setPen(QColor("black"))
        painter.setFont(self._font(8 * PT, k))
        painter.drawText(box.adjusted(0, 5 * k, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self.card_layout.terms)
