"""A live preview of a loyalty card's front, drawn as vectors from the same bar geometry the PDF uses."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from loyalty.printing.card_layout import CardFace
from pos.printing.barcode import BarcodeError, BarcodeGeometry, bar_pattern, layout_pattern

# The card and its parts in millimetres, as loyalty/card_pdf.py prints them.
CARD_W_MM, CARD_H_MM = 85.60, 53.98
_MARGIN_MM, _BAR_H_MM, _MAX_MODULE_MM = 4.5, 15.0, 0.40
_PT_MM = 25.4 / 72
_DIGIT_EM = 0.636  # DejaVu Sans digit advance per em, as card_pdf measures it


class CardPreview(QWidget):
    """One side of a card at any size: the front (name, barcode) or the back (terms)."""

    def __init__(self, back: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back, self.shop_name, self.terms = back, "", ""
        self.face: CardFace | None = None
        self.show_name = True
        self.setMinimumSize(QSize(340, 215))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_card(self, shop_name: str, face: CardFace | None, show_name: bool,
                  terms: str = "") -> None:
        self.shop_name, self.face, self.show_name, self.terms = shop_name, face, show_name, terms
        self.update()

    def card_rect(self) -> QRectF:
        """The largest card-shaped rectangle that fits, centred, with room for a shadow."""
        room = QRectF(self.rect()).adjusted(8, 8, -12, -12)
        scale = min(room.width() / CARD_W_MM, room.height() / CARD_H_MM)
        w, h = CARD_W_MM * scale, CARD_H_MM * scale
        return QRectF(room.center().x() - w / 2, room.center().y() - h / 2, w, h)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self.card_rect()
        k = card.width() / CARD_W_MM  # pixels per millimetre
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawRoundedRect(card.translated(4, 4), 3.18 * k, 3.18 * k)
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(QColor("#9a9a9a"), 1))
        painter.drawRoundedRect(card, 3.18 * k, 3.18 * k)  # ISO 7810 corner radius
        left, top = card.left() + _MARGIN_MM * k, card.top() + _MARGIN_MM * k
        inner = card.width() - 2 * _MARGIN_MM * k
        if self.back:
            self._back(painter, QRectF(left, top, inner, card.height() - 2 * _MARGIN_MM * k), k)
            return
        title_bottom = self._title(painter, left, top, inner, k)
        painter.fillRect(QRectF(left, title_bottom + 2 * k, inner, max(1.0, 0.42 * k)),
                         QColor("black"))
        geometry = self._geometry()
        if geometry is None:
            return
        bottom = card.bottom() - _MARGIN_MM * k
        if self.show_name and self.face is not None and self.face.member_name:
            self._name(painter, self.face.member_name, left,
                       bottom - (geometry.height + 4) * k, inner, k)
        self._barcode(painter, geometry, card.left() + (card.width() - geometry.width * k) / 2,
                      bottom, k)

    def _font(self, size_mm: float, k: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, round(size_mm * k)))
        font.setBold(bold)
        return font

    def _title(self, painter: QPainter, left: float, top: float, width: float, k: float) -> float:
        """The shop name, shrunk from 15 pt towards 9 pt to fit one line."""
        size = 15.0
        font = self._font(size * _PT_MM, k, bold=True)
        while size > 9 and QFontMetricsF(font).horizontalAdvance(self.shop_name) > width:
            size -= 0.5
            font = self._font(size * _PT_MM, k, bold=True)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(self.shop_name, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QPointF(left, top + metrics.ascent()), text)
        return top + metrics.height()

    def _back(self, painter: QPainter, box: QRectF, k: float) -> None:
        """Shop name in 9 pt bold, then the terms in 8 pt, wrapped as the PDF wraps them."""
        painter.setPen(QColor("black"))
        title = self._font(9 * _PT_MM, k, bold=True)
        painter.setFont(title)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         self.shop_name)
        painter.setFont(self._font(8 * _PT_MM, k))
        painter.drawText(box.adjusted(0, 5 * k, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self.terms)

    def _name(self, painter: QPainter, name: str, left: float, baseline: float, width: float,
              k: float) -> None:
        font = self._font(10 * _PT_MM, k)
        painter.setFont(font)
        text = QFontMetricsF(font).elidedText(name, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QPointF(left, baseline), text)

    def _geometry(self) -> BarcodeGeometry | None:
        if self.face is None:
            return None
        try:
            pattern = bar_pattern(self.face.number, self.face.symbology)
        except BarcodeError:
            return None
        module = min(_MAX_MODULE_MM, (CARD_W_MM - 2 * _MARGIN_MM) / pattern.width_modules)
        # Digits sized as the PDF sizes them: the widest group fits between its guard bars.
        if pattern.symbology == "code128":
            fit = 0.9 * len(pattern.modules) * module / (len(pattern.data) * _DIGIT_EM)
        else:
            fit = 0.9 * 42 * module / (6 * _DIGIT_EM)
        return layout_pattern(pattern, module, _BAR_H_MM, min(10 * _PT_MM, fit))

    def _barcode(self, painter: QPainter, geometry: BarcodeGeometry, x: float, bottom: float,
                 k: float) -> None:
        """Geometry grows up from its bottom edge in mm; the widget's y grows down in pixels."""
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for bar in geometry.bars:
            painter.drawRect(QRectF(x + bar.x * k, bottom - (bar.y + bar.height) * k,
                                    bar.width * k, bar.height * k))
        font = self._font(geometry.font_size, k)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        metrics = QFontMetricsF(font)
        for label in geometry.labels:
            width = metrics.horizontalAdvance(label.text)
            painter.drawText(QPointF(x + label.x * k - width / 2, bottom - label.y * k), label.text)
