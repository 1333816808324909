"""The simulator beside the program forms: a customer and a basket, quoted under the edited program."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget)

from loyalty.members.cards import CardError
from loyalty.members.members import MemberError
from loyalty.model.program import CardTypeId, Program, TierId
from loyalty.program.checks import ProgramError
from loyalty.program.editing import (
    DescribedMember, FieldError, find_member, parse_amount_minor, parse_count, simulate)
from loyalty.engine.redemption import RedemptionError
from loyalty.shop import Shop
from pos.basket import Basket, BasketError, add_free_amount, add_product, new_basket
from pos.catalogue.model import Product
from pos.storage.store import search_products
from ui.office.program.scope_picker import CatalogueNames
from ui.widgets.explain import Explainer
from ui.office.program.fields import Messages
from ui.office.program.quote_view import QuoteView

ProgramSource = Callable[[], Program | None]
# long product names must not widen the narrow simulator column
_SHRINKING = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


class ProgramSimulator(QWidget):
    """``program`` gives the edited program (None while a field is invalid); ``day`` the date."""

    def __init__(self, shop: Shop, explainer: Explainer, program: ProgramSource,
                 day: Callable[[], date], tiers: Callable[[], list[tuple[str, str]]],
                 names: CatalogueNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop, self.explainer, self.names = shop, explainer, names
        self.program_source, self.day, self.tiers = program, day, tiers
        self.messages = Messages(self)
        self.basket: Basket = new_basket()
        self.member_id: int | None = None
        self.found: tuple[Product, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._customer_box())
        layout.addWidget(self._basket_box())
        self.view = QuoteView(explainer)
        self.view.setMinimumHeight(220)
        layout.addWidget(self.view, 1)

    # -- the customer ----------------------------------------------------------------

    def _customer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Customer"))
        form = QFormLayout(box)
        self.who = QComboBox()
        self.who.addItems([self.tr("No card"), self.tr("A real customer"),
                           self.tr("A described customer")])
        form.addRow(self.who)
        self.ref = QLineEdit()
        self.ref.setPlaceholderText(self.tr("phone or card number"))
        find = QPushButton(self.tr("Find"))
        find.clicked.connect(self.find_member)
        self.ref.returnPressed.connect(self.find_member)
        row = QHBoxLayout()
        row.addWidget(self.ref, 1)
        row.addWidget(find)
        self.member_label = QLabel()
        self.real = QWidget()
        real = QVBoxLayout(self.real)
        real.setContentsMargins(0, 0, 0, 0)
        real.addLayout(row)
        real.addWidget(self.member_label)
        form.addRow(self.real)
        self.described = self._described_fields()
        form.addRow(self.described)
        self.who.currentIndexChanged.connect(self._show_who)
        self._show_who()
        return box

    def _described_fields(self) -> QWidget:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.spend, self.tier_progress, self.balance, self.card_type = (
            QLineEdit("0"), QLineEdit("0"), QLineEdit("0"), QLineEdit())
        self.tier = QComboBox()
        self.birthday = QCheckBox(self.tr("Birthday today"))
        cells = ((self.tr("Spent so far"), self.spend), (self.tr("Points"), self.balance),
                 (self.tr("Tier"), self.tier), (self.tr("Towards it"), self.tier_progress),
                 (self.tr("Card type"), self.card_type))
        for i, (label, field) in enumerate(cells):
            grid.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            grid.addWidget(field, i // 2, (i % 2) * 2 + 1)
        grid.addWidget(self.birthday, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return widget

    def _show_who(self) -> None:
        self.real.setVisible(self.who.currentIndex() == 1)
        self.described.setVisible(self.who.currentIndex() == 2)
        if self.who.currentIndex() == 2:
            self.refresh_tiers()

    def refresh_tiers(self) -> None:
        chosen = self.tier.currentData()
        self.tier.clear()
        self.tier.addItem(self.tr("(none)"), None)
        for tier_id, name in self.tiers():
            self.tier.addItem(name or tier_id, tier_id)
        self.tier.setCurrentIndex(max(0, self.tier.findData(chosen)))

    def find_member(self) -> None:
        try:
            member = find_member(self.shop, self.ref.text().strip())
        except (CardError, MemberError) as error:
            self.member_id = None
            self.member_label.setText(self.explainer.error(error))
            return
        self.member_id = member.member_id
        self.member_label.setText(member.name)
        self.who.setCurrentIndex(1)

    def _described(self) -> DescribedMember:
        """Raises FieldError naming the first field that is not a number."""
        return DescribedMember(
            lifetime_spend_minor=parse_amount_minor(self.spend.text(), self.explainer.currency),
            tier_id=TierId(self.tier.currentData()) if self.tier.currentData() else None,
            tier_metric=(parse_amount_minor(self.tier_progress.text(), self.explainer.currency)
                         if self._spend_tiers() else parse_count(self.tier_progress.text())),
            spendable_points=parse_count(self.balance.text()),
            birthday=self.day() if self.birthday.isChecked() else None,
            card_type_id=CardTypeId(self.card_type.text().strip()) or None)

    def _spend_tiers(self) -> bool:
        program = self.program_source()
        return program is None or program.tiers is None or program.tiers.metric == "spend"

    # -- the basket ------------------------------------------------------------------

    def _basket_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Basket"))
        layout = QVBoxLayout(box)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("product name or barcode, then Enter"))
        self.search.returnPressed.connect(self.search_products)
        self.results = QComboBox()
        self.results.setSizeAdjustPolicy(_SHRINKING)
        self.results.setMinimumContentsLength(12)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_found)
        row = QHBoxLayout()
        row.addWidget(self.results, 1)
        row.addWidget(add)
        free = self._free_amount_row()
        self.lines = QListWidget()
        self.lines.setMaximumHeight(64)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.redeem = QLineEdit("0")
        self.redeem.setMaximumWidth(90)
        clear, run = QPushButton(self.tr("Clear")), QPushButton(self.tr("Simulate"))
        run.setObjectName("primary")
        clear.clicked.connect(self.clear)
        run.clicked.connect(self.run)
        listed = QHBoxLayout()
        listed.addWidget(self.lines, 1)
        listed.addWidget(clear, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Pay with points")))
        bottom.addWidget(self.redeem)
        bottom.addStretch(1)
        bottom.addWidget(run)
        for part in (self.search, row, free, listed, bottom):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)
        return box

    def _free_amount_row(self) -> QHBoxLayout:
        self.amount, self.category = QLineEdit(), QComboBox()
        self.amount.setPlaceholderText(self.tr("free amount"))
        self.category.setSizeAdjustPolicy(_SHRINKING)
        self.category.setMinimumContentsLength(11)
        self.category.addItem(self.tr("no category"), "")
        for code, name in self.names.categories:
            self.category.addItem(name, code)
        add_amount = QPushButton(self.tr("Add"))
        add_amount.clicked.connect(self.add_amount)
        free = QHBoxLayout()
        free.addWidget(self.amount, 1)
        free.addWidget(self.category)  # as wide as its names: the amount keeps its hint readable
        free.addWidget(add_amount)
        return free

    def search_products(self) -> None:
        self.found = search_products(self.shop.db, self.search.text())
        self.results.clear()
        for product in self.found:
            self.results.addItem(f"{product.name} — {self.explainer.money(product.price_minor)}")
        if len(self.found) == 1:  # a barcode, or a name only one product has: Enter adds it
            self.add_found()
            self.search.clear()
        elif self.found:
            self.results.setFocus()  # several: choose, then Add
            self.results.showPopup()

    def add_found(self) -> None:
        if self.results.currentIndex() >= 0 and self.found:
            self.basket = add_product(self.basket, self.found[self.results.currentIndex()])
            self.run()

    def add_amount(self) -> None:
        try:
            minor = parse_amount_minor(self.amount.text(), self.explainer.currency, positive=True)
            code = self.category.currentData() or ""
            self.basket = add_free_amount(self.basket, self.names.category(code) if code else
                                          self.tr("Free amount"), minor, code)
        except (FieldError, BasketError) as error:
            self.view.show_problem(self.messages.field(error.reason))
            return
        self.amount.clear()
        self.run()

    def clear(self) -> None:
        self.basket = new_basket()
        self.run()

    def _show_lines(self) -> None:
        self.lines.clear()
        for line in self.basket.lines:
            self.lines.addItem(f"{line.name} × {line.qty} — {self.explainer.money(line.gross_minor)}")

    # -- quoting ---------------------------------------------------------------------

    def _member(self) -> int | DescribedMember | None:
        return (None, self.member_id, None)[self.who.currentIndex()] \
            if self.who.currentIndex() < 2 else self._described()

    def run(self) -> None:
        """Quote the basket under the program as edited; problems are shown, never raised."""
        self._show_lines()
        program = self.program_source()
        if program is None:
            self.view.show_problem(self.tr("Fix the marked fields to simulate."))
            return
        if not self.basket.lines:
            self.view.show_problem(self.tr("Add products or amounts to the basket."))
            return
        try:
            member, redeem = self._member(), parse_count(self.redeem.text())
            quote = simulate(self.shop, program, member, self.basket, self.day(), redeem)
        except FieldError as error:
            self.view.show_problem(self.messages.field(error.reason))
        except RedemptionError as error:
            self.view.show_problem(self.explainer.error(error))
        except ProgramError as error:
            self.view.show_problem(self.messages.refusal(error))
        else:
            self.view.show_quote(quote)
