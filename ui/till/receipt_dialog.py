"""The preview of a receipt: the very PDF page that prints, with the change (or refund) in large type."""
from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from pos.printing.receipt import Receipt

# The page is drawn this wide on screen: a roll reads like paper, A4 fits the dialog.
_PREVIEW_WIDTH_PX = 440


def pdf_images(pdf: bytes) -> list[QImage]:
    """Every page of ``pdf`` rasterised to the preview width."""
    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            scale = min(2.0, _PREVIEW_WIDTH_PX / page.get_size()[0])
            image = page.render(scale=scale).to_pil().convert("RGB")
            data = image.tobytes()
            images.append(QImage(data, image.width, image.height, 3 * image.width,
                                 QImage.Format.Format_RGB888).copy())  # copy: owns its pixels
        return images
    finally:
        document.close()


class ReceiptDialog(QDialog):
    """``heading`` is the line in large type (the change, the refund); Enter or Esc closes
    and the till is ready again.

    Print (Ctrl+P) and Save PDF only ask: the till does the printing and reports
    back through ``show_status``.  ``receipt`` and ``pdf`` are what is shown, so the
    preview and the printout cannot differ.
    """

    print_requested = Signal(int)
    save_pdf_requested = Signal(int)

    def __init__(self, receipt: Receipt, pdf: bytes, title: str, heading: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipt, self.pdf = receipt, pdf
        self.setWindowTitle(title)
        self.resize(560, 700)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setObjectName("toPay")
        self.heading.setVisible(bool(heading))
        layout.addWidget(self.heading)
        pages = QWidget()
        pages.setObjectName("receiptPages")
        column = QVBoxLayout(pages)
        self.pages: list[QLabel] = []
        for image in pdf_images(pdf):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(page)
            self.pages.append(page)
        scroll = QScrollArea()
        scroll.setObjectName("receipt")
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(scroll, 1)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.hide()  # shown once printing has something to say
        layout.addWidget(self.status)
        layout.addLayout(self._buttons(int(receipt.number)))

    def _buttons(self, sale_no: int) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Ctrl+P  Print"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(sale_no))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf_requested.emit(sale_no))
        close = QPushButton(self.tr("Enter  Next customer"))
        close.setObjectName("primary")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)  # Enter stays "next customer"
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        row.addWidget(close, 1)
        return row

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setProperty("kind", "error" if error else "info")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
