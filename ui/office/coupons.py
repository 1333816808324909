"""The owner's coupons screen: generate a batch, print it, and see where each coupon was used."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from loyalty.storage import rules_store
from loyalty.printing.coupons import coupon_line, write_coupons_pdf
from loyalty.coupons import NEXT_VISIT_BATCH, CouponError, CouponTerms, generate_coupons
from loyalty.model.program import Coupon
from loyalty.shop import Shop
from pos.clock import local_date
from pos.money import MoneyFormatError, format_money, parse_money
from pos.staff.model import Staff
from pos.storage.files import DatabaseFileError, OutputFileError, refuse_database_file
from pos.wording import moment_text
from ui.widgets.dates import show_dates
from ui.widgets.explain import Explainer
from ui.widgets.file_dialogs import choose_save
from ui.widgets.scrolling import scrolled_column

PAGE = 500


class CouponsTab(QWidget):
    def __init__(self, shop: Shop, staff: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.staff = shop, staff
        self.coupons: tuple[Coupon, ...] = ()
        layout = QHBoxLayout(self)
        layout.addWidget(scrolled_column(self._batch_form()), 4)
        layout.addLayout(self._list_column(), 7)
        self.refresh()

    def _batch_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("New batch"))
        box.setMaximumWidth(400)  # the coupons table needs the room for their terms
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.count = QSpinBox()
        self.count.setRange(1, 10_000)
        self.count.setValue(50)
        self.kind = QComboBox()
        self.kind.addItems([self.tr("Fixed amount"), self.tr("Percentage")])
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 100 or 10"))
        self.min_receipt = QLineEdit("0")
        self.until = QDateEdit(QDate.currentDate().addMonths(3))
        show_dates(self.until, self.shop.settings.language)
        self.no_end = QCheckBox(self.tr("No end date"))
        self.uses = QSpinBox()
        self.uses.setRange(0, 1_000)
        self.uses.setValue(1)
        self.uses.setSpecialValueText(self.tr("unlimited"))
        self.alone = QCheckBox(self.tr("Not combinable with other coupons"))
        self.batch_name = QLineEdit()
        self.batch_name.setPlaceholderText(self.tr("e.g. Spring flyer"))
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("primary")
        self.generate_button.clicked.connect(self.generate)
        self.message = QLabel()
        self.message.setObjectName("status")
        self.message.setWordWrap(True)
        form.addRow(self.tr("How many"), self.count)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Value (money or %)"), self.value)
        form.addRow(self.tr("Minimum receipt"), self.min_receipt)
        form.addRow(self.tr("Valid until"), self.until)
        form.addRow("", self.no_end)
        form.addRow(self.tr("Uses per coupon"), self.uses)
        form.addRow("", self.alone)
        form.addRow(self.tr("Batch name"), self.batch_name)
        form.addRow(self.generate_button)
        form.addRow(self.message)
        return box

    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        row = QHBoxLayout()
        self.batches = QComboBox()
        # a long batch name must not widen the window past a 1024-pixel screen
        self.batches.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batches.setMinimumContentsLength(14)
        self.batches.currentIndexChanged.connect(self._show_batch)
        self.pdf_button = QPushButton(self.tr("Save batch as PDF…"))
        self.pdf_button.clicked.connect(self._save_pdf_clicked)
        row.addWidget(QLabel(self.tr("Batch")))
        row.addWidget(self.batches, 1)
        column.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Gives"), self.tr("Used")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumWidth(360)
        # one line per coupon, the terms cut with "…" when narrow and whole in the tooltip:
        # wrapped rows were measured before the layout and ended in "…" anyway
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._show_uses)
        column.addWidget(self.table, 3)
        # under the batch's coupons it prints, leaving the chooser the row's width for the
        # batch's whole name ("Купоны на следующий визит" was cut beside the button)
        below = QHBoxLayout()
        uses_caption = QLabel(self.tr("Where the selected coupon was used"))
        uses_caption.setWordWrap(True)  # it wraps rather than widen the window
        below.addWidget(uses_caption, 1)
        below.addWidget(self.pdf_button)
        column.addLayout(below)
        self.uses_list = QListWidget()
        column.addWidget(self.uses_list, 1)
        return column

    def _say(self, text: str, kind: str) -> None:
        self.message.setProperty("kind", kind)
        self.message.setText(text)
        self.message.style().polish(self.message)

    def _terms(self) -> CouponTerms:
        currency = self.shop.settings.currency
        value_text = self.value.text().strip().replace("%", "")
        if self.kind.currentIndex() == 0:
            amount, rate = parse_money(value_text, currency), 0
        else:
            amount, rate = 0, round(parse_money(value_text, currency))  # percent ×100 = bp
        until = None if self.no_end.isChecked() else self.until.date().toPython()
        return CouponTerms(amount_minor=amount, rate_bp=rate,
                           min_receipt_minor=parse_money(self.min_receipt.text() or "0", currency),
                           valid_until=until, max_uses=self.uses.value() or None,
                           combinable=not self.alone.isChecked())

    def generate(self) -> None:
        if not self.staff.is_owner:
            return self._say(self.tr("Only an owner can issue coupons."), "error")
        try:
            terms = self._terms()
            now = self.shop.clock()
            made = generate_coupons(self.shop.db, self.count.value(), terms, now,
                                    local_date(now, self.shop.settings.timezone),
                                    self.batch_name.text().strip(),
                                    staff_id=self.staff.staff_id)
        except MoneyFormatError as error:
            return self._say(self.tr("“{text}” is not an amount.").format(text=error.text),
                             "error")
        except CouponError as error:
            return self._say({"bad_value": self.tr("Give either an amount or a percentage "
                                                   "(at most 100 %), not both."),
                              "bad_date": self.tr("The end date has already passed."),
                              "bad_count": self.tr("From 1 to 10,000 coupons at a time.")}
                             .get(error.reason, error.reason), "error")
        self._say(self.tr("{n} coupons issued.").format(n=len(made)), "info")
        self.refresh()

    def refresh(self) -> None:
        self.batches.blockSignals(True)
        self.batches.clear()
        for b in rules_store.coupon_batches(self.shop.db):
            name = self.tr("Next-visit coupons") if b.batch == NEXT_VISIT_BATCH else b.batch
            self.batches.addItem(self.tr("{batch} ({n})").format(batch=name, n=b.count), b.batch)
        self.batches.blockSignals(False)
        self._show_batch()

    def _show_batch(self) -> None:
        batch = self.batches.currentData()
        self.coupons = rules_store.coupons_page(self.shop.db, batch, PAGE, 0) if batch else ()
        s = self.shop.settings
        self.table.setRowCount(len(self.coupons))
        for row, c in enumerate(self.coupons):
            used = f"{c.times_used} / {c.max_uses}" if c.max_uses else f"{c.times_used} / ∞"
            for col, text in enumerate((c.code, coupon_line(c, s.currency, s.language), used)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.pdf_button.setEnabled(bool(self.coupons))

    def _show_uses(self) -> None:
        self.uses_list.clear()
        rows = self.table.selectionModel().selectedRows() or [self.table.currentIndex()]
        if not self.coupons or not rows or rows[0].row() < 0:
            return
        s = self.shop.settings
        for use in rules_store.coupon_uses(self.shop.db, self.coupons[rows[0].row()].code):
            self.uses_list.addItem(self.tr("Receipt {no}, {when}: −{money}").format(
                no=use.sale_no, when=moment_text(use.at, s.timezone, s.language),
                money=format_money(use.discount_minor, s.currency, s.language)))

    def _save_pdf_clicked(self) -> None:
        # clicked passes checked=False: never let it reach save_pdf's path
        self.save_pdf()

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not self.coupons:
            return None
        if path is None:
            path = choose_save(self, self.tr("Save coupons"), "coupons.pdf", "PDF (*.pdf)")
            if not path:
                return None
        s = self.shop.settings
        try:
            out = write_coupons_pdf(self.coupons, s.name, s.currency, s.language,
                                    refuse_database_file(path, self.shop.path))
        except (OutputFileError, DatabaseFileError) as error:
            self._say(Explainer(s.currency, s.language, self).error(error), "error")
            return None
        self._say(self.tr("Saved to {path}.").format(path=out), "info")
        return out
