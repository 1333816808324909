"""The tier program: named tiers with thresholds, the metric, its window and the unit scope."""
from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from loyalty.model.program import (
    Program, Scope, Tier, TierId, TierMetric, TierProgram, TierWindow, WindowKind)
from loyalty.program.editing import (
    multiplier_text, parse_amount_minor, parse_count, parse_multiplier, parse_name,
    parse_percent_bp, percent_text)
from ui.widgets.explain import Explainer
from ui.office.program.fields import Collector, FormBase, MechanismBox, Rows
from ui.office.program.scope_picker import CatalogueNames, ScopeButton

_METRICS = (TierMetric.SPEND, TierMetric.VISITS, TierMetric.UNITS)
_WINDOWS = (WindowKind.CALENDAR_MONTH, WindowKind.CALENDAR_YEAR, WindowKind.ROLLING_DAYS,
            WindowKind.LIFETIME)


class TiersForm(FormBase):
    def __init__(self, explainer: Explainer, names: CatalogueNames,
                 parent: QWidget | None = None) -> None:
        super().__init__(explainer, parent)
        self.box = MechanismBox(self.tr("Tiers"), self.language)
        self.metric_kind = QComboBox()
        self.metric_kind.addItems([self.tr("Money spent"), self.tr("Number of visits"),
                              self.tr("Units of chosen products")])
        self.window_kind = QComboBox()
        self.window_kind.addItems([self.tr("Calendar month"), self.tr("Calendar year"),
                              self.tr("Rolling number of days"), self.tr("Lifetime")])
        self.window_days = self.line(placeholder=self.tr("days, for a rolling window"))
        self.unit_scope = ScopeButton(names, self.tr("Units of"))
        self.rows = Rows(self.tr("Tiers"), [
            self.tr("Name"), self.tr("From"), self.tr("%"),
            self.tr("Points ×"), self.tr("Instant from")], ["", "", "0", "1", ""], keyed=True)
        form = self.box.form
        form.addRow(self.tr("Earned by"), self.metric_kind)
        form.addRow(self.tr("Counted over"), self.window_kind)
        form.addRow(self.tr("Days"), self.window_days)
        form.addRow(self.tr("Units of"), self.unit_scope)
        form.addRow(self.rows)
        hint = QLabel(self.tr("“From”: the spend, visits or units over the window that earn the "
                              "tier; “Instant from”: one receipt that lifts a customer at once."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.layout_.addWidget(self.box)
        self.layout_.addStretch(1)

    def _threshold_text(self, metric: TierMetric, value: int) -> str:
        return self.money(value) if metric == TierMetric.SPEND else str(value)

    def load(self, program: Program) -> None:
        rule = program.tiers
        self.box.show_mechanism(rule)
        metric = rule.metric if rule else TierMetric.SPEND
        self.metric_kind.setCurrentIndex(_METRICS.index(metric))
        self.window_kind.setCurrentIndex(_WINDOWS.index(rule.window.kind) if rule else 1)
        self.window_days.setText(str(rule.window.days) if rule and rule.window.days else "")
        self.unit_scope.set_scope(rule.unit_scope if rule else Scope())
        tiers = rule.tiers if rule else ()
        self.rows.set_rows([[t.name, self._threshold_text(metric, t.threshold),
                             percent_text(t.discount_bp, self.language),
                             multiplier_text(t.points_multiplier, self.language),
                             "" if t.instant_upgrade_from_minor is None
                             else self.money(t.instant_upgrade_from_minor)]
                            for t in tiers], [t.tier_id for t in tiers])

    def tier_ids(self) -> list[tuple[str, str]]:
        """(id, name) of the tiers as typed, for the simulator's described member."""
        return [(self.rows.key(r, "tier"), self.rows.text(r, 0).strip())
                for r in range(self.rows.count()) if self.rows.text(r, 0).strip()]

    def spend_metric(self) -> bool:
        return self.metric_kind.currentIndex() == 0

    def apply(self, program: Program, c: Collector) -> Program:
        return replace(program, tiers=self.box.build(lambda: self._tiers(c)))

    def _tiers(self, c: Collector) -> TierProgram | None:
        metric = _METRICS[self.metric_kind.currentIndex()]
        kind = _WINDOWS[self.window_kind.currentIndex()]
        days = None
        if kind == WindowKind.ROLLING_DAYS:
            days = c.value(self.window_days, lambda t: parse_count(t, minimum=1), self.tr("Days"))
        tiers = self._tier_rows(c, metric)
        if tiers is None or (kind == WindowKind.ROLLING_DAYS and days is None):
            return None
        return TierProgram(tiers, metric, TierWindow(kind, days), unit_scope=self.unit_scope.scope())

    def _tier_rows(self, c: Collector, metric: TierMetric) -> tuple[Tier, ...] | None:
        rows = self.rows
        if metric == TierMetric.SPEND:
            threshold = lambda t: parse_amount_minor(t, self.currency)  # noqa: E731
        else:
            threshold = parse_count
        upgrade = lambda t: (parse_amount_minor(t, self.currency, positive=True)  # noqa: E731
                             if t.strip() else None)  # from 0 would be every receipt
        before = len(c.errors)
        tiers, thresholds = [], []
        for r in range(rows.count()):
            name, value = c.cell(rows, r, 0, parse_name), c.cell(rows, r, 1, threshold)
            bp, mult = c.cell(rows, r, 2, parse_percent_bp), c.cell(rows, r, 3, parse_multiplier)
            instant = c.cell(rows, r, 4, upgrade)
            thresholds.append(value)
            tiers.append(Tier(TierId(rows.key(r, "tier")), name or "",
                              value or 0, bp or 0, mult or Fraction(1), instant))
        c.ascending(rows, 1, thresholds)
        if rows.count() == 0:
            c.errors.append((rows.title, c.messages.field("no_rows")))
        return tuple(tiers) if len(c.errors) == before and tiers else None
