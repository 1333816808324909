"""Exclusions (never discounted, never earning points) and the receipt's limits and stacking."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from loyalty.model.program import Exclusions, Limits, Program, Scope, Stacking
from loyalty.program.editing import parse_ids, parse_percent_bp, parse_words, percent_text
from ui.widgets.explain import Explainer
from ui.office.program.fields import Collector, FormBase

_STACKING = (Stacking.ADDITIVE, Stacking.BEST_SINGLE, Stacking.EXCLUSIVE_DISCOUNT_OR_POINTS)


class LimitsForm(FormBase):
    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(explainer, parent)
        box = QGroupBox(self.tr("Exclusions"))
        form = QFormLayout(box)
        hint = QLabel(self.tr("On top of each product's own flags. Tobacco must never be "
                              "discounted."), objectName="hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.no_discount_cats, self.no_discount_ids, self.no_points_cats, self.no_points_ids = (
            self.line(placeholder=p) for p in (
                self.tr("categories, comma-separated"), self.tr("product ids, comma-separated"),
                self.tr("categories, comma-separated"), self.tr("product ids, comma-separated")))
        form.addRow(self.tr("No discount: categories"), self.no_discount_cats)
        form.addRow(self.tr("No discount: products"), self.no_discount_ids)
        form.addRow(self.tr("No points: categories"), self.no_points_cats)
        form.addRow(self.tr("No points: products"), self.no_points_ids)
        limits = QGroupBox(self.tr("Limits"))
        form = QFormLayout(limits)
        self.max_discount = self.line(placeholder=self.tr("no limit"))
        self.stacking = QComboBox()
        self.stacking.addItems([self.tr("Discounts add up"), self.tr("Only the best discount"),
                                self.tr("A discount or points, whichever is worth more")])
        self.stacking.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form.addRow(self.tr("Total discount at most, %"), self.max_discount)
        form.addRow(self.tr("Several discounts"), self.stacking)
        self.layout_.addWidget(box)
        self.layout_.addWidget(limits)
        self.layout_.addStretch(1)

    def load(self, program: Program) -> None:
        ex, lim = program.exclusions, program.limits
        self.no_discount_cats.setText(", ".join(ex.no_discount.categories))
        self.no_discount_ids.setText(", ".join(map(str, ex.no_discount.product_ids)))
        self.no_points_cats.setText(", ".join(ex.no_points.categories))
        self.no_points_ids.setText(", ".join(map(str, ex.no_points.product_ids)))
        self.max_discount.setText("" if lim.max_discount_bp is None
                                  else percent_text(lim.max_discount_bp, self.language))
        self.stacking.setCurrentIndex(_STACKING.index(lim.stacking))

    def apply(self, program: Program, c: Collector) -> Program:
        no_discount_ids = c.value(self.no_discount_ids, parse_ids, self.tr("No discount: products"))
        no_points_ids = c.value(self.no_points_ids, parse_ids, self.tr("No points: products"))
        cap = c.optional(self.max_discount, parse_percent_bp, self.tr("Total discount at most"))
        exclusions = Exclusions(
            Scope(parse_words(self.no_discount_cats.text()), no_discount_ids or ()),
            Scope(parse_words(self.no_points_cats.text()), no_points_ids or ()))
        return replace(program, exclusions=exclusions,
                       limits=Limits(cap, _STACKING[self.stacking.currentIndex()]))
