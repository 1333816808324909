"""Exclusions (never discounted, never earning points) and the receipt's limits and stacking."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from loyalty.model.program import Exclusions, Limits, Program, Stacking
from loyalty.program.editing import parse_percent_bp, percent_text
from ui.widgets.explain import Explainer
from ui.office.program.fields import Collector, FormBase
from ui.office.program.scope_picker import CatalogueNames, ScopeButton

_STACKING = (Stacking.ADDITIVE, Stacking.BEST_SINGLE, Stacking.EXCLUSIVE_DISCOUNT_OR_POINTS)


class LimitsForm(FormBase):
    def __init__(self, explainer: Explainer, names: CatalogueNames,
                 parent: QWidget | None = None) -> None:
        super().__init__(explainer, parent)
        box = QGroupBox(self.tr("Exclusions"))
        form = QFormLayout(box)
        hint = QLabel(self.tr("On top of each product's own flags. Tobacco must never be "
                              "discounted."), objectName="hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.no_discount = ScopeButton(names, self.tr("Never discounted"))
        self.no_points = ScopeButton(names, self.tr("Never earn points"))
        form.addRow(self.tr("Never discounted"), self.no_discount)
        form.addRow(self.tr("Never earn points"), self.no_points)
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
        self.no_discount.set_scope(ex.no_discount)
        self.no_points.set_scope(ex.no_points)
        self.max_discount.setText("" if lim.max_discount_bp is None
                                  else percent_text(lim.max_discount_bp, self.language))
        self.stacking.setCurrentIndex(_STACKING.index(lim.stacking))

    def apply(self, program: Program, c: Collector) -> Program:
        cap = c.optional(self.max_discount, parse_percent_bp, self.tr("Total discount at most"))
        exclusions = Exclusions(self.no_discount.scope(), self.no_points.scope())
        return replace(program, exclusions=exclusions,
                       limits=Limits(cap, _STACKING[self.stacking.currentIndex()]))
