"""Stamp cards (buy N, the next one free) and the coupon policy."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QGroupBox, QVBoxLayout, QWidget

from loyalty.model.program import CouponIssue, CouponPolicy, Program, Scope, StampCard, StampCardId
from loyalty.program.editing import (
    parse_amount_minor, parse_count, parse_name, parse_percent_bp, percent_text)
from ui.widgets.explain import Explainer
from ui.office.program.fields import Collector, FormBase, MechanismBox, Rows
from ui.office.program.scope_picker import CatalogueNames


class StampsForm(FormBase):
    def __init__(self, explainer: Explainer, names: CatalogueNames,
                 parent: QWidget | None = None) -> None:
        super().__init__(explainer, parent)
        self.stamps = Rows(self.tr("Stamp cards"), [
            self.tr("Name"), self.tr("Buy N"), self.tr("On"), self.tr("Stamped goods")],
            ["", "4", True, Scope()], names=names, keyed=True)
        self.coupons = MechanismBox(self.tr("Coupons"), self.language)
        self.issue = QCheckBox(self.tr("Print a coupon for the next visit on large receipts"))
        self.min_net, self.amount, self.rate, self.min_receipt, self.valid_days = (
            self.line() for _ in range(5))
        self.amount.setPlaceholderText(self.tr("either an amount"))
        self.rate.setPlaceholderText(self.tr("or a percentage"))
        form = self.coupons.form
        form.addRow(self.issue)
        form.addRow(self.tr("For receipts from"), self.min_net)
        form.addRow(self.tr("Coupon amount"), self.amount)
        form.addRow(self.tr("Coupon discount, %"), self.rate)
        form.addRow(self.tr("Valid on receipts from"), self.min_receipt)
        form.addRow(self.tr("Valid for (days)"), self.valid_days)
        self.issue.toggled.connect(self._show_issue)
        stamps = QGroupBox(self.tr("Stamp cards: buy N, the next one is free"))
        QVBoxLayout(stamps).addWidget(self.stamps)
        self.layout_.addWidget(stamps)
        self.layout_.addWidget(self.coupons)
        self.layout_.addStretch(1)

    def _show_issue(self) -> None:
        for edit in (self.min_net, self.amount, self.rate, self.min_receipt, self.valid_days):
            edit.setEnabled(self.issue.isChecked())

    def load(self, program: Program) -> None:
        self._original = {s.stamp_card_id: s for s in program.stamp_cards}
        self.stamps.set_rows([[s.name, str(s.buy), s.enabled, s.scope]
                              for s in program.stamp_cards],
                             [s.stamp_card_id for s in program.stamp_cards])
        policy = program.coupons
        self.coupons.show_mechanism(policy)
        issue = policy.issue if policy and policy.issue else None
        shown = issue or CouponIssue(min_net_minor=3_000_00, amount_minor=200_00)
        self.issue.setChecked(issue is not None)
        self.min_net.setText(self.money(shown.min_net_minor))
        self.amount.setText(self.money(shown.amount_minor) if shown.amount_minor else "")
        self.rate.setText(percent_text(shown.rate_bp, self.language) if shown.rate_bp else "")
        self.min_receipt.setText(self.money(shown.min_receipt_minor))
        self.valid_days.setText(str(shown.valid_days))
        self._show_issue()

    def apply(self, program: Program, c: Collector) -> Program:
        return replace(program, stamp_cards=self._stamp_cards(c),
                       coupons=self.coupons.build(lambda: self._coupons(c)))

    def _stamp_cards(self, c: Collector) -> tuple[StampCard, ...]:
        rows, out = self.stamps, []
        for r in range(rows.count()):
            name = c.cell(rows, r, 0, parse_name) or ""
            key = rows.key(r, "stamps")
            buy = c.cell(rows, r, 1, lambda t: parse_count(t, minimum=1)) or 1
            card = StampCard(StampCardId(key), name, rows.scope(r, 3), buy,
                             enabled=rows.ticked(r, 2))
            old = self._original.get(StampCardId(key))
            out.append(replace(card, starts_on=old.starts_on) if old else card)
        return tuple(out)

    def _money(self, text: str) -> int:
        return parse_amount_minor(text, self.currency)

    def _coupons(self, c: Collector) -> CouponPolicy | None:
        if not self.issue.isChecked():
            return CouponPolicy()
        min_net = c.value(self.min_net, self._money, self.tr("For receipts from"))
        amount = c.optional(self.amount, self._money, self.tr("Coupon amount")) or 0
        rate = c.optional(self.rate, parse_percent_bp, self.tr("Coupon discount")) or 0
        least = c.value(self.min_receipt, self._money, self.tr("Valid on receipts from"))
        days = c.value(self.valid_days, lambda t: parse_count(t, minimum=1),
                       self.tr("Valid for"))
        if (amount > 0) == (rate > 0):
            c.fail(self.amount, self.tr("Coupon amount"), "amount_or_rate")
            return None
        if None in (min_net, least, days):
            return None
        return CouponPolicy(CouponIssue(min_net, amount, rate, least, days))
