"""Adding or editing one product: barcode, name, price, category and its exclusions."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLabel, QLineEdit, QVBoxLayout, QWidget)

from pos.catalogue.model import Category, Product
from pos.money import MoneyFormatError, format_money, parse_money
from pos.catalogue.admin import ProductError
from pos.staff.pins import StaffError


class ProductDialog(QDialog):
    """``save`` stores the product and returns it, or raises; the dialog stays open on a
    refusal and shows ``describe(error)`` under the fields."""

    def __init__(self, product: Product | None, categories: tuple[Category, ...], currency: str,
                 language: str, save: Callable[[Product], Product],
                 describe: Callable[[ProductError | StaffError], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product, self.currency, self.save, self.describe = product, currency, save, describe
        self.saved: Product | None = None
        self.setWindowTitle(self.tr("New product") if product is None
                            else self.tr("Product “{name}”").format(name=product.name))
        self.barcode = QLineEdit(product.barcode if product else "")
        self.barcode.setPlaceholderText(self.tr("EAN-13, EAN-8 or a shop code"))
        self.name = QLineEdit(product.name if product else "")
        self.price = QLineEdit(format_money(product.price_minor, currency, language, symbol=False)
                               if product else "")
        self.category = QComboBox()
        self.category.addItem(self.tr("— no category —"), "")
        for c in categories:
            self.category.addItem(c.name, c.code)
        if product:
            self.category.setCurrentIndex(max(0, self.category.findData(product.category)))
        self.no_discount = QCheckBox(self.tr("Never discounted (e.g. tobacco)"))
        self.no_points = QCheckBox(self.tr("Earns no points"))
        self.no_discount.setChecked(bool(product and product.no_discount))
        self.no_points.setChecked(bool(product and product.no_points))
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setProperty("kind", "error")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Barcode"), self.barcode)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Price"), self.price)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.no_discount)
        form.addRow(self.no_points)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _save(self) -> None:
        try:
            price = parse_money(self.price.text(), self.currency)
        except MoneyFormatError:
            self.message.setText(self.tr("“{text}” is not a price.").format(
                text=self.price.text()[:40]))
            return
        candidate = Product(self.product.product_id if self.product else None,
                            self.barcode.text(), self.name.text(), price,
                            self.category.currentData(), self.no_discount.isChecked(),
                            self.no_points.isChecked())
        try:
            self.saved = self.save(candidate)
        except (ProductError, StaffError) as error:
            self.message.setText(self.describe(error))
            return
        self.accept()
