"""Bonus points: how they are earned, what a point is worth, redeeming, holding and expiry."""
from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QWidget

from loyalty.model.program import (
    CategoryRate, EarnBp, EarnPerAmount, EarnRate, Expiry, PointsRule, ProductRate, Program,
    Redemption)
from loyalty.program.editing import (
    parse_amount_minor, parse_count, parse_percent_bp, percent_text)
from ui.widgets.explain import Explainer
from ui.office.program.fields import Cell, Collector, FormBase, MechanismBox, Pick, Rows
from ui.office.program.scope_picker import CatalogueNames

_BY_RATE, _PRO_RATA, _WHOLE = 0, 1, 2  # the earning choices, in the order of the list


class PointsForm(FormBase):
    def __init__(self, explainer: Explainer, names: CatalogueNames,
                 parent: QWidget | None = None) -> None:
        super().__init__(explainer, parent)
        self.box = MechanismBox(self.tr("Bonus points"), self.language)
        self.earn_kind = QComboBox()
        self.earn_kind.addItems([self.tr("% of the amount paid"),
                                 self.tr("Points per amount, pro rata"),
                                 self.tr("Points for each whole amount")])
        self.earn_kind.setItemData(2, self.tr("e.g. 1 point for each whole 100: 199 earn 1"),
                                   Qt.ItemDataRole.ToolTipRole)
        self.rate, self.points, self.per, self.point_value = (self.line() for _ in range(4))
        self.on_redeemed = QCheckBox(self.tr("Earn points also on the part paid with points"))
        rate_headers = [self.tr("% back"), self.tr("or points"), self.tr("per amount"),
                        self.tr("whole only")]
        self.categories = Rows(self.tr("Category rates"), [self.tr("Category"), *rate_headers],
                               [Pick("category"), "", "", "", False], names=names)
        self.products = Rows(self.tr("Product rates"), [self.tr("Product"), *rate_headers],
                             [Pick("product"), "", "", "", False], names=names)
        form = self.box.form
        form.addRow(self.tr("Earning"), self.earn_kind)
        form.addRow(self.tr("Points back, %"), self.rate)
        form.addRow(self.tr("Points"), self.points)
        form.addRow(self.tr("Per amount paid"), self.per)
        form.addRow(self.tr("One point is worth"), self.point_value)
        form.addRow(self.on_redeemed)
        form.addRow(self.categories)
        form.addRow(self.products)
        self._build_redemption()
        self.earn_kind.currentIndexChanged.connect(self._show_kind)
        self.box.toggled.connect(self.redeem_box.setEnabled)
        self.layout_.addWidget(self.box)
        self.layout_.addWidget(self.redeem_box)
        self.layout_.addStretch(1)

    def _build_redemption(self) -> None:
        self.redeem_box = QGroupBox(self.tr("Paying with points"))
        self.cap, self.min_balance, self.step, self.hold, self.expiry_days = (
            self.line() for _ in range(5))
        self.keep_money = QCheckBox(self.tr("At least one kopeck is always paid in money"))
        self.end_of_next_year = QCheckBox(self.tr("Expire at the end of the following year"))
        form = QFormLayout(self.redeem_box)
        form.addRow(self.tr("Points pay at most, % of the receipt"), self.cap)
        form.addRow(self.tr("Spendable from a balance of"), self.min_balance)
        form.addRow(self.tr("In steps of (points)"), self.step)
        form.addRow(self.keep_money)
        form.addRow(self.tr("Spendable after (days)"), self.hold)
        form.addRow(self.tr("Expire after (days)"), self.expiry_days)
        form.addRow(self.end_of_next_year)
        self.expiry_days.setPlaceholderText(self.tr("never"))

    def _show_kind(self) -> None:
        by_rate = self.earn_kind.currentIndex() == _BY_RATE
        self.rate.setEnabled(by_rate)
        self.points.setEnabled(not by_rate)
        self.per.setEnabled(not by_rate)

    def _rate_cells(self, rate: EarnRate) -> list[Cell]:
        if isinstance(rate, EarnBp):
            return [percent_text(rate.rate_bp, self.language), "", "", False]
        return ["", str(rate.points), self.money(rate.per_minor), rate.whole]

    def load(self, program: Program) -> None:
        rule = program.points or PointsRule(EarnBp(500))
        self.box.show_mechanism(program.points)
        self.redeem_box.setEnabled(self.box.isChecked())
        by_rate = isinstance(rule.earn, EarnBp)
        self.earn_kind.setCurrentIndex(_BY_RATE if by_rate else
                                       _WHOLE if rule.earn.whole else _PRO_RATA)
        self.rate.setText(percent_text(rule.earn.rate_bp, self.language) if by_rate else "5")
        self.points.setText("" if by_rate else str(rule.earn.points))
        self.per.setText("" if by_rate else self.money(rule.earn.per_minor))
        value = rule.point_value_minor
        self.point_value.setText(self.money(int(value)) if value.denominator == 1 else str(value))
        self.on_redeemed.setChecked(not rule.no_points_on_redeemed)
        self.categories.set_rows([[Pick("category", r.category), *self._rate_cells(r.rate)]
                                  for r in rule.category_rates])
        self.products.set_rows([[Pick("product", r.product_id), *self._rate_cells(r.rate)]
                                for r in rule.product_rates])
        red = rule.redemption
        self.cap.setText(percent_text(red.cap_bp, self.language))
        self.min_balance.setText(str(red.min_balance_points))
        self.step.setText(str(red.step_points))
        self.keep_money.setChecked(red.keep_one_minor)
        self.hold.setText(str(rule.hold_days))
        self.expiry_days.setText(str(rule.expiry.days) if rule.expiry.days else "")
        self.end_of_next_year.setChecked(rule.expiry.end_of_following_year)
        self._show_kind()

    def apply(self, program: Program, c: Collector) -> Program:
        return replace(program, points=self.box.build(lambda: self._rule(c)))

    def _positive_money(self, text: str) -> int:
        return parse_amount_minor(text, self.currency, positive=True)

    def _earn(self, c: Collector) -> EarnRate | None:
        if self.earn_kind.currentIndex() == _BY_RATE:
            bp = c.value(self.rate, parse_percent_bp, self.tr("Points back, %"))
            return None if bp is None else EarnBp(bp)
        points = c.value(self.points, parse_count, self.tr("Points"))
        per = c.value(self.per, self._positive_money, self.tr("Per amount paid"))
        whole = self.earn_kind.currentIndex() == _WHOLE
        return None if points is None or per is None else EarnPerAmount(points, per, whole)

    def _row_rate(self, rows: Rows, row: int, c: Collector) -> EarnRate | None:
        if rows.text(row, 1).strip() or not rows.text(row, 2).strip():
            bp = c.cell(rows, row, 1, parse_percent_bp)
            return None if bp is None else EarnBp(bp)
        points, per = c.cell(rows, row, 2, parse_count), c.cell(rows, row, 3, self._positive_money)
        whole = rows.ticked(row, 4)
        return None if points is None or per is None else EarnPerAmount(points, per, whole)

    def _overrides(self, c: Collector) -> tuple[tuple[CategoryRate, ...], tuple[ProductRate, ...]]:
        for rows in (self.categories, self.products):
            for r in range(rows.count()):
                if rows.picked(r, 0) is None:  # the catalogue has nothing to choose from
                    c.row_fail(rows, r, 0, "required")
        cats = tuple(CategoryRate(str(self.categories.picked(r, 0) or ""),
                                  self._row_rate(self.categories, r, c) or EarnBp(0))
                     for r in range(self.categories.count()))
        prods = tuple(ProductRate(int(self.products.picked(r, 0) or 0),
                                  self._row_rate(self.products, r, c) or EarnBp(0))
                      for r in range(self.products.count()))
        return cats, prods

    def _redemption(self, c: Collector) -> Redemption | None:
        cap = c.value(self.cap, parse_percent_bp, self.tr("Points pay at most"))
        least = c.value(self.min_balance, parse_count, self.tr("Spendable from a balance of"))
        step = c.value(self.step, lambda t: parse_count(t, minimum=1), self.tr("In steps of"))
        if None in (cap, least, step):
            return None
        return Redemption(cap, least, step, self.keep_money.isChecked())

    def _rule(self, c: Collector) -> PointsRule | None:
        before = len(c.errors)
        earn = self._earn(c)
        value = c.value(self.point_value, self._positive_money, self.tr("One point is worth"))
        cats, prods = self._overrides(c)
        redemption = self._redemption(c)
        hold = c.value(self.hold, parse_count, self.tr("Spendable after"))
        days = c.optional(self.expiry_days, lambda t: parse_count(t, minimum=1),
                          self.tr("Expire after"))
        if len(c.errors) > before or earn is None or value is None or redemption is None:
            return None
        return PointsRule(earn, Fraction(value), cats, prods, not self.on_redeemed.isChecked(),
                          redemption, hold or 0,
                          Expiry(days, self.end_of_next_year.isChecked()))
