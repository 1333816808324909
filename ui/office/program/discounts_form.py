"""The discount mechanisms of the program: card types, cumulative discount, receipt bands."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHeaderView, QStackedWidget,
                               QWidget)

from loyalty.model.program import (
    CardType, CardTypeId, CumulativeDiscount, CumulativeFormula, FixedDiscount,
    ProgressiveDiscount, Program, ReceiptBand, SpendStep)
from loyalty.program.editing import (
    parse_amount_minor, parse_count, parse_name, parse_percent_bp, percent_text)
from ui.widgets.explain import Explainer
from ui.office.program.fields import Collector, FormBase, MechanismBox, Rows, rising_pairs


class DiscountsForm(FormBase):
    def __init__(self, explainer: Explainer, parent: QWidget | None = None) -> None:
        super().__init__(explainer, parent)
        self.fixed = MechanismBox(self.tr("Discount cards"), self.language)
        self.card_types = Rows(self.tr("Card types"), [self.tr("Name"),
                               self.tr("Discount, %"), self.tr("Bearer"), self.tr("Default")],
                               ["", "5", False, False], keyed=True)
        # three types in view, as shops have, and every column without scrolling: the name
        # takes what the percentage and the two ticks leave
        self.card_types.table.setMinimumHeight(170)
        header = self.card_types.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fixed.form.addRow(self.card_types)
        self._build_cumulative()
        self.progressive = MechanismBox(self.tr("Discount by receipt total"), self.language)
        self.bands = Rows(self.tr("Receipt bands"), [self.tr("Receipt from"), self.tr("Discount, %")],
                          ["", ""])
        self.members_only = QCheckBox(self.tr("Only for customers with a card"))
        self.progressive.form.addRow(self.bands)
        self.progressive.form.addRow(self.members_only)
        for box in (self.fixed, self.cumulative, self.progressive):
            self.layout_.addWidget(box)
        self.layout_.addStretch(1)

    def _build_cumulative(self) -> None:
        self.cumulative = MechanismBox(self.tr("Cumulative discount by lifetime spend"), self.language)
        self.cumulative_mode = QComboBox()
        self.cumulative_mode.addItems([self.tr("Formula"), self.tr("Table of steps")])
        self.start, self.step, self.per, self.cap = (self.line() for _ in range(4))
        self.steps = Rows(self.tr("Spend steps"), [self.tr("Spent from"), self.tr("Discount, %")],
                          ["", ""])
        self.decay = self.line(placeholder=self.tr("never"))
        formula = QWidget()
        sub = QFormLayout(formula)
        sub.setContentsMargins(0, 0, 0, 0)
        sub.addRow(self.tr("Discount at sign-up, %"), self.start)
        sub.addRow(self.tr("Plus, %"), self.step)
        sub.addRow(self.tr("For every (spent)"), self.per)
        sub.addRow(self.tr("At most, %"), self.cap)
        self.cumulative_stack = QStackedWidget()
        self.cumulative_stack.addWidget(formula)
        self.cumulative_stack.addWidget(self.steps)
        form = self.cumulative.form
        form.addRow(self.tr("Kind"), self.cumulative_mode)
        form.addRow(self.cumulative_stack)
        form.addRow(self.tr("One step back after idle days"), self.decay)
        self.cumulative_mode.currentIndexChanged.connect(self.cumulative_stack.setCurrentIndex)

    def load(self, program: Program) -> None:
        pct = lambda bp: percent_text(bp, self.language)  # noqa: E731
        self.fixed.show_mechanism(program.fixed_discount)
        cards = program.fixed_discount.card_types if program.fixed_discount else ()
        default = program.fixed_discount.default_card_type_id if program.fixed_discount else None
        self.card_types.set_rows([[c.name, pct(c.discount_bp), c.bearer,
                                   c.card_type_id == default] for c in cards],
                                 [c.card_type_id for c in cards])
        rule = program.cumulative
        self.cumulative.show_mechanism(rule)
        formula = rule.formula if rule and rule.formula else CumulativeFormula(300, 100, 1_000_00, 2_000)
        self.cumulative_mode.setCurrentIndex(1 if rule and rule.steps else 0)
        self.start.setText(pct(formula.start_bp))
        self.step.setText(pct(formula.step_bp))
        self.per.setText(self.money(formula.per_minor))
        self.cap.setText(pct(formula.cap_bp))
        self.steps.set_rows([[self.money(s.from_minor), pct(s.discount_bp)]
                             for s in (rule.steps if rule else ())])
        self.decay.setText(str(rule.decay_after_days) if rule and rule.decay_after_days else "")
        self.cumulative_stack.setCurrentIndex(self.cumulative_mode.currentIndex())
        bands = program.progressive
        self.progressive.show_mechanism(bands)
        self.bands.set_rows([[self.money(b.from_minor), pct(b.discount_bp)]
                             for b in (bands.bands if bands else ())])
        self.members_only.setChecked(bands.members_only if bands else True)

    def apply(self, program: Program, c: Collector) -> Program:
        return replace(program, fixed_discount=self.fixed.build(lambda: self._fixed(c)),
                       cumulative=self.cumulative.build(lambda: self._cumulative(c)),
                       progressive=self.progressive.build(lambda: self._progressive(c)))

    def _fixed(self, c: Collector) -> FixedDiscount | None:
        rows = self.card_types
        cards = []
        defaults = [r for r in range(rows.count()) if rows.ticked(r, 3)]
        for extra in defaults[1:]:  # a card issued without a type can take only one
            c.row_fail(rows, extra, 3, "one_default")
        for r in range(rows.count()):
            bp = c.cell(rows, r, 1, parse_percent_bp)
            name = c.cell(rows, r, 0, parse_name)
            if bp is not None and name is not None:
                cards.append(CardType(CardTypeId(rows.key(r, "card")), name, bp,
                                      rows.ticked(r, 2)))
        if len(cards) != rows.count() or len(defaults) > 1:
            return None
        default = cards[defaults[0]].card_type_id if defaults else None
        return FixedDiscount(tuple(cards), default_card_type_id=default)

    def _money(self, text: str) -> int:
        return parse_amount_minor(text, self.currency)

    def _cumulative(self, c: Collector) -> CumulativeDiscount | None:
        decay = c.optional(self.decay, lambda t: parse_count(t, minimum=1), self.tr("Idle days"))
        if self.cumulative_mode.currentIndex() == 0:
            start = c.value(self.start, parse_percent_bp, self.tr("Discount at sign-up"))
            step = c.value(self.step, parse_percent_bp, self.tr("Plus, %"))
            per = c.value(self.per, lambda t: parse_amount_minor(t, self.currency, positive=True),
                          self.tr("For every"))
            cap = c.value(self.cap, parse_percent_bp, self.tr("At most"))
            if cap is not None and start is not None and cap < start:
                c.fail(self.cap, self.tr("At most"), "below_start")
                return None
            if None in (start, step, per, cap):
                return None
            return CumulativeDiscount(formula=CumulativeFormula(start, step, per, cap),
                                      decay_after_days=decay)
        steps = rising_pairs(self.steps, c, self._money)
        if steps is None:
            return None
        return CumulativeDiscount(steps=tuple(SpendStep(f, bp) for f, bp in steps),
                                  decay_after_days=decay)

    def _progressive(self, c: Collector) -> ProgressiveDiscount | None:
        bands = rising_pairs(self.bands, c, self._money)
        if bands is None:
            return None
        return ProgressiveDiscount(tuple(ReceiptBand(f, bp) for f, bp in bands),
                                   members_only=self.members_only.isChecked())

